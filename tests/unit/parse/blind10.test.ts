// Constructions the tenth blind set showed (newgold76): each test is written from examples of our own, with the rules'
// document date 2022-01-07 (a Friday).
import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/parse/index.js';

const DCT = '2022-01-07';
const tags = (text: string, documentDate: string | undefined = DCT): string[] =>
  tagTimexes(text, documentDate ? { documentDate } : {}).map((t) => `${t.text}=${t.value}`);

describe('`get under way`', () => {
  it('is a scheduled present that looks ahead, as `begins` is', () => {
    expect(tags('The race gets under way at 8pm on Wednesday.')).toEqual(['8pm on Wednesday=2022-01-12T20:00']);
  });
  it('leaves the past form in the past', () => {
    expect(tags('The race got under way at 8pm on Wednesday.')).toEqual(['8pm on Wednesday=2022-01-05T20:00']);
  });
});

describe('a clock time told after a sentence whose dates all fall on one day ahead', () => {
  it('takes that day, as it would after a sentence with one date', () => {
    expect(tags('The trial begins on Monday with opening speeches at 10:00. Witnesses are heard at 14:30 (15:30 CET).'))
      .toEqual(['Monday=2022-01-10', '10:00=2022-01-10T10:00', '14:30=2022-01-10T14:30', '15:30 CET=2022-01-10T15:30+01:00']);
  });
});

describe('a plan reported by a past perfect and an infinitive', () => {
  it('is overtaken: its bound is the one before publication (an adverb may stand after `had`)', () => {
    expect(tags('The ministry had originally hoped to reopen the road by the end of April.')).toEqual(['the end of April=2021-04']);
  });
  it('still looks ahead in the present', () => {
    expect(tags('The ministry hopes to reopen the road in April.')).toEqual(['April=2022-04']);
  });
});

describe('a date in a past participle\'s aside', () => {
  it('gives no year to the main clause\'s bare season, nor a month to its `the month`', () => {
    expect(tags('The hall, built in 1926, had been due to shut at the end of the month after the council withdrew its grant in the summer.'))
      .toEqual(['1926=1926', 'the end of the month=2022-01', 'the summer=2021-SU']);
  });
  it('leaves a month the story named the month of `the end of the month`', () => {
    expect(tags('The mill opened in 1926. In March 1931 it burned, and by the end of the month it was gone.'))
      .toEqual(['1926=1926', 'March 1931=1931-03', 'the end of the month=1931-03']);
  });
});

describe('a contracted `\'d`', () => {
  it('before a bare verb is `would`, looking ahead of the telling', () => {
    expect(tags('Neighbours warned us we\'d never finish the hall before the new year.', '2026-11-20')).toEqual(['the new year=2027-01']);
  });
  it('before a participle is `had`, in the past', () => {
    expect(tags('She\'d already left by Wednesday.')).toEqual(['Wednesday=2022-01-05']);
  });
});

describe('seconds glued by a hyphen to digits', () => {
  it('are an amount of time used as an adjective', () => {
    expect(tags('Each use starts a 45-second cooldown, and a 30-second advert follows.')).toEqual(['45-second=PT45S', '30-second=PT30S']);
  });
  it('leave an ordinal written in words alone', () => {
    expect(tags('He was the thirty-second president of the club.')).toEqual([]);
  });
});

describe('the small hours a span runs on until', () => {
  it('are the next day\'s, after a day just named', () => {
    expect(tags('The ceilidh was on Friday, and 200 people danced until the small hours.')).toEqual(['Friday=2022-01-07', 'the small hours=2022-01-08TMO']);
  });
  it('stay the day\'s own without the bound', () => {
    expect(tags('The ceilidh was on Friday, and a fire broke out in the small hours.')).toEqual(['Friday=2022-01-07', 'the small hours=2022-01-07TMO']);
  });
});

describe('a numbered document\'s reference', () => {
  it('keeps the year glued to its number out of the dates', () => {
    expect(tags('ESA Press Release N° 47–2026, issued in Paris.')).toEqual([]);
    expect(tags('Circular No. 12/2025 was issued on Monday.')).toEqual(['Monday=2022-01-03']);
  });
  it('leaves a range of years after the determiner `no`', () => {
    expect(tags('There were no 2018-2020 figures.')).toEqual(['2018=2018', '2020=2020']);
  });
});

describe('noon or midnight with its zone and `on` before its day', () => {
  it('is one time of that day in that zone', () => {
    expect(tags('Voting closes at midnight UTC on 28 February.')).toEqual(['midnight UTC on 28 February=2022-02-28T24:00Z']);
    expect(tags('The result is due at noon ET on Tuesday.')).toEqual(['noon ET on Tuesday=2022-01-11T12:00-05:00']);
  });
});

describe('England\'s bank holidays of May and August', () => {
  it('name their Monday, and the weekend before it with `weekend`', () => {
    expect(tags('Roads were busy over the August bank holiday weekend.')).toEqual(['August bank holiday weekend=2021-W34-WE']);
    expect(tags('Shops will shut for the early May bank holiday.')).toEqual(['early May bank holiday=2022-05-02']);
  });
  it('leave a bank holiday with no month or season to its words', () => {
    expect(tags('The bank holiday trade was brisk.')).toEqual([]);
  });
});
