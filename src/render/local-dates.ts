/**
 * Dates in languages other than English (date-locale.ts, from Intl) come as a chunk of their own: a page whose
 * element speaks English never downloads them. Until {@link loadLocalDates} has resolved, date-phrase.ts and
 * ticks.ts write every language in English; the element switches to another language only once it has loaded
 * (src/element/messages.ts, which loads it with its translated strings).
 */
import type * as DateLocale from './date-locale.js';

export type LocalDates = typeof DateLocale;

let local: LocalDates | null = null;
let loading: Promise<LocalDates> | undefined;

/**
 * Loads the non-English date writing (once) by `importer`, a dynamic import of date-locale.ts or of a chunk that
 * re-exports it (the element's: src/element/translations.ts, with its translated strings); later calls resolve to the
 * first one's module. The import is the caller's, so that a bundle has date-locale.ts in one chunk only.
 */
export function loadLocalDates<T extends LocalDates>(importer: () => Promise<T>): Promise<T> {
  return (loading ??= importer().then((m) => (local = m))) as Promise<T>;
}

/** The non-English date writing, or null while it is not loaded. */
export function localDates(): LocalDates | null {
  return local;
}
