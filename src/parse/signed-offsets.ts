/**
 * Amounts of time written with a plus or minus sign: an offset from the time of writing (`+15 minutes`, `-3y`,
 * `+1 day 2 hours`, `now + 40 minutes`), or from the day right before it (`2023-12-29 -10days`), as `from now`, `ago`
 * and `after` say in words.
 */
import type { Recognized } from './recognize.js';
import type { Spec } from './spec.js';
import type { Token } from '../text/tokens.js';
import { amountIn, amountParts, smallestUnit } from './amount-parts.js';
import { SIGNS, signOpens } from './slots.js';

const DAY_VALUE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The sign (1 or -1) that opens the amount `item`, or null: a sign glued to the amount's number and set apart from
 * what stands before it (`COVID-19 days`, `won 3-2 hours after` have none), or one between spaces (after `now`).
 */
function signOf(toks: readonly Token[], item: Recognized): { sign: number; spaced: boolean } | null {
  const mark = toks[item.from - 1];
  const first = toks[item.from]!;
  const sign = mark ? SIGNS[mark.text] : undefined;
  if (sign === undefined || first.kind !== 'num') return null;
  if (first.gap === 0) return signOpens(toks, item.from) ? { sign, spaced: false } : null;
  return first.gap === 1 && mark!.gap === 1 ? { sign, spaced: true } : null;
}

/** The offset spec of a signed amount's parts from the time of writing, in its smallest unit; null when they do not convert. */
function offsetFromNow(parts: readonly number[], sign: number): Spec | null {
  const unit = smallestUnit(parts);
  const n = unit === undefined ? null : amountIn(parts, unit);
  if (unit === undefined || n === null) return null;
  const time = unit === 'H' || unit === 'MIN' || unit === 'S';
  return { kind: 'deictic', type: time ? 'TIME' : 'DATE', unit, n: sign * n };
}

/** `2023-12-29 -10days`: a whole number of days, weeks, months or years counted from a day. */
function offsetFromDay(day: Recognized, parts: readonly number[], sign: number): Spec | null {
  const s = day.spec;
  if (s.offset || s.time || s.type !== 'DATE' || !(s.kind === 'md' || (s.kind === 'abs' && DAY_VALUE.test(s.value ?? '')))) return null;
  const unit = smallestUnit(parts);
  if (unit !== 'D' && unit !== 'M' && unit !== 'Y') return null;
  const n = amountIn(parts, unit);
  return n === null ? null : { ...s, offset: { n: sign * n, unit } };
}

/** The items with each signed amount read as its offset (joined with a `now` or a day right before it). */
export function signedOffsets(toks: readonly Token[], items: readonly Recognized[]): Recognized[] {
  const out: Recognized[] = [];
  for (let k = 0; k < items.length; k++) {
    const item = items[k]!;
    const parts = amountParts(item.spec);
    const signed = parts ? signOf(toks, item) : null;
    const prev = out[out.length - 1];
    let read: Recognized | null = null;
    if (parts && signed) {
      const joined = prev !== undefined && prev.to === item.from - 1 ? prev : undefined;
      const now = joined !== undefined && joined.to - joined.from === 1 && toks[joined.from]!.lower === 'now';
      if (now && signed.spaced) {
        const spec = offsetFromNow(parts, signed.sign);
        if (spec) read = { from: joined.from, to: item.to, spec, rule: `${joined.rule}+signed-offset` };
      } else if (joined && !now && !signed.spaced) {
        const spec = offsetFromDay(joined, parts, signed.sign);
        if (spec) read = { from: joined.from, to: item.to, spec, rule: `${joined.rule}+signed-offset` };
      } else if (!signed.spaced) {
        const spec = offsetFromNow(parts, signed.sign);
        if (spec) read = { from: item.from - 1, to: item.to, spec, rule: 'signed-offset' };
      }
      if (read && read.from < item.from - 1) out.pop();
    }
    out.push(read ?? item);
  }
  return out;
}
