/**
 * The timeline model: plain, serializable data. Everything here survives JSON.stringify/parse
 * unchanged; derived values (pixels, lanes, clusters) are computed by `src/render`, never stored.
 *
 * Dates are TimeML (TIMEX3) value strings: `2022-01-07`, `2022-01-07T19:06`, `2022-01-07TMO`,
 * `2021-W40`, `2019-Q2`, `2019-SU`, `199` (a decade), `18` (a century), `BC0044`, `P2W`, ...
 */

/** TIMEX3 types. */
export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** TIMEX3 `mod` values that the tagger emits. */
export type TimexMod =
  | 'START'
  | 'MID'
  | 'END'
  | 'APPROX'
  | 'BEFORE'
  | 'AFTER'
  | 'ON_OR_BEFORE'
  | 'ON_OR_AFTER'
  | 'LESS_THAN'
  | 'MORE_THAN'
  | 'EQUAL_OR_LESS'
  | 'EQUAL_OR_MORE';

/** Grammatical tense of the clause around a timex, as far as the tagger could tell. */
export type Tense = 'past' | 'present' | 'future' | 'unknown';

/** What a relative value was anchored to. */
export type AnchorKind =
  | 'none' // the value is absolute (`Jan. 4, 2022`) or needs no anchor (`P2W`)
  | 'document-date' // resolved against the publication date (news)
  | 'narrative' // resolved against the last mentioned date in the text (narrative)
  | 'unresolved'; // relative, but no anchor was known: value keeps X placeholders

/** How a timex's value was derived, so that the UI can explain it. */
export interface TimexDerivation {
  /** Id of the recognition rule that matched, e.g. `weekday`, `month-day-year`. */
  rule: string;
  anchor: AnchorKind;
  /**
   * The anchor value used, when `anchor` is `document-date` or `narrative`; with `unresolved`, the story's date that
   * was too coarse to count from (`That evening` told after `October 2019`).
   */
  anchorValue?: string;
  tense?: Tense;
  /** One human sentence, e.g. `most recent Friday on or before the publication date`. */
  explanation: string;
}

/** A temporal expression found in a text. Offsets are JS string (UTF-16) indices, end exclusive. */
export interface Timex {
  /** Stable id within one result, `t1`, `t2`, ... in text order. */
  id: string;
  start: number;
  end: number;
  text: string;
  type: TimexType;
  value: string;
  mod?: TimexMod;
  /** True for the publication date found in the text (TimeML functionInDocument=CREATION_TIME). */
  documentDate?: boolean;
  derivation: TimexDerivation;
}

/** Precision of an event's date, from coarse to fine. */
export type Precision =
  | 'millennium'
  | 'century'
  | 'decade'
  | 'year'
  | 'half'
  | 'quarter'
  | 'season'
  | 'month'
  | 'week'
  | 'day'
  | 'part-of-day'
  | 'hour'
  | 'minute';

/** How an event got its date. */
export type DateSource =
  | 'explicit' // the sentence states the date absolutely (`Jan. 4, 2022`)
  | 'relative' // the sentence states a relative date resolved against an anchor (`on Friday`)
  | 'derived' // computed from a duration anchored at a date (`a two-week state of emergency` on Jan 5)
  | 'inherited'; // the sentence has no date; it borrows its caption's or paragraph's anchor

/** A character span in the source text (UTF-16 indices, end exclusive). */
export interface TextSpan {
  start: number;
  end: number;
}

export type SegmentKind = 'sentence' | 'caption' | 'headline';

/**
 * A photo or video shown in an event's card. The URL is absolute `http:` or `https:` (anything else is
 * rejected by `parseTimeline` and never rendered), at most 2048 characters.
 */
export interface TimelineMedia {
  /** Absolute http(s) URL of the image or video file (or of a page showing it, for `kind: 'video'`). */
  url: string;
  /**
   * `image` is shown as an image; `video` as a player when the URL is a video file (`.mp4`, `.webm`, `.ogv`, `.mov`,
   * `.m4v`), else as a link. Left out, it is guessed from the URL's file extension, and media of unknown kind is a link.
   */
  kind?: 'image' | 'video';
  /** Plain text under the media (at most 1000 characters). */
  caption?: string;
  /** Plain text: who made or owns it, e.g. `Photo: A. Reporter / Agency` (at most 300 characters). */
  credit?: string;
  /** Text alternative of an image for screen readers (at most 1000 characters); left out, the caption or else the title stands in. */
  alt?: string;
}

/** A link to read more, shown in an event's card (opens in a new tab). */
export interface TimelineLink {
  /** Absolute http(s) URL, at most 2048 characters. */
  url: string;
  /** Plain text of the link (at most 300 characters); left out, the URL's host and path are shown. */
  text?: string;
}

/** One happening on the timeline. */
export interface TimelineEvent {
  id: string;
  /** TimeML value of the start: `2022-01-07`, `2011`, `2022-01-07TMO`, `BC0044`, ... */
  start: string;
  /** TimeML value of the end, for ranges. Inclusive: `2022-01-19` ends at the end of that day. */
  end?: string;
  precision: Precision;
  /** Short title: the main clause without the temporal adverbial, at most ~90 characters. */
  title: string;
  /** The full source sentence. */
  text: string;
  /** Span of `text` in the source. */
  span: TextSpan;
  /** Further spans when the same happening is told more than once (merged repeats). */
  spans?: TextSpan[];
  /** Ids of the timexes the date rests on. */
  timexIds?: string[];
  dateSource?: DateSource;
  /** One line, e.g. `"Friday" -> 2022-01-07: most recent Friday on or before the publication date`. */
  explanation?: string;
  /** TimeML value of the statement that reported this happening, when it is dated apart (`said on Monday that talks would resume on Thursday`). */
  reportedOn?: string;
  segment?: SegmentKind;
  /** Where it came from, when several documents are merged into one timeline. */
  source?: string;
  /**
   * A named group (a story strand, a desk, a source): the element gives each group its own colour and lists the
   * groups in a legend. Non-empty, at most 100 characters, no control characters. `mergeTimelines` fills it in
   * from each source's name or title.
   */
  group?: string;
  /** A photo or video for the event's card. */
  media?: TimelineMedia;
  /** Links to read more (at most 20), shown in the event's card. */
  links?: TimelineLink[];
}

/** The whole result for one text (or a merge of several). */
export interface Timeline {
  /** Format version of this JSON. */
  version: 1;
  /** TimeML value of the publication date, or null when none was known. */
  documentDate: string | null;
  /** Where the document date came from. */
  documentDateSource?: 'text' | 'option' | 'reference' | 'none';
  title?: string;
  timexes: Timex[];
  events: TimelineEvent[];
  /** Names of the merged sources, for a merged timeline. */
  sources?: string[];
}

/**
 * An event as the element's `events` and `timeline` setters (and `parseTimeline`) take it: `start` and `title`
 * are enough. A missing `id` is numbered (`e1`, `e2`, ...), `precision` is read from `start`, `text` is the
 * title and `span` is empty.
 */
export type TimelineEventInput = Pick<TimelineEvent, 'start' | 'title'> & Partial<Omit<TimelineEvent, 'start' | 'title'>>;

/** A Timeline as the element's `timeline` setter takes it: its events may be minimal, every other field is optional. */
export type TimelineLike = Partial<Omit<Timeline, 'events'>> & { events: readonly TimelineEventInput[] };

/** Options shared by tagging and extraction. */
export interface TagOptions {
  /** Publication date (ISO 8601 or TimeML value). Wins over a date found in the text. */
  documentDate?: string;
  /** Fallback anchor used only when neither the text nor `documentDate` gives one. */
  referenceDate?: string;
  /** How to read `11/09/1989`: US month/day (default) or day/month. */
  numericDateOrder?: 'MDY' | 'DMY';
  /** `news` anchors relative dates to the publication date, `narrative` to the last mentioned date; `auto` decides per expression. */
  mode?: 'auto' | 'news' | 'narrative';
}
