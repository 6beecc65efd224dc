/**
 * event-timeline: turn prose into an interactive timeline.
 *
 * Importing this module registers the `<event-timeline>` custom element (guarded, so that two
 * builds on one page do not throw). For Node and workers, `event-timeline/core` has the same
 * tagging, extraction and format functions without the element; `event-timeline/element` has the
 * element without them (it loads the extraction code only when it is given text).
 *
 * @module event-timeline
 */
export * from './core.js';
// Through the element entry, so that the build keeps the element (and its registration) in dist/element.js.
export * from './element.js';
