/// <reference types="node" />
// The CLI against the real file system: binary and empty input, --output safety, EPIPE.
import { afterAll, describe, expect, it } from 'vitest';
import { copyFileSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync, chmodSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { runCli } from '../../../src/cli/main.js';
import { parseTimeline } from '../../../src/model/index.js';
import { bundledCli, removeBundledCli, fsIO, SEED, tempDir } from './helpers.js';

afterAll(removeBundledCli);

describe('input that is not text', () => {
  it('refuses a file with NUL bytes, naming it, exit 1', async () => {
    const dir = tempDir();
    const file = join(dir, 'photo.txt');
    writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48]));
    const f = fsIO();
    expect(await runCli(['extract', file], f.io)).toBe(1);
    expect(f.err()).toBe(`event-timeline: ${file}: binary input (NUL bytes), not text\n`);
    expect(f.out()).toBe('');
  });

  it('refuses text that is mostly invalid UTF-8 (over 1%), but reads a stray bad byte with a note', async () => {
    const dir = tempDir();
    const latin1 = join(dir, 'latin1.txt');
    writeFileSync(latin1, Buffer.from('Le caf\xe9 a ouvert le 2 mai 2020. \xc0 bient\xf4t, d\xe9j\xe0 vu.', 'latin1'));
    const f = fsIO();
    expect(await runCli(['extract', latin1], f.io)).toBe(1);
    expect(f.err()).toMatch(new RegExp(`^event-timeline: ${latin1}: not UTF-8 text \\(5 invalid byte sequence\\(s\\) in \\d+ bytes\\); .*iconv`));
    expect(f.out()).toBe('');

    const mostlyFine = join(dir, 'stray.txt');
    const text = `${'The parliament met on May 2, 2020. '.repeat(20)}`;
    writeFileSync(mostlyFine, Buffer.concat([Buffer.from(text), Buffer.from([0xff]), Buffer.from(' \uFFFD literal is fine.')]));
    const g = fsIO();
    expect(await runCli(['extract', mostlyFine, '--format', 'summary'], g.io)).toBe(0);
    expect(g.err()).toBe(`note: ${mostlyFine}: 1 invalid UTF-8 byte sequence(s) were read as U+FFFD\n`);
    expect(g.out()).toContain('2020-05-02');
  });

  it('refuses NUL characters on stdin too, and reads BOM-marked UTF-16', async () => {
    const f = fsIO(Buffer.from('abc\0def'));
    expect(await runCli(['extract', '-'], f.io)).toBe(1);
    expect(f.err()).toBe('event-timeline: stdin: binary input (NUL bytes), not text\n');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Protests began on Jan. 2, 2022.', 'utf16le')]);
    const g = fsIO(utf16);
    expect(await runCli(['extract', '-', '--format', 'summary'], g.io)).toBe(0);
    expect(g.err()).toBe('');
    expect(g.out()).toMatch(/2022-01-02\s+day\s+Protests began/);
  });
});

describe('empty input', () => {
  it('an empty file: a note on stderr and a valid empty timeline, exit 0', async () => {
    const file = join(tempDir(), 'empty.txt');
    writeFileSync(file, '');
    const f = fsIO();
    expect(await runCli(['extract', file], f.io)).toBe(0);
    expect(f.err()).toBe(`note: ${file}: empty input, no events\n`);
    const parsed = parseTimeline(JSON.parse(f.out()));
    expect(parsed.ok).toBe(true);
    expect(JSON.parse(f.out())).toMatchObject({ version: 1, events: [], timexes: [] });
  });

  it('stdin with only whitespace, in every format', async () => {
    for (const format of ['json', 'ndjson', 'csv', 'ics', 'timelinejs', 'summary']) {
      const f = fsIO(' \n\t\r\n');
      expect(await runCli(['extract', '-', '--format', format], f.io)).toBe(0);
      expect(f.err()).toBe('note: stdin: empty input, no events\n');
      expect(f.out().length).toBeGreaterThan(0);
    }
    const j = fsIO('\n\n');
    await runCli(['extract', '-', '--format', 'ndjson'], j.io);
    expect(parseTimeline(JSON.parse(j.out())).ok).toBe(true);
  });
});

describe('--output', () => {
  it('refuses to write over an input (same path, ./path, a symlink to it), exit 2, the article untouched', async () => {
    const dir = tempDir();
    const article = join(dir, 'a.txt');
    copyFileSync(SEED, article);
    const before = readFileSync(article, 'utf8');
    symlinkSync(article, join(dir, 'link.txt'));
    for (const out of [article, join(dir, '.', 'a.txt'), join(dir, 'link.txt')]) {
      const f = fsIO();
      expect(await runCli(['extract', SEED, article, '--merge', '-o', out], f.io)).toBe(2);
      expect(f.err()).toBe(`event-timeline: --output ${out} is the input file ${article}; refusing to overwrite it\n`);
      expect(readFileSync(article, 'utf8')).toBe(before);
    }
    expect(readdirSync(dir).sort()).toEqual(['a.txt', 'link.txt']);
  });

  it('writes atomically: the result appears whole, no temp file is left, an existing file keeps its mode', async () => {
    const dir = tempDir();
    const out = join(dir, 'timeline.json');
    writeFileSync(out, 'old');
    chmodSync(out, 0o640);
    const f = fsIO();
    expect(await runCli(['extract', SEED, '-o', out], f.io)).toBe(0);
    expect(f.out()).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).events).toHaveLength(12);
    expect(statSync(out).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir)).toEqual(['timeline.json']);
  });

  it('a failed write leaves the old file and no temp file', async () => {
    const f = fsIO();
    const missingDir = join(tempDir(), 'no', 'such', 'dir', 'out.json');
    expect(await runCli(['extract', SEED, '-o', missingDir], f.io)).toBe(1);
    expect(f.err()).toMatch(/^event-timeline: cannot write .*out\.json: ENOENT/);
  });
});

describe('a reader that goes away (EPIPE)', () => {
  const pipeToHead = (cli: string, args: string, stdin = '/dev/null') => {
    const dir = tempDir();
    const r = spawnSync('bash', ['-c', `node ${cli} ${args} < ${stdin} 2>${dir}/err | head -1 > ${dir}/first; echo "\${PIPESTATUS[0]}"`], { encoding: 'utf8' });
    return { status: r.stdout.trim(), stderr: readFileSync(join(dir, 'err'), 'utf8'), first: readFileSync(join(dir, 'first'), 'utf8') };
  };

  it('extract ... | head -1 ends quietly with exit 0', async () => {
    const cli = await bundledCli();
    const files = Array.from({ length: 40 }, () => SEED).join(' ');
    const r = pipeToHead(cli, `extract ${files} --format json`);
    expect(r.stderr).toBe('');
    expect(r.status).toBe('0');
    expect(r.first).toBe('[\n');
  }, 60_000);

  it('extract --jsonl | head -1 too, with and without workers', async () => {
    const cli = await bundledCli();
    const text = readFileSync(SEED, 'utf8');
    const input = join(tempDir(), 'docs.jsonl');
    writeFileSync(input, Array.from({ length: 400 }, (_, i) => JSON.stringify({ id: i, text })).join('\n'));
    for (const jobs of ['1', '2']) {
      const r = pipeToHead(cli, `extract --jsonl --jobs ${jobs}`, input);
      expect(r.stderr).toBe('');
      expect(r.status).toBe('0');
      expect(JSON.parse(r.first).id).toBe(0);
    }
  }, 60_000);
});
