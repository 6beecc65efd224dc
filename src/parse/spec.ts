/** The underspecified value a recognition rule emits; `resolve.ts` turns it into a TimeML value. */
import type { TimexMod, TimexType } from '../model/types.js';
import type { UnitCode } from './lexicon.js';
import type { Ymd } from './calendar.js';

export type SpecKind =
  | 'abs' // value fully known: `2022-01-04`, `199`, `P2W`, `PRESENT_REF`
  | 'md' // month and day, year from the anchor
  | 'month' // month, year from the anchor (`shift` -1 last, +1 next, 0 this)
  | 'season' // season, year from the anchor
  | 'quarter' // quarter (q) or half (half), year from the anchor unless given
  | 'weekday' // weekday (dow), date from the anchor and tense
  | 'deictic' // offset n units from the publication date: `yesterday`, `last week`, `two years ago`
  | 'anaphoric' // offset n units from the last mentioned date: `two days later`, `that year`
  | 'ordday' // `the 9th`: day of the anchor's month
  | 'pod' // a part of day waiting for its date (`the early morning hours`)
  | 'clock'; // a clock time waiting for its date

/** A numbered part of a period: its unit (day, week, month, quarter) and which one, counted from 1 (-1 the last). */
export interface PartOf {
  unit: 'D' | 'W' | 'M' | 'Q';
  n: number;
  /** With unit D: the nth of this weekday in the period (`the first Monday of next month`). */
  dow?: number;
}

export interface Spec {
  kind: SpecKind;
  type: TimexType;
  value?: string;
  year?: number;
  month?: number;
  day?: number;
  dow?: number;
  season?: string;
  q?: number;
  half?: number;
  unit?: UnitCode;
  n?: number;
  /** -1 for `last`, +1 for `next`, 0 for `this`; undefined lets tense decide. */
  shift?: number;
  /** Time suffix: `T19:06` or a part of day `TMO`. */
  time?: string;
  /**
   * The zone a clock time was stated in: an ISO offset (`+02:45`, `-05:00`) or `Z`, or `US-5` for a US zone
   * said without its season (`ET`), whose offset the date decides. Appended to the value after the time.
   */
  zone?: string;
  mod?: TimexMod;
  /** A second expression recognized by the same match (`264` and `241 BC` in `264 to 241 BC`). */
  pair?: Spec;
  /** Leading tokens of the match that are context, not part of the expression (`in` of `in 698`). */
  skip?: number;
  /** The year comes from this spec (`next year's first quarter`). */
  yearSpec?: Spec;
  /** A weekday of the week this spec names (`Tuesday of next week`). */
  weekSpec?: Spec;
  /** `last year` closing a comparison (`from $3 million last year`). */
  comparison?: boolean;
  /** A weekday spec that stands for the whole weekend of that week (`the weekend`). */
  weekend?: boolean;
  /**
   * A holiday whose day moves from year to year (Thanksgiving, Easter, Eid): `md` takes, among its days
   * in the years around the anchor, the one the clause points at.
   */
  feast?: { name: string; daysIn: (year: number) => readonly Ymd[] };
  /** A season or month told from the story's last date: 0 `that winter`, +1 `the following August`, -1 `the previous summer`. */
  /** A clock hour said with no half of the day (`eleven o'clock`): on an evening or a night the text named, the later one. */
  halfOpen?: boolean;
  anaphor?: number;
  /** `that first summer`: the first such season that has not ended by the story's last date (with `anaphor` 0). */
  firstOfStory?: boolean;
  /** `that date`, `the same date`: the day the text last stated, even after a coarser date (`the 2027/28 year`). */
  statedDay?: boolean;
  /**
   * `the twenty-fifth anniversary of the earthquake`: the day `n` years after the day the text stated for the happening
   * its `topic` word names (special-readings.ts); with none stated, no date.
   */
  anniversary?: { n: number; topic: string | null };
  /**
   * `the day after the crash`, `the night before the vote`: `n` days from the day the text stated for the happening its
   * `topic` word names, at `time` (a part of day) when one is said (special-readings.ts); with none stated, no date.
   */
  nextToHappening?: { n: number; topic: string; time?: string };
  /** `the current quarter`: the period under way at publication, not the one a quarterly report is about. */
  underWay?: boolean;
  /**
   * Day `n` of a count of days: a heading (`Day 3.` opening its line) or a mention (`on day 3`, after a count that a date
   * began: `on 11 August (day 1)`). The count starts on the day the text stated before its day 1. An ordinal day of a
   * scene (`On the third day`, `on the second night`: `ordinal`) counts from that day 1, or else from the day the text
   * stated last.
   */
  dayCount?: { n: number; heading: boolean; ordinal?: boolean };
  /**
   * A season naming a kind of thing (`withdrew to winter quarters`, `a summer job`): it keeps its value, as TimeBank
   * marks `the autumn report`, but it is not where the story has reached.
   */
  modifier?: boolean;
  /** `weekday` said with `next` (`next Tuesday`, `Tuesday next`): never the day after the anchor (that is `tomorrow`), but the one a week on. */
  nextWeek?: boolean;
  /** The expression itself looks back, whatever its clause's tense (`Thursday's close`). */
  looksBack?: boolean;
  /** An amount of time away from the story's date (`a decade later`): in years from a year or finer date. */
  elapsed?: boolean;
  /**
   * An amount back from the day of writing (`a year ago`): counted on the story's clock only in a report on a quarter
   * (that quarter a year before) or a text with no publication date; else from publication.
   */
  fromNow?: boolean;
  /** An amount of time counted from the day this spec names (`two days before yesterday`, `a week from Tuesday`). */
  offset?: { n: number; unit: 'D' | 'W' | 'M' | 'Y' };
  /**
   * The nth day, week, month or quarter of the period this spec names (n -1: the last): `the last day of July`,
   * `the 3rd month next year`, `the second week of next month`, `the first Monday of next month`. A week is the ISO week
   * of the period's nth Thursday.
   */
  partOf?: PartOf;
  /**
   * `deictic`: said with `the` (`the end of the decade`), so in a story told in the past perfect it may be the
   * story's period rather than the one of publication; `weekday`: said with `the` (`on the Saturday evening`), a day of
   * the story's week.
   */
  storyPeriod?: boolean;
  /** The first light of a day (`dawn`, `daybreak`, `sunrise`): after a night or an evening just told, the next day's. */
  daybreak?: boolean;
  /** `the turn of the century`: the start of the century nearest the anchor's year (1994 and 2003 both turn at 2000). */
  turn?: boolean;
  /** The ISO week that holds the day this spec names (`the week of April 20`). */
  weekOf?: boolean;
  /** The weekend nearest the day this spec names (`the Labor Day weekend`, `Easter weekend`). */
  weekendOf?: boolean;
  /** The first such weekday after (dir 1) or before (dir -1) the day this spec names (`the Sunday after Thanksgiving`). */
  weekdayFrom?: { dow: number; dir: 1 | -1 };
  /** `md`: a two-digit year written with the day (`Aug 9, 96`); resolve gives it the century nearest the document date. */
  yy?: number;
  /** Human phrase for the explanation when the value is absolute. */
  note?: string;
  /**
   * An age, not a date (`At nineteen she took a job`, `aged 23`): never tagged, but on a biography's clock it is the
   * year of birth and that many years (special-readings.ts).
   */
  age?: number;
  /** `month` 1: `in the new year`, the January after the anchor (the last one, told in the past from publication). */
  newYear?: boolean;
}

/** A month, season or day told with no year of its own and from no other date (`April`, not `April 2019`, `next April`, `that April`). */
export const toldWithoutYear = (s: Spec): boolean => s.year === undefined && s.shift === undefined && s.anaphor === undefined && !s.yearSpec;
