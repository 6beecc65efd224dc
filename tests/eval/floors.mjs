// Regression floors for the tagger on the repo's annotated seeds: per-file figures from the scorer,
// floors recorded a margin below them (tests/eval/floors.json), and the check the unit test runs.
import { scoreDocument, metrics } from './score.mjs';

const round1 = (x) => Math.round(x * 10) / 10;

/** Figures of one document, in percent: share of gold with the right value / an overlapping span, and value F1. */
export function figuresOf(gold, predicted) {
  const { counts } = scoreDocument(gold, predicted);
  const m = metrics(counts);
  const share = (k) => (counts.gold ? (100 * counts[k]) / counts.gold : 100);
  return { value: round1(share('valueGold')), relaxed: round1(share('relaxedGold')), valueF1: round1(100 * m.value.f1) };
}

/** Floors `margin` points under the measured figures (never below 0). */
export function floorsFrom(figuresByFile, margin = 1) {
  const files = {};
  for (const [name, f] of Object.entries(figuresByFile)) {
    files[name] = Object.fromEntries(Object.entries(f).map(([k, v]) => [k, Math.max(0, round1(v - margin))]));
  }
  return files;
}

/** Messages for every figure under its floor, and for floors of files that are gone. */
export function floorViolations(figuresByFile, floorsByFile) {
  const out = [];
  for (const [name, floor] of Object.entries(floorsByFile)) {
    const f = figuresByFile[name];
    if (!f) { out.push(`${name}: a floor is recorded but the file is not scored (renamed? re-record the floors)`); continue; }
    for (const [k, min] of Object.entries(floor)) {
      if (!(f[k] >= min)) out.push(`${name}: ${k} ${f[k]} is under its floor ${min}`);
    }
  }
  return out;
}
