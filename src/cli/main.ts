/** The CLI's wiring, free of process globals so that it can be unit-tested: argv + io -> exit code. */
import type { Timeline } from '../model/types.js';
import { extractTimeline } from '../events/index.js';
import { mergeTimelines } from '../model/merge-timelines.js';
import { toCsv } from '../model/csv.js';
import { icsUnsupportedReason, toIcs } from '../model/ics.js';
import { toTimelineJS } from '../model/timelinejs.js';
import { toSummary } from '../model/summary.js';
import { parseArgs, USAGE, type ExtractArgs } from './args.js';

export interface CliIO {
  stdout(s: string): void;
  stderr(s: string): void;
  readFile(path: string): Promise<string>;
  readStdin(): Promise<string>;
  /** Needed for `--output`. */
  writeFile?(path: string, data: string): Promise<void>;
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

async function extract(args: ExtractArgs, io: CliIO): Promise<number> {
  const results: { source: string; timeline: Timeline }[] = [];
  const showProgress = args.files.length >= PROGRESS_MIN_FILES && (args.progress || io.stderrIsTTY === true);
  for (const [i, file] of args.files.entries()) {
    if (showProgress) io.stderr(`\rextracting ${i + 1}/${args.files.length}: ${file}`.padEnd(60));
    let text: string;
    try {
      text = file === '-' ? await io.readStdin() : await io.readFile(file);
    } catch (e) {
      if (showProgress) io.stderr('\n');
      const code = (e as { code?: string }).code;
      const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : e instanceof Error ? e.message : String(e);
      io.stderr(`event-timeline: cannot read ${file}: ${why}\n`);
      return 1;
    }
    const timeline = extractTimeline(text, args.options);
    results.push({ source: file === '-' ? 'stdin' : file, timeline });
    const unresolved = timeline.documentDate ? [] : timeline.timexes.filter((t) => t.value.startsWith('XXXX'));
    if (unresolved.length) {
      if (showProgress) io.stderr('\n');
      io.stderr(`note: ${file === '-' ? 'stdin' : file}: no publication date found, so ${unresolved.length} relative date(s) such as "${unresolved[0]!.text}" were left unresolved and make no events; pass --document-date YYYY-MM-DD\n`);
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
