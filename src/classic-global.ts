/**
 * Types for `dist/event-timeline.classic.js`, the build for a plain `<script src>` (no modules): it declares the
 * global `EventTimeline` that script sets, holding everything `event-timeline` exports (the element class, the
 * tagging, extraction and format functions). Reach them in TypeScript with
 * `/// <reference types="event-timeline/event-timeline.classic.js" />` or
 * `import type {} from 'event-timeline/event-timeline.classic.js'`; the script exports nothing as a module.
 *
 * @module event-timeline/event-timeline.classic.js
 */
import type * as EventTimelineModule from './index.js';

declare global {
  /** Set by `<script src=".../event-timeline.classic.js">`: every export of `event-timeline`. */
  var EventTimeline: typeof EventTimelineModule;
}

export {};
