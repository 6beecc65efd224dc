// TempEval-3 timex scoring: strict and relaxed span P/R/F1, value P/R/F1 and type accuracy.
// As in the TempEval-3 scorer, precision counts predicted timexes that match some gold timex and
// recall counts gold timexes matched by some predicted one (no one-to-one alignment), so a gold
// `Friday morning` tagged as `Friday` + `morning` gives two relaxed true positives in precision.
//
// Gold timex: { start, end, type, value, spans?: [[s, e], ...], values?: [...] } — `spans` are
// acceptable extents (the first is the main one), `values` acceptable values.
// Predicted timex: { start, end, type, value, text?, derivation?: { rule } }.

export const spansOf = (g) => g.spans ?? [[g.start, g.end]];
export const valuesOf = (g) => (g.values && g.values.length ? g.values : [g.value]);
const overlaps = (s, p) => s[0] < p.end && p.start < s[1];
export const isStrict = (g, p) => spansOf(g).some((s) => s[0] === p.start && s[1] === p.end);
export const isRelaxed = (g, p) => spansOf(g).some((s) => overlaps(s, p));
export const valueOk = (g, p) => valuesOf(g).includes(p.value);

export function emptyCounts() {
  return { gold: 0, pred: 0, strictGold: 0, strictPred: 0, relaxedGold: 0, relaxedPred: 0, valueGold: 0, valuePred: 0, typed: 0, typeOk: 0 };
}

export function addCounts(a, b) {
  const out = { ...a };
  for (const k of Object.keys(b)) out[k] = (out[k] ?? 0) + b[k];
  return out;
}

/** The predicted timex that best stands for gold g among overlapping ones: exact extent, then right value. */
function bestMatch(g, hits) {
  return hits.find((p) => isStrict(g, p) && valueOk(g, p)) ?? hits.find((p) => isStrict(g, p))
    ?? hits.find((p) => valueOk(g, p)) ?? hits[0];
}

/**
 * Scores one document. Returns counts (sum them with addCounts, turn into figures with metrics)
 * and the errors, for listing: missed gold, spurious predictions, wrong extents, values and types.
 */
export function scoreDocument(gold, predicted) {
  const c = emptyCounts();
  c.gold = gold.length;
  c.pred = predicted.length;
  const errors = { missed: [], spurious: [], extent: [], value: [], type: [] };
  for (const g of gold) {
    const hits = predicted.filter((p) => isRelaxed(g, p));
    if (!hits.length) { errors.missed.push({ gold: g }); continue; }
    c.relaxedGold++;
    const best = bestMatch(g, hits);
    if (hits.some((p) => isStrict(g, p))) c.strictGold++;
    else errors.extent.push({ gold: g, pred: best });
    if (hits.some((p) => valueOk(g, p))) c.valueGold++;
    else errors.value.push({ gold: g, pred: best });
    if (g.type) {
      c.typed++;
      if (best.type === g.type) c.typeOk++;
      else errors.type.push({ gold: g, pred: best });
    }
  }
  for (const p of predicted) {
    const hits = gold.filter((g) => isRelaxed(g, p));
    if (!hits.length) { errors.spurious.push({ pred: p }); continue; }
    c.relaxedPred++;
    if (hits.some((g) => isStrict(g, p))) c.strictPred++;
    if (hits.some((g) => valueOk(g, p))) c.valuePred++;
  }
  return { counts: c, errors };
}

function prf(tpPred, pred, tpGold, gold) {
  const p = pred ? tpPred / pred : 0;
  const r = gold ? tpGold / gold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** Figures from counts, each in [0, 1]. */
export function metrics(c) {
  return {
    strict: prf(c.strictPred, c.pred, c.strictGold, c.gold),
    relaxed: prf(c.relaxedPred, c.pred, c.relaxedGold, c.gold),
    value: prf(c.valuePred, c.pred, c.valueGold, c.gold),
    typeAccuracy: c.typed ? c.typeOk / c.typed : 0,
    gold: c.gold,
    pred: c.pred,
  };
}

/** Shape of a TimeML value with digits masked, to group errors: `1998-01-08` -> `9999-99-99`. */
export function valueShape(value) {
  return String(value ?? '').replace(/\d/g, '9');
}

/** Groups a list of errors by a key function; returns [key, items] sorted by size, largest first. */
export function groupErrors(items, keyOf) {
  const groups = new Map();
  for (const it of items) {
    const k = keyOf(it);
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k).push(it);
  }
  return [...groups.entries()].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1));
}

/**
 * Negative strings (gold JSON `negatives`) that a prediction lies entirely inside, as score-gold.mjs
 * counts them: each negative counts once, at its first hit occurrence.
 */
export function negativesHit(text, negatives, predicted) {
  const hit = [];
  for (const n of negatives ?? []) {
    if (!n) continue;
    for (let i = text.indexOf(n); i >= 0; i = text.indexOf(n, i + 1)) {
      const p = predicted.find((t) => t.start >= i && t.end <= i + n.length);
      if (p) { hit.push({ negative: n, pred: p }); break; }
    }
  }
  return hit;
}
