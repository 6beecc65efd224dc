/**
 * The extraction code as the element loads it when no worker can start (text-extraction.ts): src/events/blocks.ts in
 * a chunk of its own, loaded with the first text read on the main thread.
 */
export { extractTimelineInBlocks } from '../events/blocks.js';

/** Re-exported only to shape code splitting (see lazy.ts): the element and what this chunk shares with it, one chunk. */
export { EventTimeline } from './event-timeline.js';
