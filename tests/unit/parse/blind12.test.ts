// Constructions the twelfth blind set showed (newgold85): each test is written from examples of our own, with the rules'
// document date 2022-01-07 (a Friday) unless a test says otherwise.
import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/parse/index.js';

const DCT = '2022-01-07';
const tags = (text: string, documentDate = DCT): string[] =>
  tagTimexes(text, documentDate ? { documentDate } : {}).map((t) => `${t.text}=${t.value}`);

describe('a capitalized past participle before a day and its month', () => {
  it('labels the date, as a dateline or a form does, and names nothing', () => {
    expect(tags('Issued 2 February 2026')).toEqual(['2 February 2026=2026-02-02']);
    expect(tags('Signed 14th March 2019 by both parties.')).toEqual(['14th March 2019=2019-03-14']);
    expect(tags('Closed 3 Jan 2020. Reopened 9 Jan 2020.')).toEqual(['3 Jan 2020=2020-01-03', '9 Jan 2020=2020-01-09']);
  });
  it('leaves a name and its number alone', () => {
    expect(tags('Route 66 runs west.')).toEqual([]);
    expect(tags('Apollo 11 March exhibit')).not.toContain('11 March=2022-03-11');
  });
});

describe('quarterly', () => {
  it('is a recurrence every three months, as TimeBank writes it', () => {
    expect(tags('Interest is payable quarterly in arrears.')).toEqual(['quarterly=P3M']);
    expect(tags('Dividends are paid bi-quarterly.')).toEqual(['bi-quarterly=P6M']);
  });
});

describe('a clock time said again in another zone', () => {
  it('is the same moment, on the day that makes it so', () => {
    expect(tags('At 1100 PM EDT (0300 UTC), the centre was near Andros Island.', '2026-09-16')).toEqual([
      '1100 PM EDT=2026-09-16T23:00-04:00', '0300 UTC=2026-09-17T03:00Z']);
    expect(tags('The rocket lifted off on 21 June at 0130 UTC (9:30 p.m. EDT).', '2022-06-22')).toEqual([
      '21 June at 0130 UTC=2022-06-21T01:30Z', '9:30 p.m. EDT=2022-06-20T21:30-04:00']);
  });
  it('leaves a time in the same zone on its day', () => {
    expect(tags('Doors open at 7 pm GMT and close at 11 pm GMT.')).toEqual(['7 pm GMT=2022-01-07T19:00Z', '11 pm GMT=2022-01-07T23:00Z']);
  });
  it('does not move the story: the next time in the first zone is on the first day', () => {
    expect(tags('SUMMARY OF 1100 PM EDT...0300 UTC...INFORMATION\n\nAt 1100 PM EDT (0300 UTC), the centre was near Andros Island.', '2026-09-16T23:00-04:00'))
      .toEqual(['1100 PM EDT=2026-09-16T23:00-04:00', '0300 UTC=2026-09-17T03:00Z', '1100 PM EDT=2026-09-16T23:00-04:00', '0300 UTC=2026-09-17T03:00Z']);
  });
});

describe('a clock time ahead, before the hour of publication', () => {
  it('is the next day\'s when the text gives its own time', () => {
    expect(tags('Next complete advisory at 500 AM EDT.', '2026-09-16T23:00-04:00')).toEqual(['500 AM EDT=2026-09-17T05:00-04:00']);
    expect(tags('The next update will be at 6am.', '2022-01-07T21:30')).toEqual(['6am=2022-01-08T06:00']);
  });
  it('stays on the day when it comes after that hour, when the clause tells the past, or with no time given', () => {
    expect(tags('The next update will be at 11pm.', '2022-01-07T21:30')).toEqual(['11pm=2022-01-07T23:00']);
    expect(tags('The first update came at 6am.', '2022-01-07T21:30')).toEqual(['6am=2022-01-07T06:00']);
    expect(tags('The next update will be at 6am.')).toEqual(['6am=2022-01-07T06:00']);
  });
});

describe('Lent, capitalized', () => {
  it('names the season and tells no past tense', () => {
    expect(tags('Lent and Easter', '2026-02-02')).toEqual(['Easter=2026-04-05']);
    expect(tags('Lent and Christmas', '2022-09-01')).toEqual(['Christmas=2022-12-25']);
  });
  it('leaves the verb in lower case in the past', () => {
    expect(tags('The bank lent the club money in May.', '2022-06-20')).toEqual(['May=2022-05']);
  });
});

describe('a date in a relative clause set off by commas', () => {
  const narrative = (text: string): string[] => tagTimexes(text, {}).map((t) => `${t.text}=${t.value}`);
  it('is a remark on the side: the story stays where it was', () => {
    expect(narrative('On 5 January 1709 the Seine froze. Hollis, whose last book dealt with the plague of 1665, has read every register. When the spring came there was nothing to harvest.'))
      .toEqual(['5 January 1709=1709-01-05', '1665=1665', 'the spring=1709-SP']);
    expect(narrative('In March 1921 the mill closed. The mill, which had opened in 1850, was sold. That summer the roof fell in.'))
      .toEqual(['March 1921=1921-03', '1850=1850', 'That summer=1921-SU']);
    expect(narrative('In March 1921 the mill closed. Its owner, who had bought it in 1850 as a young man, sold it. That summer the roof fell in.'))
      .toEqual(['March 1921=1921-03', '1850=1850', 'That summer=1921-SU']);
  });
  it('moves the story when the clause is not closed before its sentence goes on', () => {
    expect(narrative('In March 1921 the mill closed. Its owner, who had bought it in 1850. That summer the roof fell in.'))
      .toEqual(['March 1921=1921-03', '1850=1850', 'That summer=1850-SU']);
  });
});

describe('Matariki', () => {
  it('is the Friday the law sets for its year, as any holiday in the direction of its clause', () => {
    expect(tags('The flooding came just days after the Matariki long weekend.', '2026-07-14')).toEqual(['Matariki=2026-07-10']);
    expect(tags('Hotels are full for Matariki.', '2027-03-01')).toEqual(['Matariki=2027-06-25']);
    expect(tags('The date of Matariki 2029 is set by law.', '2026-07-14')).toEqual(['Matariki 2029=2029-07-06']);
  });
  it('is no date where it names a kind of thing', () => {
    expect(tags('The Matariki celebrations drew crowds.', '2026-07-14')).toEqual([]);
  });
});
