// Issue 10's twelfth blind set: titles and clauses; each rule shown on examples of its own.
import { describe, expect, it } from 'vitest';
import { extractTimeline } from '../../../src/events/index.js';
import { clausesOf } from '../../../src/text/clauses.js';

const events = (text: string, documentDate = '2026-05-01'): string[] =>
  extractTimeline(text, { documentDate }).events.map((e) => `${e.start}${e.end ? `..${e.end}` : ''} ${e.title}`);
const kinds = (text: string): string[] => clausesOf(text, { start: 0, end: text.length }).map((c) => `${c.kind}:${c.verb?.head ?? ''}`);

describe('a letter\'s salutation opening a sentence (`Sir, your report ...`)', () => {
  it('is no part of the title', () => {
    expect(events('Sir, your report on Monday about the harbour wall was unfair.', '2026-05-08'))
      .toEqual(['2026-05-04 Your report about the harbour wall was unfair']);
    expect(events('Madam, the footpath has been blocked since March.', '2026-05-08').map((e) => e.slice(e.indexOf(' ') + 1)))
      .toEqual(['The footpath has been blocked']);
  });
});

describe('a third-person present before an adverb and its complement (`meets again on`)', () => {
  it('is the clause\'s verb, so a clause joined after it is a clause of its own', () => {
    expect(kinds('The planning board meets again on Tuesday, and residents plan to attend.')).toEqual(['main:meets', 'coordinated:plan']);
    expect(events('The planning board meets again on 12 May, and I expect a long night.', '2026-05-08'))
      .toEqual(['2026-05-12 The planning board meets again']);
  });
  it('but a time noun before `later` stays a noun (`Two days later a brigade ...`)', () => {
    expect(kinds('Two days later a relief column reached the fort.')).toEqual(['main:reached']);
  });
});

describe('`that` before a unit of time after a reporting verb (`wrote to her on 2 May that year`)', () => {
  it('is a demonstrative, not the start of what was said', () => {
    expect(kinds('She wrote to the minister in 1998 and again on 2 May that year, asking for help.')[1]).not.toMatch(/^reported/);
    expect(events('The club was founded in 1921. Its secretary wrote to the council on 4 March that year, and again in June 1922.', '2026-05-08'))
      .toEqual(['1921 The club was founded', '1921-03-04 Its secretary wrote to the council (1 of 2)', '1922-06 Its secretary wrote to the council (2 of 2)']);
  });
  it('while `that next year`, `that the` still open a reported clause', () => {
    expect(kinds('The organisers confirmed on Sunday that next year\'s race will start in York.')).toEqual(['main:confirmed', 'reported:start']);
  });
});

describe('a participle after the subject, dated past the place it names (`A parcel posted in Hull in May 2019 was delivered ...`)', () => {
  it('tells its own happening at that date, and the clause\'s verb keeps its own date', () => {
    expect(events('A parcel posted in Hull in May 2019 was delivered to the office on Monday.', '2026-05-08'))
      .toEqual(['2019-05 A parcel posted in Hull', '2026-05-04 A parcel was delivered to the office']);
    expect(events('A van stolen from Carlisle on Thursday was found in a car park on Sunday.', '2026-05-11'))
      .toEqual(['2026-05-07 A van stolen from Carlisle', '2026-05-10 A van was found in a car park']);
  });
  it('but not past a phrase that is no place name (`launched in the river in 1890`)', () => {
    expect(events('The ship launched in the river in 1890 sank in 1901.', '2026-05-08')).toHaveLength(2);
  });
});

describe('a plural present with a particle before its complement (`Ballots go out to members ...`)', () => {
  it('is the clause\'s verb, so a verb coordinated after it with its own date is titled apart', () => {
    expect(kinds('Entry forms go out to schools in March and must be returned by 1 May.')).toEqual(['main:go', 'coordinated:returned']);
    expect(events('Entry forms go out to schools in March and must be returned by 1 May.', '2026-01-10'))
      .toEqual(['2026-03 Entry forms go out to schools', '2026-05-01 Entry forms must be returned']);
  });
});
