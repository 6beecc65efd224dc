/**
 * `at 6:30 that evening`, `at 9 tomorrow morning`, `at ten on Saturday night`: an hour told before a day and its part
 * of the day is a time of that day, on the half of the clock the part names. The hour is a clock time already read
 * (`6:30`, `6 p.m.`) or, after a preposition of time, a bare hour (`at six that evening`).
 */
import type { Recognized } from './recognize.js';
import type { Spec } from './spec.js';
import type { Token } from '../text/tokens.js';
import { isNear } from './slots.js';
import { UNITS_ONES } from './lexicon.js';
import { formatHm } from './calendar.js';

/** Words after which a bare number is an hour (`at six`, `until ten`). */
const HOUR_PREPOSITIONS = new Set(['at', 'by', 'until', 'till', 'around', 'about', 'from', 'before', 'after', 'since']);

/** A part of the day held by a day-level expression (`TEV` in `that evening`). */
const PART_TIME = /^T(MO|AF|EV|NI)$/;

/** Whether the spec names a day (not a recurrence or a period) with only a part of the day as its time. */
function dayWithPart(s: Spec): string | null {
  const part = s.time === undefined ? null : PART_TIME.exec(s.time);
  if (!part || s.type === 'SET' || s.mod) return null;
  const dayLevel = s.kind === 'weekday' || s.kind === 'md' || s.kind === 'ordday' || ((s.kind === 'deictic' || s.kind === 'anaphoric') && s.unit === 'D');
  return dayLevel ? part[1]! : null;
}

/** The bare hour (1 to 12) a token spells, in digits or a word. */
function bareHour(t: Token | undefined): number | null {
  if (!t) return null;
  const n = t.kind === 'num' ? (t.text.length <= 2 ? Number(t.text) : NaN) : t.kind === 'word' ? UNITS_ONES[t.lower] ?? NaN : NaN;
  return Number.isInteger(n) && n >= 1 && n <= 12 ? n : null;
}

/** Minutes into the day of an hour and minute on the 12-hour clock, in the half of the day its part names. */
function inPart(hour: number, minute: number, part: string): number | null {
  if (hour > 12) return part === 'MO' ? null : hour * 60 + minute; // a 24-hour time says its own half
  const h12 = hour % 12;
  if (part === 'MO') return h12 * 60 + minute;
  if (part === 'AF') return (h12 + 12) * 60 + minute;
  if (part === 'EV') return h12 >= 3 || hour === 12 ? (h12 + 12) * 60 + minute : null;
  // Night: from six the evening's hours; midnight and the small hours keep theirs.
  return h12 >= 6 ? (h12 + 12) * 60 + minute : hour === 12 ? 24 * 60 : h12 * 60 + minute;
}

/**
 * `3am that night`, `at 2am last night`, `1am tonight`: the small hours of a night counted from a day fall on the day
 * after it (the night of the 14th runs into the 15th). Other days keep theirs.
 */
function nightsSmallHours(spec: Spec, part: string, minutes: number): Spec {
  if (part !== 'NI' || minutes >= 6 * 60 || (spec.kind !== 'anaphoric' && spec.kind !== 'deictic') || spec.unit !== 'D' || spec.n === undefined) return spec;
  return { ...spec, n: spec.n + 1 };
}

/**
 * Joins an hour to the day-and-part expression right after it (an `on` may stand between). `hasAmPm` says whether a
 * clock item spelled its own half of the day, which then wins over the part's.
 */
export function hourOfADayPart(toks: readonly Token[], items: readonly Recognized[], hasAmPm: (item: Recognized) => boolean): Recognized[] {
  const out: Recognized[] = [];
  for (const item of items) {
    const part = dayWithPart(item.spec);
    let j = item.from;
    if (part && toks[j - 1]?.lower === 'on' && isNear(toks, j)) j--;
    const prev = out[out.length - 1];
    if (part && prev && prev.to === j && prev.spec.kind === 'clock' && prev.spec.time && isNear(toks, j)) {
      const m = /^T(\d{2}):(\d{2})(:\d{2})?$/.exec(prev.spec.time);
      const minutes = m ? (hasAmPm(prev) ? Number(m[1]) * 60 + Number(m[2]) : inPart(Number(m[1]), Number(m[2]), part)) : null;
      if (minutes !== null) {
        out[out.length - 1] = { from: prev.from, to: item.to, spec: { ...nightsSmallHours(item.spec, part, minutes), type: 'TIME', time: `T${formatHm(minutes)}` + (m![3] ?? ''), zone: prev.spec.zone }, rule: `${prev.rule}+${item.rule}` };
        continue;
      }
    }
    const hour = part && j >= 2 && (!prev || prev.to < j - 1) && isNear(toks, j) ? bareHour(toks[j - 1]) : null;
    if (hour !== null && HOUR_PREPOSITIONS.has(toks[j - 2]!.lower)) {
      const minutes = inPart(hour, 0, part!);
      if (minutes !== null) {
        out.push({ ...item, from: j - 1, spec: { ...nightsSmallHours(item.spec, part!, minutes), type: 'TIME', time: `T${formatHm(minutes)}` }, rule: `hour+${item.rule}` });
        continue;
      }
    }
    out.push(item);
  }
  return out;
}
