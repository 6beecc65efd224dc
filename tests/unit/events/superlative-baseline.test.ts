import { describe, expect, it } from 'vitest';
import { extractTimeline } from '../../../src/events/index.js';
import { isSuperlativeBaseline } from '../../../src/events/extract.js';

describe('the baseline of a superlative is no happening', () => {
  it('recognizes `the strongest since`, `its highest level since`, `for the first time since`', () => {
    expect(isSuperlativeBaseline('The storm, the strongest since ')).toBe(true);
    expect(isSuperlativeBaseline('Inflation hit its highest level since ')).toBe(true);
    expect(isSuperlativeBaseline('rates fell for the first time since ')).toBe(true);
  });
  it('keeps plain `since` dates and words that merely end in -est', () => {
    expect(isSuperlativeBaseline('The protests since ')).toBe(false);
    expect(isSuperlativeBaseline('She has lived in Paris since ')).toBe(false);
    expect(isSuperlativeBaseline('the strongest in ')).toBe(false);
  });
  it('makes no event of the baseline year but keeps the sentence’s own date', () => {
    const text = 'Published: 12 March 2024\n\nThe storm, the strongest since 2007, brought gusts of up to 140 km/h on Monday night.\nInflation hit its highest level since 1990, the office said.';
    const starts = extractTimeline(text).events.map((e) => e.start);
    expect(starts).toEqual(['2024-03-11TNI']);
  });
});
