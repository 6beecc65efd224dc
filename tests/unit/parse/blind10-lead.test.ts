// Constructions the lead's tenth blind set showed (newgold78), with examples of our own: in a narrative told in the past,
// a day counted in a `would` clause is an expectation, not where the story has reached, and `the Thursday` is the
// Thursday the text told, when it told one within a week of the story's day; a week's hours told in the present recur.
import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/parse/index.js';

const tags = (text: string): string[] => tagTimexes(text).map((t) => `${t.text}=${t.value}`);

describe('a day counted in a `would` clause after the day its sentence told', () => {
  it('does not move the story: the next day counts from the day told before it', () => {
    expect(tags('The storm broke on 3 June 1887. Her father had ridden out at noon that day and would not return until two days later. The next day she found the barn roof gone.'))
      .toEqual(['3 June 1887=1887-06-03', 'noon that day=1887-06-03T12:00', 'two days later=1887-06-05', 'The next day=1887-06-04']);
  });
  it('still moves it when the counted day is told in the simple past', () => {
    expect(tags('The storm broke on 3 June 1887. Her father rode out that day and returned two days later. The next day he mended the barn.'))
      .toEqual(['3 June 1887=1887-06-03', 'that day=1887-06-03', 'two days later=1887-06-05', 'The next day=1887-06-06']);
  });
});

describe('a weekday said with `the` in a story', () => {
  it('is the day the text told on that weekday within a week of the story\'s day, even one only planned', () => {
    // 12 May 1902 was a Monday, 16 May a Friday.
    expect(tags('The telegram arrived on 12 May 1902. He answered that he would sail on 16 May. On Tuesday he sold the horses. He sailed on the Friday.'))
      .toContainEqual('Friday=1902-05-16');
  });
  it('is the next such day when the text told none on that weekday and the story goes on in the simple past', () => {
    expect(tags('The telegram arrived on 12 May 1902. On the Friday he sailed for Cork.')).toContainEqual('Friday=1902-05-16');
    // (In the past perfect it is the nearest, here the Friday before.)
    expect(tags('The telegram arrived on 12 May 1902. His brother had sailed on the Friday.')).toContainEqual('Friday=1902-05-09');
  });
});

describe('a week\'s hours', () => {
  const at = (s: string): string[] => tagTimexes(s, { documentDate: '2022-01-07' }).map((t) => `${t.text}=${t.value}=${t.type}`);
  it('are every such day and time when told in the present', () => {
    expect(at('The museum is open Tuesday to Sunday, 10am to 4pm.'))
      .toEqual(['Tuesday=XXXX-WXX-2=SET', 'Sunday, 10am=XXXX-WXX-7T10:00=SET', '4pm=XXXX-XX-XXT16:00=SET']);
    expect(at('Lines are open Monday–Friday, 9.30am–5pm.'))
      .toEqual(['Monday=XXXX-WXX-1=SET', 'Friday, 9.30am=XXXX-WXX-5T09:30=SET', '5pm=XXXX-XX-XXT17:00=SET']);
  });
  it('are days of one week when told ahead or in the past', () => {
    expect(at('The bridge will be shut Monday to Friday, 9am to 3pm, next week.'))
      .toEqual(['Monday=2022-01-10=DATE', 'Friday, 9am=2022-01-14T09:00=TIME', '3pm=2022-01-14T15:00=TIME', 'next week=2022-W02=DATE']);
  });
  it('need the hours: a range of weekdays alone is left to the resolver', () => {
    expect(at('The museum is open Tuesday to Sunday.')).not.toContainEqual(expect.stringMatching(/=SET$/));
  });
});

describe('a date going on from a schedule ahead of publication', () => {
  const at = (s: string, documentDate: string): string[] => tagTimexes(s, { documentDate }).map((t) => `${t.text}=${t.value}`);
  it('runs on into the year after, holidays included, when publication alone would put it months back', () => {
    expect(at('The tour starts in Leeds on Oct. 3 and reaches Glasgow on Nov. 28. It ends in London on Feb. 6.', '2022-05-20'))
      .toEqual(['Oct. 3=2022-10-03', 'Nov. 28=2022-11-28', 'Feb. 6=2023-02-06']);
    expect(at('The market opens on Dec. 1. Stalls stay until Christmas Eve and reopen on New Year\'s Day.', '2022-06-10'))
      .toEqual(['Dec. 1=2022-12-01', 'Christmas Eve=2022-12-24', "New Year's Day=2023-01-01"]);
  });
  it('leaves a recent past date, a date after `since` and a date told in the past where publication puts them', () => {
    expect(at('Tickets go on sale on 3 March. Since the last sale on 20 October, prices have risen.', '2022-01-14')).toContainEqual('20 October=2021-10-20');
    expect(at('The vote is on 3 March. The council approved the plan in September.', '2022-01-14')).toContainEqual('September=2021-09');
  });
});

describe('constructions of notices, forecasts and police releases', () => {
  const at = (s: string, documentDate = '2022-01-07'): string[] => tagTimexes(s, { documentDate }).map((t) => `${t.text}=${t.value}`);
  it('reads a weather service\'s stamp of run-together hours before a zone, and hours glued to Z', () => {
    expect(at('Issued 415 PM CST Thu Jan 6 2022.')).toEqual(['415 PM CST Thu Jan 6 2022=2022-01-06T16:15-06:00']);
    expect(at('Low cloud clears after 09Z, and the next run is at 18 UTC.')).toEqual(['09Z=2022-01-07T09:00Z', '18 UTC=2022-01-07T18:00Z']);
  });
  it('keeps the time of `at 6:05 p.m. the same day` when it counts from the day the text last stated', () => {
    expect(tagTimexes('The ferry left on 4 March 1931, a ship built in 1910. At 6:05 p.m. the same day she ran aground.').map((t) => `${t.text}=${t.value}`))
      .toContainEqual('6:05 p.m. the same day=1931-03-04T18:05');
  });
  it('reads no year in a street block or a game clock', () => {
    expect(at('Shots were fired in the 2100 block of Oak Street on Friday.')).toEqual(['Friday=2022-01-07']);
    expect(at('Kerr scored 3:40 into the second period.')).toEqual([]);
  });
  it('takes a weekday after an article and an adjective as some such day, not a date', () => {
    expect(at('We met on a rainy Tuesday afternoon in March.')).toContainEqual('Tuesday afternoon=XXXX-WXX-2TAF');
    expect(at('The parcel comes a week Monday.')).not.toContainEqual(expect.stringMatching(/^Monday=XXXX/));
  });
  it('reads `the last century` after `of`, `in` or `during` as the century before this one', () => {
    expect(at('For much of the last century the pier was closed.')).toEqual(['the last century=19']);
    expect(at('Sea levels rose over the last century.')).toEqual(['the last century=P100Y']);
  });
});

describe('a week\'s hours in a request', () => {
  it('recur when the sentence names no other date, whatever its tense', () => {
    const at = (s: string): string[] => tagTimexes(s, { documentDate: '2022-01-07' }).map((t) => `${t.text}=${t.value}`);
    expect(at('Callers are asked to ring the helpline, Monday to Friday, 10am to 4pm.'))
      .toEqual(['Monday=XXXX-WXX-1', 'Friday, 10am=XXXX-WXX-5T10:00', '4pm=XXXX-XX-XXT16:00']);
  });
});

describe('a day counted inside an aside into earlier time', () => {
  it('counts from that aside\'s own time, not from the story\'s last day', () => {
    const at = (s: string): string[] => tagTimexes(s, { documentDate: '2022-01-07' }).map((t) => `${t.text}=${t.value}`);
    expect(at('The dog went missing on Tuesday. It ran off once before, in June, when it was found the next day in a barn.'))
      .toEqual(['Tuesday=2022-01-04', 'June=2021-06', 'the next day=XXXX-XX-XX']);
    // (Past the aside, in a sentence of its own, the next day still counts from the story's last day.)
    expect(at('The dog went missing on Tuesday. It ran off once before, in June. The next day it was found in a barn.'))
      .toContainEqual('The next day=2022-01-05');
  });
});

describe('a deadline after `no later than`', () => {
  it('is a date the text told, which `that date` names, not the baseline of a comparison', () => {
    const at = (s: string): string[] => tagTimexes(s, { documentDate: '2022-01-07' }).map((t) => `${t.text}=${t.value}`);
    expect(at('The sale opens on 3 March and must close no later than 30 April 2022. After that date no bids count.'))
      .toEqual(['3 March=2022-03-03', '30 April 2022=2022-04-30', 'that date=2022-04-30']);
  });
});

describe('a month in a clause after `until` that ends a span begun `from` a year', () => {
  it('takes no year from the span\'s start', () => {
    const at = (s: string): string[] => tagTimexes(s, { documentDate: '2022-10-07' }).map((t) => `${t.text}=${t.value}`);
    expect(at('He coached the team from 2017 until he was sacked in April.')).toEqual(['2017=2017', 'April=2022-04']);
    // (A month right after the year, with no span between, is of that year.)
    expect(at('He joined the team in 2017 and was sacked in April.')).toEqual(['2017=2017', 'April=2017-04']);
  });
});
