/**
 * event-timeline/element: the `<event-timeline>` element alone, registered on import (guarded, so that two
 * builds on one page do not throw). It loads the extraction code only when it is given article text (in a
 * worker, or by a dynamic import), so a page that feeds it Timeline JSON does not download the tagger.
 * `event-timeline` has the element and all of `event-timeline/core`.
 *
 * @module event-timeline/element
 */
export {
  EventTimeline, type EventTimelineProps, type TimelineDeselectDetail, type TimelineErrorDetail, type TimelineLayout, type TimelineLoadDetail, type TimelineSelectDetail, type TimelineTheme, type TimelineZoomDetail,
} from './element/event-timeline.js';
export type * from './model/types.js';
import './element/define.js';
