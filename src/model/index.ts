/** The timeline model: types, schema, validation and the exchange formats. */
export type * from './types.js';
export { timelineSchema, CALENDAR_VALUE_PATTERN } from './schema.js';
export { parseTimeline, formatTimelineErrors, isCalendarValue, type ParseTimelineResult, type TimelineError } from './parse-timeline.js';
export { toCsv, csvField, CSV_COLUMNS } from './csv.js';
export { toIcs, toIcsChunks, escapeIcsText, foldIcsLine, icsUnsupportedReason, type IcsOptions } from './ics.js';
export {
  toTimelineJS, fromTimelineJS, htmlToText,
  type TimelineJSData, type TimelineJSSlide, type TimelineJSDate, type TimelineJSText, type TimelineJSMedia,
} from './timelinejs.js';
export { toSummary, stripTerminalControls } from './summary.js';
export { mergeTimelines, type MergeInput } from './merge-timelines.js';
export { safeHttpUrl, httpUrlProblem, MAX_URL_LENGTH } from './urls.js';
