// Events-layer faults of issue 10's eleventh blind set, seen in event titles; each rule shown on examples of its own.
import { describe, expect, it } from 'vitest';
import { extractTimeline } from '../../../src/events/index.js';

const events = (text: string, documentDate = '2026-05-01'): string[] =>
  extractTimeline(text, { documentDate }).events.map((e) => `${e.start}${e.end ? `..${e.end}` : ''} ${e.title}`);

describe('a verb told once for two objects, each with its own date (gapping)', () => {
  it('titles each date by its own object, the second built as the first', () => {
    expect(events('In 1990 he moved to Leeds in March and to York in June.', '2026-05-01')).toEqual(['1990-03 He moved to Leeds', '1990-06 He moved to York']);
    expect(events('The club appointed him youth coach in 2004 and first-team coach six years later.'))
      .toEqual(['2004 The club appointed him youth coach', '2010 The club appointed him first-team coach']);
  });
  it('also when the second date stands between `and,` and the second object', () => {
    expect(events('The team won the county cup on 3 May 2025 and, nine days later, the regional shield.'))
      .toEqual(['2025-05-03 The team won the county cup', '2025-05-12 The team won the regional shield']);
  });
  it('leaves alone a second verb, a repeated happening and a subject told after `and`', () => {
    expect(events('The agency will launch the probe in 2027 and reach Jupiter in 2030.')).toEqual(['2027 The agency will launch the probe', '2030 The agency will reach Jupiter']);
    expect(events('She won the county title in 2001 and again in 2003.').map((e) => e.replace(/ \(\d of 2\)$/, ''))).toEqual(['2001 She won the county title', '2003 She won the county title']);
  });
});
describe('a title fitted to 70 characters', () => {
  it('is not cut at an `and` inside a name that goes on after it', () => {
    expect(events('In 1962 he became the youngest man to chair the Fishing and Coastal Boatmen\'s Federation.')).toEqual(['1962 He became the youngest man']);
  });
});
describe('a coordinated verb after a passive (`was told of it at 9:10 and closed all lanes`)', () => {
  it('is active when a quantifier opens its object', () => {
    expect(events('The controller was warned of the fire at 09:10 on 2 March and closed all lanes at 09:14.'))
      .toEqual(['2026-03-02T09:10 The controller was warned of the fire', '2026-03-02T09:14 The controller closed all lanes']);
  });
});
describe('a clause that only says when an occasion came, before a `when` clause', () => {
  it('gives way to the `when` clause, which tells the happening', () => {
    expect(events('The breakthrough came in 1998, when the team found the missing gene.')).toEqual(['1998 The team found the missing gene']);
    expect(events('The worst night of the flood came on 9 January, when the river broke its banks at Selby.', '2026-02-01'))
      .toEqual(['2026-01-09 The river broke its banks at Selby']);
  });
  it('keeps a clause with a happening of its own', () => {
    expect(events('Sales peaked in 1998, when the firm opened its tenth shop.')).toEqual(['1998 Sales peaked', '1998 The firm opened its tenth shop']);
  });
});
describe('a dated period that opens its sentence as the subject (`The 2024 season was`)', () => {
  it('stays in the title', () => {
    expect(events('The 2018 campaign was his best.')).toEqual(['2018 The 2018 campaign was his best']);
    expect(events('The 2021 financial year ended with a loss.')).toEqual(['2021 The 2021 financial year ended with a loss']);
  });
  it('but goes as an adverbial after a preposition', () => {
    expect(events('The club won the league in the 2011 season.')).toEqual(['2011 The club won the league']);
  });
});

describe('a `since` clause opened by an -ing form before a present perfect (`Since opening in 2012, the hall has ...`)', () => {
  it('titles the date by what the -ing form tells, with the main clause\'s subject', () => {
    expect(events('Since opening in 2012 with two screens, the cinema has sold a million tickets.')).toEqual(['2012 The cinema opened with two screens']);
    expect(events('Since moving to Hull in 2015, she has written four plays.')).toEqual(['2015 She moved to Hull']);
  });
  it('but a `since` date without one is as before', () => {
    expect(events('Since 2015 she has written four plays.')).toEqual(['2015 She has written four plays']);
  });
});

describe('`back` before an -ing form (`was back training by March`)', () => {
  it('keeps the -ing form that completes it', () => {
    expect(events('He was back training by the end of March.', '2026-05-01')).toEqual(['2026-03 He was back training']);
  });
});

describe('the date after the second `as` of an equality comparison (`twice as many as in 2019`)', () => {
  it('is the time compared with, and dates no happening', () => {
    expect(events('The ferry carried twice as many passengers on 3 May as in 2019.', '2026-05-20'))
      .toEqual(['2026-05-03 The ferry carried twice as many passengers']);
    expect(events('In 2025 the choir sang at 30 weddings, three times as many as in its first season, 2018.', '2026-05-20'))
      .toEqual(['2025 The choir sang at 30 weddings']);
  });
});

describe('a recency adverb left by a cut date (`twice, most recently [on 4 October]`)', () => {
  it('goes with its date', () => {
    expect(events('The lift broke down four times in 2024, most recently on 9 November.', '2026-05-20')).toEqual(['2024-11-09 The lift broke down four times']);
  });
});
