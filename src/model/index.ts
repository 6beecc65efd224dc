/** The timeline model: types, schema, validation and the exchange formats. */
export type * from './types.js';
export { timelineSchema } from './schema.js';
export { parseTimeline, formatTimelineErrors, type ParseTimelineResult, type TimelineError } from './parse-timeline.js';
export {
  timexValueToInterval, valueExtent, valueStartTime, eventExtent, precisionOfValue, isCalendarValue, parseDuration, addDuration,
  CALENDAR_VALUE_SOURCE, type ValueInterval, type Extent, type DurationAmount,
} from './timex-value.js';
export { toCsv, csvField, CSV_COLUMNS } from './csv.js';
export { toIcs, toIcsChunks, escapeIcsText, foldIcsLine, icsUnsupportedReason, type IcsOptions } from './ics.js';
export {
  toTimelineJS, fromTimelineJS, htmlToText,
  type TimelineJSData, type TimelineJSSlide, type TimelineJSDate, type TimelineJSText, type TimelineJSMedia,
} from './timelinejs.js';
export { toSummary, stripTerminalControls } from './summary.js';
export { mergeTimelines, type MergeInput } from './merge-timelines.js';
export { safeHttpUrl, httpUrlProblem, MAX_URL_LENGTH } from './urls.js';
