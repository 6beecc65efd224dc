/**
 * Dates that name no moment of a happening, though the tagger gives them one:
 *
 * - a habitual or recurring clause (`The rainy season normally runs from October to December`, `about 40 cases are
 *   reported each year, most of them between July and October`): a present-tense clause with a frequency adverb or a
 *   recurrence, whose date has no year of its own, tells what happens every year, not once;
 * - an example value (`accepts an ISO date such as 2025-01-01`, `a day, e.g. 4 July`): a date given as a sample of a
 *   kind of value.
 */
import type { TextSpan } from '../model/types.js';
import { clauseAt, type Clause } from '../text/clauses.js';
import { MODALS, isPastVerb } from '../text/lexicon.js';
import type { VerbGroup } from '../text/verbs.js';
import type { Unit } from './happenings.js';

/** Frequency adverbs (`normally runs`, `usually arrives`). */
const ADVERBS: ReadonlySet<string> = /* @__PURE__ */ new Set(['normally', 'usually', 'typically', 'generally', 'traditionally', 'customarily', 'ordinarily', 'annually']);
/** Periods that `each` or `every` makes a recurrence of (`each year`, `every spring`). */
const RECURRING: ReadonlySet<string> = /* @__PURE__ */ new Set(['year', 'summer', 'winter', 'spring', 'autumn', 'fall', 'season', 'month']);
/**
 * Words of a date that place it in a year: a time told from now or from another date, or a weekday (`Wednesday is
 * usually the busiest day` names this week's Wednesday).
 */
const ANCHORED: ReadonlySet<string> = new Set(['last', 'next', 'this', 'that', 'ago', 'later', 'earlier', 'before', 'after', 'previous',
  'following', 'coming', 'past', 'yesterday', 'today', 'tomorrow', 'tonight', 'now', 'monday', 'tuesday', 'wednesday', 'thursday',
  'friday', 'saturday', 'sunday']);

/** `s.toLowerCase().match(/[a-z]+/g) ?? []`: the runs of ASCII letters of the lower-cased text, cut out in one pass. */
function wordsIn(s: string): string[] {
  const lower = s.toLowerCase();
  const out: string[] = [];
  let from = -1;
  for (let k = 0; k <= lower.length; k++) {
    const c = k < lower.length ? lower.charCodeAt(k) : 0;
    const letter = c >= 97 && c <= 122;
    if (letter && from < 0) from = k;
    else if (!letter && from >= 0) {
      out.push(lower.slice(from, k));
      from = -1;
    }
  }
  return out;
}

/** Whether words tell a habit or a recurrence: a frequency adverb, or `each`/`every` before a period. */
const habitual = (words: readonly string[]): boolean =>
  words.some((w, i) => ADVERBS.has(w) || ((w === 'each' || w === 'every') && RECURRING.has(words[i + 1] ?? '')));

/** The words `habitual` needs one of, anywhere in a text (a text without any tells no habit); made from ADVERBS. */
const HABIT_WORDS = /* @__PURE__ */ (() => new RegExp([...ADVERBS, 'each', 'every'].join('|'), 'i'))();

/** Whether a date's words place it in a year of its own (a year written out, or an anchored word). */
const ownYear = (s: string): boolean => /\d{3}/.test(s) || wordsIn(s).some((w) => ANCHORED.has(w));

/** Whether `u` is a date (or a time of day) with no year of its own in a present-tense clause that tells what happens habitually. */
export function isHabitualDate(text: string, clauses: readonly Clause[], u: Unit): boolean {
  if (u.named !== undefined) return false;
  // (A unit's timexes are one date told again and again, mostly in the same words: a text read already is not read again.)
  let read: string | null = null;
  for (const t of u.timexes) {
    if (t.type !== 'DATE' && t.type !== 'TIME') return false;
    if (t.text === read) continue;
    if (ownYear(t.text)) return false;
    read = t.text;
  }
  const c = clauses[clauseAt(clauses, u.span.start, u.span.end)];
  if (!c) return false;
  // (Read within WINDOW characters of the date: a sentence of thousands of dates stays linear.)
  const near: TextSpan = { start: u.span.start - WINDOW, end: u.span.end + WINDOW };
  let words = withoutHoles(text, c, near);
  let told = c;
  // A verb coordinated with the clause before it shares its subject and its adverb (`usually arrives in June and lasts
  // until September`).
  const host = c.kind === 'coordinated' && (!c.subject || c.subject.inherited) ? clauses[c.parent] : undefined;
  if (host) {
    words = `${withoutHoles(text, host, near)} ${words}`;
    if (!c.verb) told = host;
  }
  // (Most clauses hold none of the words a habit needs: their words are then not cut out.)
  if (!HABIT_WORDS.test(words)) return false;
  const ws = wordsIn(words);
  if (!habitual(ws)) return false;
  if (told.verb) return presentGroup(text, told.verb);
  // (The clause layer may read no verb after the adverb: `ferries typically close in November`.)
  const k = ws.findIndex((w) => ADVERBS.has(w));
  const after = k >= 0 ? ws[k + 1] : undefined;
  return after !== undefined && !isPastVerb(after) && !MODALS.has(after) && !/^(?:was|were|had|did)$/.test(after);
}

/** A verb group in the present (`runs`, `are reported`, `is held`), not a past, a modal or a future. */
function presentGroup(text: string, v: VerbGroup): boolean {
  const first = text.slice(v.start, v.end).trim().split(/\s+/)[0]!.toLowerCase();
  return /^(?:is|are|am|do|does|has|have)$/.test(first) || (v.tense === 'present' && !v.modal);
}

/** How far from a date its clause's words are read. */
const WINDOW = 240;

/** A clause's own words within `near`, its asides left out. */
function withoutHoles(text: string, c: Clause, near: TextSpan): string {
  const end = Math.min(c.end, near.end);
  let out = '';
  let at = Math.max(c.start, near.start);
  for (const h of [...c.holes].sort((a, b) => a.start - b.start)) {
    if (h.end <= at || h.start >= end) continue;
    if (h.start > at) out += text.slice(at, h.start);
    at = Math.max(at, h.end);
  }
  return out + text.slice(at, Math.max(at, end));
}

/** `such as`, `e.g.`, `for example` right before a date. */
const EXAMPLE_CUE = /\b(?:such\s{1,3}as|e\.\s?g\.,?|for\s{1,3}(?:example|instance),?)\s{1,3}$/i;
/** Nouns for a kind of date value before the cue (`an ISO date such as`, `a timestamp, e.g.`). */
const VALUE_NOUNS: ReadonlySet<string> = new Set(['date', 'dates', 'day', 'days', 'value', 'values', 'format', 'formats', 'timestamp', 'timestamps',
  'string', 'strings', 'input', 'inputs']);
/** A date written as digits with separators (`2025-01-01`, `01/02/2025`, `2025-12-31T23:59`), not a bare year. */
const DIGITS_ONLY = /^\d{1,4}[-/.]\d{1,2}(?:[-/.]\d{1,4})?(?:[T\s]\d[\d:.+-]*Z?)?$/;

/** Whether the date of `u` is an example of a kind of value (`such as 2025-01-01`). */
export function isExampleDate(text: string, floor: number, span: TextSpan, own: string): boolean {
  const before = text.slice(Math.max(floor, span.start - 40), span.start);
  const cue = EXAMPLE_CUE.exec(before);
  if (!cue || /^['’]s\b/.test(text.slice(span.end, span.end + 3))) return false;
  return DIGITS_ONLY.test(own) || VALUE_NOUNS.has(wordsIn(before.slice(0, cue.index)).pop() ?? '');
}
