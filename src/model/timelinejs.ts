/**
 * TimelineJS3 JSON (https://timeline.knightlab.com/docs/json-format.html): export, and import into
 * our Timeline. TimelineJS renders `text.headline`/`text.text` as HTML, so export escapes them; import
 * strips tags and decodes entities, keeping plain text only. BC years are negative (`44 BC` -> -44).
 *
 * Media, links and groups: an event's `media` is the slide's `media` (url, caption, credit, alt; caption and
 * credit are HTML there), its `group` the slide's `group`. TimelineJS has no links field: export appends them to
 * `text.text` as a paragraph of `<a>` elements, and import reads every `<a href>` of `text.text` back into
 * `links`, dropping a paragraph that holds nothing but links from the text. Only http(s) URLs are carried
 * either way; media of another kind (an embed code, a `data:` URL) is left out on import.
 */
import type { Precision, Timeline, TimelineEvent, TimelineLink, TimelineMedia } from './types.js';
import { FIELD_LIMITS, safeHttpUrl } from './urls.js';
import { isImageFileUrl, isVideoFileUrl } from './media-urls.js';
import { timexValueToInterval } from './timex-value.js';
import { parseTimeline, readJson, type ParseTimelineResult, type TimelineError } from './parse-timeline.js';

export interface TimelineJSDate {
  year: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
  display_date?: string;
}

export interface TimelineJSText {
  headline: string;
  text: string;
}

/** A slide's media: `caption` and `credit` are HTML, `alt` plain text. */
export interface TimelineJSMedia {
  url: string;
  caption?: string;
  credit?: string;
  alt?: string;
  thumbnail?: string;
}

export interface TimelineJSSlide {
  start_date: TimelineJSDate;
  end_date?: TimelineJSDate;
  text: TimelineJSText;
  unique_id: string;
  display_date?: string;
  media?: TimelineJSMedia;
  group?: string;
}

export interface TimelineJSData {
  title?: { text: TimelineJSText; unique_id?: string };
  events: TimelineJSSlide[];
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
/** Plain text of a TimelineJS HTML fragment: tags removed, entities decoded, spaces collapsed. */
export function htmlToText(html: string): string {
  return html
    .replace(/<br\s{0,3}\/?>|<\/p>/gi, '\n')
    .replace(/<[^<>]{0,2000}>/g, '')
    .replace(/&(#\d{1,7}|#x[\da-f]{1,6}|[a-z]{2,8});/gi, (m, e: string) => {
      if (e[0] === '#') {
        const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
      }
      return ENTITIES[e.toLowerCase()] ?? m;
    })
    .split('\n')
    .map((line) => line.replace(/[ \t]{2,}/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

const ORDINAL = (n: number): string => {
  const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${s}`;
};

/** TimelineJS year of an astronomical year: no year zero, 1 BC is -1. */
const tljsYear = (astronomical: number): number => (astronomical <= 0 ? astronomical - 1 : astronomical);

const COARSE: ReadonlySet<Precision> = new Set(['millennium', 'century', 'decade']);

/** Human label for coarse or odd precisions, which TimelineJS cannot show from numbers alone. */
function displayDate(value: string, precision: Precision): string | undefined {
  let m = /^BC(\d{1,4})$/.exec(value);
  if (m) {
    const n = Number(m[1]);
    if (precision === 'year') return undefined;
    if (precision === 'century') return `${ORDINAL(n + 1)} century BC`;
    if (precision === 'decade') return `${n * 10}s BC`;
    return `${ORDINAL(n + 1)} millennium BC`;
  }
  if (precision === 'century') return `${ORDINAL(Number(value) + 1)} century`;
  if (precision === 'decade') return `${value}0s`;
  if (precision === 'millennium') return `${ORDINAL(Number(value) + 1)} millennium`;
  m = /^(\d{4})-(Q[1-4]|H[12]|SP|SU|FA|WI|W\d{2}(?:-WE)?)$/.exec(value);
  if (m) {
    const part = { SP: 'spring', SU: 'summer', FA: 'autumn', WI: 'winter' }[m[2]!] ?? m[2]!;
    return `${part} ${m[1]}`;
  }
  m = /^(\d{4}-\d{2}-\d{2})T(MO|MI|AF|EV|NI|DT)$/.exec(value);
  if (m) return `${m[1]} (${{ MO: 'morning', MI: 'midday', AF: 'afternoon', EV: 'evening', NI: 'night', DT: 'daytime' }[m[2]!]})`;
  return undefined;
}

/** TimelineJS date of a TimeML value; `last` gives the last unit of the period (for end dates). */
function toTljsDate(value: string, precision: Precision, last = false): TimelineJSDate | null {
  const iv = timexValueToInterval(value);
  if (!iv) return null;
  const at = last ? new Date(iv.end.getTime() - 1) : iv.start;
  const d: TimelineJSDate = { year: tljsYear(at.getUTCFullYear()) };
  const timed = precision === 'hour' || precision === 'minute';
  const dayLevel = timed || precision === 'day' || precision === 'part-of-day' || precision === 'week';
  if (dayLevel || precision === 'month' || precision === 'quarter' || precision === 'half' || precision === 'season') d.month = at.getUTCMonth() + 1;
  if (dayLevel) d.day = at.getUTCDate();
  if (timed) d.hour = at.getUTCHours();
  if (precision === 'minute') d.minute = at.getUTCMinutes();
  return d;
}

/**
 * Makes slide ids unique in order of appearance: the first `a-b` stays, later ones become `a-b-2`,
 * `a-b-3`, ... (skipping any id already given out). Amortized constant time per id.
 */
function uniqueIds(): (base: string) => string {
  const used = new Set<string>();
  const next = new Map<string, number>();
  return (base) => {
    let id = base;
    if (used.has(id)) {
      let n = next.get(base) ?? 2;
      while (used.has(`${base}-${n}`)) n++;
      id = `${base}-${n}`;
      next.set(base, n + 1);
    }
    used.add(id);
    return id;
  };
}

/** The slide media of an event's media (HTML-escaped caption and credit), or null when its URL is not http(s). */
function slideMedia(media: TimelineMedia | undefined): TimelineJSMedia | null {
  const url = safeHttpUrl(media?.url);
  if (!media || url === null) return null;
  const out: TimelineJSMedia = { url };
  if (typeof media.caption === 'string' && media.caption) out.caption = escapeHtml(media.caption);
  if (typeof media.credit === 'string' && media.credit) out.credit = escapeHtml(media.credit);
  if (typeof media.alt === 'string' && media.alt) out.alt = media.alt;
  return out;
}

/** The event's text as slide HTML, with its http(s) links as a last paragraph of `<a>` elements. */
function slideText(e: TimelineEvent): string {
  const anchors = (Array.isArray(e.links) ? e.links : []).flatMap((l) => {
    const url = safeHttpUrl(l?.url);
    if (url === null) return [];
    const text = typeof l.text === 'string' && l.text ? l.text : url;
    return [`<a href="${escapeHtml(url)}" target="_blank" rel="noopener noreferrer">${escapeHtml(text)}</a>`];
  });
  return `<p>${escapeHtml(e.text)}</p>${anchors.length ? `<p>${anchors.join(' · ')}</p>` : ''}`;
}

/** The timeline as TimelineJS3 JSON. Events whose dates are not on the calendar are left out. */
export function toTimelineJS(timeline: Pick<Timeline, 'events' | 'title'>): TimelineJSData {
  const events: TimelineJSSlide[] = [];
  const uniqueId = uniqueIds();
  for (const e of timeline.events) {
    const start = toTljsDate(e.start, e.precision);
    if (!start) continue;
    const label = displayDate(e.start, e.precision);
    const slide: TimelineJSSlide = {
      start_date: label ? { ...start, display_date: label } : start,
      text: { headline: escapeHtml(e.title), text: slideText(e) },
      unique_id: uniqueId(e.id.replace(/[^A-Za-z0-9_-]/g, '-') || 'event'),
    };
    const media = slideMedia(e.media);
    if (media) slide.media = media;
    if (typeof e.group === 'string' && e.group) slide.group = e.group;
    const endValue = e.end ?? (COARSE.has(e.precision) ? e.start : undefined);
    const end = endValue ? toTljsDate(endValue, e.end ? e.precision : e.precision, true) : null;
    if (end) slide.end_date = end;
    if (label && e.end) slide.display_date = `${label} – ${displayDate(e.end, e.precision) ?? e.end}`;
    events.push(slide);
  }
  const out: TimelineJSData = { events };
  if (timeline.title) out.title = { text: { headline: escapeHtml(timeline.title), text: '' } };
  return out;
}

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const own = (o: Obj, k: string): unknown => (Object.prototype.hasOwnProperty.call(o, k) ? o[k] : undefined);
const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** A TimelineJS date field: a number or a numeric string (TimelineJS accepts both). */
function num(o: Obj, k: string): number | undefined | null {
  const v = own(o, k);
  if (v === undefined || v === '' || v === null) return undefined;
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^-?\d{1,6}$/.test(v.trim()) ? Number(v) : Number.NaN;
  return Number.isInteger(n) ? n : null;
}

/** TimeML value of a TimelineJS date, or an error message. */
function fromTljsDate(v: unknown): string | { error: string; key: string } {
  if (!isObject(v)) return { error: 'expected a date object with a year', key: '' };
  const year = num(v, 'year');
  if (year === undefined || year === null || year === 0) return { error: 'expected a year number (negative for BC, no year 0)', key: '.year' };
  if (year < 0) {
    if (-year > 9999) return { error: 'BC years beyond 9999 are not supported', key: '.year' };
    return `BC${pad(-year, 4)}`;
  }
  if (year > 9999) return { error: 'years after 9999 are not supported', key: '.year' };
  let value = pad(year, 4);
  const parts: [string, number, number][] = [['month', 1, 12], ['day', 1, 31], ['hour', 0, 23], ['minute', 0, 59]];
  for (const [i, [k, lo, hi]] of parts.entries()) {
    const n = num(v, k);
    if (n === undefined) break;
    if (n === null || n < lo || n > hi) return { error: `expected a ${k} number from ${lo} to ${hi}`, key: `.${k}` };
    value += i === 0 || i === 1 ? `-${pad(n)}` : i === 2 ? `T${pad(n)}` : `:${pad(n)}`;
  }
  return timexValueToInterval(value) ? value : { error: `not a real date (${value})`, key: '' };
}

interface Anchor {
  /** Offsets of `<a` and just after the closing `</a>`. */
  from: number;
  to: number;
  attributes: string;
  inner: string;
}

/**
 * The end of a tag opened with `<name` at `i` when `name` is a whole tag name there (`<a ` or `<a>`, not `<abbr>`), else
 * -1; -2 when no `>` follows at all (no tag can open after i). `gt` caches the last `>` found, so that a run of `<a`
 * without any `>` is read once, not once per `<a`.
 */
function tagEnd(html: string, lower: string, i: number, name: string, gt: { at: number }): number {
  if (!lower.startsWith(name, i + 1)) return -1;
  const after = lower.charCodeAt(i + 1 + name.length);
  if (!(after === 62 || after === 47 || after <= 32)) return -1; // `>`, `/` or white space
  if (gt.at < i) gt.at = html.indexOf('>', i);
  if (gt.at < 0) return -2;
  const nextOpen = html.indexOf('<', i + 1);
  return nextOpen >= 0 && nextOpen < gt.at ? -1 : gt.at;
}

/** Every `<a ...>...</a>` of some HTML, in order: a scan by indexOf, linear in the input. */
function anchorsOf(html: string): Anchor[] {
  const lower = html.toLowerCase();
  const out: Anchor[] = [];
  const gt = { at: -1 };
  for (let i = lower.indexOf('<a'); i >= 0; i = lower.indexOf('<a', i + 2)) {
    const open = tagEnd(html, lower, i, 'a', gt);
    if (open === -2) break;
    if (open < 0) continue;
    const close = lower.indexOf('</a', open);
    if (close < 0) break;
    const closeEnd = html.indexOf('>', close);
    if (closeEnd < 0) break;
    out.push({ from: i, to: closeEnd + 1, attributes: html.slice(i + 2, open), inner: html.slice(open + 1, close) });
    i = closeEnd - 1;
  }
  return out;
}

/** The value of an `href` attribute (quoted or not), or ''. */
function hrefOf(attributes: string): string {
  const lower = attributes.toLowerCase();
  for (let k = lower.indexOf('href'); k >= 0; k = lower.indexOf('href', k + 4)) {
    const before = lower.charCodeAt(k - 1);
    if (k > 0 && !(before <= 32)) continue;
    let j = k + 4;
    while (j < attributes.length && attributes.charCodeAt(j) <= 32) j++;
    if (attributes[j] !== '=') continue;
    j++;
    while (j < attributes.length && attributes.charCodeAt(j) <= 32) j++;
    const quote = attributes[j];
    if (quote === '"' || quote === "'") {
      const end = attributes.indexOf(quote, j + 1);
      return end < 0 ? '' : attributes.slice(j + 1, end);
    }
    let end = j;
    while (end < attributes.length && attributes.charCodeAt(end) > 32 && !'"\'<>'.includes(attributes[end]!)) end++;
    return attributes.slice(j, end);
  }
  return '';
}

/** Text left between links that still makes a paragraph hold nothing but links: white space and separators. */
const LINK_SEPARATORS = /^(?:\s|&nbsp;|[·•|,;–—-])*$/;

/** The HTML without the paragraphs that hold links and separators only (a links paragraph our export wrote). */
function withoutLinkParagraphs(html: string): string {
  const lower = html.toLowerCase();
  let out = '';
  let kept = 0;
  const gt = { at: -1 };
  for (let i = lower.indexOf('<p'); i >= 0; i = lower.indexOf('<p', i + 2)) {
    const open = tagEnd(html, lower, i, 'p', gt);
    if (open === -2) break;
    if (open < 0) continue;
    const close = lower.indexOf('</p', open);
    const closeEnd = close < 0 ? -1 : html.indexOf('>', close);
    if (closeEnd < 0) break;
    const inner = html.slice(open + 1, close);
    const anchors = anchorsOf(inner);
    let rest = '';
    let at = 0;
    for (const a of anchors) {
      rest += inner.slice(at, a.from);
      at = a.to;
    }
    rest += inner.slice(at);
    if (anchors.length > 0 && !rest.includes('<') && LINK_SEPARATORS.test(rest)) {
      out += html.slice(kept, i);
      kept = closeEnd + 1;
    }
    i = closeEnd - 1;
  }
  return out + html.slice(kept);
}

const cut = (s: string, max: number): string => (s.length <= max ? s : `${s.slice(0, max - 1).trimEnd()}…`);

/** The http(s) links of a slide's HTML text, in order, each URL once (at most FIELD_LIMITS.links). */
function linksOf(html: string): TimelineLink[] {
  const links: TimelineLink[] = [];
  const seen = new Set<string>();
  for (const a of anchorsOf(html)) {
    const url = safeHttpUrl(htmlToText(hrefOf(a.attributes)));
    if (url === null || seen.has(url)) continue;
    seen.add(url);
    const text = cut(htmlToText(a.inner).replace(/\s+/g, ' '), FIELD_LIMITS.linkText);
    links.push(text && text !== url ? { url, text } : { url });
    if (links.length === FIELD_LIMITS.links) break;
  }
  return links;
}

/** Plain text of a TimelineJS HTML field, cut to `max` characters. */
const plainField = (v: unknown, max: number): string | undefined => {
  const text = typeof v === 'string' ? htmlToText(v) : '';
  return text ? cut(text, max) : undefined;
};

/** Our media of a slide's media, when its URL is http(s); TimelineJS's HTML caption and credit become plain text. */
function mediaOf(v: unknown): TimelineMedia | undefined {
  if (!isObject(v)) return undefined;
  const raw = own(v, 'url');
  const url = safeHttpUrl(typeof raw === 'string' ? raw.trim() : raw);
  if (url === null) return undefined;
  const media: TimelineMedia = { url };
  if (isImageFileUrl(url)) media.kind = 'image';
  else if (isVideoFileUrl(url)) media.kind = 'video';
  const caption = plainField(own(v, 'caption'), FIELD_LIMITS.caption);
  const credit = plainField(own(v, 'credit'), FIELD_LIMITS.credit);
  const alt = typeof own(v, 'alt') === 'string' ? cut((own(v, 'alt') as string).trim(), FIELD_LIMITS.alt) : '';
  if (caption) media.caption = caption;
  if (credit) media.credit = credit;
  if (alt) media.alt = alt;
  return media;
}

/** A slide's group as a valid group name (controls become spaces, cut to the limit), or undefined. */
function groupOf(v: unknown): string | undefined {
  if (typeof v !== 'string') return undefined;
  const g = v.replace(/[\x00-\x1f\x7f-\x9f]+/g, ' ').replace(/\s+/g, ' ').trim();
  return g ? cut(g, FIELD_LIMITS.group) : undefined;
}

/** Our event field -> the TimelineJS slide field it came from, for error paths. */
const SLIDE_FIELD = new Map([['id', 'unique_id'], ['start', 'start_date'], ['end', 'end_date'], ['title', 'text.headline'], ['text', 'text.text']]);
const EVENTS_PREFIX = '$.events[';

/** The event index of a `$.events[k]...` path and the rest of the path after `]`, or null. */
function splitEventPath(path: string): { index: number; rest: string } | null {
  if (!path.startsWith(EVENTS_PREFIX)) return null;
  const close = path.indexOf(']', EVENTS_PREFIX.length);
  const index = close < 0 ? Number.NaN : Number(path.slice(EVENTS_PREFIX.length, close));
  return Number.isInteger(index) ? { index, rest: path.slice(close + 1) } : null;
}

/** `$.events[k].end...` of the converted timeline -> `$.events[slide].end_date...` of the TimelineJS input. */
function slidePath(path: string, slideOf: number[]): string {
  if (path === '$.title') return '$.title.text.headline';
  const p = splitEventPath(path);
  if (!p) return path;
  let rest = p.rest;
  if (rest.startsWith('.')) {
    const cut = rest.slice(1).search(/[.[]/);
    const key = cut < 0 ? rest.slice(1) : rest.slice(1, 1 + cut);
    rest = `.${SLIDE_FIELD.get(key) ?? key}${cut < 0 ? '' : rest.slice(1 + cut)}`;
  }
  return `${EVENTS_PREFIX}${slideOf[p.index] ?? p.index}]${rest}`;
}

/**
 * Reads TimelineJS3 JSON (text or parsed) into our Timeline; errors carry JSON paths into the
 * TimelineJS input. The converted timeline goes through `parseTimeline`, so the same rules hold
 * (an end before its start, unique ids without control characters, ...).
 */
export function fromTimelineJS(json: string | unknown): ParseTimelineResult {
  try {
    return readTimelineJS(json);
  } catch (err) {
    return { ok: false, errors: [{ path: '$', message: `could not be read: ${err instanceof Error ? err.message : String(err)}` }] };
  }
}

function readTimelineJS(json: string | unknown): ParseTimelineResult {
  const read = readJson(json);
  if (!read.ok) return read;
  const data = read.data;
  if (!isObject(data)) return { ok: false, errors: [{ path: '$', message: 'expected a TimelineJS object with an events array' }] };
  const slides = own(data, 'events');
  if (!Array.isArray(slides)) return { ok: false, errors: [{ path: '$.events', message: 'expected an array of TimelineJS slides' }] };
  const errors: TimelineError[] = [];
  const fail = (path: string, message: string): void => {
    if (errors.length < 50) errors.push({ path, message });
  };
  const events: Record<string, unknown>[] = [];
  const slideOf: number[] = [];
  for (let i = 0; i < slides.length; i++) {
    const s: unknown = slides[i];
    const path = `$.events[${i}]`;
    if (!isObject(s)) { fail(path, 'expected a slide object'); continue; }
    const start = fromTljsDate(own(s, 'start_date'));
    if (typeof start !== 'string') { fail(`${path}.start_date${start.key}`, start.error); continue; }
    const rawEnd = own(s, 'end_date');
    const end = rawEnd === undefined ? undefined : fromTljsDate(rawEnd);
    if (end !== undefined && typeof end !== 'string') { fail(`${path}.end_date${end.key}`, end.error); continue; }
    const id = own(s, 'unique_id');
    if (id !== undefined && typeof id !== 'string') { fail(`${path}.unique_id`, 'expected a string'); continue; }
    const text = isObject(own(s, 'text')) ? (own(s, 'text') as Obj) : {};
    const headline = typeof own(text, 'headline') === 'string' ? htmlToText(own(text, 'headline') as string) : '';
    const html = typeof own(text, 'text') === 'string' ? (own(text, 'text') as string) : '';
    const body = htmlToText(withoutLinkParagraphs(html));
    const e: Record<string, unknown> = { start, title: headline || body.slice(0, 90), text: body || headline };
    if (id) e.id = id; // an empty unique_id is TimelineJS's "none": we number the event instead
    if (end && end !== start) e.end = end;
    const links = linksOf(html);
    if (links.length) e.links = links;
    const media = mediaOf(own(s, 'media'));
    if (media) e.media = media;
    const group = groupOf(own(s, 'group'));
    if (group) e.group = group;
    slideOf.push(i);
    events.push(e);
  }
  const titleSlide = own(data, 'title');
  const titleText = isObject(titleSlide) && isObject(own(titleSlide, 'text')) ? own(own(titleSlide, 'text') as Obj, 'headline') : undefined;
  const timeline: Record<string, unknown> = { version: 1, documentDate: null, documentDateSource: 'none', timexes: [], events };
  if (typeof titleText === 'string' && htmlToText(titleText)) timeline.title = htmlToText(titleText);
  const parsed = parseTimeline(timeline);
  if (parsed.ok && errors.length === 0) return parsed;
  if (!parsed.ok) for (const e of parsed.errors) fail(slidePath(e.path, slideOf), e.message);
  errors.sort((a, b) => slideIndex(a.path) - slideIndex(b.path));
  return { ok: false, errors };
}

/** The slide number of an error path, for ordering errors as the input is ordered (-1 for `$...`). */
const slideIndex = (path: string): number => splitEventPath(path)?.index ?? -1;
