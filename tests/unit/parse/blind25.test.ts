// Constructions the blind articles of round 25 showed (newgold87): each test is written from examples of our own.
import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/parse/index.js';

const tags = (text: string, documentDate?: string): string[] =>
  tagTimexes(text, documentDate ? { documentDate } : {}).map((t) => `${t.text}=${t.value}`);

describe('the first light after a night the story told', () => {
  it('is the next day, and the story keeps the night for a day counted on', () => {
    expect(tags('On the night of 9 March 1916 the trench was raided. The men held on until daybreak and were relieved at noon the next day.'))
      .toEqual(['the night of 9 March 1916=1916-03-09TNI', 'daybreak=1916-03-10TMO', 'noon the next day=1916-03-10T12:00']);
  });
  it('is the same day after a day or a morning', () => {
    expect(tags('On 9 March 1916 the trench was quiet. At dawn the guns opened.')).toEqual(['9 March 1916=1916-03-09', 'dawn=1916-03-09TMO']);
  });
});

describe('an amount of time before a bare `before` ending its clause', () => {
  it('counts back from the story, as `earlier` does', () => {
    expect(tags('The bridge opened in 1932. The ferry had closed three years before.')).toEqual(['1932=1932', 'three years before=1929']);
    expect(tags('The strike ended on 4 May 2021. A week before, talks had collapsed.', '2022-01-07')).toEqual(['4 May 2021=2021-05-04', 'A week before=2021-W17']);
  });
  it('leaves an amount before a date or a noun to its own reading', () => {
    expect(tags('The ferry closed three years before the bridge opened in 1932.')).toEqual(['three years=P3Y', '1932=1932']);
  });
});

describe('`last` after a possessive', () => {
  it('is the final span of someone, no date counted from now', () => {
    expect(tags('During their last week in Leeds they sold the house.', '2022-01-07')).toEqual([]);
    expect(tags('We met her last week.', '2022-01-07')).toEqual(['last week=2021-W52']);
  });
});

describe('a bare month right after a month of a far year, in a dated story', () => {
  it('goes on in that story when it lies at most a season on', () => {
    expect(tags('The council first wrote to the owners in March 2023. In May it served a notice.', '2026-11-02'))
      .toEqual(['March 2023=2023-03', 'May=2023-05']);
  });
  it('is this year\'s when it lies further on', () => {
    expect(tags('The council first wrote to the owners in March 2023. In October it served a notice.', '2026-11-02'))
      .toEqual(['March 2023=2023-03', 'October=2026-10']);
  });
});

describe('round 25\'s second blind set (news)', () => {
  it('reads a staff byline with a comma and the date as the publication date', () => {
    expect(tags('Court backs council on bus lane\n\nBy our Transport staff, 4 March 2026\n\nThe ruling came yesterday.'))
      .toEqual(['4 March 2026=2026-03-04', 'yesterday=2026-03-03']);
  });
  it('looks ahead from time granted now (`has until`)', () => {
    expect(tags('The club has until Friday to appeal, after the league fined it on Monday.', '2022-01-05'))
      .toEqual(['Friday=2022-01-07', 'Monday=2022-01-03']);
  });
  it('dates the infinitive after a verb of trying with its past', () => {
    expect(tags('Officers tried to stop the van on Sunday night.', '2022-01-05')).toEqual(['Sunday night=2022-01-02TNI']);
    expect(tags('The court ordered him to pay by Friday.', '2022-01-05')).toEqual(['Friday=2022-01-07']);
  });
  it('reads no past in a floor set on a date (`no earlier than`)', () => {
    expect(tags('The next launch attempt is no earlier than Saturday.', '2022-01-05')).toEqual(['Saturday=2022-01-08']);
  });
});

describe('tense cues the events helper\'s blind set showed', () => {
  it('reads `won\'t` as `will not`, no past of `win`', () => {
    expect(tags('The museum won\'t open on Easter Monday.', '2026-03-20')).toEqual(['Easter Monday=2026-04-06']);
    expect(tags('Leeds won the final on Sunday.', '2026-03-20')).toEqual(['Sunday=2026-03-15']);
  });
  it('reads a body\'s sitting in the present as scheduled ahead', () => {
    expect(tags('The licensing committee meets again on Tuesday.', '2026-05-08')).toEqual(['Tuesday=2026-05-12']);
  });
});

describe('round 25\'s third blind set (news)', () => {
  it('reads an ambiguous numeric date day first in a text that writes its dates day first', () => {
    expect(tags('Released: 09:10 04/11/2026\n\nThe fire started on 2 November.')).toEqual(['09:10 04/11/2026=2026-11-04T09:10', '2 November=2026-11-02']);
    expect(tags('Released: 09:10 04/11/2026\n\nThe fire started on April 2.')).toEqual(['09:10 04/11/2026=2026-04-11T09:10', 'April 2=2026-04-02']);
  });
  it('reads the verb after an aside that opens with a participle after the subject', () => {
    expect(tags('The van was found on Friday. The driver, fleeing from the scene on foot, crashed at about 9pm.', '2022-01-09'))
      .toEqual(['Friday=2022-01-07', '9pm=2022-01-07T21:00']);
  });
  it('reads `would have` before a noun as a plan', () => {
    expect(tags('The coach said the striker would have surgery on Tuesday.', '2022-01-09')).toEqual(['Tuesday=2022-01-11']);
  });
  it('keeps a part of day after `past` as a preposition', () => {
    expect(tags('The vote ran past midnight.', '2022-01-07')).toEqual(['midnight=2022-01-07T00:00']);
  });
});
