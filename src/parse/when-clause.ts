/**
 * A time told inside a `when` clause that hangs on a period (`last winter, when a storm over Christmas ...`,
 * `In 2019, when on March 3 the plant closed`) lies in that period: a bare date there takes the year that puts it
 * inside, whatever the clause's tense or the publication date would pick.
 */
import { timexValueToInterval, precisionOfValue } from '../model/timex-value.js';
import type { Token } from '../text/tokens.js';
import type { Spec } from './spec.js';
import { SEASON_START } from './resolvers.js';

/** Precisions of a period a `when` clause may date within. */
const PERIODS = new Set(['year', 'half', 'quarter', 'season', 'month', 'decade']);
/** Marks that close the `when` clause before the date. */
const CLAUSE_ENDS = new Set([',', ';', ':', '.', '!', '?', '(', ')']);

/** Whether tokens [periodTo, from) are `, when ...` with no clause break: the date at `from` is in that clause. */
export function inWhenClauseAfter(toks: readonly Token[], sent: Int32Array, periodTo: number, from: number): boolean {
  let k = periodTo;
  if (toks[k]?.text === ',') k++;
  if (toks[k]?.lower !== 'when' || sent[k] !== sent[from]) return false;
  for (k++; k < from; k++) if (CLAUSE_ENDS.has(toks[k]!.text) || toks[k]!.newline) return false;
  return true;
}

/** The first day (UTC ms) a spec without a year names in year y, or null when it names none. */
function firstDayIn(spec: Spec, y: number): number | null {
  if (spec.feast) {
    const d = spec.feast.daysIn(y)[0];
    return d ? Date.UTC(d.y, d.m - 1, d.d) : null;
  }
  if (spec.kind === 'md') return Date.UTC(y, spec.month! - 1, spec.day!);
  if (spec.kind === 'month') return Date.UTC(y, spec.month! - 1, 1);
  if (spec.kind === 'season') return Date.UTC(y, SEASON_START[spec.season!]! - 1, 1);
  return null;
}

/** The year that puts a bare date (`Christmas`, `March 3`, `in August`) inside `period`, or undefined when none does. */
export function yearWithin(spec: Spec, period: string): number | undefined {
  if (spec.year !== undefined || spec.shift !== undefined || spec.anaphor !== undefined || spec.n !== undefined) return undefined;
  if (spec.kind !== 'md' && spec.kind !== 'month' && spec.kind !== 'season') return undefined;
  const p = precisionOfValue(period);
  const iv = p && PERIODS.has(p) ? timexValueToInterval(period) : null;
  if (!iv) return undefined;
  const from = iv.start.getTime(), to = iv.end.getTime();
  for (let y = iv.start.getUTCFullYear(); y <= new Date(to - 1).getUTCFullYear(); y++) {
    const day = firstDayIn(spec, y);
    if (day !== null && day >= from && day < to) return y;
  }
  return undefined;
}
