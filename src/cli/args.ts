/** Command-line parsing for `event-timeline`: a plain result or a usage error, never an exception. */
import type { TagOptions } from '../model/types.js';

export const FORMATS = ['json', 'ndjson', 'csv', 'ics', 'timelinejs', 'summary'] as const;
export type OutputFormat = (typeof FORMATS)[number];

export interface ExtractArgs {
  command: 'extract';
  files: string[];
  format: OutputFormat;
  merge: boolean;
  progress: boolean;
  output?: string;
  options: TagOptions;
}

export type CliArgs = ExtractArgs | { command: 'help' } | { command: 'version' } | { command: 'error'; message: string };

export const USAGE = `usage: event-timeline extract FILE...|- [options]
       event-timeline --help | --version

Finds the dated happenings in news or history text and prints them as a timeline.

options:
  --format F            json (default) | ndjson | csv | ics | timelinejs | summary
  --document-date D     publication date (ISO 8601, e.g. 2022-01-07 or 2022-01-07T19:06);
                        wins over a date found in the text
  --reference-date D    fallback anchor when the text states no publication date
  --date-order O        MDY (default) or DMY: how to read 11/09/1989
  --mode M              auto (default) | news | narrative: how relative dates are anchored
  --merge               several files -> one timeline with per-source provenance
  --output FILE, -o     write to FILE instead of stdout
  --progress            show a progress line on stderr (default: only on a terminal)
  -h, --help            show this help
  -V, --version         show the version

With several files, json prints an array (one timeline per file) and ndjson one line per file;
csv, ics, timelinejs and summary always merge. "-" reads standard input.
`;

const ISO = /^(?:\d{4})(?:-\d{2}(?:-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

/** True for an ISO 8601 date (or date-time) that names a real day. */
export function isValidIsoDate(s: string): boolean {
  if (!ISO.test(s)) return false;
  const [y, m = '01', d = '01'] = s.slice(0, 10).split('-');
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return date.getUTCMonth() === Number(m) - 1 && date.getUTCDate() === Number(d);
}

const VALUE_OPTIONS = new Set(['--format', '--document-date', '--reference-date', '--date-order', '--output', '-o', '--mode']);

export function parseArgs(argv: string[]): CliArgs {
  if (argv.length === 0) return { command: 'error', message: 'missing command' };
  const files: string[] = [];
  const opts: Record<string, string> = {};
  let merge = false;
  let progress = false;
  let command: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    let arg = argv[i]!;
    if (arg === '-h' || arg === '--help') return { command: 'help' };
    if (arg === '-V' || arg === '--version') return { command: 'version' };
    if (arg === '--merge') { merge = true; continue; }
    if (arg === '--progress') { progress = true; continue; }
    let value: string | undefined;
    const eq = arg.indexOf('=');
    if (arg.startsWith('--') && eq > 0) {
      value = arg.slice(eq + 1);
      arg = arg.slice(0, eq);
    }
    if (VALUE_OPTIONS.has(arg)) {
      value ??= argv[++i];
      if (value === undefined) return { command: 'error', message: `option ${arg} needs a value` };
      opts[arg === '-o' ? '--output' : arg] = value;
      continue;
    }
    if (arg.startsWith('-') && arg !== '-') return { command: 'error', message: `unknown option: ${arg}` };
    if (command === undefined) command = arg;
    else files.push(arg);
  }
  if (command !== 'extract') return { command: 'error', message: command === undefined ? 'missing command' : `unknown command: ${command}` };
  if (files.length === 0) return { command: 'error', message: 'extract needs at least one FILE (or - for standard input)' };
  const format = opts['--format'] ?? 'json';
  if (!(FORMATS as readonly string[]).includes(format)) return { command: 'error', message: `unknown format: ${format} (expected ${FORMATS.join(', ')})` };
  const options: TagOptions = {};
  for (const [flag, key] of [['--document-date', 'documentDate'], ['--reference-date', 'referenceDate']] as const) {
    const v = opts[flag];
    if (v === undefined) continue;
    if (!isValidIsoDate(v)) return { command: 'error', message: `bad date for ${flag}: ${JSON.stringify(v)} (expected ISO 8601, e.g. 2022-01-07)` };
    options[key] = v;
  }
  const order = opts['--date-order'];
  if (order !== undefined) {
    if (order !== 'MDY' && order !== 'DMY') return { command: 'error', message: `bad --date-order: ${order} (expected MDY or DMY)` };
    options.numericDateOrder = order;
  }
  const mode = opts['--mode'];
  if (mode !== undefined) {
    if (mode !== 'auto' && mode !== 'news' && mode !== 'narrative') return { command: 'error', message: `bad --mode: ${mode} (expected auto, news or narrative)` };
    options.mode = mode;
  }
  const out: ExtractArgs = { command: 'extract', files, format: format as OutputFormat, merge, progress, options };
  if (opts['--output'] !== undefined) out.output = opts['--output'];
  return out;
}
