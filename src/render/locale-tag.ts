/**
 * Language tags: which language the reader asked for. A module of its own, apart from locale.ts (the words and
 * Intl formats of other languages), so that a page in English does not load those (see local-dates.ts).
 */

/** A BCP 47 language tag (`en`, `fr`, `de-CH`, `es-MX`). */
export type Locale = string;

/** The tag `lang` names when Intl knows it (canonicalised: `FR-ca` -> `fr-CA`), else `en`. */
export function resolveLocale(lang: string | null | undefined): Locale {
  const tag = (lang ?? '').trim();
  if (!tag) return 'en';
  try {
    const [canonical] = Intl.getCanonicalLocales(tag);
    if (!canonical) return 'en';
    // A well-formed tag Intl has no data for (`xx`) falls back to English, never to the runtime's default locale.
    const supported = Intl.DateTimeFormat.supportedLocalesOf([canonical]);
    return supported.length ? canonical : 'en';
  } catch {
    return 'en';
  }
}

/** The language subtag, lower case: `fr-CA` -> `fr`. */
export function languageOf(locale: Locale): string {
  return locale.split('-')[0]!.toLowerCase();
}

/** English is written by the model's own phrases (src/model/date-words.ts), unchanged. */
export const isEnglish = (locale: Locale | undefined): boolean => !locale || languageOf(locale) === 'en';
