/**
 * Amounts of time by their parts: a whole duration value (`P1Y2M`, `PT3H45M`, `P2W`) read into the amount of each
 * unit, and an amount told down into one of its smaller units (`1 day 21 hours` is 45 hours).
 */
import type { Spec } from './spec.js';

/** Units of a duration value in the order they are written (`P1Y2M3DT4H5M6S`); weeks are told as days. */
export const AMOUNT_UNITS = ['Y', 'M', 'D', 'H', 'MIN', 'S'] as const;
export type AmountUnit = (typeof AMOUNT_UNITS)[number];

/** The amount of each unit of a whole duration value (`P2Y`, `PT3M45S`, `P2W` as 14 days; -1 where absent), or null. */
export function amountParts(s: Spec): number[] | null {
  const v = s.kind === 'abs' && s.type === 'DURATION' && !s.mod ? s.value ?? '' : '';
  if (!v.startsWith('P') || v.length < 3) return null;
  const out = [-1, -1, -1, -1, -1, -1];
  let digits = '';
  let last = -1;
  let time = false;
  for (let k = 1; k < v.length; k++) {
    const ch = v[k]!;
    if (ch >= '0' && ch <= '9') { digits += ch; continue; }
    if (ch === 'T' && digits === '' && !time) { time = true; continue; }
    const unit = time ? (ch === 'H' ? 3 : ch === 'M' ? 4 : ch === 'S' ? 5 : -1) : (ch === 'Y' ? 0 : ch === 'M' ? 1 : ch === 'W' || ch === 'D' ? 2 : -1);
    if (unit <= last || digits === '') return null;
    out[unit] = ch === 'W' ? Number(digits) * 7 : Number(digits);
    digits = '';
    last = unit;
  }
  return digits === '' && last >= 0 ? out : null;
}

/** How many of the next smaller unit one unit holds (a month holds no whole number of days). */
const SMALLER_COUNT = [12, 0, 24, 60, 60, 0];

/** The smallest unit an amount's parts name; undefined when they name none. */
export function smallestUnit(parts: readonly number[]): AmountUnit | undefined {
  for (let k = parts.length - 1; k >= 0; k--) if (parts[k]! >= 0) return AMOUNT_UNITS[k];
  return undefined;
}

/**
 * The whole amount told in `unit` (`1 day 21 hours` in hours is 45, `two years and three months` in months 27); null
 * when a part is smaller than `unit`, does not convert into it (months into days), or there is no part.
 */
export function amountIn(parts: readonly number[], unit: AmountUnit): number | null {
  const target = AMOUNT_UNITS.indexOf(unit);
  let total = 0;
  let carried = false;
  for (let k = 0; k < parts.length; k++) {
    if (parts[k]! < 0) continue;
    if (k > target) return null;
    let amount = parts[k]!;
    for (let j = k; j < target; j++) {
      if (SMALLER_COUNT[j] === 0) return null;
      amount *= SMALLER_COUNT[j]!;
    }
    total += amount;
    carried = true;
  }
  return carried ? total : null;
}
