/**
 * Validates untrusted Timeline JSON (a full Timeline, `{ events: [...] }`, or a bare array of
 * events) and returns either a clean Timeline built from known keys only, or readable errors with
 * JSON paths. Never throws; `__proto__`, `constructor` and `prototype` keys are never read.
 */
import type {
  DateSource, Precision, SegmentKind, TextSpan, Timeline, TimelineEvent, TimelineLink, TimelineMedia, Timex, TimexDerivation, TimexMod,
  TimexType,
} from './types.js';
import { isCalendarValue, newExtent, precisionOfValue, readValueExtent, type EventExtents, type Extent } from './timex-extent.js';
import { FIELD_LIMITS, httpUrlProblem } from './urls.js';

export interface TimelineError {
  /** JSON path of the offending value, e.g. `$.events[3].start`. */
  path: string;
  message: string;
}

export type ParseTimelineResult = { ok: true; timeline: Timeline } | { ok: false; errors: TimelineError[] };
/** parseTimeline's result with the extent of every event read on the way (what readEventExtent in timex-extent.ts gives each). */
export type ParseWithExtentsResult = { ok: true; timeline: Timeline; extents: EventExtents | null } | { ok: false; errors: TimelineError[] };

const MAX_ERRORS = 50;
// Allowed values, in the order the error messages list them.
const PRECISIONS: ReadonlySet<unknown> = /* @__PURE__ */ new Set<Precision>(['millennium', 'century', 'decade', 'year', 'half', 'quarter',
  'season', 'month', 'week', 'day', 'part-of-day', 'hour', 'minute']);
const DATE_SOURCES: ReadonlySet<unknown> = /* @__PURE__ */ new Set<DateSource>(['explicit', 'relative', 'derived', 'inherited']);
const SEGMENTS: ReadonlySet<unknown> = /* @__PURE__ */ new Set<SegmentKind>(['sentence', 'caption', 'headline']);
const TIMEX_TYPES: ReadonlySet<unknown> = /* @__PURE__ */ new Set<TimexType>(['DATE', 'TIME', 'DURATION', 'SET']);
const MODS: ReadonlySet<unknown> = /* @__PURE__ */ new Set<TimexMod>(['START', 'MID', 'END', 'APPROX', 'BEFORE', 'AFTER', 'ON_OR_BEFORE',
  'ON_OR_AFTER', 'LESS_THAN', 'MORE_THAN', 'EQUAL_OR_LESS', 'EQUAL_OR_MORE']);
const ANCHORS: ReadonlySet<unknown> = /* @__PURE__ */ new Set<TimexDerivation['anchor']>(['none', 'document-date', 'narrative', 'unresolved']);
const TENSES: ReadonlySet<unknown> = /* @__PURE__ */ new Set<NonNullable<TimexDerivation['tense']>>(['past', 'present', 'future', 'unknown']);
const DOC_SOURCES: ReadonlySet<unknown> = /* @__PURE__ */ new Set<NonNullable<Timeline['documentDateSource']>>(['text', 'option', 'reference', 'none']);
const MEDIA_KINDS: ReadonlySet<unknown> = /* @__PURE__ */ new Set<NonNullable<TimelineMedia['kind']>>(['image', 'video']);

type Obj = Record<string, unknown>;

const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
/** Own, non-prototype-polluting read of a key. */
const get = (o: Obj, key: string): unknown => (Object.prototype.hasOwnProperty.call(o, key) ? o[key] : undefined);
const describe = (v: unknown): string => {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  if (typeof v === 'object') return 'an object';
  return String(v);
};

/** Accepts a bare year number (`2011`) and an ISO date-time (`2022-01-07T19:06:00.000+0100`) as TimeML values. */
function lenientValue(v: unknown): unknown {
  if (typeof v === 'number' && Number.isInteger(v) && v > 0 && v <= 9999) return String(v).padStart(4, '0');
  // Only an ISO date-time with seconds, a fraction or a zone (17 characters or more) changes: a plain value skips the regex.
  if (typeof v !== 'string' || v.length < 17 || v.charCodeAt(10) !== 84) return v;
  // A TimeML value with seconds or a zone (`2022-01-07T19:06Z`, `…T11:00+02:45`) stays as it is.
  if (isCalendarValue(v)) return v;
  const iso = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?$/.exec(v);
  return iso ? `${iso[1]}T${iso[2]}` : v;
}

/**
 * Position of the first C0 control, DEL or C1 control in `s` (they break CSV, iCalendar and terminals: not allowed in
 * an id or a group), or -1.
 */
function controlAt(s: string): number {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) return k;
  }
  return -1;
}
/** `contains a control character (U+000A at position 1): ...`, for the control character at `k` of `s`. */
const controlMessage = (s: string, k: number): string =>
  `contains a control character (U+${s.charCodeAt(k).toString(16).toUpperCase().padStart(4, '0')} at position ${k}): use printable characters only`;

/**
 * The fields Reader.event reads. With none of them on Object.prototype (see fieldsUnshadowed), an object whose
 * prototype is Object.prototype or null has `v.start` equal to `get(v, 'start')`: a plain property load, much cheaper
 * than an own-property test per key on 100,000 events.
 */
interface EventFields {
  id?: unknown; start?: unknown; end?: unknown; precision?: unknown; title?: unknown; text?: unknown; span?: unknown;
  spans?: unknown; timexIds?: unknown; dateSource?: unknown; explanation?: unknown; reportedOn?: unknown; segment?: unknown;
  source?: unknown; group?: unknown; media?: unknown; links?: unknown;
}
const FIELD_KEYS: readonly (keyof EventFields)[] = ['id', 'start', 'end', 'precision', 'title', 'text', 'span', 'spans', 'timexIds',
  'dateSource', 'explanation', 'reportedOn', 'segment', 'source', 'group', 'media', 'links'];
/** True when no field Reader.event reads is on Object.prototype (a polluted prototype turns the direct reads off). */
function fieldsUnshadowed(): boolean {
  for (let k = 0; k < FIELD_KEYS.length; k++) if (FIELD_KEYS[k]! in Object.prototype) return false;
  return true;
}
/** An object whose fields read directly (given fieldsUnshadowed): its prototype is Object.prototype or null. */
function directFields(v: Obj): v is Obj & EventFields {
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}
/** The fields of an event read one by one as own properties (a class instance, a prototype with a field on it). */
function ownFields(v: Obj): EventFields {
  const f: Obj = {};
  for (let k = 0; k < FIELD_KEYS.length; k++) f[FIELD_KEYS[k]!] = get(v, FIELD_KEYS[k]!);
  return f;
}

/**
 * Where a value sits: the index of an event (`$.events[3]`) or a JSON path. An event's path is written out only for
 * an error: reading 100,000 events makes no string for them.
 */
type Where = number | string;
const pathOf = (w: Where): string => (typeof w === 'number' ? `$.events[${w}]` : w);
/** The path of `key` in `w`. */
const at = (w: Where, key: string): string => `${pathOf(w)}.${key}`;

class Reader {
  errors: TimelineError[] = [];
  /** `direct`: plain objects' fields are read as properties (see EventFields), which needs fieldsUnshadowed(). */
  constructor(readonly direct: boolean) {}
  /**
   * Event ids given in the input, with the index of the first event that has each; except an event's own default id
   * (`e<n>` on event n - 1, as checkIds gives and as exported timelines carry), which is a bit in `ownDefault`: that
   * needs no hashing, and no two events can share it (see hasId).
   */
  private givenIds = new Map<string, number>();
  private ownDefault = new Uint8Array(0);
  /** Events read without an id (checkIds gives them one; none: nothing to do). */
  idsMissing = 0;
  /** Extent of event i (epoch ms, end exclusive), written as each event is read: what readEventExtent gives it. */
  starts = new Float64Array(0);
  ends = new Float64Array(0);
  /** Sizes the default-id bits and the extents for `count` events. */
  expect(count: number): void {
    this.ownDefault = new Uint8Array(count);
    this.starts = new Float64Array(count);
    this.ends = new Float64Array(count);
  }
  /** Index of the event whose default id `id` is (`e7`: 6), or -1 (not of the form `e<n>` with n in range, no leading zero). */
  private defaultIndex(id: string): number {
    const n = id.length;
    if (n < 2 || n > 10 || id.charCodeAt(0) !== 101 || id.charCodeAt(1) === 48) return -1;
    let k = 0;
    for (let j = 1; j < n; j++) {
      const c = id.charCodeAt(j) - 48;
      if (!(c >= 0 && c <= 9)) return -1;
      k = k * 10 + c;
    }
    return k <= this.ownDefault.length ? k - 1 : -1;
  }
  /** Index of the first event with id `id`, or -1. */
  firstWithId(id: string): number {
    const k = this.defaultIndex(id);
    if (k >= 0 && this.ownDefault[k] === 1) return k;
    return this.givenIds.size === 0 ? -1 : this.givenIds.get(id) ?? -1;
  }
  hasId(id: string): boolean {
    return this.firstWithId(id) >= 0;
  }
  /** Records that event `i` has id `id` (not yet taken: see hasId). */
  addId(id: string, i: number): void {
    if (i < this.ownDefault.length && this.defaultIndex(id) === i) this.ownDefault[i] = 1;
    else this.givenIds.set(id, i);
  }
  private precisions = new Map<string, Precision>();
  /** Read into by startOf (one object for every value). */
  private readonly extent: Extent = newExtent();
  /** Start (ms) of a calendar value, NaN for a value that is none (read afresh: a memo costs more than the common shapes). */
  startOf(v: string): number {
    return readValueExtent(v, this.extent) ? this.extent.start : Number.NaN;
  }
  precisionOf(v: string): Precision {
    let p = this.precisions.get(v);
    if (p === undefined) this.precisions.set(v, p = precisionOfValue(v) ?? 'day');
    return p;
  }
  private truncated = false;
  fail(path: string, message: string): void {
    if (this.errors.length < MAX_ERRORS) this.errors.push({ path, message });
    else if (!this.truncated) {
      this.truncated = true;
      this.errors.push({ path: '$', message: `more than ${MAX_ERRORS} errors; only the first ${MAX_ERRORS} are listed` });
    }
  }
  // Each reader of a field takes its value, where it sits and its key (for an error's path).
  string(v: unknown, w: Where, key: string, required = false): string | undefined {
    if (typeof v === 'string') return v;
    if (v !== undefined) this.fail(at(w, key), `expected a string, got ${describe(v)}`);
    else if (required) this.fail(at(w, key), 'is required');
    return undefined;
  }
  oneOf<T extends string>(v: unknown, w: Where, key: string, allowed: ReadonlySet<unknown>): T | undefined {
    if (v === undefined || allowed.has(v)) return v as T | undefined;
    this.fail(at(w, key), `expected one of ${[...allowed].join(', ')}, got ${describe(v)}`);
    return undefined;
  }
  offset(v: unknown, w: Where, key: string): number | undefined {
    if (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0) return v;
    if (typeof v === 'number' && Number.isInteger(v) && v > 0) this.fail(at(w, key), `is too large for a character offset (${v}); offsets are at most ${Number.MAX_SAFE_INTEGER}`);
    else this.fail(at(w, key), `expected a non-negative integer, got ${describe(v)}`);
    return undefined;
  }
  /** A span `{ start, end }` of integer offsets, 0 <= start <= end. */
  span(v: unknown, w: Where, key: string): TextSpan | undefined {
    // The common span, read in place: nothing to report.
    if (isObject(v) && this.direct && directFields(v)) {
      const start = v.start;
      const end = v.end;
      if (typeof start === 'number' && typeof end === 'number' && Number.isSafeInteger(start) && Number.isSafeInteger(end) &&
        start >= 0 && end >= start) return { start, end };
    }
    const path = at(w, key);
    if (!isObject(v)) { this.fail(path, `expected a span { start, end }, got ${describe(v)}`); return undefined; }
    const start = this.offset(get(v, 'start'), path, 'start');
    const end = this.offset(get(v, 'end'), path, 'end');
    if (start === undefined || end === undefined) return undefined;
    if (end < start) { this.fail(`${path}.end`, `ends (${end}) before it starts (${start})`); return undefined; }
    return { start, end };
  }
  /** A TimeML calendar value (leniently: see lenientValue); a valid one leaves its extent in `extent`. */
  calendar(raw: unknown, w: Where, key: string, required: boolean): string | undefined {
    const v = lenientValue(raw);
    if (v === undefined) {
      if (required) this.fail(at(w, key), 'is required: expected a TimeML date value such as "2022-01-07"');
      return undefined;
    }
    if (typeof v !== 'string' || Number.isNaN(this.startOf(v))) {
      this.fail(at(w, key), `expected a TimeML date value (e.g. "2022-01-07", "2011", "BC0044"), got ${describe(v)}`);
      return undefined;
    }
    return v;
  }
  strings(v: unknown, w: Where, key: string): string[] | undefined {
    if (v === undefined) return undefined;
    if (!Array.isArray(v)) {
      this.fail(at(w, key), `expected an array of strings, got ${describe(v)}`);
      return undefined;
    }
    const out: string[] = [];
    for (let k = 0; k < v.length; k++) {
      const x: unknown = v[k];
      if (typeof x === 'string') out.push(x);
      else this.fail(at(w, `${key}[${k}]`), `expected a string, got ${describe(x)}`);
    }
    return out.length === v.length ? out : undefined;
  }
  /** An event id: a non-empty string without control characters. */
  id(v: unknown, w: Where): string | undefined {
    const id = this.string(v, w, 'id');
    if (id === undefined) return undefined;
    if (id === '') {
      this.fail(at(w, 'id'), 'must not be empty: give the event a unique id, or leave id out to get one');
      return undefined;
    }
    const bad = controlAt(id);
    if (bad >= 0) {
      this.fail(at(w, 'id'), controlMessage(id, bad));
      return undefined;
    }
    return id;
  }

  /** An event's `spans`: an array of spans. */
  spans(v: unknown, i: number): TextSpan[] | undefined {
    if (v === undefined) return undefined;
    if (!Array.isArray(v)) {
      this.fail(at(i, 'spans'), `expected an array of spans { start, end }, got ${describe(v)}`);
      return undefined;
    }
    const spans: TextSpan[] = [];
    for (let k = 0; k < v.length; k++) {
      const s = this.span(v[k], i, `spans[${k}]`);
      if (s) spans.push(s);
    }
    return spans;
  }

  timex(v: unknown, i: number): Timex | undefined {
    const path = `$.timexes[${i}]`;
    if (!isObject(v)) { this.fail(path, `expected a timex object, got ${describe(v)}`); return undefined; }
    const start = this.offset(get(v, 'start'), path, 'start');
    const end = this.offset(get(v, 'end'), path, 'end');
    const text = this.string(get(v, 'text'), path, 'text', true);
    const type = this.oneOf<TimexType>(get(v, 'type'), path, 'type', TIMEX_TYPES);
    if (get(v, 'type') === undefined) this.fail(`${path}.type`, 'is required');
    const value = this.string(get(v, 'value'), path, 'value', true);
    const mod = this.oneOf<TimexMod>(get(v, 'mod'), path, 'mod', MODS);
    const d = get(v, 'derivation');
    let derivation: TimexDerivation = { rule: 'unknown', anchor: 'none', explanation: '' };
    if (d !== undefined) {
      if (!isObject(d)) this.fail(`${path}.derivation`, `expected an object, got ${describe(d)}`);
      else {
        const dp = `${path}.derivation`;
        derivation = {
          rule: this.string(get(d, 'rule'), dp, 'rule') ?? 'unknown',
          anchor: this.oneOf<TimexDerivation['anchor']>(get(d, 'anchor'), dp, 'anchor', ANCHORS) ?? 'none',
          explanation: this.string(get(d, 'explanation'), dp, 'explanation') ?? '',
        };
        const anchorValue = this.string(get(d, 'anchorValue'), dp, 'anchorValue');
        if (anchorValue !== undefined) derivation.anchorValue = anchorValue;
        const tense = this.oneOf<NonNullable<TimexDerivation['tense']>>(get(d, 'tense'), dp, 'tense', TENSES);
        if (tense !== undefined) derivation.tense = tense;
      }
    }
    if (start === undefined || end === undefined || text === undefined || type === undefined || value === undefined) return undefined;
    const t: Timex = { id: this.string(get(v, 'id'), path, 'id') ?? `t${i + 1}`, start, end, text, type, value, derivation };
    if (mod !== undefined) t.mod = mod;
    if (get(v, 'documentDate') === true) t.documentDate = true;
    return t;
  }

  /** A plain text field of at most `max` characters. */
  text(v: unknown, w: Where, key: string, max: number, required = false): string | undefined {
    const s = this.string(v, w, key, required);
    if (s !== undefined && s.length > max) {
      this.fail(at(w, key), `is ${s.length} characters long; at most ${max} are allowed`);
      return undefined;
    }
    return s;
  }

  /** An absolute http(s) URL (see urls.ts). */
  url(v: unknown, w: Where, key: string): string | undefined {
    const s = this.string(v, w, key, true);
    if (s === undefined) return undefined;
    const problem = httpUrlProblem(s);
    if (problem !== null) {
      this.fail(at(w, key), `expected an absolute http or https URL: ${describe(s)} ${problem}`);
      return undefined;
    }
    return s;
  }

  /** A group name: 1 to FIELD_LIMITS.group printable characters, not all blank. */
  group(v: unknown, w: Where): string | undefined {
    const g = this.string(v, w, 'group');
    if (g === undefined) return g;
    const bad = controlAt(g);
    if (bad >= 0) this.fail(at(w, 'group'), controlMessage(g, bad));
    else if (g.length > FIELD_LIMITS.group) this.fail(at(w, 'group'), `is ${g.length} characters long; at most ${FIELD_LIMITS.group} are allowed`);
    else if (g.trim() === '') this.fail(at(w, 'group'), 'must not be empty or blank: name the group, or leave group out');
    else return g;
    return undefined;
  }

  media(v: unknown, w: Where): TimelineMedia | undefined {
    if (v === undefined) return undefined;
    const mp = at(w, 'media');
    if (!isObject(v)) {
      this.fail(mp, `expected a media object { url, kind?, caption?, credit?, alt? }, got ${describe(v)}`);
      return undefined;
    }
    const url = this.url(get(v, 'url'), mp, 'url');
    const kind = this.oneOf<NonNullable<TimelineMedia['kind']>>(get(v, 'kind'), mp, 'kind', MEDIA_KINDS);
    const caption = this.text(get(v, 'caption'), mp, 'caption', FIELD_LIMITS.caption);
    const credit = this.text(get(v, 'credit'), mp, 'credit', FIELD_LIMITS.credit);
    const alt = this.text(get(v, 'alt'), mp, 'alt', FIELD_LIMITS.alt);
    if (url === undefined) return undefined;
    const media: TimelineMedia = { url };
    if (kind !== undefined) media.kind = kind;
    if (caption !== undefined) media.caption = caption;
    if (credit !== undefined) media.credit = credit;
    if (alt !== undefined) media.alt = alt;
    return media;
  }

  links(v: unknown, w: Where): TimelineLink[] | undefined {
    if (v === undefined) return undefined;
    if (!Array.isArray(v)) {
      this.fail(at(w, 'links'), `expected an array of links { url, text? }, got ${describe(v)}`);
      return undefined;
    }
    if (v.length > FIELD_LIMITS.links) {
      this.fail(at(w, 'links'), `has ${v.length} links; at most ${FIELD_LIMITS.links} are allowed`);
      return undefined;
    }
    const out: TimelineLink[] = [];
    for (let k = 0; k < v.length; k++) {
      const x: unknown = v[k];
      const lp = at(w, `links[${k}]`);
      if (!isObject(x)) {
        this.fail(lp, `expected a link object { url, text? }, got ${describe(x)}`);
        continue;
      }
      const url = this.url(get(x, 'url'), lp, 'url');
      const text = this.text(get(x, 'text'), lp, 'text', FIELD_LIMITS.linkText);
      if (url === undefined) continue;
      out.push(text === undefined ? { url } : { url, text });
    }
    return out.length === v.length ? out : undefined;
  }

  /**
   * Event `i`, its errors reported field by field in the order below. One reader for every event, the common ones kept
   * cheap: a plain object's fields are read as properties (see EventFields), a path is written only for an error, a
   * field absent or well formed asks for no call to a reader, and the commonest shapes are built in one object literal
   * each.
   */
  event(v: unknown, i: number): TimelineEvent | undefined {
    if (!isObject(v)) { this.fail(pathOf(i), `expected an event object, got ${describe(v)}`); return undefined; }
    const f: EventFields = this.direct && directFields(v) ? v : ownFields(v);
    const start = this.calendar(f.start, i, 'start', true);
    // The event's extent as readEventExtent reads it: to the end of `end` when that is later, else of `start`.
    const startMs = this.extent.start;
    let endMs = this.extent.end;
    const rawEnd = f.end;
    const end = rawEnd === undefined ? rawEnd : this.calendar(rawEnd, i, 'end', false);
    // An end whose period begins before the start's period begins is a mistake (reported below); the same start is fine.
    const endsFirst = start !== undefined && end !== undefined && this.extent.start < startMs;
    if (end !== undefined && this.extent.end > startMs) endMs = this.extent.end;
    const rawTitle = f.title;
    const rawText = f.text;
    const title = typeof rawTitle === 'string' ? rawTitle : this.string(rawTitle, i, 'title');
    const text = typeof rawText === 'string' ? rawText : this.string(rawText, i, 'text');
    if (rawTitle === undefined && rawText === undefined) this.fail(at(i, 'title'), 'is required (or a text)');
    const rawPrecision = f.precision;
    const precision = rawPrecision === undefined || PRECISIONS.has(rawPrecision) ? rawPrecision as Precision | undefined
      : this.oneOf<Precision>(rawPrecision, i, 'precision', PRECISIONS);
    const span = f.span === undefined ? { start: 0, end: 0 } : this.span(f.span, i, 'span');
    // The fields readers exported by this library write (timexIds, explanation, segment) are taken here when well
    // formed; the rarer ones are read (each reader passes an absent field) only when the event has any of them.
    const rare = f.spans !== undefined || f.reportedOn !== undefined || f.source !== undefined || f.group !== undefined
      || f.media !== undefined || f.links !== undefined;
    let spans: TextSpan[] | undefined;
    let reportedOn: string | undefined;
    let source: string | undefined;
    let group: string | undefined;
    let media: TimelineMedia | undefined;
    let links: TimelineLink[] | undefined;
    if (rare) spans = this.spans(f.spans, i);
    if (endsFirst) {
      this.fail(at(i, 'end'), `${JSON.stringify(end)} begins before the start ${JSON.stringify(start)}: an event cannot end before it starts (swap start and end, or fix the date)`);
    }
    const rawIds = f.timexIds;
    const timexIds = rawIds === undefined ? rawIds : this.strings(rawIds, i, 'timexIds');
    const rawSource = f.dateSource;
    const dateSource = rawSource === undefined || DATE_SOURCES.has(rawSource) ? rawSource as DateSource | undefined
      : this.oneOf<DateSource>(rawSource, i, 'dateSource', DATE_SOURCES);
    const rawExplanation = f.explanation;
    const explanation = rawExplanation === undefined || typeof rawExplanation === 'string' ? rawExplanation
      : this.string(rawExplanation, i, 'explanation');
    if (rare) reportedOn = this.calendar(f.reportedOn, i, 'reportedOn', false);
    const rawSegment = f.segment;
    const segment = rawSegment === undefined || SEGMENTS.has(rawSegment) ? rawSegment as SegmentKind | undefined
      : this.oneOf<SegmentKind>(rawSegment, i, 'segment', SEGMENTS);
    if (rare) {
      source = this.string(f.source, i, 'source');
      group = this.group(f.group, i);
      media = this.media(f.media, i);
      links = this.links(f.links, i);
    }
    // The id, as hasId and addId read it, once: an id of the form `e<n>` is printable, and its own bit says whether it is taken.
    const rawId = f.id;
    let id: string | undefined;
    let own = -1;
    if (rawId !== undefined) {
      if (typeof rawId === 'string' && rawId !== '' && ((own = this.defaultIndex(rawId)) >= 0 || controlAt(rawId) < 0)) id = rawId;
      else this.id(rawId, i); // reports what is wrong with it
    }
    if (id === undefined) this.idsMissing++;
    else if ((own >= 0 && this.ownDefault[own] === 1) || (this.givenIds.size !== 0 && this.givenIds.has(id))) {
      this.fail(at(i, 'id'), `duplicate id ${describe(id)}, already used by $.events[${this.firstWithId(id)}]: every event needs its own id`);
    } else if (own === i) this.ownDefault[i] = 1;
    else this.givenIds.set(id, i);
    if (start === undefined || span === undefined) return undefined;
    this.starts[i] = startMs;
    this.ends[i] = endMs;
    const p = precision ?? this.precisionOf(start);
    const t = title ?? text ?? '';
    const x = text ?? title ?? '';
    // `id: ''` is filled in by parseTimeline once every given id is known. The commonest shapes in one literal each
    // (keys in the order below): no properties added one by one.
    if (!rare && timexIds === undefined && explanation === undefined && segment === undefined) {
      if (dateSource !== undefined) {
        return end === undefined
          ? { id: id ?? '', start, precision: p, title: t, text: x, span, dateSource }
          : { id: id ?? '', start, precision: p, title: t, text: x, span, end, dateSource };
      }
      return end === undefined
        ? { id: id ?? '', start, precision: p, title: t, text: x, span }
        : { id: id ?? '', start, precision: p, title: t, text: x, span, end };
    }
    const e: TimelineEvent = { id: id ?? '', start, precision: p, title: t, text: x, span };
    if (end !== undefined) e.end = end;
    if (spans !== undefined) e.spans = spans;
    if (timexIds !== undefined) e.timexIds = timexIds;
    if (dateSource !== undefined) e.dateSource = dateSource;
    if (explanation !== undefined) e.explanation = explanation;
    if (reportedOn !== undefined) e.reportedOn = reportedOn;
    if (segment !== undefined) e.segment = segment;
    if (source !== undefined) e.source = source;
    if (group !== undefined) e.group = group;
    if (media !== undefined) e.media = media;
    if (links !== undefined) e.links = links;
    return e;
  }
}

/** JSON text parsed, or an already parsed value passed through; a syntax error becomes a `$` error. */
export function readJson(json: string | unknown): { ok: true; data: unknown } | { ok: false; errors: TimelineError[] } {
  if (typeof json !== 'string') return { ok: true, data: json };
  try {
    return { ok: true, data: JSON.parse(json) };
  } catch (e) {
    return { ok: false, errors: [{ path: '$', message: `not valid JSON: ${e instanceof Error ? e.message : String(e)}` }] };
  }
}

/**
 * Reads Timeline JSON (text or an already parsed value). Accepts a full Timeline, an object with
 * only `events` (other fields get defaults), or a bare array of events.
 */
export function parseTimeline(json: string | unknown): ParseTimelineResult {
  const value = readJson(json);
  if (!value.ok) return value;
  const read = parseWithExtents(value.data);
  return read.ok ? { ok: true, timeline: read.timeline } : read;
}

/**
 * parseTimeline of an already parsed value (JSON text is a string here, not a Timeline), and the extent of each event
 * (epoch ms, end exclusive, by index), read while validating: the element hands them to prepareTimeline, which then
 * need not read every date a second time.
 */
export function parseWithExtents(data: unknown): ParseWithExtentsResult {
  try {
    return parseValue(data, fieldsUnshadowed());
  } catch (err) {
    // Only a non-JSON value (a getter that throws, a revoked Proxy) can get here.
    return { ok: false, errors: [{ path: '$', message: `could not be read: ${err instanceof Error ? err.message : String(err)}` }] };
  }
}

/**
 * Reports ids used by more than one event, and gives events without an id `e<n>` (n = position
 * from 1), with a `-2`, `-3`, ... suffix when another event already has that id.
 */
/** Events without an id get `e<n>`, unless an event already has that id. */
function checkIds(r: Reader, events: (TimelineEvent | undefined)[]): void {
  if (r.idsMissing === 0) return;
  for (let i = 0; i < events.length; i++) {
    const e = events[i];
    if (!e || e.id !== '') continue;
    let id = `e${i + 1}`;
    for (let n = 2; r.hasId(id); n++) id = `e${i + 1}-${n}`;
    r.addId(id, i);
    e.id = id;
  }
}

/** `direct`: plain objects' fields are read as properties (see EventFields), which needs fieldsUnshadowed(). */
function parseValue(data: unknown, direct: boolean): ParseWithExtentsResult {
  const r = new Reader(direct);
  const root: Obj | undefined = Array.isArray(data) ? { events: data } : isObject(data) ? data : undefined;
  if (!root) return { ok: false, errors: [{ path: '$', message: `expected a Timeline object or an array of events, got ${describe(data)}` }] };
  const version = get(root, 'version');
  if (version !== undefined && version !== 1) r.fail('$.version', `unsupported version ${describe(version)}; expected 1`);
  const rawEvents = get(root, 'events');
  if (!Array.isArray(rawEvents)) r.fail('$.events', rawEvents === undefined ? 'is required: expected an array of events' : `expected an array of events, got ${describe(rawEvents)}`);
  const rawTimexes = get(root, 'timexes');
  if (rawTimexes !== undefined && !Array.isArray(rawTimexes)) r.fail('$.timexes', `expected an array of timexes, got ${describe(rawTimexes)}`);
  const rawDoc = get(root, 'documentDate');
  let documentDate: string | null = null;
  if (rawDoc !== undefined && rawDoc !== null) {
    if (isCalendarValue(rawDoc)) documentDate = rawDoc;
    else r.fail('$.documentDate', `expected a TimeML date value or null, got ${describe(rawDoc)}`);
  }
  const documentDateSource = r.oneOf<NonNullable<Timeline['documentDateSource']>>(get(root, 'documentDateSource'), '$', 'documentDateSource', DOC_SOURCES);
  const title = r.string(get(root, 'title'), '$', 'title');
  const sources = r.strings(get(root, 'sources'), '$', 'sources');
  const events: (TimelineEvent | undefined)[] = [];
  if (Array.isArray(rawEvents)) {
    r.expect(rawEvents.length);
    for (let i = 0; i < rawEvents.length; i++) events.push(r.event(rawEvents[i], i));
    // A getter among the events put one of the fields on Object.prototype meanwhile: read them all again, field by field.
    if (direct && !fieldsUnshadowed()) return parseValue(data, false);
  }
  const timexes: (Timex | undefined)[] = [];
  if (Array.isArray(rawTimexes)) for (let i = 0; i < rawTimexes.length; i++) timexes.push(r.timex(rawTimexes[i], i));
  checkIds(r, events);
  if (r.errors.length) return { ok: false, errors: r.errors };
  const timeline: Timeline = {
    version: 1,
    documentDate,
    timexes: timexes.filter((t): t is Timex => t !== undefined),
    // With no error reported, every event was read (one left out reports why).
    events: events as TimelineEvent[],
  };
  if (documentDateSource !== undefined) timeline.documentDateSource = documentDateSource;
  if (title !== undefined) timeline.title = title;
  if (sources !== undefined) timeline.sources = sources;
  // (A getter that grew the events array while it was read leaves extents that do not fit: none then.)
  return { ok: true, timeline, extents: r.starts.length === events.length ? { starts: r.starts, ends: r.ends } : null };
}

/** `$.events[3].start: expected ...` lines, one per error. */
export function formatTimelineErrors(errors: TimelineError[]): string {
  return errors.map((e) => `${e.path}: ${e.message}`).join('\n');
}
