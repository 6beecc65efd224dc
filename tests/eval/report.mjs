// Text output of the eval: one table per corpus (a row per tagger) and error listings by kind.
import { metrics, groupErrors, valueShape } from './score.mjs';

const pct = (x) => (100 * x).toFixed(1).padStart(5);

export const TABLE_HEADER = 'tagger  |  pred | strict P     R    F1 | relaxed P    R    F1 | value P     R    F1 | type acc |    ms';

/** One table row of figures for a tagger. */
export function tableRow(name, counts, ms) {
  const m = metrics(counts);
  const three = (x) => `${pct(x.p)} ${pct(x.r)} ${pct(x.f1)}`;
  return `${name.padEnd(7)} | ${String(m.pred).padStart(5)} |  ${three(m.strict)} |  ${three(m.relaxed)} | ${three(m.value)} |    ${pct(m.typeAccuracy)} | ${String(Math.round(ms)).padStart(5)}`;
}

const quote = (s) => JSON.stringify(s);
const show = (t) => (t ? `${quote(t.text)} ${t.type} ${t.value}${t.derivation?.rule ? ` (${t.derivation.rule})` : ''}` : 'nothing');
const goldShow = (g) => `${quote(g.text)} ${g.type || '?'} ${(g.values && g.values.length ? g.values : [g.value]).join('|')}`;

/** A few characters of context around [start, end) with the span in brackets, on one line. */
export function context(text, start, end, width = 40) {
  const lo = Math.max(0, start - width);
  const hi = Math.min(text.length, end + width);
  return `${text.slice(lo, start)}[${text.slice(start, end)}]${text.slice(end, hi)}`.replace(/\s+/g, ' ');
}

const KINDS = [
  ['missed', 'missed gold timexes, by gold type and value shape', (e) => `${e.gold.type || '?'} ${valueShape(e.gold.value)}`,
    (e, doc) => `${doc.name}: ${goldShow(e.gold)} | ${context(doc.text, e.gold.start, e.gold.end)}`],
  ['spurious', 'false positives, by rule', (e) => `${e.pred.derivation?.rule ?? e.pred.type}`,
    (e, doc) => `${doc.name}: ${show(e.pred)} | ${context(doc.text, e.pred.start, e.pred.end)}`],
  ['value', 'wrong values, by rule and gold value shape', (e) => `${e.pred.derivation?.rule ?? '?'} -> want ${valueShape(e.gold.value)}`,
    (e, doc) => `${doc.name}: gold ${goldShow(e.gold)} got ${show(e.pred)} | ${context(doc.text, e.gold.start, e.gold.end)}`],
  ['extent', 'wrong extents (relaxed but not strict match), by rule', (e) => `${e.pred.derivation?.rule ?? '?'}`,
    (e, doc) => `${doc.name}: gold ${quote(e.gold.text)} got ${quote(e.pred.text)} | ${context(doc.text, e.gold.start, e.gold.end)}`],
  ['type', 'wrong types, by gold type and predicted type', (e) => `${e.gold.type} <- ${e.pred.type}`,
    (e, doc) => `${doc.name}: gold ${goldShow(e.gold)} got ${show(e.pred)}`],
];

/**
 * Error listing for one tagger over a corpus. `perDoc` is [{ doc, errors }]; at most `maxPerGroup`
 * examples are printed per group.
 */
export function errorListing(perDoc, maxPerGroup = 15) {
  const lines = [];
  for (const [kind, title, keyOf, line] of KINDS) {
    const all = perDoc.flatMap(({ doc, errors }) => errors[kind].map((e) => ({ ...e, doc })));
    lines.push(`  ${title}: ${all.length}`);
    for (const [key, items] of groupErrors(all, keyOf)) {
      lines.push(`    ${key}  (${items.length})`);
      for (const e of items.slice(0, maxPerGroup)) lines.push(`      ${line(e, e.doc)}`);
      if (items.length > maxPerGroup) lines.push(`      ... ${items.length - maxPerGroup} more`);
    }
  }
  return lines;
}
