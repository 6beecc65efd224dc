// A reduced relative after a clause's object (`ships built between 1990 and 1995`) holds its own dated happening.
import { describe, expect, it } from 'vitest';
import { extractTimeline } from '../../../src/events/index.js';
import { isSuperlativeBaseline } from '../../../src/events/superlatives.js';

const events = (text: string): string[] => extractTimeline(text, { documentDate: '2025-11-20' }).events.map((e) => `${e.start}${e.end ? `..${e.end}` : ''} ${e.title}`).sort();

describe('a dated reduced relative after the object', () => {
  it('is the participle’s happening, not the main verb’s', () => {
    expect(events('The navy will scrap 30 frigates launched between 1988 and 1994.')).toEqual(['1988..1994 30 frigates launched']);
    expect(events('Divers on Tuesday recovered the first of six statues lost since 1907 off the coast of Crete.'))
      .toEqual(['1907 The first of six statues lost off the coast of Crete', '2025-11-18 Divers recovered the first of six statues']);
  });
  it('ends before another date of the clause', () => {
    expect(events('The minister visited the hospital opened in 2012 on Monday.'))
      .toEqual(['2012 The hospital opened', '2025-11-17 The minister visited the hospital']);
  });
  it('is no relative after an adverb in a verb group or a particle', () => {
    expect(events('The tower was last restored in 1988.')).toEqual(['1988 The tower was last restored']);
    expect(events('The prize was set up with a gift of 2 million francs donated in 1931.').map((e) => e.split(' ')[0])).toEqual(['1931']);
    expect(events('The prize was set up with a gift of 2 million francs donated in 1931.')[0]).toMatch(/prize/i);
  });
});

describe('an ordinal that picks one of a group', () => {
  it('is no superlative whose `since` is a baseline', () => {
    expect(isSuperlativeBaseline('Divers recovered the first of six statues lost since ')).toBe(false);
    expect(isSuperlativeBaseline('It was the first since ')).toBe(true);
  });
});

describe('a dated reduced relative after a coordinator', () => {
  it('takes the noun phrase right before the participle as its subject', () => {
    expect(events('We set off on Tuesday with two tents and a map printed in 1998.'))
      .toEqual(['1998 A map printed', '2025-11-18 We set off with two tents and a map']);
  });
  it('leaves what follows a verb of saying to the reported clause', () => {
    expect(events('The firm said its loss for the third quarter narrowed from a year earlier.').some((e) => /^\S+ The third quarter narrowed/.test(e))).toBe(false);
  });
});
