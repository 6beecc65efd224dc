// Events-layer faults of issue 10's ninth blind set, each rule shown on examples of its own.
import { describe, expect, it } from 'vitest';
import { extractTimeline } from '../../../src/events/index.js';

const events = (text: string, documentDate = '2026-05-01'): string[] =>
  extractTimeline(text, { documentDate }).events.map((e) => `${e.start}${e.end ? `..${e.end}` : ''} ${e.title}`);

describe('a change measured from a period (`up 8 percent from the period a year earlier`)', () => {
  it('is the baseline of a comparison: one happening, at its own date', () => {
    expect(events('The mill made 900 tonnes in the second quarter, up 8 percent from the period a year earlier.'))
      .toEqual(['2026-Q2 The mill made 900 tonnes, up 8 percent']);
  });
});

describe('infinitives of one verb coordinated each with a date of its own', () => {
  it('are two happenings, each titled by its own infinitive', () => {
    expect(events('The council said it hoped to open the bridge by June and to finish the road by 2029.'))
      .toEqual(['2026-06 The council hoped to open the bridge', '2029 The council hoped to finish the road']);
    expect(events('We plan to repaint the hall in May and to replace the roof in 2028.'))
      .toEqual(['2026-05 We plan to repaint the hall', '2028 We plan to replace the roof']);
  });
});

describe('a relative clause of a phrase set off by a comma inside what was said (`, under a plan that ...`)', () => {
  it('tells its own happening beside the saying, which keeps its own date', () => {
    expect(events('The mayor said on Tuesday that the city had bought the old mill, under a plan that would turn it into flats by 2029.'))
      .toEqual(['2026-04-28 The mayor said the city had bought the old mill', '2029 A plan would turn it into flats']);
  });
});

describe('a duration used as an adjective after `of` and a determiner (`of her three-day tour`)', () => {
  it('is the length of a period the happening lies in, not how long it lasts', () => {
    expect(events('The queen opened the new library on Tuesday, the second day of her three-day tour.').map((e) => e.slice(0, 11))).toEqual(['2026-04-28 ']);
    expect(events('Nurses began a three-day strike on Tuesday.')).toEqual(['2026-04-28..2026-05-01 Nurses began a three-day strike']);
  });
});

describe('a hyphenated date before a preposition (`by mid-June on whether`)', () => {
  it('is an adverbial, not an adjective: it dates its clause and is cut from the title', () => {
    expect(events('The panel will report by mid-June on its findings.')).toEqual(['2026-06 The panel will report on its findings']);
  });
});

describe('a date inside an indirect question (`on whether the race set for September can go ahead`)', () => {
  it('is part of what is asked: the date of its clause told before the question dates the happening', () => {
    expect(events('The panel will decide by mid-June on whether the race set for September can go ahead.').map((e) => e.slice(0, 8))).toEqual(['2026-06 ']);
  });
});

describe('a past verb after `, and` that ends a participle clause (`, replacing the old warden, and kept the post in 1995`)', () => {
  it('goes on the clause the participle clause hangs on, with its subject', () => {
    expect(events('He was appointed in 1990, replacing the old warden, and kept the post in 1995 and 2000.'))
      .toEqual(['1990 He was appointed', '1995 He kept the post (1 of 2)', '2000 He kept the post (2 of 2)']);
  });
});

describe('a season before a noun it modifies (`into winter quarters`, `the summer timetable`)', () => {
  it('says which kind of thing it is: no happening of its own, and it stays in the title', () => {
    expect(events('The regiment moved into winter quarters in October 1812.')).toEqual(['1812-10 The regiment moved into winter quarters']);
    expect(events('The shop will launch its spring range on 3 March.')).toEqual(['2027-03-03 The shop will launch its spring range']);
    expect(events('The old fares apply until 30 April, when the summer timetable begins.').some((e) => e.startsWith('2026-SU') || e.startsWith('2027-SU'))).toBe(false);
  });
  it('is still the time after a preposition of time or before a determiner or an -ing form', () => {
    expect(events('In the summer masons came from York.', '2026-11-01')).toEqual(['2026-SU Masons came from York']);
    expect(events('He spent the winter gathering an army.', '2026-11-01').map((e) => e.slice(0, 8))).toEqual(['2026-WI ']);
  });
});

describe('a dated adverbial clause inside a main clause\'s subject (`the men killed at the pit since the mine opened in 1891 will be ...`)', () => {
  it('tells its own happening; the main clause keeps its own verb, date and subject', () => {
    expect(events('A plaque listing the men killed at the pit since the mine opened in 1891 will be unveiled at noon on Friday.', '2026-03-12'))
      .toEqual(['1891 The mine opened', '2026-03-13T12:00 A plaque listing the men killed at the pit will be unveiled']);
    expect(events('The nurses who have worked at the hospital since it opened in 1990 were thanked on Monday.', '2026-03-12'))
      .toEqual(['1990 It opened', '2026-03-09 The nurses were thanked']);
  });
});

describe('a subject with a participle before a dated phrase (`Tickets bought before 1 March will be refunded`)', () => {
  it('keeps its subject and its verb group in the title; the phrase is cut', () => {
    expect(events('Tickets bought before 1 March will be refunded.', '2026-12-10')).toEqual(['2027-03-01 Tickets bought will be refunded']);
    expect(events('Books returned after noon on 2 January will be checked in when the library reopens.', '2026-12-10'))
      .toEqual(['2027-01-02T12:00 Books returned will be checked in when the library reopens']);
  });
});

describe('a `when` clause set off after a date whose verb ends it after a noun (`, when the new bridge opens`)', () => {
  it('is a clause of its own, dated by the date before it; the clause before keeps its own title', () => {
    expect(events('The road stays shut until 22 May, when the new bridge opens.', '2026-12-16'))
      .toEqual(['2026-12-16..2027-05-22 The road stays shut', '2027-05-22 The new bridge opens']);
  });
});
