/// <reference types="node" />
// Batch mode: extract --jsonl [--jobs N].
import { afterAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, type CliIO } from '../../../src/cli/main.js';
import { processLine, runBatch, type WorkerPool } from '../../../src/cli/batch.js';
import { parseTimeline } from '../../../src/model/index.js';
import { bundledCli, removeBundledCli, fsIO, SEED, tempDir } from './helpers.js';

afterAll(removeBundledCli);

async function* linesOf(lines: string[], pulled?: { n: number }) {
  for (const l of lines) {
    if (pulled) pulled.n++;
    yield l;
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** n small, varied documents; every 7th one has a documentDate so that relative dates resolve. */
function corpus(n: number): string[] {
  const months = ['January', 'March', 'May', 'July', 'September', 'November'];
  return Array.from({ length: n }, (_, i) => {
    const doc: Record<string, unknown> = {
      id: `doc-${i}`,
      text: `Talks on item ${i} began on ${months[i % 6]} ${1 + (i % 27)}, ${1990 + (i % 30)}. The council voted on Friday.`,
    };
    if (i % 7 === 0) doc.documentDate = '2024-02-14';
    return JSON.stringify(doc);
  });
}

function batchIO(lines: string[], extra: Partial<CliIO> = {}) {
  const f = fsIO('', { lines: () => linesOf(lines), ...extra });
  return { ...f, records: () => f.out().trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>) };
}

describe('processLine', () => {
  it('gives {"id", ...timeline} for a document and {"id","line","error"} for a bad one', () => {
    const ok = processLine('{"id":"a","text":"Talks collapsed on Friday.","documentDate":"2023-03-03"}', 1, {});
    expect(ok?.error).toBe(false);
    const rec = JSON.parse(ok!.out);
    expect(rec.id).toBe('a');
    expect(rec.events[0].start).toBe('2023-03-03');
    const { id: _, ...timeline } = rec;
    expect(parseTimeline(timeline).ok).toBe(true);

    expect(processLine('   ', 3, {})).toBeNull();
    const bad: [string, unknown, RegExp][] = [
      ['{"id":1,"text":', null, /^not JSON: /],
      ['[1,2]', null, /^expected a JSON object/],
      ['{"text":"x"}', null, /^missing "id"/],
      ['{"id":7}', 7, /^missing "text"/],
      ['{"id":"z","text":"x","documentDate":"2022-02-30"}', 'z', /^bad "documentDate": "2022-02-30"/],
    ];
    for (const [line, id, message] of bad) {
      const r = processLine(line, 5, {});
      expect(r?.error).toBe(true);
      const e = JSON.parse(r!.out);
      expect(e).toEqual({ id, line: 5, error: expect.stringMatching(message) });
    }
  });
});

describe('runBatch', () => {
  it('writes in input order whatever order results arrive in', async () => {
    const lines = corpus(200);
    const run = async (line: string, n: number) => {
      await sleep((n * 7919) % 13);
      return processLine(line, n, {});
    };
    const out: string[] = [];
    const r = await runBatch(linesOf(lines), run, (s) => void out.push(s), 16);
    expect(r).toEqual({ documents: 200, errors: 0 });
    expect(out.map((l) => JSON.parse(l).id)).toEqual(lines.map((l) => JSON.parse(l).id));
  });

  it('reads ahead no more than its window while the writer is slow (constant memory)', async () => {
    const pulled = { n: 0 };
    let maxAhead = 0;
    let written = 0;
    const write = async () => {
      maxAhead = Math.max(maxAhead, pulled.n - written);
      await sleep(1);
      written++;
    };
    await runBatch(linesOf(corpus(100), pulled), (l, n) => processLine(l, n, {}), write, 8);
    expect(written).toBe(100);
    expect(maxAhead).toBeLessThanOrEqual(8);
  });

  it('turns a runner that throws into an error record and goes on', async () => {
    const out: string[] = [];
    const run = (line: string, n: number) => {
      if (n === 2) throw new Error('boom');
      return processLine(line, n, {});
    };
    expect(await runBatch(linesOf(corpus(3)), run, (s) => void out.push(s), 4)).toEqual({ documents: 3, errors: 1 });
    expect(JSON.parse(out[1]!)).toEqual({ id: 'doc-1', line: 2, error: 'failed: boom' });
  });
});

describe('extract --jsonl', () => {
  it('streams one record per line in order; a bad line gives an error record and the stream goes on', async () => {
    const good = corpus(3);
    const b = batchIO([good[0]!, 'not json', '', good[1]!, '{"id":"x"}', good[2]!]);
    expect(await runCli(['extract', '--jsonl', '--date-order', 'DMY'], b.io)).toBe(0);
    const recs = b.records();
    expect(recs.map((r) => r.id)).toEqual(['doc-0', null, 'doc-1', 'x', 'doc-2']);
    expect(recs[1]).toMatchObject({ line: 2, error: expect.stringMatching(/^not JSON/) });
    expect(recs[3]).toEqual({ id: 'x', line: 5, error: 'missing "text" (a string)' });
    expect(recs[0]).toMatchObject({ version: 1, documentDate: '2024-02-14' });
    expect(b.err()).toBe('note: 2 of 5 line(s) could not be read as documents; their records hold "error"\n');
  });

  it('runs 2,000 documents in process', async () => {
    const lines = corpus(2000);
    const b = batchIO(lines);
    expect(await runCli(['extract', '--jsonl'], b.io)).toBe(0);
    const recs = b.records();
    expect(recs).toHaveLength(2000);
    expect(recs.every((r, i) => r.id === `doc-${i}` && Array.isArray(r.events) && (r.events as unknown[]).length >= 1)).toBe(true);
    expect(b.err()).toBe('');
  }, 60_000);

  it('--jobs without workers available says so', async () => {
    const b = batchIO(corpus(1));
    expect(await runCli(['extract', '--jsonl', '--jobs', '2'], b.io)).toBe(1);
    expect(b.err()).toBe('event-timeline: --jobs is not available here\n');
  });

  it('uses the pool from startWorkers for --jobs N and closes it', async () => {
    let closed = false;
    let started = 0;
    const pool = (jobs: number): WorkerPool => {
      started = jobs;
      return {
        run: async (line, n) => { await sleep(n % 5); return processLine(line, n, {}); },
        close: async () => { closed = true; },
      };
    };
    const lines = corpus(50);
    const b = batchIO(lines, { startWorkers: pool });
    expect(await runCli(['extract', '--jsonl', '--jobs', '3'], b.io)).toBe(0);
    expect(started).toBe(3);
    expect(closed).toBe(true);
    expect(b.records().map((r) => r.id)).toEqual(lines.map((_, i) => `doc-${i}`));
  });
});

describe('extract --jsonl as a process (stdin -> stdout, worker threads)', () => {
  const runProcess = async (args: string[], input: string) => {
    const cli = await bundledCli();
    const child = spawn(process.execPath, [cli, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.stdin.end(input);
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    return { code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
  };

  it('2,000 documents with --jobs 2: the same records, in input order, as --jobs 1', async () => {
    const lines = corpus(2000);
    lines.splice(1000, 0, '{"id":"broken","text":42}');
    const input = `${lines.join('\n')}\n`;
    const two = await runProcess(['extract', '--jsonl', '--jobs', '2'], input);
    expect(two.code).toBe(0);
    expect(two.stderr).toBe('note: 1 of 2001 line(s) could not be read as documents; their records hold "error"\n');
    const recs = two.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(recs.map((r) => r.id)).toEqual(lines.map((l) => JSON.parse(l).id));
    expect(recs[1000]).toEqual({ id: 'broken', line: 1001, error: 'missing "text" (a string)' });
    const one = await runProcess(['extract', '--jsonl'], input);
    expect(one.code).toBe(0);
    expect(one.stdout).toBe(two.stdout);
  }, 120_000);

  it('a missing FILE: a clear message, exit 1', async () => {
    const r = await runProcess(['extract', '--jsonl', 'no/such/docs.jsonl'], '');
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('event-timeline: --jsonl no/such/docs.jsonl: no such file\n');
    expect(r.stdout).toBe('');
  }, 60_000);

  it('reads a JSONL file given as FILE (CRLF line ends), with the seed article', async () => {
    const text = readFileSync(SEED, 'utf8');
    const file = join(tempDir(), 'docs.jsonl');
    writeFileSync(file, `${JSON.stringify({ id: 'seed', text })}\r\n`);
    const r = await runProcess(['extract', '--jsonl', '--jobs', '2', file], '');
    expect(r.code).toBe(0);
    const rec = JSON.parse(r.stdout);
    expect(rec).toMatchObject({ id: 'seed', documentDate: '2022-01-07T19:06' });
    expect(rec.events).toHaveLength(12);
  }, 60_000);
});
