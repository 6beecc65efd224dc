/** Event extraction: text -> timexes (src/parse) -> a Timeline of happenings. */
import type { TagOptions, Timeline } from '../model/types.js';
import { findDocumentDate, tagTimexes } from '../parse/index.js';
import { extractEvents } from './extract.js';

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

/** Tags `text` and turns it into a timeline: one event per dated happening, in date order. */
export function extractTimeline(text: string, options: TagOptions = {}): Timeline {
  const timexes = tagTimexes(text, options);
  const { documentDate, documentDateSource } = documentDateOf(text, options, timexes.find((t) => t.documentDate)?.value);
  const { events, title } = extractEvents(text, timexes, documentDate);
  const timeline: Timeline = { version: 1, documentDate, documentDateSource, timexes, events };
  if (title !== undefined) timeline.title = title;
  return timeline;
}
