/// <reference types="node" />
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../../src/cli/args.js';

const err = (argv: string[]) => {
  const r = parseArgs(argv);
  return r.command === 'error' ? r.message : `(no error: ${r.command})`;
};

describe('parseArgs (node:util tokens)', () => {
  it('takes --name=value, --flag=true/false, -o FILE and -oFILE', () => {
    expect(parseArgs(['extract', 'a.txt', '--merge=true', '--format=csv', '-oout.csv'])).toMatchObject({
      command: 'extract', files: ['a.txt'], format: 'csv', merge: true, output: 'out.csv',
    });
    expect(parseArgs(['extract', 'a.txt', '--merge=false', '--progress', '-o', 'x.json'])).toMatchObject({ merge: false, progress: true, output: 'x.json' });
  });

  it('treats every argument after -- as a file, and "-" as stdin', () => {
    expect(parseArgs(['extract', '--format', 'ndjson', '--', '--merge', '-x.txt', '-'])).toMatchObject({
      files: ['--merge', '-x.txt', '-'], format: 'ndjson', merge: false,
    });
  });

  it('answers -h/--help and -V/--version wherever they stand', () => {
    expect(parseArgs(['extract', 'a.txt', '-h'])).toEqual({ command: 'help' });
    expect(parseArgs(['-V'])).toEqual({ command: 'version' });
  });

  it('gives clear messages for bad input', () => {
    expect(err(['extract', 'a.txt', '--frobnicate'])).toBe('unknown option: --frobnicate');
    expect(err(['extract', 'a.txt', '--frobnicate=1'])).toBe('unknown option: --frobnicate');
    expect(err(['extract', 'a.txt', '-x'])).toBe('unknown option: -x');
    expect(err(['extract', 'a.txt', '--format'])).toBe('option --format needs a value');
    expect(err(['extract', 'a.txt', '--format', '--merge'])).toBe('option --format needs a value');
    expect(err(['extract', 'a.txt', '-o'])).toBe('option -o needs a value');
    expect(err(['extract', 'a.txt', '--merge=yes'])).toMatch(/^option --merge takes no value/);
    expect(err(['extract', 'a.txt', '--format=xml'])).toMatch(/^unknown format: xml \(expected json, ndjson/);
    expect(err(['extract', 'a.txt', '--document-date=2022-13-01'])).toMatch(/^bad date for --document-date: "2022-13-01"/);
    expect(err(['extract', 'a.txt', '--date-order', 'YMD'])).toMatch(/^bad --date-order: YMD/);
    expect(err(['extract', 'a.txt', '--mode', 'poetry'])).toMatch(/^bad --mode: poetry/);
    expect(err(['extract'])).toMatch(/needs at least one FILE/);
    expect(err(['--merge'])).toBe('missing command');
  });

  it('parses batch mode: --jsonl (stdin or one file), --jobs N', () => {
    expect(parseArgs(['extract', '--jsonl'])).toMatchObject({ files: [], jsonl: true, jobs: 1, format: 'ndjson' });
    expect(parseArgs(['extract', '--jsonl', '--jobs=4', 'docs.jsonl'])).toMatchObject({ files: ['docs.jsonl'], jsonl: true, jobs: 4 });
    expect(err(['extract', '--jsonl', '--jobs', '0'])).toMatch(/^bad --jobs: 0/);
    expect(err(['extract', '--jsonl', '--jobs', 'two'])).toMatch(/^bad --jobs: two/);
    expect(err(['extract', 'a.txt', '--jobs', '2'])).toBe('--jobs works only with --jsonl');
    expect(err(['extract', '--jsonl', '--format', 'csv'])).toMatch(/--jsonl writes ndjson/);
    expect(err(['extract', '--jsonl', '--merge'])).toMatch(/--jsonl and --merge/);
    expect(err(['extract', '--jsonl', '-o', 'x'])).toMatch(/redirect it instead of --output/);
    expect(err(['extract', '--jsonl', 'a', 'b'])).toMatch(/standard input or one FILE/);
  });
});
