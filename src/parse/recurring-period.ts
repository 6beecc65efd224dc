/**
 * A sentence that defines a recurring period (`whose fiscal year runs from April to March`, `the school year
 * starts in September`) names months of every such year, not dates: they keep `XXXX` for their year.
 */
import type { Token } from '../text/tokens.js';

/** Words before `year` that make it a recurring calendar of its own. */
const PERIOD_KINDS = new Set(['fiscal', 'financial', 'tax', 'school', 'academic', 'budget']);
/** Present verbs that define where such a year lies. */
const DEFINING_VERBS = new Set(['runs', 'run', 'begins', 'begin', 'starts', 'start', 'ends', 'end']);
/** Possessives before such a year that make it the holder's calendar, every year alike. */
const HOLDERS = new Set(['whose', 'its', 'their', 'our', 'his', 'her', 'your', 'my']);
/** Whether a possessive `'s` ends at token `k` (`the snack maker's fiscal year`). */
const possessiveEnds = (toks: readonly Token[], k: number): boolean => toks[k]?.lower === 's' && /^['’]$/.test(toks[k - 1]?.text ?? '');
/** How far back from the month the definition may start. */
const REACH = 10;

/** Whether the month at token `from` lies in a present-tense definition of a recurring year in its sentence. */
export function definesRecurringPeriod(toks: readonly Token[], sent: Int32Array, from: number): boolean {
  let verb = false;
  for (let k = from - 1; k >= 0 && k >= from - REACH && sent[k] === sent[from]; k--) {
    const w = toks[k]!.lower;
    if (DEFINING_VERBS.has(w)) verb = true;
    // A possessive makes it the holder's calendar (`whose fiscal year runs`, `its financial year ends`); `the fiscal
    // year that begins Oct. 1` and `the new school year starts on 3 September` are one year, dated.
    if (w === 'year' && verb && PERIOD_KINDS.has(toks[k - 1]?.lower ?? '')) return HOLDERS.has(toks[k - 2]?.lower ?? '') || possessiveEnds(toks, k - 2);
    if (w === '.' || w === ';') return false;
  }
  return false;
}
