/** The initial view and the selection as attributes and URL hashes: parsing only, no DOM. */
import { valueExtent } from '../model/timex-extent.js';

/**
 * The first view from `view-start` and `view-end` (ISO 8601 dates or TimeML values such as `2022-01`, `2022-W01`,
 * `BC0044`): from the start of the first to the end of the second. A missing side comes from `fallback` (the whole
 * timeline); null when neither is given, either does not parse, or the span is empty.
 */
export function viewRange(start: string | null, end: string | null, fallback: [number, number]): [number, number] | null {
  if (!start && !end) return null;
  const a = start ? valueExtent(start.trim())?.[0] : fallback[0];
  const b = end ? valueExtent(end.trim())?.[1] : fallback[1];
  if (a === undefined || b === undefined || !(b > a)) return null;
  return [a, b];
}

/** The event id a URL hash names (`#e12`, percent-decoded), or null for an empty hash. */
export function idFromHash(hash: string): string | null {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!raw) return null;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** The URL hash that names an event id (`idFromHash(hashFor(id)) === id`). */
export function hashFor(id: string): string {
  return `#${encodeURIComponent(id)}`;
}
