// A day or feast named between `the` and a noun (`the Sunday run`, `the Easter holidays`) says which thing it is: it
// stays in the title, and it yields to another date of the sentence; a particle before a date's preposition stays.
import { describe, expect, it } from 'vitest';
import { extractTimeline } from '../../../src/events/index.js';

const events = (text: string): string[] => extractTimeline(text, { documentDate: '2026-05-14' }).events.map((e) => `${e.start} ${e.title}`).sort();

describe('a named day before a noun', () => {
  it('stays in the title of the happening it dates', () => {
    expect(events('The pump failed twice during the Sunday service, and the choir sang without it.'))
      .toEqual(['2026-05-10 The pump failed twice during the Sunday service']);
  });
  it('yields to the date of its clause', () => {
    expect(events('The Christmas lights went up on 20 November.')).toEqual(['2025-11-20 The Christmas lights went up']);
    expect(events('The Easter fair opens on 28 March; the park reopens on 6 April.'))
      .toEqual(['2027-03-28 The Easter fair opens', '2027-04-06 The park reopens']);
  });
  it('keeps a time of day that follows it', () => {
    expect(events('On the Sunday morning the ferry sank.')[0]).toMatch(/^2026-05-10\S* The ferry sank$/);
  });
});

describe('a particle before the preposition of a date', () => {
  it('stays with its verb', () => {
    expect(events('The city turned them on on 2 May.')).toEqual(['2026-05-02 The city turned them on']);
    expect(events('The council switched it on on 24 April.')).toEqual(['2026-04-24 The council switched it on']);
    expect(events('The club handed them in on Monday.')).toEqual(['2026-05-11 The club handed them in']);
  });
});
