/**
 * The DOM-free part of event-timeline: tagging, extraction and the model's formats.
 * Safe to import in Node (the CLI, servers, workers); `event-timeline` re-exports all of it
 * together with the `<event-timeline>` element.
 *
 * @module event-timeline/core
 */
export type * from './model/types.js';
export { tagTimexes, findDocumentDate, type DocumentDateMatch } from './parse/index.js';
export { extractTimeline } from './events/index.js';
export {
  timelineSchema, parseTimeline, formatTimelineErrors, toCsv, toIcs, toIcsChunks, toTimelineJS, fromTimelineJS, toSummary,
  stripTerminalControls, mergeTimelines, type MergeInput, type IcsOptions, type ParseTimelineResult, type TimelineError, type TimelineJSData, type TimelineJSSlide, type TimelineJSDate, type TimelineJSText, type TimelineJSMedia,
} from './model/index.js';
