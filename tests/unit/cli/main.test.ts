/// <reference types="node" />
import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { runCli, type CliIO } from '../../../src/cli/main.js';
import { parseArgs } from '../../../src/cli/args.js';

const SEED = 'seeds/kazakhstan-csto-global-times-2022-01-07.txt';

function fakeIO(stdin = '', extra: Partial<CliIO> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const written = new Map<string, string>();
  const io: CliIO = {
    stdout: (s) => out.push(s),
    stderr: (s) => err.push(s),
    readFile: (p) => readFile(p, 'utf8'),
    readStdin: async () => stdin,
    writeFile: async (p, d) => void written.set(p, d),
    version: '9.9.9',
    ...extra,
  };
  return { io, out: () => out.join(''), err: () => err.join(''), written };
}

describe('runCli', () => {
  it('prints the seed timeline as JSON', async () => {
    const f = fakeIO();
    expect(await runCli(['extract', SEED], f.io)).toBe(0);
    const t = JSON.parse(f.out());
    expect(t.version).toBe(1);
    expect(t.documentDate).toBe('2022-01-07T19:06');
    expect(t.events.length).toBe(12);
  });

  it('reads stdin with "-" and honours --document-date and --format summary', async () => {
    const f = fakeIO('Talks collapsed on Friday. The ministers left.');
    expect(await runCli(['extract', '-', '--document-date', '2023-03-03', '--format', 'summary'], f.io)).toBe(0);
    expect(f.out()).toContain('document date: 2023-03-03 (option) · 1 event');
    expect(f.out()).toMatch(/2023-03-03\s+day\s+Talks collapsed/);
  });

  it('gives one timeline per file (json array, ndjson lines) or one merged timeline', async () => {
    const a = fakeIO();
    await runCli(['extract', SEED, SEED], a.io);
    const arr = JSON.parse(a.out());
    expect(arr).toHaveLength(2);
    expect(arr[0].sources).toEqual([SEED]);
    const b = fakeIO();
    await runCli(['extract', SEED, SEED, '--format=ndjson'], b.io);
    expect(b.out().trimEnd().split('\n').map((l) => JSON.parse(l).events.length)).toEqual([12, 12]);
    const c = fakeIO();
    await runCli(['extract', SEED, '-', '--merge'], { ...c.io, readStdin: async () => 'Protests began on Jan. 2, 2022.' });
    const merged = JSON.parse(c.out());
    expect(merged.sources).toEqual([SEED, 'stdin']);
    expect(merged.events).toHaveLength(13);
    expect(merged.events.filter((e: { source: string }) => e.source === 'stdin')).toHaveLength(1);
  });

  it('writes csv, ics and timelinejs, and --output to a file', async () => {
    for (const [format, pattern] of [['csv', /^id,start,end,/], ['ics', /^BEGIN:VCALENDAR\r\n/], ['timelinejs', /"start_date"/]] as const) {
      const f = fakeIO();
      expect(await runCli(['extract', SEED, '--format', format], f.io)).toBe(0);
      expect(f.out()).toMatch(pattern);
    }
    const f = fakeIO();
    expect(await runCli(['extract', SEED, '-o', '/tmp/x.ics', '--format', 'ics'], f.io)).toBe(0);
    expect(f.out()).toBe('');
    expect(f.written.get('/tmp/x.ics')).toMatch(/END:VCALENDAR\r\n$/);
  });

  it('shows a progress line for batches only on a terminal or with --progress', async () => {
    const files = [SEED, SEED, SEED, SEED];
    const quiet = fakeIO();
    await runCli(['extract', ...files], quiet.io);
    expect(quiet.err()).toBe('');
    const tty = fakeIO('', { stderrIsTTY: true });
    await runCli(['extract', ...files], tty.io);
    expect(tty.err()).toContain('extracting 4/4');
    const forced = fakeIO();
    await runCli(['extract', ...files, '--progress'], forced.io);
    expect(forced.err()).toContain('extracting 1/4');
  });

  it('fails clearly on a missing file, an unknown option, a bad date or format', async () => {
    const cases: [string[], number, RegExp][] = [
      [['extract', 'no/such/file.txt'], 1, /cannot read no\/such\/file\.txt: no such file/],
      [['extract', SEED, '--frobnicate'], 2, /unknown option: --frobnicate/],
      [['extract', SEED, '--document-date', '2022-02-30'], 2, /bad date for --document-date: "2022-02-30"/],
      [['extract', SEED, '--reference-date', 'yesterday'], 2, /bad date for --reference-date/],
      [['extract', SEED, '--format', 'xml'], 2, /unknown format: xml/],
      [['extract'], 2, /needs at least one FILE/],
      [['frobnicate'], 2, /unknown command: frobnicate/],
      [['extract', SEED, '--format'], 2, /--format needs a value/],
    ];
    for (const [argv, code, message] of cases) {
      const f = fakeIO();
      expect(await runCli(argv, f.io)).toBe(code);
      expect(f.err()).toMatch(message);
      expect(f.out()).toBe('');
    }
  });

  it('prints help and version', async () => {
    const h = fakeIO();
    expect(await runCli(['--help'], h.io)).toBe(0);
    expect(h.out()).toMatch(/^usage: event-timeline extract/);
    const v = fakeIO();
    expect(await runCli(['--version'], v.io)).toBe(0);
    expect(v.out()).toBe('9.9.9\n');
  });
});

describe('parseArgs', () => {
  it('maps options to TagOptions', () => {
    expect(parseArgs(['extract', 'a.txt', '--date-order', 'DMY', '--reference-date=2020-05-01', '--mode', 'narrative'])).toEqual({
      command: 'extract', files: ['a.txt'], format: 'json', merge: false, progress: false,
      options: { numericDateOrder: 'DMY', referenceDate: '2020-05-01', mode: 'narrative' },
    });
  });
});

describe('runCli notes', () => {
  it('says on stderr which events iCalendar cannot hold', async () => {
    const f = fakeIO('Carthage was founded in 814 BC. The site was listed in 1979.');
    expect(await runCli(['extract', '-', '--format', 'ics'], f.io)).toBe(0);
    expect(f.err()).toMatch(/^note: 1 event\(s\) with BC, century or millennium dates cannot be written to iCalendar and were left out: e1\n$/);
    expect(f.out()).toContain('DTSTART;VALUE=DATE:19790101');
  });

  it('says when relative dates stayed unresolved for want of a publication date', async () => {
    const wire = 'TOKYO, Jan. 2 (AP) - A strong earthquake struck early Tuesday. The region was devastated on March 11, 2011. The cabinet will meet on Wednesday.';
    const f = fakeIO(wire);
    expect(await runCli(['extract', '-', '--format', 'summary'], f.io)).toBe(0);
    expect(f.err()).toMatch(/^note: stdin: no publication date found, so \d+ relative date\(s\) such as "[^"]+" were left unresolved and make no events; pass --document-date YYYY-MM-DD\n$/);
    // The flashback's date does not become the story's clock: Wednesday is not a day of March 2011.
    expect(f.out()).toContain('2011-03-11');
    expect(f.out()).not.toMatch(/2011-03-1[2-9]/);
    // A recurrence (`every Monday`) needs no publication date: it is no relative date left unresolved.
    const weekly = fakeIO('The Harwick Ferry Company was founded in 1911. Its boats sailed every Monday at 9 a.m.');
    expect(await runCli(['extract', '-', '--format', 'summary'], weekly.io)).toBe(0);
    expect(weekly.err()).toBe('');
    const dated = fakeIO(wire);
    expect(await runCli(['extract', '-', '--format', 'summary', '--document-date', '2024-01-02'], dated.io)).toBe(0);
    expect(dated.err()).toBe('');
    expect(dated.out()).toContain('2024-01-03');
  });
});
