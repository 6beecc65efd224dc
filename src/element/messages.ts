/**
 * The element's UI strings by language: English is the complete base, French, German and Spanish translate it
 * (message-tables.ts, loaded on demand with the writing of dates in other languages: translations.ts), and a key missing in a language (or a language without a table) falls
 * back to English. Plurals by `Intl.PluralRules`,
 * numbers by `Intl.NumberFormat`; dates come from src/render/date-phrase.ts with the same locale.
 */
import { eventDatePhrase, formatCount, resolveLocale, yearSpanLabel, type Locale } from '../render/date-phrase.js';
import { languageOf } from '../render/locale-tag.js';
import { loadLocalDates } from '../render/local-dates.js';
import type { TimelineEvent } from '../model/types.js';

/** Plural forms of a message, by `Intl.PluralRules` category; `other` is required. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const EN = {
  loading: 'Loading…',
  eventCount: { one: '{count} event', other: '{count} events' } as PluralForms,
  defaultName: 'Timeline',
  chartHelp: 'Timeline chart: arrow keys move between events, Enter selects, plus and minus zoom, 0 shows all',
  noEvents: 'No events to show.',
  eventsInOrder: 'Events in time order',
  showMore: 'Show {shown} more of {rest}',
  moreEvents: { one: 'and {count} more event', other: 'and {count} more events' } as PluralForms,
  textUnreadable: 'The text could not be read as a timeline: {error}',
  noEventsArray: 'The timeline is not valid: it needs an "events" array.',
  noDatedEvents: 'No dated events were found in this input.',
  noPlaceableEvents: 'None of the events has a date that can be placed on a timeline.',
  eventsInvalid: 'The events are not valid',
  timelineInvalid: 'The timeline is not valid',
  jsonUnreadable: 'The timeline JSON could not be read: {error}',
  jsonInvalid: 'The timeline JSON is not valid',
  loadFailed: 'Could not load {url}: {error}',
  zoom: 'Zoom',
  zoomOut: 'Zoom out',
  zoomOutTitle: 'Zoom out (−)',
  zoomIn: 'Zoom in',
  zoomInTitle: 'Zoom in (+)',
  showAll: 'Show all events',
  showAllTitle: 'Show all (0)',
  untitled: '(untitled)',
  clusterFrom: 'from {date}',
  clusterHow: 'Click or press Enter to zoom in',
  clusterOne: '1 event on {date}, no room for its label; press Enter to zoom in',
  clusterMany: '{count} events from {date}; press Enter to zoom in',
  groups: 'Groups',
  moreGroups: 'and {count} more',
  earlier: { one: '‹ {count} event earlier', other: '‹ {count} events earlier' } as PluralForms,
  later: { one: '{count} event later ›', other: '{count} events later ›' } as PluralForms,
  showEdge: 'Show {text}',
  zoomHint: '{key} + scroll to zoom',
};

/**
 * English strings that only a chunk loaded on demand says, kept with its code rather than in the element's own: the
 * card's and storytelling's (card.ts), the `src` loader's (fetch-source.ts) and the article pane's (source-pane.ts).
 * They go to {@link Messages.t} as its `english` argument; message-tables.ts translates them with the rest.
 */
type ChunkEnglish = typeof import('./card.js').CARD_ENGLISH & typeof import('./fetch-source.js').SRC_ENGLISH
  & typeof import('./source-pane.js').SOURCE_ENGLISH;

/** A message's key: one of the English base (EN), or of a chunk's own English strings (see ChunkEnglish). */
export type MessageKey = keyof typeof EN | keyof ChunkEnglish;
/** A language's messages: any keys of the English base (the rest fall back to English). */
export type MessageTable = Partial<Record<MessageKey, string | PluralForms>>;

const tables: Record<string, MessageTable> = { en: EN };

/** The message tables by language subtag: English, and the others once loaded (see {@link loadTranslations}). */
export const MESSAGE_TABLES: Readonly<Record<string, MessageTable>> = tables;

let loading: Promise<void> | undefined;
/** Other languages than English are loaded, or could not be (offline, a missing chunk: they fall back to English). */
let loaded = false;

/**
 * Loads what languages other than English need (once; it never rejects): the French, German and Spanish tables
 * (message-tables.ts) and the writing of dates from Intl (src/render/date-locale.ts), one chunk (translations.ts).
 */
export function loadTranslations(): Promise<void> {
  return (loading ??= loadLocalDates(() => import('./translations.js')).then((m) => {
    Object.assign(tables, m.TRANSLATIONS);
  }, () => {}).then(() => {
    loaded = true;
  }));
}

/** The values of a message's `{name}` placeholders. */
export type Vars = Readonly<Record<string, string | number>>;

const fill = (template: string, vars: Vars): string => template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));

/** The UI strings, dates and numbers of one language: what the element and its templates say. */
export class Messages {
  /** The BCP 47 tag dates and numbers are written in (`en` for an unknown tag). */
  readonly locale: Locale;
  private readonly table: MessageTable;
  /** False for another language than English until loadTranslations has resolved (English strings and dates meanwhile). */
  readonly ready: boolean;
  private readonly plurals: Intl.PluralRules;

  /** `lang`: a BCP 47 tag; an unknown or malformed one is English. */
  constructor(lang: string | null | undefined = 'en') {
    this.locale = resolveLocale(lang);
    const language = languageOf(this.locale);
    this.table = tables[language] ?? EN;
    this.ready = loaded || language === 'en';
    this.plurals = new Intl.PluralRules(this.locale);
  }

  /** `english`: the English strings of the chunk that says `key`, when the base has none (see ChunkEnglish). */
  private raw(key: MessageKey, english?: MessageTable): string | PluralForms {
    return this.table[key] ?? (EN as MessageTable)[key] ?? english![key]!;
  }

  /**
   * The message `key` with `{name}` placeholders filled in from `vars`; `english`: the English strings of the chunk
   * that says it, for a key the English base leaves to that chunk.
   */
  t(key: MessageKey, vars: Vars = {}, english?: MessageTable): string {
    const raw = this.raw(key, english);
    return fill(typeof raw === 'string' ? raw : raw.other, vars);
  }

  /** The plural form of `key` for `count`, `{count}` written by {@link Messages.count}. */
  plural(key: MessageKey, count: number, vars: Vars = {}): string {
    const raw = this.raw(key);
    const forms: PluralForms = typeof raw === 'string' ? { other: raw } : raw;
    const form = forms[this.plurals.select(count)] ?? forms.other;
    return fill(form, { count: this.count(count), ...vars });
  }

  /** A count as the language writes it (`1.2k` in English, `1,2 k` in French). */
  count(n: number): string {
    return formatCount(n, this.locale);
  }

  /** A plain number as the language writes it (`1234` in English, as before; `1 234` in French). */
  number(n: number): string {
    return languageOf(this.locale) === 'en' ? String(n) : new Intl.NumberFormat(this.locale).format(n);
  }

  /** An event's date in this language (`short`: for labels). */
  date(event: Pick<TimelineEvent, 'start' | 'end' | 'precision'>, short = false): string {
    return eventDatePhrase(event, short, this.locale);
  }

  /** Two years as a span in this language. */
  years(from: number, to: number): string {
    return yearSpanLabel(from, to, this.locale);
  }
}

/** English: what the element says when no `lang` is set anywhere. */
export const ENGLISH = new Messages('en');
