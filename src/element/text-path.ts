/**
 * What only article text needs, loaded on demand (a dynamic import) when the element is given text: the reader
 * of text into a timeline (text-extraction.ts, which starts the worker or loads the extraction code) and the
 * article pane (source-pane.ts). A page that feeds the element Timeline JSON never downloads it.
 */
export { TextExtraction } from './text-extraction.js';
export { scrollSourceToSelection, sourceTemplate } from './source-pane.js';
export { sourceStyles } from './source-styles.js';
/** Re-exported only to shape code splitting (see lazy.ts): the element and what this chunk shares with it, one chunk. */
export { EventTimeline } from './event-timeline.js';
