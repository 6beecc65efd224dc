/** Dates as a reader says them (`Friday, 7 January 2022`, `4–7 Jan 2022`), from TimeML values: see src/model/date-words.ts. */
import type { TimelineEvent } from '../model/types.js';
import { rangePhrase } from '../model/date-words.js';

export { MONTH_NAMES, MONTH_SHORT, yearLabel, yearSpanLabel, valuePhrase, rangePhrase, countPhrase } from '../model/date-words.js';

/** An event's date as a reader says it: `Friday, 7 January 2022`, `5–19 January 2022`, `the night of ...`. */
export function eventDatePhrase(event: Pick<TimelineEvent, 'start' | 'end' | 'precision'>, short = false): string {
  return rangePhrase(event.start, event.end, event.precision, short);
}
