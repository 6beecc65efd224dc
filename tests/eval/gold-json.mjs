// Reads the project's gold format (NAME.txt + NAME.gold.json, see seeds/*.gold.json "about"):
// each gold timex is found by its text and occurrence; `alt` gives acceptable other extents and
// `values` the acceptable values. Offsets are found exactly as /work/shared/eval/score-gold.mjs does.

/** Index of the `occurrence`-th (1-based) `needle` in `text`, or -1. */
export function findOffset(text, needle, occurrence = 1) {
  let i = -1;
  for (let k = 0; k < occurrence; k++) {
    i = text.indexOf(needle, i + 1);
    if (i < 0) return -1;
  }
  return i;
}

/** Spans [start, end) of a gold timex: its own extent first, then alternative extents found around it. */
export function goldSpans(text, g) {
  const start = findOffset(text, g.text, g.occurrence ?? 1);
  if (start < 0) throw new Error(`gold text not found: ${JSON.stringify(g.text)} (occurrence ${g.occurrence ?? 1})`);
  const spans = [[start, start + g.text.length]];
  for (const alt of g.alt ?? []) {
    const lo = Math.max(0, start - alt.length);
    const hi = start + g.text.length + alt.length;
    const j = text.slice(lo, hi).indexOf(alt);
    if (j >= 0) spans.push([lo + j, lo + j + alt.length]);
  }
  return spans;
}

/**
 * Turns a gold JSON object and its text into the scorer's document shape.
 * `documentDate` is what the gold says the publication date is (for peers that cannot find it in
 * the text); `referenceDate` is the only date the gold allows a tagger to be given.
 */
export function readGoldJson(text, gold, name = '') {
  const timexes = (gold.timex ?? []).map((g, k) => {
    const spans = goldSpans(text, g);
    const t = {
      id: `g${k + 1}`, start: spans[0][0], end: spans[0][1], text: g.text, spans,
      type: g.type ?? '', value: g.values?.[0] ?? '', values: g.values ?? [],
    };
    return t;
  });
  return {
    name, source: 'gold-json', text, gold: timexes,
    documentDate: gold.documentDate ?? gold.referenceDate ?? null,
    referenceDate: gold.referenceDate ?? null,
    negatives: gold.negatives ?? [],
  };
}
