/** Messages between the element and its extraction worker (extract-worker.ts). */
import type { TagOptions } from '../model/types.js';

/** One text to extract; `id` pairs the reply with it. */
export interface ExtractRequest { id: number; text: string; options: TagOptions }

/**
 * The Timeline of a request as JSON text, or the message of what extraction threw (invalid options). JSON,
 * not the object: a string crosses to the page at once, and JSON.parse there is a task of its own, faster
 * than a structured clone of thousands of timexes (which would run in the task that receives the message).
 */
export type ExtractReply = { id: number; json: string } | { id: number; error: string };
