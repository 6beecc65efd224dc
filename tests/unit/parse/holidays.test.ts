// Holidays whose day moves from year to year: the day is computed for the year, and the clause picks the
// occurrence (before or after the publication date) as it does for a month-day date.
import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/parse/index.js';
import { hijriDaysInYear, hijriToYmd } from '../../../src/parse/calendar.js';

const value = (text: string, documentDate: string): string[] => tagTimexes(text, { documentDate }).map((t) => `${t.text}=${t.value}`);

describe('movable feasts', () => {
  it('take the last occurrence in a past clause and the next in a future one', () => {
    // Published 1 December 2023: last Thanksgiving was 23 November, next Easter is 31 March 2024.
    expect(value('The store reopened after Thanksgiving.', '2023-12-01')).toEqual(['Thanksgiving=2023-11-23']);
    expect(value('The museum will close for Easter.', '2023-12-01')).toEqual(['Easter=2024-03-31']);
    expect(value('Churches were full on Good Friday.', '2023-06-10')).toEqual(['Good Friday=2023-04-07']);
  });

  it('take the stated year', () => {
    expect(value('He left before Labor Day 2019.', '2023-12-01')).toEqual(['Labor Day 2019=2019-09-02']);
    expect(value('It opened at Pentecost 2010.', '2023-12-01')).toEqual(['Pentecost 2010=2010-05-23']);
  });

  it('count Easter by the Julian computus before the Gregorian calendar began (1582), as histories date it', () => {
    expect(value('The town surrendered on Palm Sunday 1347.', '2023-12-01')).toEqual(['Palm Sunday 1347=1347-03-25']);
    expect(value('The abbey was consecrated at Easter 1066.', '2023-12-01')).toEqual(['Easter 1066=1066-04-16']);
    expect(value('The bridge opened at Easter 1583.', '2023-12-01')).toEqual(['Easter 1583=1583-04-10']);
  });

  it('date the Islamic feasts by the Hijri calendar', () => {
    expect(value('Prices rose ahead of Eid al-Adha.', '2023-07-10')).toEqual(['Eid al-Adha=2023-06-28']);
    expect(value('The ceasefire will hold through Ramadan.', '2024-02-20')).toEqual(['Ramadan=2024-03-11']);
    expect(value('Crowds gathered on Ashura.', '2023-08-01')).toEqual(['Ashura=2023-07-28']);
  });

  it('read a bare Eid as the nearer of the two', () => {
    // Published 20 June 2023: Eid al-Adha (28 June) is nearer than Eid al-Fitr (21 April).
    expect(value('Families will travel for Eid.', '2023-06-20')).toEqual(['Eid=2023-06-28']);
    expect(value('Families travelled home for Eid.', '2023-05-01')).toEqual(['Eid=2023-04-21']);
  });

  it('are no names before a year and are not tagged in lower case', () => {
    expect(value('during Ramadan 2021', '2023-12-01')).toEqual(['Ramadan 2021=2021-04-13']);
    expect(value('a ramadan lantern', '2023-12-01')).toEqual([]);
  });
});

describe('the Hijri calendar', () => {
  it('gives the Gregorian day of a Hijri date', () => {
    expect(hijriToYmd(1443, 9, 1)).toEqual({ y: 2022, m: 4, d: 2 });
    expect(hijriToYmd(1444, 10, 1)).toEqual({ y: 2023, m: 4, d: 21 });
  });
  it('finds both occurrences when a feast falls twice in one Gregorian year', () => {
    expect(hijriDaysInYear(2000, 10, 1)).toEqual([{ y: 2000, m: 1, d: 8 }, { y: 2000, m: 12, d: 27 }]);
    expect(hijriDaysInYear(2022, 10, 1)).toEqual([{ y: 2022, m: 5, d: 2 }]);
  });
});

describe('`the new year` in lower case', () => {
  it('is the January after the anchor, the one just begun in January, or the last one told in the past', () => {
    expect(value('The case will be heard in the new year.', '2019-10-02')).toEqual(['the new year=2020-01']);
    expect(value('Sales rose in the new year.', '2020-02-10')).toEqual(['the new year=2020-01']);
    expect(tagTimexes('The blight came in the late summer of 1845. That autumn the crop rotted, but families had food until the new year.').map((t) => `${t.text}=${t.value}`))
      .toEqual(['the late summer of 1845=1845-SU', 'That autumn=1845-FA', 'the new year=1846-01']);
  });
});

describe('the New Year', () => {
  const valueOf = (text: string, phrase: string, documentDate: string): string | undefined =>
    tagTimexes(text, { documentDate }).find((t) => t.text === phrase)?.value;
  it('is the first of January, the coming one in a clause that looks ahead', () => {
    expect(valueOf('The bypass will not open until the New Year.', 'New Year', '2026-11-13')).toBe('2027-01-01');
    expect(valueOf('Trade slowed over the New Year, the chamber said.', 'New Year', '2026-02-20')).toBe('2026-01-01');
  });
  it('is not another calendar\'s new year, nor a new year in lower case', () => {
    expect(tagTimexes('The Lunar New Year parade drew crowds.', { documentDate: '2026-02-20' })).toEqual([]);
    expect(tagTimexes('Everyone hopes for a better new year.', { documentDate: '2026-02-20' })).toEqual([]);
  });
});

describe('days told around a named day', () => {
  const tag = (text: string, documentDate: string) => tagTimexes(text, { documentDate }).map((t) => `${t.text}=${t.value}`);

  it('reads `<holiday> weekend` as the weekend nearest it: before a Monday holiday, else of its week', () => {
    // Published 2026-08-20: Labor Day 2026 is Monday 7 September, so its weekend is 5-6 September (2026-W36).
    expect(tag('Beaches will be busy over the Labor Day weekend.', '2026-08-20')).toEqual(['Labor Day weekend=2026-W36-WE']);
    // Thanksgiving 2026 is Thursday 26 November: the weekend of that week (2026-W48).
    expect(tag('Stores expect crowds on Thanksgiving weekend.', '2026-11-10')).toEqual(['Thanksgiving weekend=2026-W48-WE']);
  });

  it('reads `the <weekday> after/before <named day>` as the first such weekday after or before it', () => {
    expect(tag('Most people fly home on the Sunday after Thanksgiving.', '2026-11-10')).toEqual(['the Sunday after Thanksgiving=2026-11-29']);
    expect(tag('Offices close on the Friday before Christmas.', '2026-11-10')).toEqual(['the Friday before Christmas=2026-12-18']);
    // A weekday before another weekday is two dates, not one.
    expect(tag('They met Sunday after Monday\'s talks.', '2026-11-10').length).toBe(2);
  });
});
