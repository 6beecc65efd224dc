// `the <superlative> for N years`: the span a comparison reaches back over is no length of the happening.
import { describe, expect, it } from 'vitest';
import { extractTimeline } from '../../../src/events/index.js';
import { isSuperlativeSpan } from '../../../src/events/superlatives.js';

const ranges = (text: string, documentDate = '2025-03-10'): string[] =>
  extractTimeline(text, { documentDate }).events.map((e) => `${e.start}..${e.end ?? ''}`);

describe('isSuperlativeSpan', () => {
  it('recognizes `for` after a superlative or an ordinal of the same clause', () => {
    expect(isSuperlativeSpan('Last winter was the wettest for ')).toBe(true);
    expect(isSuperlativeSpan('Sterling hit its weakest level against the euro for ')).toBe(true);
    expect(isSuperlativeSpan('The club won the cup for the first time for ')).toBe(true);
  });
  it('leaves a plain `for` and a rank held over time alone', () => {
    expect(isSuperlativeSpan('The bridge was closed for ')).toBe(false);
    expect(isSuperlativeSpan('It remained the busiest port in Europe for ')).toBe(false);
    expect(isSuperlativeSpan('She was the first woman to lead the union for ')).toBe(false);
    expect(isSuperlativeSpan('The fastest, he said, trained for ')).toBe(false);
  });
});

describe('a superlative’s comparison span makes no range', () => {
  it('dates the happening at its own date alone', () => {
    expect(ranges('Last February was the sunniest for 20 years.')).toEqual(['2025-02..']);
    expect(ranges('On Tuesday the index closed at its highest level for a decade.')).toEqual(['2025-03-04..']);
  });
  it('still reads a plain `for` as how long the happening lasted', () => {
    expect(ranges('On Tuesday the museum closed for two weeks.')).toEqual(['2025-03-04..2025-03-18']);
  });
});
