// Classes of expressions the peer taggers' suites (chrono-node, SUTime, HeidelTime) exercise, written
// from our own examples: each test names the class and checks a few general members of it.
import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/parse/index.js';

const pairs = (text: string, documentDate = '2022-01-07'): string[] => tagTimexes(text, { documentDate }).map((t) => `${t.text}=${t.value}`);

describe('peer classes', () => {
  it('counts hours and minutes from a publication time that states its clock', () => {
    expect(pairs('The polls close 12 hours from now.', '2022-01-07T12:14')).toEqual(['12 hours from now=2022-01-08T00:14']);
    expect(pairs('Results are due half an hour from now.', '2022-01-07T09:40')).toEqual(['half an hour from now=2022-01-07T10:10']);
    // `later`/`earlier` with no time told yet count from the publication's time.
    expect(pairs('Twenty minutes later the road reopened.', '2022-01-07T08:00')).toEqual(['Twenty minutes later=2022-01-07T08:20']);
    // Without a clock they stay the day.
    expect(pairs('Twenty minutes later the road reopened.')).toEqual(['Twenty minutes later=2022-01-07']);
  });

  it('lets hours of a range share the am/pm written once', () => {
    expect(pairs('Lunch is served 12-3pm.')).toEqual(['12=2022-01-07T12:00', '3pm=2022-01-07T15:00']);
    expect(pairs('The desk is staffed 9am to 11.')).toEqual(['9am=2022-01-07T09:00', '11=2022-01-07T11:00']);
    expect(pairs('They fed 8pm - 11 people.')).toEqual(['8pm=2022-01-07T20:00']);
    // An evening into the small hours ends on the next day.
    expect(pairs('The bar stays open 10pm - 2.')).toEqual(['10pm=2022-01-07T22:00', '2=2022-01-08T02:00']);
  });

  it('reads two days of a month joined by to/through, sharing the month and year', () => {
    expect(pairs('The festival runs March 4 to 9, 2023.')).toEqual(['March 4=2023-03-04', '9, 2023=2023-03-09']);
    // The end of the range keeps to its start's year (no `through` bound pushing it a year on).
    expect(pairs('The fair was open from June 8 through 11.', '2022-08-10')).toEqual(['June 8=2022-06-08', '11=2022-06-11']);
    expect(pairs('On May 3 to 10 people came.')).toEqual(['May 3=2021-05-03']);
  });

  it('puts the end of a range of weekdays or months on or after its start, with or without `from`', () => {
    // 2022-01-07 is a Friday.
    expect(pairs('The office is shut Monday to Friday.')).toEqual(['Monday=2022-01-10', 'Friday=2022-01-14']);
    expect(pairs('Works will run Tuesday - Thursday.')).toEqual(['Tuesday=2022-01-11', 'Thursday=2022-01-13']);
    expect(pairs('The season runs from September to May.', '2024-05-07')).toEqual(['September=2023-09', 'May=2024-05']);
    expect(pairs('From May to December, 2022', '2023-04-09')).toEqual(['May=2022-05', 'December, 2022=2022-12']);
    expect(pairs('The season runs from May to December.', '2023-04-09')).toEqual(['May=2023-05', 'December=2023-12']);
  });

  it('reads a month word glued to its year by a dash or a slash', () => {
    expect(pairs('Expiry: Sep-2024.')).toEqual(['Sep-2024=2024-09']);
    expect(pairs('Invoice dated Jun/2021 attached')).toEqual(['Jun/2021=2021-06']);
  });

  it('reads a three-digit year after a month (and day) when it closes the clause', () => {
    expect(pairs('The fort was taken in June 410.')).toEqual(['June 410=0410-06']);
    expect(pairs('The emperor died on April 4, 397, in Milan.')).toEqual(['April 4, 397=0397-04-04']);
    expect(pairs('In June 410 workers walked out.')).toEqual(['June=2021-06']);
  });

  it('reads bi- glued to a recurrence adverb as every second one', () => {
    expect(pairs('The filters are changed bihourly.')).toEqual(['bihourly=PT2H']);
    expect(pairs('The fair is held biyearly.')).toEqual(['biyearly=P2Y']);
    expect(pairs('They publish a biyearly report.')).toEqual([]);
  });

  it('dates Martin Luther King Day, Clean Monday and Shrove Tuesday by their calendar rules', () => {
    expect(pairs('Offices shut for Martin Luther King Jr. Day.')).toEqual(['Martin Luther King Jr. Day=2022-01-17']);
    expect(pairs('The march was on MLK Day 2019.')).toEqual(['MLK Day 2019=2019-01-21']);
    // Easter 2024 is March 31: Clean Monday 48 days before, Shrove Tuesday 47.
    expect(pairs('Fasting starts on Clean Monday 2024.')).toEqual(['Clean Monday 2024=2024-02-12']);
    expect(pairs('Pancakes on Shrove Tuesday 2024.')).toEqual(['Shrove Tuesday 2024=2024-02-13']);
  });

  it('reads year, month word and day written in that order with spaces', () => {
    expect(pairs('The ledger entry is dated 2019 June 3.')).toEqual(['2019 June 3=2019-06-03']);
    expect(pairs('In 2019, June 3 was a Monday.')).toContain('2019=2019');
  });
});
