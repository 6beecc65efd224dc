/** Pure rendering helpers for the timeline element: intervals, phrasing, ticks, lanes, level of detail. */
export { eventExtent, timexValueToInterval, precisionOfValue } from '../model/timex-value.js';
export { prepareTimeline, markKindOf, fitDomain, lowerBound, upperBound, type PreparedTimeline, type TimelineItem, type MarkKind } from './prepare.js';
export { focusView, focusDomain, edgeCounts, revealSpan, type FocusView, type FocusOptions, type EdgeCounts } from './focus.js';
export { valuePhrase, eventDatePhrase, rangePhrase, countPhrase, yearLabel, yearSpanLabel, MONTH_NAMES, MONTH_SHORT } from './date-phrase.js';
export { formatTicks, historicalTicks } from './ticks.js';
export { packLanes, rangeRows, type LabelExtent } from './lanes.js';
export { layoutView, labelPlacements, visibleRange, type LabelPlacement, type ViewLayout, type ViewOptions, type PlacedEvent, type PlacedCluster } from './layout.js';
export { nextIndex, isNavigationKey, type NavigationKey } from './keyboard.js';
export { storyIndex, storyAnnouncement, swipeStep, SWIPE_MIN_PX, type StoryStep } from './story.js';
export { truncateLabel } from './text.js';
export { highlightSpans, type TextPiece } from './highlight.js';
