/** Command-line parsing for `event-timeline`: a plain result or a usage error, never an exception. */
import { parseArgs as parseNodeArgs } from 'node:util';
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
  /** `--jsonl`: read JSON Lines documents (stdin, or the one FILE given) and stream one NDJSON timeline per line. */
  jsonl?: boolean;
  /** `--jobs N` (with --jsonl): worker threads; 1 runs in the main thread. */
  jobs?: number;
}

export type CliArgs = ExtractArgs | { command: 'help' } | { command: 'version' } | { command: 'error'; message: string };

export const USAGE = `usage: event-timeline extract FILE...|- [options]
       event-timeline extract --jsonl [--jobs N] [options] < docs.jsonl
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
  --output FILE, -o     write to FILE instead of stdout (atomically; never over an input)
  --progress            show a progress line on stderr (default: only on a terminal)
  --jsonl               batch mode: read JSON Lines {"id","text","documentDate"?} from stdin
                        (or FILE) and write one NDJSON line per document, in input order:
                        {"id",...timeline} or {"id","line","error"} for a bad line
  --jobs N              batch mode: N worker threads (default 1)
  -h, --help            show this help
  -V, --version         show the version
  --                    end of options: every later argument is a FILE

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

const OPTIONS = {
  format: { type: 'string' },
  'document-date': { type: 'string' },
  'reference-date': { type: 'string' },
  'date-order': { type: 'string' },
  mode: { type: 'string' },
  output: { type: 'string', short: 'o' },
  jobs: { type: 'string' },
  merge: { type: 'boolean' },
  progress: { type: 'boolean' },
  jsonl: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'V' },
} as const;
type OptionName = keyof typeof OPTIONS;

const isKnown = (name: string): name is OptionName => Object.hasOwn(OPTIONS, name);

export function parseArgs(argv: string[]): CliArgs {
  if (argv.length === 0) return { command: 'error', message: 'missing command' };
  let tokens;
  try {
    // strict: false so that the messages (and `--merge=true`) are ours; node:util still does the
    // tokenising: `--`, `--name=value`, `-o FILE`, `-oFILE` and grouped short flags.
    ({ tokens } = parseNodeArgs({ args: argv, options: OPTIONS, strict: false, allowPositionals: true, tokens: true }));
  } catch (e) {
    return { command: 'error', message: e instanceof Error ? e.message : String(e) };
  }
  const positionals: string[] = [];
  const strings: Partial<Record<OptionName, string>> = {};
  const flags: Partial<Record<OptionName, boolean>> = {};
  for (const token of tokens) {
    if (token.kind === 'positional') { positionals.push(token.value); continue; }
    if (token.kind === 'option-terminator') continue;
    const { name, rawName } = token;
    if (!isKnown(name)) return { command: 'error', message: `unknown option: ${rawName.startsWith('--') ? rawName : `-${name}`}` };
    const long = `--${name}`;
    if (OPTIONS[name].type === 'boolean') {
      if (name === 'help') return { command: 'help' };
      if (name === 'version') return { command: 'version' };
      const v = token.value;
      if (v === undefined || v === 'true') flags[name] = true;
      else if (v === 'false') flags[name] = false;
      else return { command: 'error', message: `option ${long} takes no value (or =true / =false), got ${JSON.stringify(v)}` };
      continue;
    }
    const v = token.value;
    // `--format --merge`: a following option is not a value (a lone "-" is, as a file name)
    if (v === undefined || (!token.inlineValue && v.startsWith('-') && v !== '-')) {
      return { command: 'error', message: `option ${rawName === '-o' ? '-o' : long} needs a value` };
    }
    strings[name] = v;
  }

  const [command, ...files] = positionals;
  if (command !== 'extract') return { command: 'error', message: command === undefined ? 'missing command' : `unknown command: ${command}` };
  const jsonl = flags.jsonl === true;
  if (!jsonl && files.length === 0) return { command: 'error', message: 'extract needs at least one FILE (or - for standard input)' };
  const format = strings.format ?? (jsonl ? 'ndjson' : 'json');
  if (!(FORMATS as readonly string[]).includes(format)) return { command: 'error', message: `unknown format: ${format} (expected ${FORMATS.join(', ')})` };
  const options: TagOptions = {};
  for (const [flag, key] of [['document-date', 'documentDate'], ['reference-date', 'referenceDate']] as const) {
    const v = strings[flag];
    if (v === undefined) continue;
    if (!isValidIsoDate(v)) return { command: 'error', message: `bad date for --${flag}: ${JSON.stringify(v)} (expected ISO 8601, e.g. 2022-01-07)` };
    options[key] = v;
  }
  const order = strings['date-order'];
  if (order !== undefined) {
    if (order !== 'MDY' && order !== 'DMY') return { command: 'error', message: `bad --date-order: ${order} (expected MDY or DMY)` };
    options.numericDateOrder = order;
  }
  const mode = strings.mode;
  if (mode !== undefined) {
    if (mode !== 'auto' && mode !== 'news' && mode !== 'narrative') return { command: 'error', message: `bad --mode: ${mode} (expected auto, news or narrative)` };
    options.mode = mode;
  }
  let jobs: number | undefined;
  if (strings.jobs !== undefined) {
    if (!/^[1-9]\d{0,2}$/.test(strings.jobs)) return { command: 'error', message: `bad --jobs: ${strings.jobs} (expected a whole number from 1 to 999)` };
    if (!jsonl) return { command: 'error', message: '--jobs works only with --jsonl' };
    jobs = Number(strings.jobs);
  }
  const out: ExtractArgs = { command: 'extract', files, format: format as OutputFormat, merge: flags.merge === true, progress: flags.progress === true, options };
  if (strings.output !== undefined) out.output = strings.output;
  if (jsonl) {
    if (files.length > 1) return { command: 'error', message: '--jsonl reads standard input or one FILE' };
    if (format !== 'ndjson') return { command: 'error', message: `--jsonl writes ndjson; --format ${format} does not apply` };
    if (out.merge) return { command: 'error', message: '--jsonl and --merge do not go together' };
    if (out.output !== undefined) return { command: 'error', message: '--jsonl streams to standard output; redirect it instead of --output' };
    out.jsonl = true;
    out.jobs = jobs ?? 1;
  }
  return out;
}
