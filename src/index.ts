/**
 * event-timeline: turn prose into an interactive timeline.
 *
 * Importing this module registers the `<event-timeline>` custom element (guarded, so that two
 * builds on one page do not throw). For Node and workers, `event-timeline/core` has the same
 * tagging, extraction and format functions without the element.
 */
export * from './core.js';
export {
  EventTimeline, type TimelineDeselectDetail, type TimelineErrorDetail, type TimelineLayout, type TimelineLoadDetail, type TimelineSelectDetail, type TimelineTheme, type TimelineZoomDetail,
} from './element/event-timeline.js';
import './element/define.js';
