// Events on constructions the blind articles of round 25 showed (newgold87); examples of our own.
import { describe, expect, it } from 'vitest';
import { extractTimeline } from '../../../src/events/index.js';

const titles = (text: string, documentDate?: string): string[] =>
  extractTimeline(text, documentDate ? { documentDate } : {}).events.map((e) => `${e.start}${e.end ? ` ${e.end}` : ''} ${e.title}`);

describe('life dates in brackets after a note set off by a semicolon', () => {
  it('are the life dates, beside another date of the opening sentence', () => {
    expect(titles('Joan Pell (née Hart; 2 June 1930 – 8 March 2011) was a Welsh poet who taught at Bangor from 1961 to 1990. Pell was born in Rhyl.'))
      .toEqual(['1930-06-02 2011-03-08 Joan Pell was a Welsh poet', '1930-06-02 Pell was born in Rhyl', '1961 1990 A Welsh poet taught at Bangor']);
  });
  it('leave an aside with words of its own alone', () => {
    expect(titles('Joan Pell, a teacher in Rhyl until 1960, was a Welsh poet who taught at Bangor from 1961 to 1990.'))
      .toEqual(['1961 1990 A Welsh poet taught at Bangor']);
  });
});

describe('leaving a post with `down from`', () => {
  it('dates the happening, no comparison\'s baseline', () => {
    expect(titles('After stepping down from the board in 2015 he ran a vineyard.')).toEqual(['2015 He ran a vineyard']);
    expect(titles('Profit was $5 million, down from $7 million in 2020.', '2022-01-07')).toEqual([]);
  });
});
