// Titles and happenings from the newgold41 blind set (a cold-case feature, a consultation notice, a press briefing,
// a family history, a match commentary): a participle coordinated with a passive, a date set against the one told,
// a `when` clause without its comma, an object `her` at a title's end.
import { describe, expect, it } from 'vitest';
import { extractTimeline } from '../../../src/events/index.js';

const events = (text: string): string[] => extractTimeline(text, { documentDate: '2026-10-25' }).events.map((e) => `${e.start} ${e.title}`);

describe('a bare participle coordinated with a passive', () => {
  it('shares its auxiliaries', () => {
    expect(events('The driver was questioned on 3 May and released the following week.'))
      .toEqual(['2026-05-03 The driver was questioned', '2026-W19 The driver was released']);
    expect(events('The old pier will be closed in March and demolished in 2027.'))
      .toEqual(['2027 The old pier will be demolished', '2027-03 The old pier will be closed']);
  });
  it('leaves a verb that takes no object, a past that is no participle and a verb with its object alone', () => {
    expect(events('The poet was arrested in 1968 and died in 1971.')).toEqual(['1968 The poet was arrested', '1971 The poet died']);
    expect(events('She was born in 1950 and grew up in Hull in the 1960s.')).toEqual(['1950 She was born', '196 She grew up in Hull']);
    expect(events('He was elected in 1990 and served two terms until 1998.')).toEqual(['1990 He was elected', '1998 He served two terms']);
  });
});

describe('a date set against the one told', () => {
  it('dates nothing and leaves the title with its words', () => {
    expect(events('The lorry left the depot after 4am, not at midnight, with its lights off.'))
      .toEqual(['2026-10-25T04:00 The lorry left the depot with its lights off']);
    expect(events('The final will be played on Saturday rather than on Friday.')).toEqual(['2026-10-31 The final will be played']);
  });
});

describe('a `when` clause without its comma', () => {
  it('ends where a subject pronoun and its verb start', () => {
    expect(events('The shop shut in 2011, and when inspectors visited the site in May 2012 they found it empty.'))
      .toEqual(['2011 The shop shut', '2012-05 Inspectors visited the site']);
  });
  it('keeps a saying whole', () => {
    expect(events('When the coach said they would win on Friday nobody laughed.')).toHaveLength(1);
  });
});

describe('`her` after a past verb at a title end', () => {
  it('is the object, not a determiner left without its noun', () => {
    expect(events('Police interviewed her on 12 March.')).toEqual(['2026-03-12 Police interviewed her']);
  });
});
