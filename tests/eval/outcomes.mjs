// Per-timex outcomes of one tagger run, saved to a file and compared with a later run, so a change to
// the tagger shows which gold timexes it fixed and which it broke (`eval.mjs --save F` / `--diff F`).
import { isRelaxed, isStrict, valueOk } from './score.mjs';

/** Outcome of every gold timex (`value`, `span`, `extent`, `missed`) and every false positive, keyed by position. */
export function outcomesOf(doc, predicted) {
  const out = {};
  for (const g of doc.gold) {
    const hits = predicted.filter((p) => isRelaxed(g, p));
    const status = !hits.length ? 'missed' : !hits.some((p) => valueOk(g, p)) ? 'wrong value'
      : hits.some((p) => isStrict(g, p)) ? 'right' : 'right value, other extent';
    out[`${doc.name}@${g.start}-${g.end}`] = { status, text: g.text, want: g.values?.length ? g.values.join('|') : g.value,
      got: hits.map((p) => `${JSON.stringify(p.text)}=${p.value}`).join(', ') };
  }
  for (const p of predicted) {
    if (!doc.gold.some((g) => isRelaxed(g, p))) out[`${doc.name}@${p.start}-${p.end}:fp`] = { status: 'false positive', text: p.text, got: p.value };
  }
  return out;
}

const RANK = { right: 0, 'right value, other extent': 1, 'wrong value': 2, missed: 3, 'false positive': 3, absent: 4 };

/** Lines describing what changed between two outcome maps: better first, then worse. */
export function diffOutcomes(before, after) {
  const better = [];
  const worse = [];
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const a = before[key] ?? { status: key.endsWith(':fp') ? 'absent' : 'missed' };
    const b = after[key] ?? { status: key.endsWith(':fp') ? 'absent' : 'missed' };
    if (a.status === b.status && a.got === b.got) continue;
    const fp = key.endsWith(':fp');
    // a false positive going away is an improvement
    const delta = fp ? (b.status === 'absent' ? -1 : a.status === 'absent' ? 1 : 0) : RANK[b.status] - RANK[a.status];
    const line = `${key.replace(/:fp$/, '')} ${JSON.stringify((b.text ?? a.text) || '')}: ${a.status}${a.got ? ` (${a.got})` : ''} -> ${b.status}${b.got ? ` (${b.got})` : ''}${b.want ? ` want ${b.want}` : ''}`;
    if (delta < 0) better.push(line);
    else if (delta > 0) worse.push(line);
    else (RANK[b.status] <= RANK[a.status] ? better : worse).push(line);
  }
  return { better, worse };
}
