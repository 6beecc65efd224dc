/**
 * Dates in languages other than English (date-locale.ts, from Intl) come as a chunk of their own: a page whose
 * element speaks English never downloads them. Until {@link loadLocalDates} has resolved, date-phrase.ts and
 * ticks.ts write every language in English; the element switches to another language only once it has loaded
 * (src/element/messages.ts).
 */
import type * as DateLocale from './date-locale.js';

export type LocalDates = typeof DateLocale;

let local: LocalDates | null = null;
let loading: Promise<LocalDates> | undefined;

/** Loads the non-English date writing (once). */
export function loadLocalDates(): Promise<LocalDates> {
  return (loading ??= import('./date-locale.js').then((m) => (local = m)));
}

/** The non-English date writing, or null while it is not loaded. */
export function localDates(): LocalDates | null {
  return local;
}
