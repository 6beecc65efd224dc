/**
 * TimeML values as time intervals for drawing. The tagger's pure converter (src/parse/value-interval.ts)
 * is reused directly, without pulling in the rest of the tagger.
 */
import type { TimelineEvent } from '../model/types.js';
import { timexValueToInterval, precisionOfValue } from '../parse/value-interval.js';

export { timexValueToInterval, precisionOfValue };

/** Half-open extent of an event in epoch milliseconds, or null when its start is not a calendar value. */
export function eventExtent(event: Pick<TimelineEvent, 'start' | 'end'>): { start: number; end: number } | null {
  const first = typeof event.start === 'string' ? timexValueToInterval(event.start) : null;
  if (!first) return null;
  let end = first.end.getTime();
  if (typeof event.end === 'string') {
    const last = timexValueToInterval(event.end);
    if (last && last.end.getTime() > first.start.getTime()) end = last.end.getTime();
  }
  return { start: first.start.getTime(), end };
}
