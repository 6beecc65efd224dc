/** Event extraction: text -> timexes (src/parse) -> a Timeline of happenings. */
import type { TagOptions, Timeline } from '../model/types.js';
import { findDocumentDate } from '../parse/index.js';
import { tagText } from '../parse/tagger.js';
import { segmentText } from '../text/sentences.js';
import { extractEvents } from './extract.js';
import { isCalendarValue } from '../model/timex-value.js';

export { extractEvents } from './extract.js';
export { segmentText, sentenceSpans } from '../text/sentences.js';

/** An ISO 8601 date or date-time as a TimeML value (`2022-01-07T19:06:00Z` -> `2022-01-07T19:06`). */
export function toTimeMLValue(iso: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2})(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(iso.trim());
  if (!m) return iso.trim();
  return m[2] ? `${m[1]}T${m[2]}` : m[1]!;
}

/** The publication date's TimeML value and where it came from, by precedence option > text > reference. */
function documentDateOf(text: string, options: TagOptions, timexValue: string | undefined): Pick<Timeline, 'documentDate' | 'documentDateSource'> {
  if (options.documentDate) return { documentDate: toTimeMLValue(options.documentDate), documentDateSource: 'option' };
  const found = timexValue ?? findDocumentDate(text)?.value;
  if (found) return { documentDate: found, documentDateSource: 'text' };
  if (options.referenceDate) return { documentDate: toTimeMLValue(options.referenceDate), documentDateSource: 'reference' };
  return { documentDate: null, documentDateSource: 'none' };
}

/**
 * Tags `text` and turns it into a timeline: one event per dated happening, in date order.
 * Throws a RangeError naming the option when `documentDate` or `referenceDate` is not a real date
 * (ISO 8601 or a TimeML calendar value; an empty string counts as not given), or when
 * `numericDateOrder` or `mode` is not one of its values.
 */
export function extractTimeline(text: string, options: TagOptions = {}): Timeline {
  const given: unknown = text;
  if (typeof given !== 'string') throw new TypeError(`extractTimeline: text must be a string, got ${given === null ? 'null' : typeof given}`);
  for (const key of ['documentDate', 'referenceDate'] as const) {
    const v: unknown = options[key];
    if (v === undefined || v === null || v === '') continue;
    if (typeof v !== 'string' || !isCalendarValue(toTimeMLValue(v))) {
      throw new RangeError(`${key} ${typeof v === 'string' ? JSON.stringify(v) : String(v)} is not a valid date (expected ISO 8601 like 2022-01-07 or 2022-01-07T19:06)`);
    }
  }
  const choices = { numericDateOrder: ['MDY', 'DMY'], mode: ['auto', 'news', 'narrative'] } as const;
  for (const key of ['numericDateOrder', 'mode'] as const) {
    const v: unknown = options[key];
    if (v !== undefined && !(choices[key] as readonly unknown[]).includes(v)) {
      throw new RangeError(`${key} ${typeof v === 'string' ? JSON.stringify(v) : String(v)} is not valid (expected ${choices[key].map((c) => `"${c}"`).join(', ').replace(/, (?=[^,]*$)/, ' or ')})`);
    }
  }
  // The text is split into sentences once, for the tagger's tense windows and for the events.
  const seg = segmentText(text);
  const timexes = tagText(text, options, seg.sentences);
  const { documentDate, documentDateSource } = documentDateOf(text, options, timexes.find((t) => t.documentDate)?.value);
  const { events, title } = extractEvents(text, timexes, documentDate, seg);
  const timeline: Timeline = { version: 1, documentDate, documentDateSource, timexes, events };
  if (title !== undefined) timeline.title = title;
  return timeline;
}
