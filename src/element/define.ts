/** Registers `<event-timeline>`; guarded so that two builds on one page do not throw. */
import { EventTimeline } from './event-timeline.js';

if (!customElements.get('event-timeline')) customElements.define('event-timeline', EventTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'event-timeline': EventTimeline;
  }
}

export { EventTimeline };
