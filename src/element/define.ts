/** Registers `<event-timeline>`; guarded so that two builds on one page do not throw. */
import {
  EventTimeline, type TimelineDeselectDetail, type TimelineErrorDetail, type TimelineLoadDetail, type TimelineSelectDetail, type TimelineZoomDetail,
} from './event-timeline.js';

if (!customElements.get('event-timeline')) customElements.define('event-timeline', EventTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'event-timeline': EventTimeline;
  }
  /** The element's events (they bubble and cross shadow roots), typed for `addEventListener`. */
  interface HTMLElementEventMap {
    'timeline-select': CustomEvent<TimelineSelectDetail>;
    'timeline-deselect': CustomEvent<TimelineDeselectDetail>;
    'timeline-zoom': CustomEvent<TimelineZoomDetail>;
    'timeline-error': CustomEvent<TimelineErrorDetail>;
    'timeline-load': CustomEvent<TimelineLoadDetail>;
  }
}

export { EventTimeline };
