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

describe('a year compared with after `as many as` (`four times as many as in our first full year, 2020`)', () => {
  it('is a baseline that does not move the story, even set off in apposition', () => {
    expect(tags('Exports reached 9,000 tonnes, twice as many as in our best season, 2019. In March we added a ship.'))
      .toEqual(['2019=2019', 'March=2021-03']);
  });
  it('leaves an amount reached at a date alone (`as high as $18 in 1996`)', () => {
    expect(tags('Shares traded as high as $18 in 1996. That March they fell.', '')).toEqual(['1996=1996', 'That March=1996-03']);
  });
});

describe('a press release dated on its own line (`Press release, 20 May 2026`)', () => {
  it('gives the publication date', () => {
    expect(tagTimexes('Harbour trust: our year\n\nPress release, 20 May 2026\n\nIn January a fire closed the store.').map((t) => `${t.text}=${t.value}`))
      .toEqual(['20 May 2026=2026-05-20', 'January=2026-01']);
  });
});
