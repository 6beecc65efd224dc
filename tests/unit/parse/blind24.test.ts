// Constructions the blind sets of round 24 showed (newgold82, newgold83): each test is written from examples of our own,
// with the rules' document date 2022-01-07 (a Friday).
import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/parse/index.js';

const DCT = '2022-01-07';
const tags = (text: string, documentDate: string | undefined = DCT): string[] =>
  tagTimexes(text, documentDate ? { documentDate } : {}).map((t) => `${t.text}=${t.value}`);

describe('a flashback counted back from the story day in the past perfect', () => {
  it('leaves the story on its day for the clock times after it', () => {
    expect(tags('The raid began at 05:30 on 3 March 2021. The night before, the crews had slept in a barn. By 09:00 the bridge was taken.', ''))
      .toEqual(['05:30 on 3 March 2021=2021-03-03T05:30', 'The night before=2021-03-02TNI', '09:00=2021-03-03T09:00']);
  });
  it('moves the story when it is told in the simple past', () => {
    expect(tags('The raid began on 3 March 2021. The night before, the crews slept in a barn. At 22:00 the rain came.', ''))
      .toEqual(['3 March 2021=2021-03-03', 'The night before=2021-03-02TNI', '22:00=2021-03-02T22:00']);
  });
});

describe('an hour said in words before a.m. or p.m.', () => {
  it('is a clock time on the day told', () => {
    expect(tags('Shelling went on until about three a.m. on Tuesday.')).toEqual(['about three a.m. on Tuesday=2022-01-04T03:00']);
  });
});

describe('a game report', () => {
  const report = 'The Lions scored a late touchdown to win 24-21 on Sunday. Smith left in the third quarter with a knee injury, and the Lions drove 70 yards in 1:52 for the winner.';
  it('has game quarters and a game clock, no quarters of the year', () => {
    expect(tags(report)).toEqual(['Sunday=2022-01-02', '1:52=PT1M52S']);
  });
});

describe('three-digit years in a history', () => {
  it('are read after a happening and `of`, and in a reign from one to another', () => {
    expect(tags('After the earthquake of 365 the port declined. Marcus, who ruled from 161 to 180, rebuilt it.', ''))
      .toEqual(['365=0365', '161=0161', '180=0180']);
  });
});

describe('a short regular past form (`died`)', () => {
  it('tells the past, so a bare weekday is the last one', () => {
    expect(tags('She died Tuesday at her home in Leeds.')).toEqual(['Tuesday=2022-01-04']);
  });
});
