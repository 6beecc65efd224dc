/// <reference types="node" />
// Every recognition row carries its own examples and negatives; this runs them all.
import { describe, expect, it } from 'vitest';
import { RULE_ROWS, tagTimexes } from '../../../src/parse/index.js';

const DOC = '2022-01-07'; // a Friday

describe('rule rows: examples', () => {
  for (const row of RULE_ROWS) {
    for (const [input, text, value] of row.examples ?? []) {
      it(`${row.id}: "${input}" -> ${text} = ${value}`, () => {
        const found = tagTimexes(input, { documentDate: DOC });
        expect(found.map((t) => `${t.text} = ${t.value}`)).toContain(`${text} = ${value}`);
        // ... and it comes from this row (alone or joined with another), not from a row that shadows it.
        const own = found.find((t) => t.text === text && t.value === value)!;
        expect(own.derivation.rule.split('+')).toContain(row.id);
      });
    }
  }
});

describe('rule rows: negatives', () => {
  for (const row of RULE_ROWS) {
    for (const input of row.negatives ?? []) {
      it(`${row.id}: nothing tagged in "${input}"`, () => {
        const found = tagTimexes(input, { documentDate: DOC });
        if (row.suppress) expect(found.map((t) => t.text)).toEqual([]);
        else expect(found.filter((t) => t.derivation.rule.split('+').includes(row.id)).map((t) => t.text)).toEqual([]);
      });
    }
  }
});

describe('rule rows: index', () => {
  it('every row holds a trigger word or a number, so the trigger gate never hides it', async () => {
    const { untriggeredRows } = await import('../../../src/parse/recognize.js');
    expect(untriggeredRows()).toEqual([]);
  });
  it("a row's triggers are words its own pattern reads", async () => {
    const { compilePattern } = await import('../../../src/parse/pattern.js');
    const stray = RULE_ROWS.flatMap((row) => {
      const words = new Set(compilePattern(row.pattern).words);
      return (row.triggers ?? []).filter((w) => !words.has(w)).map((w) => `${row.id}: ${w}`);
    });
    expect(stray).toEqual([]);
  });
});
