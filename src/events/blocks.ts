/**
 * Extraction of a long text in blocks of paragraphs, with a pause between blocks: for a page that must
 * read text on its main thread (no Web Worker) without freezing. Each block is extracted on its own and
 * the results are joined into one Timeline with the whole text's offsets and ids. Blocks are sized as the
 * run goes to take about 40 ms each (the first is small: it also pays for the tagger's first use).
 *
 * The price of blocks: a relative date at the top of a block is anchored as at the top of a text (to the
 * publication date, which the first block settles for all), not to the last date of the block before, and
 * a happening told again in a later block is not merged with its first telling. A text of one block
 * gives exactly extractTimeline's result.
 */
import type { TagOptions, TextSpan, Timeline, TimelineEvent, Timex } from '../model/types.js';
import { extractTimeline } from './index.js';
import { valueStartTime } from '../model/timex-value.js';

/** Characters of a block by default (textBlocks), and of the first block of a run. */
export const DEFAULT_BLOCK_SIZE = 20_000;
const FIRST_BLOCK = 4_000;
/** A run's blocks are sized to take about this long each, ms (tests/bench/element-text.mjs measures the tasks). */
const TASK_MS = 40;
const MIN_BLOCK = 1_000;
const MAX_BLOCK = 200_000;

/**
 * `text` cut into consecutive spans of about `size` characters (at least 1), each ending after a blank
 * line, else after a line break, else after a sentence's end, else at a space, and only when no such
 * place is found, at `size`. The spans cover the text with no gap.
 */
export function textBlocks(text: string, size = DEFAULT_BLOCK_SIZE): TextSpan[] {
  const blocks: TextSpan[] = [];
  let start = 0;
  do {
    const end = blockEnd(text, start, size);
    blocks.push({ start, end });
    start = end;
  } while (start < text.length);
  return blocks;
}

/** End of the block of about `size` characters (at least 1) from `start`, cut as textBlocks says. */
export function blockEnd(text: string, start: number, size: number): number {
  const max = Math.max(1, Math.floor(size));
  if (text.length - start <= max) return text.length;
  // A cut in the block's second half: no tiny blocks.
  return lastCut(text, start + Math.floor(max / 2), start + max) ?? start + max;
}

const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f' || c === '\v' || c === '\u00a0';
const CLOSERS = new Set(['"', "'", '\u201d', '\u2019', ')', ']']);

/**
 * The best place to cut `text` in (from, to): after a blank line, else after a line break, else after a
 * sentence's end and a space, else after a space; null when there is none. One backward pass, no regex.
 */
function lastCut(text: string, from: number, to: number): number | null {
  let line: number | null = null;
  let sentence: number | null = null;
  let space: number | null = null;
  for (let p = to - 1; p > from; p--) {
    const c = text[p - 1];
    if (!isSpace(c)) continue;
    space ??= p;
    if (c === '\n') {
      // A blank line: only spaces or tabs back to the line break before.
      let q = p - 2;
      while (q >= from && (text[q] === ' ' || text[q] === '\t' || text[q] === '\r')) q--;
      if (q >= from && text[q] === '\n') return p;
      line ??= p;
    } else if (sentence === null) {
      let q = p - 2;
      while (q >= from && CLOSERS.has(text[q]!)) q--;
      if (q >= from && (text[q] === '.' || text[q] === '!' || text[q] === '?')) sentence = p;
    }
  }
  return line ?? sentence ?? space;
}

const shift = (s: TextSpan, by: number): TextSpan => ({ start: s.start + by, end: s.end + by });

/**
 * One Timeline from the timelines of consecutive blocks (`offset`: where each block starts in the whole
 * text): spans moved to the whole text, timexes renumbered `t1...` in text order, events in date order
 * (then text order) renumbered `e1...`, the first block's publication date and title.
 */
export function joinBlockTimelines(parts: ReadonlyArray<{ offset: number; timeline: Timeline }>): Timeline {
  const first = parts[0]?.timeline;
  const timexes: Timex[] = [];
  const events: TimelineEvent[] = [];
  for (const { offset, timeline } of parts) {
    const ids = new Map<string, string>();
    for (const t of timeline.timexes) {
      const id = `t${timexes.length + 1}`;
      ids.set(t.id, id);
      timexes.push({ ...t, id, start: t.start + offset, end: t.end + offset });
    }
    for (const e of timeline.events) {
      const moved: TimelineEvent = { ...e, span: shift(e.span, offset) };
      if (e.spans) moved.spans = e.spans.map((s) => shift(s, offset));
      if (e.timexIds) moved.timexIds = e.timexIds.map((id) => ids.get(id) ?? id);
      events.push(moved);
    }
  }
  const time = new Map(events.map((e) => [e, valueStartTime(e.start)]));
  events.sort((a, b) => time.get(a)! - time.get(b)! || a.span.start - b.span.start);
  events.forEach((e, i) => { e.id = `e${i + 1}`; });
  const joined: Timeline = {
    version: 1, documentDate: first?.documentDate ?? null, documentDateSource: first?.documentDateSource ?? 'none', timexes, events,
  };
  if (first?.title !== undefined) joined.title = first.title;
  return joined;
}

export interface BlockRun {
  /** Awaited before each block: a macrotask lets the page handle input and paint. */
  pause: () => Promise<void>;
  /** Checked after each pause: true stops the run (the input changed), which then resolves to null. */
  stale?: () => boolean;
  /** Characters of every block (textBlocks' cuts); without it, blocks are sized to take about 40 ms each. */
  blockSize?: number;
}

/**
 * extractTimeline over `text` block by block, pausing before each (see the module's note for what blocks
 * change). Resolves to null when `stale` says so. Throws what extractTimeline throws (invalid options).
 */
export async function extractTimelineInBlocks(text: string, options: TagOptions, run: BlockRun): Promise<Timeline | null> {
  const parts: Array<{ offset: number; timeline: Timeline }> = [];
  let later: TagOptions = options;
  let size = run.blockSize ?? FIRST_BLOCK;
  let start = 0;
  do {
    await run.pause();
    if (run.stale?.()) return null;
    const end = blockEnd(text, start, size);
    const t0 = performance.now();
    const timeline = extractTimeline(text.slice(start, end), later);
    if (run.blockSize === undefined) {
      const rate = (end - start) / Math.max(1, performance.now() - t0);
      size = Math.min(MAX_BLOCK, 2 * size, Math.max(MIN_BLOCK, rate * TASK_MS)); // at most twice the last: one fast block is no promise
    }
    if (parts.length === 0) {
      if (end === text.length) return timeline;
      // The publication date the first block settled holds for the blocks after it.
      if (timeline.documentDate !== null) later = { ...options, documentDate: timeline.documentDate };
    }
    parts.push({ offset: start, timeline });
    start = end;
  } while (start < text.length);
  return joinBlockTimelines(parts);
}
