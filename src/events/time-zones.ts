/**
 * The same instant told in two time zones (`at 0915 local time (08:15 UTC)`, `at 11:38 a.m. EST (1638 GMT)`):
 * the clock time in brackets restates the one before it, and tells no happening of its own.
 */
import { valueStartTime } from '../model/timex-value.js';
import type { Unit } from './happenings.js';

/** A clock time on a day (`2026-03-03T09:15`, `…T08:15Z`, `…T08:15+01:00`). */
const CLOCK_VALUE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
/** A value that states its zone. */
const ZONED_VALUE = /(?:Z|[+-]\d{2}:?\d{2})$/;
/** Words that name a zone or say the time is local. */
const ZONE_WORDS = /\b(?:GMT|UTC|BST|CET|CEST|EET|EEST|MSK|IST|JST|AEST|AEDT|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|CT|MT|PT|Zulu|local(?:\s{1,3}time)?)\b/;
/** Between the two: an opening bracket. */
const OPENS_BRACKET = /^\s{0,2}[([]\s{0,2}$/;
/** After the bracketed one: a zone word the tagger left out, then the closing bracket. */
const CLOSES_BRACKET = /^\s{0,2}(?:[A-Z]{2,5}\s{0,2})?[)\]]/;
/** Zones lie at most 14 hours from UTC, and apart by whole quarter hours. */
const MAX_OFFSET_MS = 14 * 3_600_000;
const QUARTER_HOUR_MS = 900_000;

const isClock = (u: Unit): boolean => u.kind === 'point' && u.timexes.length === 1 && CLOCK_VALUE.test(u.start);

/** Whether a unit's time states its zone, in its value or in the words next to it. */
function statesZone(text: string, u: Unit): boolean {
  if (ZONED_VALUE.test(u.start)) return true;
  return ZONE_WORDS.test(text.slice(u.span.start, Math.min(text.length, u.span.end + 12)));
}

/**
 * Whether `later` restates the clock time of `earlier` in another zone: in brackets right after it, one of the two
 * naming a zone, at most 14 hours apart by whole quarter hours.
 */
export function restatesInAnotherZone(text: string, earlier: Unit, later: Unit): boolean {
  if (!isClock(earlier) || !isClock(later) || earlier.span.end > later.span.start) return false;
  const gap = text.slice(earlier.span.end, later.span.start);
  if (!OPENS_BRACKET.test(gap) || !CLOSES_BRACKET.test(text.slice(later.span.end, later.span.end + 10))) return false;
  if (!statesZone(text, earlier) && !statesZone(text, later)) return false;
  const apart = Math.abs(valueStartTime(later.start) - valueStartTime(earlier.start));
  return Number.isFinite(apart) && apart <= MAX_OFFSET_MS && apart % QUARTER_HOUR_MS === 0;
}
