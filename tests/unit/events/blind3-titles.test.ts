// Titles and happenings from a school newsletter, a gadget review and a paper's methods (the newgold34 blind set):
// a second clause cut after its first words, a post-modifier `due` before a date, a copular lead, a fronted `when`
// clause before a clause that only tells a state.
import { describe, expect, it } from 'vitest';
import { extractTimeline } from '../../../src/events/index.js';

const events = (text: string): string[] => extractTimeline(text, { documentDate: '2026-05-14' }).events.map((e) => `${e.start} ${e.title}`);

describe('a second clause cut after its first words', () => {
  it('goes whole', () => {
    expect(events('Oxygen levels were logged on a Hydrolab sonde for the full season; the sonde was recalibrated in March 2022, and readings from the week before were discarded.'))
      .toEqual(['2022-03 The sonde was recalibrated']);
  });
});

describe('a post-modifier `due` before a date', () => {
  it('goes with the date after a noun', () => {
    expect(events('A software patch due on 3 June will fix the fault.')).toEqual(['2026-06-03 A software patch will fix the fault']);
    expect(events('The new timetable due in September will add two trains.')).toEqual(['2026-09 The new timetable will add two trains']);
  });
  it('stays after a form of `be`', () => {
    expect(events('The final report is due on 3 June.')).toEqual(['2026-06-03 The final report is due']);
  });
});

describe('a lead in the present perfect of `be`', () => {
  it('tells a state, not a happening', () => {
    expect(events('What a week it has been.\n\nThe fair opened on Monday.')).toEqual(['2026-05-11 The fair opened']);
    expect(events('There has been an explosion at a chemical plant near Hull.\n\nFirefighters arrived at 9am.')[0]).toMatch(/^2026-05-14 There has been an explosion/);
  });
});

describe('a fronted `when` clause before a clause that tells a state', () => {
  it('titles the happening of the `when` clause', () => {
    expect(events('When the brewery opened its second site in 1988, it was the largest in the county.'))
      .toEqual(['1988 The brewery opened its second site']);
  });
  it('leaves a happening main clause the title', () => {
    expect(events('When the storm hit in 1988, the roof collapsed.')).toEqual(['1988 The roof collapsed']);
  });
});

describe('a participle after a noun whose `by` phrase a title cut away', () => {
  it('goes with its phrase', () => {
    expect(events('On the evening of 3 May, our security team detected unusual activity on a server used by our claims system.'))
      .toEqual(['2026-05-03TEV Our security team detected unusual activity on a server']);
  });
  it('stays after an auxiliary', () => {
    expect(events('On 3 May the old swing bridge over the canal at Northwich was finally replaced by a new steel span from Wales.'))
      .toEqual(['2026-05-03 The old swing bridge was finally replaced by a new steel span']);
  });
});

describe('an appositive after a date that names its period by a happening', () => {
  it('goes with the date', () => {
    expect(events('The shop first opened on 4 April 1998, the week the new bypass opened.')).toEqual(['1998-04-04 The shop first opened']);
    expect(events('He joined the band in 1979, the year his brother left, and toured for a decade.')[0]).toBe('1979 He joined the band');
  });
  it('leaves an appositive of another kind alone', () => {
    expect(events('The mill closed in 1971, the last of its kind in the valley.')).toEqual(['1971 The mill closed, the last of its kind in the valley']);
  });
});
