/// <reference types="node" />
// Every gold timex of the seed articles against tagTimexes (document date taken from the text).
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/parse/index.js';

interface GoldTimex { text: string; occurrence?: number; alt?: string[]; values: string[] }
interface Gold { timex: GoldTimex[]; negatives?: string[]; referenceDate?: string; documentDate?: string }

const dir = fileURLToPath(new URL('../../../seeds/', import.meta.url));
/** Share of gold values that must come out right, per seed (last recorded: all of them); new seeds 0.9. */
const FLOORS: Record<string, number> = {
  'kazakhstan-csto-global-times-2022-01-07': 1,
  'business-nordwind-q3-results-2024-10-24': 1,
  'history-carthage-punic-wars': 1,
  'liveblog-storm-edda-2025-02-14': 1,
  'wire-geneva-water-talks-2023-03-03': 1,
};
const NEW_SEED_FLOOR = 0.9;

function goldSpans(text: string, g: GoldTimex): [number, number][] {
  let at = -1;
  for (let k = 0; k < (g.occurrence ?? 1); k++) at = text.indexOf(g.text, at + 1);
  const spans: [number, number][] = [[at, at + g.text.length]];
  for (const alt of g.alt ?? []) {
    const lo = Math.max(0, at - alt.length);
    const j = text.slice(lo, at + g.text.length + alt.length).indexOf(alt);
    if (j >= 0) spans.push([lo + j, lo + j + alt.length]);
  }
  return spans;
}

for (const file of readdirSync(dir).filter((f) => f.endsWith('.gold.json'))) {
  const name = file.replace(/\.gold\.json$/, '');
  const gold = JSON.parse(readFileSync(dir + file, 'utf8')) as Gold;
  const text = readFileSync(`${dir}${name}.txt`, 'utf8');
  const timexes = tagTimexes(text, gold.referenceDate ? { referenceDate: gold.referenceDate } : {});

  describe(`seed ${name}`, () => {
    it('finds the gold timexes with their values', () => {
      const missed: string[] = [];
      for (const g of gold.timex) {
        const spans = goldSpans(text, g);
        expect(spans[0]![0], `gold text ${g.text}`).toBeGreaterThanOrEqual(0);
        const hits = timexes.filter((t) => spans.some(([s, e]) => t.start < e && s < t.end));
        if (!hits.some((t) => g.values.includes(t.value))) missed.push(`${g.text} want ${g.values.join('|')} got ${hits.map((t) => `${t.text}=${t.value}`).join(',') || 'nothing'}`);
      }
      const rate = 1 - missed.length / gold.timex.length;
      const floor = FLOORS[name] ?? NEW_SEED_FLOOR;
      if (floor === 1) expect(missed).toEqual([]);
      else expect(rate, missed.join('; ')).toBeGreaterThanOrEqual(floor);
    });

    it('tags nothing inside the negatives', () => {
      for (const n of gold.negatives ?? []) {
        for (let i = text.indexOf(n); i >= 0; i = text.indexOf(n, i + 1)) {
          const inside = timexes.filter((t) => t.start >= i && t.end <= i + n.length).map((t) => t.text);
          expect(inside, `inside ${n}`).toEqual([]);
        }
      }
    });

    if (gold.documentDate) {
      it('finds the document date in the text', () => {
        expect(timexes.find((t) => t.documentDate)?.value.slice(0, gold.documentDate!.length)).toBe(gold.documentDate);
      });
    }
  });
}
