/** Batch mode (`extract --jsonl`): one JSON document per input line -> one NDJSON timeline per output line, in order. */
import type { TagOptions } from '../model/types.js';
import { extractTimeline } from '../events/index.js';
import { isValidIsoDate } from './args.js';

/** One output line (without its newline); `error` marks an error record. */
export interface BatchResult { out: string; error: boolean }

/** Runs one input line; a blank line gives null (it is skipped). */
export type BatchRunner = (line: string, lineNo: number) => BatchResult | null | Promise<BatchResult | null>;

export interface WorkerPool {
  run: BatchRunner;
  close(): Promise<void>;
  /** How many documents may be in flight (default: 4 per job). */
  window?: number;
}

const errorRecord = (id: unknown, lineNo: number, error: string): BatchResult => ({
  out: JSON.stringify({ id: typeof id === 'string' || typeof id === 'number' ? id : null, line: lineNo, error }),
  error: true,
});

/** The document's id, when the line is a JSON object that has one (for error records made outside the parser). */
export function idOf(line: string): unknown {
  try {
    const doc = JSON.parse(line) as unknown;
    return typeof doc === 'object' && doc !== null ? (doc as { id?: unknown }).id : undefined;
  } catch {
    return undefined;
  }
}

export function errorFor(line: string, lineNo: number, error: string): BatchResult {
  return errorRecord(idOf(line), lineNo, error);
}

/** Extracts the timeline of one JSON Lines document `{"id","text","documentDate"?}`; never throws. */
export function processLine(line: string, lineNo: number, base: TagOptions): BatchResult | null {
  if (line.trim() === '') return null;
  let doc: unknown;
  try {
    doc = JSON.parse(line);
  } catch (e) {
    return errorRecord(undefined, lineNo, `not JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return errorRecord(undefined, lineNo, 'expected a JSON object {"id","text","documentDate"?}');
  const { id, text, documentDate } = doc as { id?: unknown; text?: unknown; documentDate?: unknown };
  if (typeof id !== 'string' && typeof id !== 'number') return errorRecord(undefined, lineNo, 'missing "id" (a string or number)');
  if (typeof text !== 'string') return errorRecord(id, lineNo, 'missing "text" (a string)');
  const options: TagOptions = { ...base };
  if (documentDate !== undefined && documentDate !== null) {
    if (typeof documentDate !== 'string' || !isValidIsoDate(documentDate)) {
      return errorRecord(id, lineNo, `bad "documentDate": ${JSON.stringify(documentDate)} (expected ISO 8601, e.g. 2022-01-07)`);
    }
    options.documentDate = documentDate;
  }
  try {
    return { out: JSON.stringify({ id, ...extractTimeline(text, options) }), error: false };
  } catch (e) {
    return errorRecord(id, lineNo, `extraction failed: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/**
 * Streams `lines` through `run` and writes the results in input order. At most `window` documents are in
 * flight, and the next line is read only when the oldest result has been written (and `write` has
 * resolved, i.e. stdout has drained): memory stays constant whatever the input size.
 */
export async function runBatch(
  lines: AsyncIterable<string>, run: BatchRunner, write: (s: string) => void | Promise<void>, window: number,
): Promise<{ documents: number; errors: number }> {
  const inFlight: Promise<BatchResult | null>[] = [];
  let documents = 0;
  let errors = 0;
  const flushOne = async () => {
    const r = await inFlight.shift()!;
    if (r === null) return;
    documents++;
    if (r.error) errors++;
    await write(`${r.out}\n`);
  };
  let lineNo = 0;
  for await (const line of lines) {
    lineNo++;
    const n = lineNo;
    inFlight.push(
      new Promise<BatchResult | null>((resolve) => resolve(run(line, n)))
        .catch((e: unknown) => errorFor(line, n, `failed: ${e instanceof Error ? e.message : String(e)}`)),
    );
    while (inFlight.length >= window) await flushOne();
  }
  while (inFlight.length) await flushOne();
  return { documents, errors };
}
