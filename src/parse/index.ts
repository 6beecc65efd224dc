/** Temporal tagger: public entry points. */
export { timexValueToInterval, precisionOfValue, type ValueInterval } from './value-interval.js';
import type { Timex, TagOptions } from '../model/types.js';

/** Publication date found near the top of a text. */
export interface DocumentDateMatch {
  value: string;
  start: number;
  end: number;
  text: string;
}

/** Placeholder until the tagger lands: finds nothing. */
export function tagTimexes(_text: string, _options: TagOptions = {}): Timex[] {
  return [];
}

/** Placeholder until the tagger lands: finds nothing. */
export function findDocumentDate(_text: string): DocumentDateMatch | null {
  return null;
}
