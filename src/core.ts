/**
 * The DOM-free part of event-timeline: tagging, extraction and the model's formats.
 * Safe to import in Node (the CLI, servers, workers); `event-timeline` re-exports all of it
 * together with the `<event-timeline>` element.
 */
export type * from './model/types.js';
export { tagTimexes, findDocumentDate } from './parse/index.js';
export { extractTimeline } from './events/index.js';
export {
  timelineSchema, parseTimeline, formatTimelineErrors, toCsv, toIcs, toIcsChunks, toTimelineJS, fromTimelineJS, toSummary,
  stripTerminalControls, mergeTimelines, type MergeInput, type IcsOptions, type ParseTimelineResult, type TimelineError, type TimelineJSData, type TimelineJSSlide, type TimelineJSDate,
} from './model/index.js';
