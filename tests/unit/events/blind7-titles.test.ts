// Titles and happenings from the events-layer faults of issue 10's blind articles (a Wikipedia politician, a wire
// story, a police blotter, parish minutes, a CV, a gardening column, annals), each rule shown on examples of its own.
import { describe, expect, it } from 'vitest';
import { extractTimeline } from '../../../src/events/index.js';

const events = (text: string, documentDate: string | undefined = '2026-03-07'): string[] =>
  extractTimeline(text, documentDate === undefined ? {} : { documentDate }).events.map((e) => `${e.start}${e.end ? `..${e.end}` : ''} ${e.title}`);

describe('a birth date in brackets with `born` after the name that opens a biography', () => {
  it('is the person\'s birth, beside the other dates of the sentence', () => {
    expect(events('Oskar Lind (born 2 May 1960) is a Swedish chemist who led the Uppsala laboratory from 1995 to 2010.', undefined))
      .toEqual(['1960-05-02 Oskar Lind was born', '1995..2010 A Swedish chemist led the Uppsala laboratory']);
  });
  it('is the birth, not the state the sentence tells, when it is its only date', () => {
    expect(events('Marta de la Cruz (b. 1972) is a Chilean novelist.', undefined)).toEqual(['1972 Marta de la Cruz was born']);
  });
});
