/** The CLI's wiring, free of process globals so that it can be unit-tested: argv + io -> exit code. */
import type { Timeline } from '../model/types.js';
import { extractTimeline } from '../events/index.js';
import { mergeTimelines } from '../model/merge-timelines.js';
import { toCsv } from '../model/csv.js';
import { icsUnsupportedReason, toIcs } from '../model/ics.js';
import { toTimelineJS } from '../model/timelinejs.js';
import { toSummary } from '../model/summary.js';
import { parseArgs, USAGE, type ExtractArgs } from './args.js';
import { decodeInput } from './input.js';
import { processLine, runBatch, type WorkerPool } from './batch.js';

export interface CliIO {
  stdout(s: string): void;
  stderr(s: string): void;
  /** Bytes (checked for binary content and decoded here) or text. */
  readFile(path: string): Promise<string | Uint8Array>;
  readStdin(): Promise<string | Uint8Array>;
  /** Needed for `--output`; the Node version writes a temp file beside the target and renames it. */
  writeFile?(path: string, data: string): Promise<void>;
  /** Canonical path (symlinks followed; a file that does not exist yet resolves through its folder). Used to refuse `-o` onto an input. */
  realpath?(path: string): Promise<string>;
  /** Batch mode: the lines of FILE, or of standard input for "-". */
  lines?(file: string): AsyncIterable<string>;
  /** Batch mode: writes to stdout and resolves when it can take more (backpressure). Falls back to `stdout`. */
  writeOut?(s: string): void | Promise<void>;
  /** Batch mode with --jobs N > 1: starts N workers. */
  startWorkers?(jobs: number, options: ExtractArgs['options']): WorkerPool;
  /** Whether stderr is a terminal (progress lines are shown only then, or with --progress). */
  stderrIsTTY?: boolean;
  version?: string;
}

const PROGRESS_MIN_FILES = 4;

function render(args: ExtractArgs, results: { source: string; timeline: Timeline }[], io: CliIO): string {
  const one = (): Timeline => (results.length === 1 ? results[0]!.timeline : mergeTimelines(results));
  if (args.merge || args.format === 'csv' || args.format === 'ics' || args.format === 'timelinejs') {
    const t = one();
    switch (args.format) {
      case 'csv': return toCsv(t);
      case 'ics': {
        const skipped = t.events.filter((e) => icsUnsupportedReason(e) !== null).map((e) => e.id);
        if (skipped.length) io.stderr(`note: ${skipped.length} event(s) with BC, century or millennium dates cannot be written to iCalendar and were left out: ${skipped.join(', ')}\n`);
        return toIcs(t);
      }
      case 'timelinejs': return `${JSON.stringify(toTimelineJS(t), null, 2)}\n`;
      case 'summary': return toSummary(t);
      case 'ndjson': return `${JSON.stringify(t)}\n`;
      default: return `${JSON.stringify(t, null, 2)}\n`;
    }
  }
  const withSource = results.map(({ source, timeline }) => (results.length > 1 ? { ...timeline, sources: [source] } : timeline));
  switch (args.format) {
    case 'ndjson': return withSource.map((t) => JSON.stringify(t)).join('\n') + '\n';
    case 'summary': return results.map(({ source, timeline }) => (results.length > 1 ? `== ${source}\n` : '') + toSummary(timeline)).join('\n');
    default: return `${JSON.stringify(withSource.length === 1 ? withSource[0] : withSource, null, 2)}\n`;
  }
}

/** Refuses `-o FILE` when FILE is one of the inputs (compared by real path, so links and ./a.txt count). */
async function outputIsInput(args: ExtractArgs, io: CliIO): Promise<string | null> {
  if (args.output === undefined) return null;
  const real = io.realpath ?? (async (p: string) => p);
  let out: string;
  try {
    out = await real(args.output);
  } catch {
    return null;
  }
  for (const file of args.files) {
    if (file === '-') continue;
    try {
      if ((await real(file)) === out) return file;
    } catch {
      // an unreadable input is reported when it is read
    }
  }
  return null;
}

async function extractBatch(args: ExtractArgs, io: CliIO): Promise<number> {
  if (!io.lines) {
    io.stderr('event-timeline: --jsonl is not available here\n');
    return 1;
  }
  const jobs = args.jobs ?? 1;
  let pool: WorkerPool | undefined;
  if (jobs > 1) {
    if (!io.startWorkers) {
      io.stderr('event-timeline: --jobs is not available here\n');
      return 1;
    }
    pool = io.startWorkers(jobs, args.options);
  }
  const run = pool ? pool.run : (line: string, n: number) => processLine(line, n, args.options);
  const write = io.writeOut ?? ((s: string) => io.stdout(s));
  const source = args.files[0] ?? '-';
  try {
    const { documents, errors } = await runBatch(io.lines(source), run, write, pool ? (pool.window ?? jobs * 4) : 1);
    if (errors) io.stderr(`note: ${errors} of ${documents} line(s) could not be read as documents; their records hold "error"\n`);
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'EPIPE') return 0; // the reader went away (`| head`): not an error
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : e instanceof Error ? e.message : String(e);
    io.stderr(`event-timeline: --jsonl ${source === '-' ? 'stdin' : source}: ${why}\n`);
    return 1;
  } finally {
    await pool?.close();
  }
  return 0;
}

async function extract(args: ExtractArgs, io: CliIO): Promise<number> {
  const clash = await outputIsInput(args, io);
  if (clash !== null) {
    io.stderr(`event-timeline: --output ${args.output} is the input file ${clash}; refusing to overwrite it\n`);
    return 2;
  }
  if (args.jsonl) return extractBatch(args, io);
  const results: { source: string; timeline: Timeline }[] = [];
  const showProgress = args.files.length >= PROGRESS_MIN_FILES && (args.progress || io.stderrIsTTY === true);
  for (const [i, file] of args.files.entries()) {
    if (showProgress) io.stderr(`\rextracting ${i + 1}/${args.files.length}: ${file}`.padEnd(60));
    const name = file === '-' ? 'stdin' : file;
    let data: string | Uint8Array;
    try {
      data = file === '-' ? await io.readStdin() : await io.readFile(file);
    } catch (e) {
      if (showProgress) io.stderr('\n');
      const code = (e as { code?: string }).code;
      const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : e instanceof Error ? e.message : String(e);
      io.stderr(`event-timeline: cannot read ${file}: ${why}\n`);
      return 1;
    }
    const decoded = decodeInput(data);
    if ('problem' in decoded) {
      if (showProgress) io.stderr('\n');
      io.stderr(`event-timeline: ${name}: ${decoded.problem}\n`);
      return 1;
    }
    const { text, replaced } = decoded;
    if (replaced) io.stderr(`${showProgress ? '\n' : ''}note: ${name}: ${replaced} invalid UTF-8 byte sequence(s) were read as U+FFFD\n`);
    if (text.trim() === '') io.stderr(`${showProgress ? '\n' : ''}note: ${name}: empty input, no events\n`);
    const timeline = extractTimeline(text, args.options);
    results.push({ source: name, timeline });
    const unresolved = timeline.documentDate ? [] : timeline.timexes.filter((t) => t.type !== 'SET' && t.value.startsWith('XXXX') && t.derivation.anchorValue === undefined);
    if (unresolved.length) {
      if (showProgress) io.stderr('\n');
      io.stderr(`note: ${name}: no publication date found, so ${unresolved.length} relative date(s) such as "${unresolved[0]!.text}" were left unresolved and make no events; pass --document-date YYYY-MM-DD\n`);
    }
  }
  if (showProgress) io.stderr('\n');
  const out = render(args, results, io);
  if (args.output !== undefined) {
    if (!io.writeFile) {
      io.stderr('event-timeline: --output is not available here\n');
      return 1;
    }
    try {
      await io.writeFile(args.output, out);
    } catch (e) {
      io.stderr(`event-timeline: cannot write ${args.output}: ${e instanceof Error ? e.message : String(e)}\n`);
      return 1;
    }
  } else {
    io.stdout(out);
  }
  return 0;
}

/** Runs `event-timeline` with the arguments after the program name; resolves to the exit code. */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const args = parseArgs(argv);
  switch (args.command) {
    case 'help':
      io.stdout(USAGE);
      return 0;
    case 'version':
      io.stdout(`${io.version ?? 'unknown'}\n`);
      return 0;
    case 'error':
      io.stderr(`event-timeline: ${args.message}\n${USAGE.split('\n')[0]}\nTry 'event-timeline --help'.\n`);
      return 2;
    default:
      try {
        return await extract(args, io);
      } catch (e) {
        io.stderr(`event-timeline: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
        return 70;
      }
  }
}
