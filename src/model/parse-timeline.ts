/**
 * Validates untrusted Timeline JSON (a full Timeline, `{ events: [...] }`, or a bare array of
 * events) and returns either a clean Timeline built from known keys only, or readable errors with
 * JSON paths. Never throws; `__proto__`, `constructor` and `prototype` keys are never read.
 */
import type {
  DateSource, Precision, SegmentKind, TextSpan, Timeline, TimelineEvent, TimelineLink, TimelineMedia, Timex, TimexDerivation, TimexMod,
  TimexType,
} from './types.js';
import { isCalendarValue, newExtent, precisionOfValue, readEventExtent, readValueExtent, type EventExtents, type Extent } from './timex-extent.js';
import { FIELD_LIMITS, httpUrlProblem } from './urls.js';

export interface TimelineError {
  /** JSON path of the offending value, e.g. `$.events[3].start`. */
  path: string;
  message: string;
}

export type ParseTimelineResult = { ok: true; timeline: Timeline } | { ok: false; errors: TimelineError[] };
/** parseTimeline's result with the extent of every event read on the way (what readEventExtent gives each). */
export type ParseWithExtentsResult = { ok: true; timeline: Timeline; extents: EventExtents | null } | { ok: false; errors: TimelineError[] };

const MAX_ERRORS = 50;
const PRECISIONS: readonly Precision[] = ['millennium', 'century', 'decade', 'year', 'half', 'quarter', 'season', 'month', 'week', 'day', 'part-of-day', 'hour', 'minute'];
const DATE_SOURCES: readonly DateSource[] = ['explicit', 'relative', 'derived', 'inherited'];
const SEGMENTS: readonly SegmentKind[] = ['sentence', 'caption', 'headline'];
const TIMEX_TYPES: readonly TimexType[] = ['DATE', 'TIME', 'DURATION', 'SET'];
const MODS: readonly TimexMod[] = ['START', 'MID', 'END', 'APPROX', 'BEFORE', 'AFTER', 'ON_OR_BEFORE', 'ON_OR_AFTER', 'LESS_THAN', 'MORE_THAN', 'EQUAL_OR_LESS', 'EQUAL_OR_MORE'];
const ANCHORS: readonly TimexDerivation['anchor'][] = ['none', 'document-date', 'narrative', 'unresolved'];
const DOC_SOURCES: readonly NonNullable<Timeline['documentDateSource']>[] = ['text', 'option', 'reference', 'none'];
const MEDIA_KINDS: readonly NonNullable<TimelineMedia['kind']>[] = ['image', 'video'];

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

/** C0 controls, DEL and C1 controls: not allowed in an id (they break CSV, iCalendar and terminals). */
const CONTROL_CHAR = /[\x00-\x1f\x7f-\x9f]/;
/** True when a string has none of CONTROL_CHAR's characters (a char-code loop: cheaper than the regex on short ids). */
function printable(s: string): boolean {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) return false;
  }
  return true;
}
const PRECISION_SET: ReadonlySet<unknown> = /* @__PURE__ */ new Set<unknown>(PRECISIONS);
const DATE_SOURCE_SET: ReadonlySet<unknown> = /* @__PURE__ */ new Set<unknown>(DATE_SOURCES);
const SEGMENT_SET: ReadonlySet<unknown> = /* @__PURE__ */ new Set<unknown>(SEGMENTS);
/**
 * The fields plainEvent reads. With none of them on Object.prototype (see fieldsUnshadowed), an object whose prototype
 * is Object.prototype or null has `v.start` equal to `get(v, 'start')`: a plain property load, much cheaper than an
 * own-property test per key on 100,000 events.
 */
interface EventFields {
  id?: unknown; start?: unknown; end?: unknown; precision?: unknown; title?: unknown; text?: unknown; span?: unknown;
  spans?: unknown; timexIds?: unknown; dateSource?: unknown; explanation?: unknown; reportedOn?: unknown; segment?: unknown;
  source?: unknown; group?: unknown; media?: unknown; links?: unknown;
}
const FIELD_KEYS: readonly (keyof EventFields)[] = ['id', 'start', 'end', 'precision', 'title', 'text', 'span', 'spans', 'timexIds',
  'dateSource', 'explanation', 'reportedOn', 'segment', 'source', 'group', 'media', 'links'];
/** True when no field plainEvent reads is on Object.prototype (a polluted prototype turns the direct reads off). */
function fieldsUnshadowed(): boolean {
  for (let k = 0; k < FIELD_KEYS.length; k++) if (FIELD_KEYS[k]! in Object.prototype) return false;
  return true;
}
/** An object whose fields read directly (given fieldsUnshadowed): its prototype is Object.prototype or null. */
function directFields(v: Obj): v is Obj & EventFields {
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}
/** A span `{ start, end }` with integer offsets, 0 <= start <= end, read in place; null for anything else. */
function plainSpan(v: unknown): TextSpan | null {
  if (!isObject(v) || !directFields(v)) return null;
  const start = v.start;
  const end = v.end;
  return typeof start === 'number' && typeof end === 'number' && Number.isSafeInteger(start) && Number.isSafeInteger(end) &&
    start >= 0 && end >= start ? { start, end } : null;
}
/** A group name: 1 to FIELD_LIMITS.group printable characters, not all blank. */
const plainGroup = (g: string): boolean => g.length > 0 && g.length <= FIELD_LIMITS.group && printable(g) && g.trim() !== '';
const codePoint = (c: string): string => `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

class Reader {
  errors: TimelineError[] = [];
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
  string(o: Obj, key: string, path: string, required = false): string | undefined {
    const v = get(o, key);
    if (v === undefined) {
      if (required) this.fail(`${path}.${key}`, 'is required');
      return undefined;
    }
    if (typeof v !== 'string') { this.fail(`${path}.${key}`, `expected a string, got ${describe(v)}`); return undefined; }
    return v;
  }
  oneOf<T extends string>(o: Obj, key: string, path: string, allowed: readonly T[]): T | undefined {
    const v = get(o, key);
    if (v === undefined) return undefined;
    if (typeof v === 'string' && (allowed as readonly string[]).includes(v)) return v as T;
    this.fail(`${path}.${key}`, `expected one of ${allowed.join(', ')}, got ${describe(v)}`);
    return undefined;
  }
  offset(o: Obj, key: string, path: string): number | undefined {
    const v = get(o, key);
    if (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0) return v;
    if (typeof v === 'number' && Number.isInteger(v) && v > 0) this.fail(`${path}.${key}`, `is too large for a character offset (${v}); offsets are at most ${Number.MAX_SAFE_INTEGER}`);
    else this.fail(`${path}.${key}`, `expected a non-negative integer, got ${describe(v)}`);
    return undefined;
  }
  span(v: unknown, path: string): TextSpan | undefined {
    if (!isObject(v)) { this.fail(path, `expected a span { start, end }, got ${describe(v)}`); return undefined; }
    const start = this.offset(v, 'start', path);
    const end = this.offset(v, 'end', path);
    if (start === undefined || end === undefined) return undefined;
    if (end < start) { this.fail(`${path}.end`, `ends (${end}) before it starts (${start})`); return undefined; }
    return { start, end };
  }
  calendar(o: Obj, key: string, path: string, required: boolean): string | undefined {
    const v = lenientValue(get(o, key));
    if (v === undefined) {
      if (required) this.fail(`${path}.${key}`, 'is required: expected a TimeML date value such as "2022-01-07"');
      return undefined;
    }
    if (typeof v !== 'string' || Number.isNaN(this.startOf(v))) {
      this.fail(`${path}.${key}`, `expected a TimeML date value (e.g. "2022-01-07", "2011", "BC0044"), got ${describe(v)}`);
      return undefined;
    }
    return v;
  }
  strings(o: Obj, key: string, path: string): string[] | undefined {
    const v = get(o, key);
    if (v === undefined) return undefined;
    if (!Array.isArray(v)) {
      this.fail(`${path}.${key}`, `expected an array of strings, got ${describe(v)}`);
      return undefined;
    }
    const out: string[] = [];
    for (let k = 0; k < v.length; k++) {
      const x: unknown = v[k];
      if (typeof x === 'string') out.push(x);
      else this.fail(`${path}.${key}[${k}]`, `expected a string, got ${describe(x)}`);
    }
    return out.length === v.length ? out : undefined;
  }
  /** An event id: a non-empty string without control characters. */
  id(o: Obj, path: string): string | undefined {
    const id = this.string(o, 'id', path);
    if (id === undefined) return undefined;
    if (id === '') {
      this.fail(`${path}.id`, 'must not be empty: give the event a unique id, or leave id out to get one');
      return undefined;
    }
    const bad = CONTROL_CHAR.exec(id);
    if (bad) {
      this.fail(`${path}.id`, `contains a control character (${codePoint(bad[0])} at position ${bad.index}): use printable characters only`);
      return undefined;
    }
    return id;
  }

  timex(v: unknown, i: number): Timex | undefined {
    const path = `$.timexes[${i}]`;
    if (!isObject(v)) { this.fail(path, `expected a timex object, got ${describe(v)}`); return undefined; }
    const start = this.offset(v, 'start', path);
    const end = this.offset(v, 'end', path);
    const text = this.string(v, 'text', path, true);
    const type = this.oneOf(v, 'type', path, TIMEX_TYPES);
    if (get(v, 'type') === undefined) this.fail(`${path}.type`, 'is required');
    const value = this.string(v, 'value', path, true);
    const mod = this.oneOf(v, 'mod', path, MODS);
    const d = get(v, 'derivation');
    let derivation: TimexDerivation = { rule: 'unknown', anchor: 'none', explanation: '' };
    if (d !== undefined) {
      if (!isObject(d)) this.fail(`${path}.derivation`, `expected an object, got ${describe(d)}`);
      else {
        const dp = `${path}.derivation`;
        derivation = {
          rule: this.string(d, 'rule', dp) ?? 'unknown',
          anchor: this.oneOf(d, 'anchor', dp, ANCHORS) ?? 'none',
          explanation: this.string(d, 'explanation', dp) ?? '',
        };
        const anchorValue = this.string(d, 'anchorValue', dp);
        if (anchorValue !== undefined) derivation.anchorValue = anchorValue;
        const tense = this.oneOf(d, 'tense', dp, ['past', 'present', 'future', 'unknown'] as const);
        if (tense !== undefined) derivation.tense = tense;
      }
    }
    if (start === undefined || end === undefined || text === undefined || type === undefined || value === undefined) return undefined;
    const t: Timex = { id: this.string(v, 'id', path) ?? `t${i + 1}`, start, end, text, type, value, derivation };
    if (mod !== undefined) t.mod = mod;
    if (get(v, 'documentDate') === true) t.documentDate = true;
    return t;
  }

  /**
   * The common event, checked in place with no per-event path string, regex or intermediate value: every field
   * present is well formed and nothing needs reporting. Null sends the event to event(), which reports what is
   * wrong and reads the rarer shapes (spans, numeric or ISO date-time values, values other than the plain
   * `YYYY[-MM[-DD[THH:MM]]]`). Whatever it accepts, event() would return the same event for, with no error.
   */
  plainEvent(v: Obj & EventFields, i: number): TimelineEvent | null {
    const start = v.start;
    if (typeof start !== 'string' || start.length > 16) return null;
    const startMs = this.startOf(start);
    if (Number.isNaN(startMs)) return null;
    // The event's extent as readEventExtent reads it: to the end of `end` when that is later, else of `start`.
    let endMs = this.extent.end;
    const end = v.end;
    if (end !== undefined) {
      if (typeof end !== 'string' || end.length > 16 || !(this.startOf(end) >= startMs)) return null;
      if (this.extent.end > startMs) endMs = this.extent.end;
    }
    const title = v.title;
    const text = v.text;
    if (title === undefined ? typeof text !== 'string' : typeof title !== 'string' || (text !== undefined && typeof text !== 'string')) return null;
    const precision = v.precision;
    if (precision !== undefined && !PRECISION_SET.has(precision)) return null;
    const rawSpan = v.span;
    const span = rawSpan === undefined ? { start: 0, end: 0 } : plainSpan(rawSpan);
    if (span === null || v.spans !== undefined) return null;
    const rawIds = v.timexIds;
    let timexIds: string[] | undefined;
    if (rawIds !== undefined) {
      if (!Array.isArray(rawIds)) return null;
      timexIds = [];
      for (let k = 0; k < rawIds.length; k++) {
        const x: unknown = rawIds[k];
        if (typeof x !== 'string') return null;
        timexIds.push(x);
      }
    }
    const dateSource = v.dateSource;
    if (dateSource !== undefined && !DATE_SOURCE_SET.has(dateSource)) return null;
    const explanation = v.explanation;
    if (explanation !== undefined && typeof explanation !== 'string') return null;
    const reportedOn = v.reportedOn;
    if (reportedOn !== undefined && (typeof reportedOn !== 'string' || reportedOn.length > 16 || Number.isNaN(this.startOf(reportedOn)))) return null;
    const segment = v.segment;
    if (segment !== undefined && !SEGMENT_SET.has(segment)) return null;
    const source = v.source;
    if (source !== undefined && typeof source !== 'string') return null;
    const group = v.group;
    if (group !== undefined && (typeof group !== 'string' || !plainGroup(group))) return null;
    if (v.media !== undefined || v.links !== undefined) return null;
    const id = v.id;
    // As hasId and addId, reading the id once: an id of the form `e<n>` is printable, and its own bit says whether it is taken.
    let own = -1;
    if (id !== undefined) {
      if (typeof id !== 'string' || id === '') return null;
      own = this.defaultIndex(id);
      if ((own < 0 && !printable(id)) || (own >= 0 && this.ownDefault[own] === 1) || (this.givenIds.size !== 0 && this.givenIds.has(id))) return null;
    }
    // Accepted: from here on nothing can fail.
    if (id === undefined) this.idsMissing++;
    else if (own === i) this.ownDefault[i] = 1;
    else this.givenIds.set(id, i);
    this.starts[i] = startMs;
    this.ends[i] = endMs;
    const p = (precision as Precision | undefined) ?? this.precisionOf(start);
    const t = (title ?? text) as string;
    const x = (text ?? title) as string;
    // The commonest shapes in one literal each (keys in the order below): no properties added one by one.
    if (timexIds === undefined && explanation === undefined && reportedOn === undefined && segment === undefined
      && source === undefined && group === undefined) {
      if (dateSource !== undefined) {
        return end === undefined
          ? { id: id ?? '', start, precision: p, title: t, text: x, span, dateSource: dateSource as DateSource }
          : { id: id ?? '', start, precision: p, title: t, text: x, span, end, dateSource: dateSource as DateSource };
      }
      return end === undefined
        ? { id: id ?? '', start, precision: p, title: t, text: x, span }
        : { id: id ?? '', start, precision: p, title: t, text: x, span, end };
    }
    const e: TimelineEvent = { id: id ?? '', start, precision: p, title: t, text: x, span };
    if (end !== undefined) e.end = end;
    if (timexIds !== undefined) e.timexIds = timexIds;
    if (dateSource !== undefined) e.dateSource = dateSource as DateSource;
    if (explanation !== undefined) e.explanation = explanation;
    if (reportedOn !== undefined) e.reportedOn = reportedOn;
    if (segment !== undefined) e.segment = segment as SegmentKind;
    if (source !== undefined) e.source = source;
    if (group !== undefined) e.group = group;
    return e;
  }

  /** A plain text field of at most `max` characters. */
  text(o: Obj, key: string, path: string, max: number, required = false): string | undefined {
    const v = this.string(o, key, path, required);
    if (v !== undefined && v.length > max) {
      this.fail(`${path}.${key}`, `is ${v.length} characters long; at most ${max} are allowed`);
      return undefined;
    }
    return v;
  }

  /** An absolute http(s) URL (see urls.ts). */
  url(o: Obj, key: string, path: string): string | undefined {
    const v = this.string(o, key, path, true);
    if (v === undefined) return undefined;
    const problem = httpUrlProblem(v);
    if (problem !== null) {
      this.fail(`${path}.${key}`, `expected an absolute http or https URL: ${describe(v)} ${problem}`);
      return undefined;
    }
    return v;
  }

  group(o: Obj, path: string): string | undefined {
    const v = this.string(o, 'group', path);
    if (v === undefined || plainGroup(v)) return v;
    const bad = CONTROL_CHAR.exec(v);
    if (bad) this.fail(`${path}.group`, `contains a control character (${codePoint(bad[0])} at position ${bad.index}): use printable characters only`);
    else if (v.length > FIELD_LIMITS.group) this.fail(`${path}.group`, `is ${v.length} characters long; at most ${FIELD_LIMITS.group} are allowed`);
    else this.fail(`${path}.group`, 'must not be empty or blank: name the group, or leave group out');
    return undefined;
  }

  media(o: Obj, path: string): TimelineMedia | undefined {
    const v = get(o, 'media');
    if (v === undefined) return undefined;
    const mp = `${path}.media`;
    if (!isObject(v)) {
      this.fail(mp, `expected a media object { url, kind?, caption?, credit?, alt? }, got ${describe(v)}`);
      return undefined;
    }
    const url = this.url(v, 'url', mp);
    const kind = this.oneOf(v, 'kind', mp, MEDIA_KINDS);
    const caption = this.text(v, 'caption', mp, FIELD_LIMITS.caption);
    const credit = this.text(v, 'credit', mp, FIELD_LIMITS.credit);
    const alt = this.text(v, 'alt', mp, FIELD_LIMITS.alt);
    if (url === undefined) return undefined;
    const media: TimelineMedia = { url };
    if (kind !== undefined) media.kind = kind;
    if (caption !== undefined) media.caption = caption;
    if (credit !== undefined) media.credit = credit;
    if (alt !== undefined) media.alt = alt;
    return media;
  }

  links(o: Obj, path: string): TimelineLink[] | undefined {
    const v = get(o, 'links');
    if (v === undefined) return undefined;
    if (!Array.isArray(v)) {
      this.fail(`${path}.links`, `expected an array of links { url, text? }, got ${describe(v)}`);
      return undefined;
    }
    if (v.length > FIELD_LIMITS.links) {
      this.fail(`${path}.links`, `has ${v.length} links; at most ${FIELD_LIMITS.links} are allowed`);
      return undefined;
    }
    const out: TimelineLink[] = [];
    for (let k = 0; k < v.length; k++) {
      const x: unknown = v[k];
      const lp = `${path}.links[${k}]`;
      if (!isObject(x)) {
        this.fail(lp, `expected a link object { url, text? }, got ${describe(x)}`);
        continue;
      }
      const url = this.url(x, 'url', lp);
      const text = this.text(x, 'text', lp, FIELD_LIMITS.linkText);
      if (url === undefined) continue;
      out.push(text === undefined ? { url } : { url, text });
    }
    return out.length === v.length ? out : undefined;
  }

  event(v: unknown, i: number): TimelineEvent | undefined {
    const path = `$.events[${i}]`;
    if (!isObject(v)) { this.fail(path, `expected an event object, got ${describe(v)}`); return undefined; }
    const start = this.calendar(v, 'start', path, true);
    const end = this.calendar(v, 'end', path, false);
    const title = this.string(v, 'title', path);
    const text = this.string(v, 'text', path);
    if (title === undefined && text === undefined && get(v, 'title') === undefined && get(v, 'text') === undefined) {
      this.fail(`${path}.title`, 'is required (or a text)');
    }
    const precision = this.oneOf(v, 'precision', path, PRECISIONS);
    const rawSpan = get(v, 'span');
    const span = rawSpan === undefined ? { start: 0, end: 0 } : this.span(rawSpan, `${path}.span`);
    const rawSpans = get(v, 'spans');
    let spans: TextSpan[] | undefined;
    if (rawSpans !== undefined) {
      if (!Array.isArray(rawSpans)) this.fail(`${path}.spans`, `expected an array of spans { start, end }, got ${describe(rawSpans)}`);
      else {
        spans = [];
        for (let k = 0; k < rawSpans.length; k++) {
          const s = this.span(rawSpans[k], `${path}.spans[${k}]`);
          if (s) spans.push(s);
        }
      }
    }
    // An end whose period begins before the start's period begins is a mistake; the same start is fine.
    if (start !== undefined && end !== undefined && this.startOf(end) < this.startOf(start)) {
      this.fail(`${path}.end`, `${JSON.stringify(end)} begins before the start ${JSON.stringify(start)}: an event cannot end before it starts (swap start and end, or fix the date)`);
    }
    const timexIds = this.strings(v, 'timexIds', path);
    const dateSource = this.oneOf(v, 'dateSource', path, DATE_SOURCES);
    const explanation = this.string(v, 'explanation', path);
    const reportedOn = this.calendar(v, 'reportedOn', path, false);
    const segment = this.oneOf(v, 'segment', path, SEGMENTS);
    const source = this.string(v, 'source', path);
    const group = this.group(v, path);
    const media = this.media(v, path);
    const links = this.links(v, path);
    const id = this.id(v, path);
    if (id === undefined) this.idsMissing++;
    else {
      const at = this.firstWithId(id);
      if (at < 0) this.addId(id, i);
      else this.fail(`${path}.id`, `duplicate id ${describe(id)}, already used by $.events[${at}]: every event needs its own id`);
    }
    if (start === undefined || span === undefined) return undefined;
    const e: TimelineEvent = {
      id: id ?? '', // filled in by parseTimeline once every given id is known
      start,
      precision: precision ?? this.precisionOf(start),
      title: title ?? text ?? '',
      text: text ?? title ?? '',
      span,
    };
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
    if (i < this.starts.length && readEventExtent(e, this.extent)) {
      this.starts[i] = this.extent.start;
      this.ends[i] = this.extent.end;
    }
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
  const read = parseWithExtents(json);
  return read.ok ? { ok: true, timeline: read.timeline } : read;
}

/**
 * parseTimeline, and the extent of each event (epoch ms, end exclusive, by index), read while validating: the element
 * hands them to prepareTimeline, which then need not read every date a second time.
 */
export function parseWithExtents(json: string | unknown): ParseWithExtentsResult {
  try {
    return parseValue(json, fieldsUnshadowed());
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
function parseValue(json: string | unknown, direct: boolean): ParseWithExtentsResult {
  const read = readJson(json);
  if (!read.ok) return read;
  const data = read.data;
  const r = new Reader();
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
  const documentDateSource = r.oneOf(root, 'documentDateSource', '$', DOC_SOURCES);
  const title = r.string(root, 'title', '$');
  const sources = r.strings(root, 'sources', '$');
  const events: (TimelineEvent | undefined)[] = [];
  if (Array.isArray(rawEvents)) {
    r.expect(rawEvents.length);
    for (let i = 0; i < rawEvents.length; i++) {
      const raw: unknown = rawEvents[i];
      events.push((direct && isObject(raw) && directFields(raw) ? r.plainEvent(raw, i) : null) ?? r.event(raw, i));
    }
    // A getter among the events put one of the fields on Object.prototype meanwhile: read them all again, field by field.
    if (direct && !fieldsUnshadowed()) return parseValue(json, false);
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
