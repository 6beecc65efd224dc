/// <reference types="node" />
// Behaviour of tagTimexes on the cases named in issue 3, by rule family. Document date: Friday 2022-01-07.
import { describe, expect, it } from 'vitest';
import type { TagOptions, Timex } from '../../../src/model/types.js';
import { tagTimexes } from '../../../src/parse/index.js';

const DOC: TagOptions = { documentDate: '2022-01-07' };
const tag = (text: string, options: TagOptions = DOC): Timex[] => tagTimexes(text, options);
const pairs = (text: string, options: TagOptions = DOC): string[] => tag(text, options).map((t) => `${t.text} = ${t.value}`);
const one = (text: string, options: TagOptions = DOC): Timex => {
  const found = tag(text, options);
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe('absolute dates', () => {
  it.each([
    ['It began Jan. 4, 2022.', 'Jan. 4, 2022', '2022-01-04'],
    ['The wall fell on Thursday, 9 November 1989.', 'Thursday, 9 November 1989', '1989-11-09'],
    ['Filed 1989-11-09.', '1989-11-09', '1989-11-09'],
    // A capitalized participle before a day-first date is no name (`Route 66`).
    ['Accessed 14 June 2018.', '14 June 2018', '2018-06-14'],
    ['Born 2 May 1931 in Hull.', '2 May 1931', '1931-05-02'],
    ['in mid-April', 'mid-April', '2022-04'],
    ['in early 2021', 'early 2021', '2021'],
    ['in 2011, a group', '2011', '2011'],
    ['in the 1990s', 'the 1990s', '199'],
    ['in the 19th century', 'the 19th century', '18'],
    ['Caesar was killed in 44 BC.', '44 BC', 'BC0044'],
    ['in summer 2019', 'summer 2019', '2019-SU'],
    ['in the second half of 2024', 'the second half of 2024', '2024-H2'],
  ])('%s', (text, expression, value) => {
    expect(pairs(text)).toEqual([`${expression} = ${value}`]);
  });

  it('reads 11/09/1989 as US month/day by default and day/month with the DMY option', () => {
    expect(one('on 11/09/1989').value).toBe('1989-11-09');
    expect(one('on 11/09/1989', { ...DOC, numericDateOrder: 'DMY' }).value).toBe('1989-09-11');
  });

  it('puts early/mid/late in mod and keeps the value', () => {
    const t = one('Elections are set for late June.');
    expect([t.text, t.value, t.mod]).toEqual(['late June', '2022-06', 'END']);
  });

  it.each(['4,500 jobs were cut', 'a road of 1800 kilometres', 'on Route 1776', 'state broadcaster Khabar 24 reported', 'Over 3,000 people'])(
    'tags no year in %j',
    (text) => {
      expect(pairs(text)).toEqual([]);
    },
  );
});

describe('relative dates against the publication date', () => {
  it.each([
    ['The talks ended on Friday.', 'Friday', '2022-01-07'],
    ['He declared an emergency on Wednesday.', 'Wednesday', '2022-01-05'],
    ['The summit will open on March 3.', 'March 3', '2022-03-03'],
    ['The summit will be held on Wednesday.', 'Wednesday', '2022-01-12'],
    ['The treaty could be signed on Wednesday.', 'Wednesday', '2022-01-12'],
    ['The vote is to be held on Tuesday.', 'Tuesday', '2022-01-11'],
    ['The talks were held on Wednesday.', 'Wednesday', '2022-01-05'],
    ['Talks begin Tuesday.', 'Tuesday', '2022-01-11'],
    ['He will speak at noon ET Thursday.', 'noon ET Thursday', '2022-01-13T12:00-05:00'],
    ['Shares have fallen since Monday.', 'Monday', '2022-01-03'],
    ['Output has grown since March.', 'March', '2021-03'],
    ['He left yesterday.', 'yesterday', '2022-01-06'],
    ['They meet tomorrow.', 'tomorrow', '2022-01-08'],
    ['They met last Tuesday.', 'last Tuesday', '2022-01-04'],
    ['It rose earlier this month.', 'earlier this month', '2022-01'],
    ['It will rise next year.', 'next year', '2023'],
    ['It fell last week.', 'last week', '2021-W52'],
    ['It snowed last weekend.', 'last weekend', '2021-W52-WE'],
    ['Prices fell in December.', 'December', '2021-12'],
  ])('%s', (text, expression, value) => {
    expect(pairs(text)).toEqual([`${expression} = ${value}`]);
  });

  it('explains a weekday by tense and anchor', () => {
    const t = one('The talks ended on Friday.');
    expect(t.derivation).toMatchObject({ rule: 'weekday', anchor: 'document-date', anchorValue: '2022-01-07', tense: 'past' });
    expect(t.derivation.explanation).toBe('most recent Friday on or before the publication date');
  });

  it('present perfect picks the nearest day (`has issued a warning until 06:00 on Saturday`)', () => {
    expect(one('The agency has issued a warning until 06:00 on Saturday.').value).toBe('2022-01-08T06:00');
  });

  it('next weekday in a future-tense sentence', () => {
    expect(one('They will meet on Monday.').value).toBe('2022-01-10');
  });

  it('a present-tense month looks ahead (`the final is in November`)', () => {
    expect(one('The final is in November.').value).toBe('2022-11');
  });

  it('a future-tense month already past this year is next year', () => {
    expect(one('The summit will open on March 3.', { documentDate: '2021-12-10' }).value).toBe('2022-03-03');
  });
});

describe('narrative anchoring', () => {
  it('resolves "two days later" and "the following month" against the last mentioned date', () => {
    expect(pairs('The siege began on 3 May 1453. Two days later the walls fell. The following month the city surrendered.', {})).toEqual([
      '3 May 1453 = 1453-05-03', 'Two days later = 1453-05-05', 'The following month = 1453-06',
    ]);
  });
  it('resolves "that year" to the last mentioned year, also BC', () => {
    expect(pairs('Rome built a fleet in 260 BC and won a battle in the same year.', {})).toEqual(['260 BC = BC0260', 'the same year = BC0260']);
  });
  it('mode narrative anchors deictic words to the story, mode news to the publication date', () => {
    const text = 'The treaty was signed on 3 May 1990. The next day, troops left.';
    expect(pairs(text, { documentDate: '2022-01-07', mode: 'narrative' })[1]).toBe('The next day = 1990-05-04');
    expect(pairs('The treaty was signed on 3 May 1990. Yesterday, troops left.', { documentDate: '2022-01-07', mode: 'news' })[1]).toBe('Yesterday = 2022-01-06');
    expect(pairs('The treaty was signed on 3 May 1990. Yesterday, troops left.', { documentDate: '2022-01-07', mode: 'narrative' })[1]).toBe('Yesterday = 1990-05-02');
  });
  it('puts a bare month or season that bounds a span from the story\'s day on or after it (`until January`)', () => {
    const story = 'In 1911 the team sailed north. The ice closed on 19 November and did not open until the spring. They waited until January, and until 30 November for the post.';
    expect(pairs(story, { documentDate: '2025-02-12', mode: 'narrative' })).toEqual([
      '1911 = 1911', '19 November = 1911-11-19', 'the spring = 1912-SP', 'January = 1912-01', '30 November = 1912-11-30',
    ]);
  });
  it('tells a news story that recalls past years on the present clock when it speaks of the present as often', () => {
    const news = 'A clerk was jailed Tuesday for fraud between 2018 and 2022. She admitted the thefts in October. An audit last spring found them. The first was on May 2, 2018, the last in June 2022. The council meets next month.';
    expect(pairs(news, { documentDate: '2026-02-18' }).find((p) => p.startsWith('October'))).toBe('October = 2025-10');
  });
  it('marks them narrative in the derivation', () => {
    expect(tag('It began in 1990. Two years later it ended.', {})[1]!.derivation).toMatchObject({ anchor: 'narrative', anchorValue: '1990' });
  });
});

describe('ranges', () => {
  it('puts the weekday that ends a range on or after its start (`from Monday to Friday`)', () => {
    expect(pairs('The fair runs from Monday to Friday.', { documentDate: '2021-11-01' })).toEqual(['Monday = 2021-11-01', 'Friday = 2021-11-05']);
    expect(pairs('Rain fell between Sunday and Tuesday.', { documentDate: '2021-11-03' })).toEqual(['Sunday = 2021-10-31', 'Tuesday = 2021-11-02']);
  });
});

describe('clock times with a written-out zone', () => {
  it('keeps `Pacific`, `Eastern time` and `Central Standard Time` inside the expression and joins the day', () => {
    expect(pairs('Sales open at 9 a.m. Pacific on March 16.', { documentDate: '2026-03-10' })).toEqual(['9 a.m. Pacific on March 16 = 2026-03-16T09:00-07:00']);
    expect(pairs('The call starts at 4 p.m. Eastern time on Friday.', { documentDate: '2026-03-10' })).toEqual(['4 p.m. Eastern time on Friday = 2026-03-13T16:00-04:00']);
    expect(pairs('It airs at 8 p.m. Central Standard Time.', { documentDate: '2026-03-10' })).toEqual(['8 p.m. Central Standard Time = 2026-03-10T20:00-06:00']);
  });
  it('keeps the zone as an ISO offset: UTC as Z, abbreviations and numeric offsets as ±HH:MM', () => {
    const doc = { documentDate: '2023-05-02' };
    expect(pairs('The servers were patched at 03:10 UTC.', doc)).toEqual(['03:10 UTC = 2023-05-02T03:10Z']);
    expect(pairs('Markets in Mumbai open at 9:15 a.m. IST.', doc)).toEqual(['9:15 a.m. IST = 2023-05-02T09:15+05:30']);
    expect(pairs('The relay started at 22:40 CEST on Saturday.', doc)).toEqual(['22:40 CEST on Saturday = 2023-04-29T22:40+02:00']);
    expect(pairs('The log shows 07:55:12 -0700 as the last entry.', doc)).toEqual(['07:55:12 -0700 = 2023-05-02T07:55:12-07:00']);
    expect(pairs('Doors open at 6 pm (UTC+09:30).', doc)).toEqual(['6 pm (UTC+09:30) = 2023-05-02T18:00+09:30']);
    expect(pairs('The bell rang at 1 pm utc+00.', doc)).toEqual(['1 pm utc+00 = 2023-05-02T13:00Z']);
  });
  it('gives a US zone said without its season the standard or daylight offset of its day', () => {
    // 2023: daylight time from Sunday March 12 to Sunday November 5; 2005 (older rule): April 3 to October 30.
    const at = (text: string) => pairs(text, { documentDate: '2023-05-02' })[0];
    expect(at('The count closed on 2023-03-11 at 22:00 ET.')).toBe('2023-03-11 at 22:00 ET = 2023-03-11T22:00-05:00');
    expect(at('The count closed on 2023-03-12 at 22:00 ET.')).toBe('2023-03-12 at 22:00 ET = 2023-03-12T22:00-04:00');
    expect(at('The count closed on 2023-11-04 at 22:00 PT.')).toBe('2023-11-04 at 22:00 PT = 2023-11-04T22:00-07:00');
    expect(at('The count closed on 2023-11-05 at 22:00 PT.')).toBe('2023-11-05 at 22:00 PT = 2023-11-05T22:00-08:00');
    expect(at('The count closed on 2005-04-02 at 22:00 CT.')).toBe('2005-04-02 at 22:00 CT = 2005-04-02T22:00-06:00');
    expect(at('The count closed on 2005-04-03 at 22:00 CT.')).toBe('2005-04-03 at 22:00 CT = 2005-04-03T22:00-05:00');
    // A day not known: no offset can be told.
    expect(pairs('The show starts at 8 p.m. Mountain time Friday.', {})).toEqual(['8 p.m. Mountain time Friday = XXXX-WXX-5T20:00']);
  });
  it('never reads an offset after a time as a year, nor a clock range as an offset', () => {
    const doc = { documentDate: '2023-05-02' };
    expect(pairs('The mail was sent 2 May 2023 08:30:00 +1200 from Auckland.', doc)).toEqual(['2 May 2023 08:30:00 +1200 = 2023-05-02T08:30:00+12:00']);
    expect(pairs('The clinic is open 10:30-11:30 daily.', doc).map((p) => p.split(' = ')[1])).not.toContain('2023-05-02T10:30-11:30');
    expect(pairs('It ran 10:30-11:30 today.', doc).every((p) => !/[+-]\d{2}:\d{2}$/.test(p))).toBe(true);
  });
  it('keeps fractional seconds and an ISO hour alone', () => {
    const doc = { documentDate: '2023-05-02' };
    expect(pairs('The sensor tripped at 14:02:11.5 on 2023-04-30.', doc)).toEqual(['14:02:11.5 on 2023-04-30 = 2023-04-30T14:02:11.5']);
    expect(pairs('Readings from 2023-04-30T06 were lost.', doc)).toEqual(['2023-04-30T06 = 2023-04-30T06']);
  });
  it('keeps the time of a weekday whose week is unknown, and the part of day of a stated date', () => {
    expect(pairs('The ferry sails 7 pm Thursday.', {})).toEqual(['7 pm Thursday = XXXX-WXX-4T19:00']);
    expect(pairs('Riots broke out Sunday night.', {})).toEqual(['Sunday night = XXXX-WXX-7TNI']);
    expect(pairs('The fleet sailed on the evening of June 3, 1801.', { documentDate: '2023-05-02' })).toEqual(['the evening of June 3, 1801 = 1801-06-03TEV']);
  });
  it('leaves a name that goes on (`Pacific Ocean`, `Central Park`) outside', () => {
    expect(pairs('They met at 5 p.m. Central Park was shut.', { documentDate: '2026-03-10' })).toEqual(['5 p.m. = 2026-03-10T17:00']);
  });
});

describe('spans ahead', () => {
  it('reads `over the next decade` as ten years ahead, a bare `the next decade` as the calendar decade', () => {
    expect(pairs('Spending will double over the next decade.', { documentDate: '2025-06-12' })).toEqual(['the next decade = P10Y']);
    expect(pairs('Seas will rise over the following century.', { documentDate: '2025-06-12' })).toEqual(['the following century = P100Y']);
    expect(pairs('The next decade will be hard.', { documentDate: '2025-06-12' })).toEqual(['The next decade = 203']);
  });
});

describe('quarters closed by a date', () => {
  it('takes the quarter the date closes, or the year of a numbered (fiscal) quarter', () => {
    const opts = { documentDate: '2025-09-18' };
    expect(pairs('It reported a loss for the quarter that ended Aug. 31.', opts)).toEqual(['the quarter = 2025-Q3', 'Aug. 31 = 2025-08-31']);
    expect(pairs('Sales rose in the quarter ended June 30, 2024.', opts)[0]).toBe('the quarter = 2024-Q2');
    expect(pairs('Its fourth quarter ended Aug. 30, 2024, was weak.', opts)[0]).toBe('fourth quarter = 2024-Q4');
  });
  it('leaves a quarter alone when no closing date follows it', () => {
    expect(pairs('Profit fell in the quarter, to $3 million on Aug. 31.', { documentDate: '2025-09-18' })[0]).toBe('the quarter = 2025-Q2');
  });
});

describe('document date precedence and unresolved values', () => {
  const text = 'Headline\nPublished: Jan 07, 2022 07:06 PM\nThe talks ended on Wednesday.';
  it('uses the date found in the text', () => {
    expect(pairs(text, {})).toEqual(['Jan 07, 2022 07:06 PM = 2022-01-07T19:06', 'Wednesday = 2022-01-05']);
  });
  it('prefers options.documentDate over the text', () => {
    expect(pairs(text, { documentDate: '2022-02-04' })[1]).toBe('Wednesday = 2022-02-02');
  });
  it('falls back to referenceDate, and leaves relative values unresolved without any anchor', () => {
    expect(pairs('They met on Wednesday and yesterday.', { referenceDate: '2022-01-07' })).toEqual(['Wednesday = 2022-01-05', 'yesterday = 2022-01-06']);
    const t = tag('They met on Wednesday and yesterday, and last month.', {});
    expect(t.map((x) => `${x.value} ${x.derivation.anchor}`)).toEqual(['XXXX-WXX-3 unresolved', 'XXXX-XX-XX unresolved', 'XXXX-XX unresolved']);
  });
});

describe('times and parts of day', () => {
  it.each([
    ['at 07:06 PM', '07:06 PM', '2022-01-07T19:06'],
    ['at 9 p.m. on Tuesday, police said', '9 p.m. on Tuesday', '2022-01-04T21:00'],
    ['at 10:30 local time on Sunday, witnesses said', '10:30 local time on Sunday', '2022-01-02T10:30'],
    ['Protests began Sunday evening.', 'Sunday evening', '2022-01-02TEV'],
    ['gunshots were heard in the early morning hours of Friday', 'the early morning hours of Friday', '2022-01-07TMO'],
    ['It struck this morning.', 'this morning', '2022-01-07TMO'],
  ])('%s', (text, expression, value) => {
    expect(pairs(text)).toEqual([`${expression} = ${value}`]);
  });
});

describe('durations and sets', () => {
  it.each([
    ['declared a two-week state of emergency', 'two-week', 'P2W', 'DURATION'],
    ['for ten days', 'ten days', 'P10D', 'DURATION'],
    ['the unrest lasted for a few days', 'a few days', 'PXD', 'DURATION'],
    ['it took 48 hours', '48 hours', 'PT48H', 'DURATION'],
    ['a 40-year career', '40-year', 'P40Y', 'DURATION'],
    ['every two hours', 'every two hours', 'PT2H', 'SET'],
    ['prices are reviewed weekly.', 'weekly', 'P1W', 'SET'],
  ])('%s', (text, expression, value, type) => {
    const t = one(text);
    expect([t.text, t.value, t.type]).toEqual([expression, value, type]);
  });
  it('reads fortnights: a span of two weeks after last, next or this, a week back with ago, a recurrence', () => {
    const sun = { documentDate: '2026-12-06' };
    const typed = (text: string): string[] => tag(text, sun).map((t) => `${t.text} = ${t.value} ${t.type}`);
    expect(typed('Two ferries sank last fortnight.')).toEqual(['last fortnight = P2W DURATION']);
    expect(typed('The hall is booked for the coming fortnight.')).toEqual(['the coming fortnight = P2W DURATION']);
    expect(typed('She moved house a fortnight ago.')).toEqual(['a fortnight ago = 2026-W47 DATE']);
    expect(typed('Three fortnights ago the well ran dry.')).toEqual(['Three fortnights ago = 2026-W43 DATE']);
    expect(typed('The course runs for two fortnights.')).toEqual(['two fortnights = P4W DURATION']);
    expect(typed('Nurses are paid fortnightly, not monthly.')).toEqual(['fortnightly = P2W SET', 'monthly = P1M SET']);
    expect(typed('He edits a fortnightly paper.')).toEqual([]);
  });
  it('joins clock amounts in falling units into one (`two hours and thirty minutes` PT2H30M), not the bounds of `between`', () => {
    expect(pairs('The climb took three hours and ten minutes.')).toEqual(['three hours and ten minutes = PT3H10M']);
    expect(pairs('Her time was 2 hours 41 minutes 9 seconds.')).toEqual(['2 hours 41 minutes 9 seconds = PT2H41M9S']);
    expect(pairs('The wait ran 5 hours, 20 minutes.')).toEqual(['5 hours, 20 minutes = PT5H20M']);
    expect(pairs('It lasts between 2 hours and 90 minutes.')).toEqual(['2 hours = PT2H', '90 minutes = PT90M']);
    expect(pairs('It took 20 minutes and 3 hours.')).toEqual(['20 minutes = PT20M', '3 hours = PT3H']);
  });
  it('reads `and a half` and `hundred and` in a count (`6 and a half weeks` P6.5W, `three hundred and five days` P305D)', () => {
    expect(pairs('She was gone 6 and a half weeks.')).toEqual(['6 and a half weeks = P6.5W']);
    expect(pairs('The siege lasted four and a half months.')).toEqual(['four and a half months = P4.5M']);
    expect(pairs('He served three hundred and five days.')).toEqual(['three hundred and five days = P305D']);
    expect(pairs('The vault stayed shut for one hundred and forty-two years.')).toEqual(['one hundred and forty-two years = P142Y']);
  });
  it('about eight months -> P8M mod APPROX', () => {
    const t = one('the talks took about eight months');
    expect([t.text, t.value, t.mod]).toEqual(['about eight months', 'P8M', 'APPROX']);
  });
});

describe('references', () => {
  it.each([
    ['The situation is now under control.', 'now', 'PRESENT_REF'],
    ['It is currently closed.', 'currently', 'PRESENT_REF'],
    ['It was recently raised.', 'recently', 'PAST_REF'],
    ['in the current situation', 'current', 'PRESENT_REF'],
    ['in the future.', 'the future', 'FUTURE_REF'],
  ])('%s', (text, expression, value) => {
    expect(pairs(text)).toEqual([`${expression} = ${value}`]);
  });
});

describe('result invariants', () => {
  const text = 'Published: Jan 07, 2022 07:06 PM\nOn Friday, 3,000 people rallied; on Jan. 4, 2022 and two days later, and every week since 2011.';
  const t = tag(text, {});
  it('is sorted, non-overlapping, ids t1..tn, offsets into the text', () => {
    t.forEach((x, k) => {
      expect(x.id).toBe(`t${k + 1}`);
      expect(text.slice(x.start, x.end)).toBe(x.text);
      if (k > 0) expect(x.start).toBeGreaterThanOrEqual(t[k - 1]!.end);
    });
    expect(t.length).toBeGreaterThan(4);
  });
  it('never throws on odd input', () => {
    for (const s of ['', ' ', '\n\n', '12/12/12/12/12', '$$$', "''''s", '1'.repeat(5000), 'May May May', 'the the the']) {
      expect(() => tagTimexes(s, {})).not.toThrow();
    }
    expect(tagTimexes(undefined as unknown as string)).toEqual([]);
  });
});

describe('recurrences, titles and anaphora without a day', () => {
  const opts = { documentDate: '2022-01-07' };
  it('makes a weekday coordinated with a recurring one recur, with its part of day', () => {
    expect(pairs('Two flights leave on Monday and Tuesday nights.', opts)).toEqual(['Monday = XXXX-WXX-1TNI', 'Tuesday nights = XXXX-WXX-2TNI']);
    expect(pairs('The shop opens Saturdays and Sundays.', opts)).toEqual(['Saturdays = XXXX-WXX-6', 'Sundays = XXXX-WXX-7']);
    expect(pairs('It opened Monday and closed Tuesday.', opts)).toEqual(['Monday = 2022-01-03', 'Tuesday = 2022-01-04']);
  });
  it('bounds a weekly recurrence by the year it is said to lie in', () => {
    const sun = { documentDate: '2026-12-06' };
    expect(pairs('The choir rehearsed on Wednesdays in 2003.', sun)).toEqual(['Wednesdays in 2003 = 2003-WXX-3']);
    expect(pairs('A bus ran every Sunday during last year.', sun)).toEqual(['every Sunday during last year = 2025-WXX-7']);
    expect(pairs('Friday nights in 1988 were loud.', sun)).toEqual(['Friday nights in 1988 = 1988-WXX-5TNI']);
    // TIMEX3 has no value for the Mondays of a month: the two stay apart.
    expect(pairs('The museum closes on Mondays in August.', sun)).toEqual(['Mondays = XXXX-WXX-1', 'August = 2027-08']);
    expect(pairs('He fished on Saturdays, 1990 being no exception.', sun)).toEqual(['Saturdays = XXXX-WXX-6', '1990 = 1990']);
  });
  it('leaves out a time expression inside a capitalized title', () => {
    expect(pairs('He said on "This Week With David Brinkley" that it failed.', opts)).toEqual([]);
    expect(pairs('Sales rose in March The company said.', opts)).toEqual(['March = 2021-03']);
  });
  it('does not invent a day when the last date named only a year or a month', () => {
    expect(pairs('The crash came in 1987. Traders lost money on trades made that day.', opts)).toEqual(['1987 = 1987', 'that day = XXXX-XX-XX']);
    expect(pairs('The strike began on June 3, 1987. Two days later it ended.', opts)).toEqual(['June 3, 1987 = 1987-06-03', 'Two days later = 1987-06-05']);
  });
  it('names a quarter closed by a date after the calendar quarter of its middle month', () => {
    expect(pairs('In the quarter ended July 31, it lost money.', opts)[0]).toBe('the quarter = 2021-Q2');
    expect(pairs('In the quarter ended Jan. 1, 2022, it lost money.', opts)[0]).toBe('the quarter = 2021-Q4');
  });
  it('reads an era, not a day, in `the leaders of tomorrow`', () => {
    expect(pairs('He chose the leaders of tomorrow.', opts)).toEqual(['tomorrow = FUTURE_REF']);
    expect(pairs('Nobody forgot the events of yesterday.', opts)).toEqual(['yesterday = 2022-01-06']);
  });
});

describe('the quarter under discussion', () => {
  it('keeps the topic quarter when an explicit year names the year-ago one', () => {
    const text = 'Sales rose for the quarter ended Sept. 29. In the 2021 period, the company earned $2 million. It expected to break even for the quarter.';
    expect(pairs(text, { documentDate: '2022-10-20' })).toEqual([
      'the quarter = 2022-Q3', 'Sept. 29 = 2022-09-29', 'the 2021 period = 2021-Q3', 'the quarter = 2022-Q3',
    ]);
  });
});

describe('since the end of a period', () => {
  it('reads `since year-end` before the year is over as the end of the year before', () => {
    expect(pairs('The index is up 12% since year-end.', { documentDate: '2022-10-20' })).toEqual(['year-end = 2021']);
    expect(pairs('The deal will close by year-end.', { documentDate: '2022-10-20' })).toEqual(['year-end = 2022']);
  });
});

describe('compositions with `of`', () => {
  const opts = { documentDate: '2022-01-07' };
  it('takes a weekday of the week named, and a month or quarter of the year named', () => {
    expect(pairs('We meet on Tuesday of next week.', opts)).toEqual(['Tuesday of next week = 2022-01-11']);
    expect(pairs('Sales rise in the third quarter of next year.', opts)).toEqual(['the third quarter of next year = 2023-Q3']);
    expect(pairs('The war began in 2011. In October of that year the city fell.', opts)).toEqual(['2011 = 2011', 'October of that year = 2011-10']);
  });
});

describe('an hour before a day and its part of the day', () => {
  const opts = { documentDate: '2022-01-07' };
  it('joins a clock time to the day and takes the half of the clock the part names', () => {
    expect(pairs('The polls close at 8:30 this evening.', opts)).toEqual(['8:30 this evening = 2022-01-07T20:30']);
    expect(pairs('The fire was reported at 11:15 last night.', opts)).toEqual(['11:15 last night = 2022-01-06T23:15']);
    expect(pairs('He left on Monday. He was back at 5:45 that afternoon.', opts)).toEqual(['Monday = 2022-01-03', '5:45 that afternoon = 2022-01-03T17:45']);
  });
  it('keeps a part of the day after `later in` or `early in`, not a bare `in the morning`', () => {
    expect(pairs('The vote came on Tuesday. The result followed later in the evening.', opts)).toEqual(['Tuesday = 2022-01-04', 'the evening = 2022-01-04TEV']);
    expect(pairs('She runs in the morning.', opts)).toEqual([]);
  });
  it('puts the small hours of a night counted from a day on the day after it', () => {
    expect(pairs('Police were called at 2am last night.', opts)).toEqual(['2am last night = 2022-01-07T02:00']);
    expect(pairs('Police were called at 11pm last night.', opts)).toEqual(['11pm last night = 2022-01-06T23:00']);
    expect(pairs('The raid began on 4 January. At 3am that night the roof fell.', opts)).toEqual(['4 January = 2022-01-04', '3am that night = 2022-01-05T03:00']);
  });
  it('joins a clock time to its day across a comma and `on`', () => {
    expect(pairs('The hall will close early, at 3pm, on Saturday 15 January.', opts)).toEqual(['3pm, on Saturday 15 January = 2022-01-15T15:00']);
  });
  it('reads a bare hour after a preposition of time, with or without `on`', () => {
    expect(pairs('Trains stop at 10 on Sunday night.', opts)).toEqual(['10 on Sunday night = 2022-01-09T22:00']);
    expect(pairs('She landed on Tuesday and called home at nine the next morning.', opts)).toEqual(['Tuesday = 2022-01-04', 'nine the next morning = 2022-01-05T09:00']);
  });
  it('keeps an am/pm the clock spelled, and leaves counts and bare parts alone', () => {
    expect(pairs('The vote is at 6 p.m. Thursday evening.', opts)).toEqual(['6 p.m. Thursday evening = 2022-01-06T18:00']);
    expect(pairs('The team scored 3 on Sunday night.', opts)).toEqual(['Sunday night = 2022-01-02TNI']);
    expect(pairs('They talked until two in the morning.', opts)).toEqual(['two in the morning = 2022-01-07T02:00']);
  });
});

describe('a bare month after a month of a story year, and a season of a two-digit year', () => {
  it('puts `by October` after `In January 1974` in 1974 even in a story published decades later', () => {
    expect(pairs('In February 1981 the union struck, and by September the pits had closed.', { documentDate: '2026-03-09' }))
      .toEqual(['February 1981 = 1981-02', 'September = 1981-09']);
  });
  it('joins `the spring of \'55` and `June of ’44` into one date of that year', () => {
    expect(pairs("They met in the autumn of '62.", {})).toEqual(["the autumn of '62 = 1962-FA"]);
    expect(pairs('He enlisted in June of ’44.', {})).toEqual(['June of ’44 = 1944-06']);
  });
  it('reads `for a week afterward` as how long, not when', () => {
    expect(pairs('Traffic stayed slow for a week afterwards.', { documentDate: '2026-03-09' })).toEqual(['a week = P1W']);
  });
  it('counts weeks from a story month to the month they reach', () => {
    expect(pairs('In June 1916 the battalion landed. Ten weeks later it was withdrawn.', {})).toEqual(['June 1916 = 1916-06', 'Ten weeks later = 1916-08']);
  });
  it('reads an -ed word after a progressive as an adjective, not a past verb (`is running guided walks until ...`)', () => {
    expect(pairs('The museum is running guided tours until the end of October.', { documentDate: '2026-03-09' })).toEqual(['the end of October = 2026-10']);
  });
});

describe('the small hours', () => {
  it('are the start of a morning, and the morning after a night the story just named', () => {
    expect(pairs('Shots were heard in the early hours.', { documentDate: '2025-06-14' })).toEqual(['the early hours = 2025-06-14TMO']);
    expect(pairs('The bar closed at 11pm on Friday. Fighting broke out in the small hours.', { documentDate: '2025-06-14' }))
      .toEqual(['11pm on Friday = 2025-06-13T23:00', 'the small hours = 2025-06-14TMO']);
    expect(pairs('Police were called in the early hours of Sunday.', { documentDate: '2025-06-16' })).toEqual(['the early hours of Sunday = 2025-06-15TMO']);
    expect(pairs('He worked long hours.', { documentDate: '2025-06-16' })).toEqual([]);
  });
});

describe('amounts and ranges of news copy', () => {
  const opts = { documentDate: '2026-05-16' };
  it('adds an amount in smaller units to the one before it (`two years and nine months`)', () => {
    expect(pairs('He was jailed for four years and six months.', opts)).toEqual(['four years and six months = P4Y6M']);
    expect(pairs('The flight took eleven hours, forty minutes.', opts)).toEqual(['eleven hours, forty minutes = PT11H40M']);
  });
  it('leaves the verb `last` out of an amount (`expected to last six weeks`)', () => {
    expect(pairs('The works are due to last three months.', opts)).toEqual(['three months = P3M']);
  });
  it('gives a clock time alone the day of the time it runs to, the evening before when the range runs overnight', () => {
    expect(pairs('A warning for wind is in force from 9am until 6pm on Monday.', opts)).toEqual(['9am = 2026-05-18T09:00', '6pm on Monday = 2026-05-18T18:00']);
    expect(pairs('The line is closed from 11pm to 5am on Tuesday.', opts)).toEqual(['11pm = 2026-05-18T23:00', '5am on Tuesday = 2026-05-19T05:00']);
  });
});

describe('letters and entries headed by their own date', () => {
  it('counts each letter\'s days from its heading, a place before the date (`Brook House, 4th May 1871`)', () => {
    const text = 'Brook House, 4th May 1871\n\nDear Tom,\nThe frost came yesterday.\n\n'
      + '22 Hill Street, Bath, 19th June 1871\n\nDear Tom,\nI arrived on Saturday and this morning we walked.';
    expect(pairs(text, {})).toEqual([
      '4th May 1871 = 1871-05-04', 'yesterday = 1871-05-03', '19th June 1871 = 1871-06-19', 'Saturday = 1871-06-17', 'this morning = 1871-06-19TMO',
    ]);
  });
  it('moves the following season of a BC year to the next year, a smaller number', () => {
    expect(pairs('He founded the port in 340 BC, and the following summer a fleet arrived.', {})).toEqual(['340 BC = BC0340', 'the following summer = BC0339-SU']);
  });
});

describe('the story\'s own day and time', () => {
  it('gives a clock time the day named in the sentence before, on the side of publication its tense looks to', () => {
    expect(pairs('The crash happened on 9 April. The lorry left the depot at 05:40.', { documentDate: '2026-07-01' }))
      .toEqual(['9 April = 2026-04-09', '05:40 = 2026-04-09T05:40']);
    expect(pairs('Wednesday will bring heavy rain. Winds will ease during the evening.', { documentDate: '2026-11-23' }))
      .toEqual(['Wednesday = 2026-11-25', 'the evening = 2026-11-25TEV']);
    // A day that bounds a span names no scene: the evening after it is tonight's.
    expect(pairs('Roads are shut from noon today until 6am on Friday. Winds will ease during the evening.', { documentDate: '2026-11-23' }))
      .toEqual(['noon today = 2026-11-23T12:00', '6am on Friday = 2026-11-27T06:00', 'the evening = 2026-11-23TEV']);
  });
  it('counts minutes and hours later from the story\'s last time, or its day', () => {
    expect(pairs('The first call came at 23:50 on 2 May. Thirty minutes later the roof fell.', { documentDate: '2026-07-01' }))
      .toEqual(['23:50 on 2 May = 2026-05-02T23:50', 'Thirty minutes later = 2026-05-03T00:20']);
    expect(pairs('The ship sailed on 2 May. Three hours later it sank.', { documentDate: '2026-07-01' }))
      .toEqual(['2 May = 2026-05-02', 'Three hours later = 2026-05-02']);
  });
  it('puts `the following weekend` after a weekday in that week', () => {
    expect(pairs('Voting ended on Tuesday 1 December. The count took until the following weekend.', { documentDate: '2026-12-10' }))
      .toEqual(['Tuesday 1 December = 2026-12-01', 'the following weekend = 2026-W49-WE']);
  });
  it('takes the turn of the century nearest the year the story has reached', () => {
    expect(pairs('The canal opened in 1897. By the turn of the century it carried coal.', {})).toEqual(['1897 = 1897', 'the turn of the century = 19']);
    expect(pairs('The law passed in 1996. Since the turn of the century, fines have doubled.', { documentDate: '2026-04-15' }))
      .toEqual(['1996 = 1996', 'the turn of the century = 20']);
  });
  it('reads `this day in 1957` and `ten years ago this week` as one date each', () => {
    expect(pairs('On this day in 1948, the first tram ran.', { documentDate: '2026-10-08' })).toEqual(['this day in 1948 = 1948-10-08']);
    expect(pairs('Twenty years ago this week, the pier burned.', { documentDate: '2026-10-08' })).toEqual(['Twenty years ago this week = 2006-W40']);
    expect(pairs('A year ago this month, the pier burned.', { documentDate: '2026-10-08' })).toEqual(['A year ago this month = 2025-10']);
  });
});

describe('an `on this day` column', () => {
  it('reads a year that opens an entry line as this day of that year', () => {
    const text = 'Today in history\n\n1854 – The first lamp is lit on the pier.\n\n1990 – The pier burns. Repairs take 1991 and most of 1992.';
    expect(pairs(text, { documentDate: '2026-03-14' })).toEqual(['Today = 2026-03-14', '1854 = 1854-03-14', '1990 = 1990-03-14', '1991 = 1991', '1992 = 1992']);
  });
  it('leaves entry years alone in other texts', () => {
    expect(pairs('Key dates\n\n1854 – The first lamp is lit on the pier.', { documentDate: '2026-03-14' })).toEqual(['1854 = 1854']);
  });
});

describe('a digest of wire items, each with its own dateline', () => {
  it('counts an item\'s `today` from its own dateline, to the end of its paragraph', () => {
    const text = 'Business briefing\nFriday, May 8, 2026\n\nOSLO, May 7 (Wire) — The krone fell today.\nLIMA (Wire) — Copper rose today.';
    expect(pairs(text, {})).toEqual(['Friday, May 8, 2026 = 2026-05-08', 'May 7 = 2026-05-07', 'today = 2026-05-07', 'today = 2026-05-08']);
  });
});

describe('a publication date that states its time of day', () => {
  const stamped = { documentDate: '2026-03-05T16:40:00' };
  it('counts hours, minutes and seconds back from that time', () => {
    expect(pairs('Smoke was first reported three hours ago.', stamped)).toEqual(['three hours ago = 2026-03-05T13:40']);
    expect(pairs('The ferry docked 90 minutes ago.', stamped)).toEqual(['90 minutes ago = 2026-03-05T15:10']);
    expect(pairs('The shaking began 20 seconds ago.', stamped)).toEqual(['20 seconds ago = 2026-03-05T16:39:40']);
    expect(pairs('The alarm sounded 18 hours ago.', stamped)).toEqual(['18 hours ago = 2026-03-04T22:40']);
  });
  it('keeps the day when the publication date states no time', () => {
    expect(pairs('Smoke was first reported three hours ago.', { documentDate: '2026-03-05' })).toEqual(['three hours ago = 2026-03-05']);
  });
  it('counts an amount before `ago` with it (`1 day 21 hours ago`, `two years and three months ago`)', () => {
    expect(pairs('The last post came 1 day 4 hours ago.', stamped)).toEqual(['1 day 4 hours ago = 2026-03-04T12:40']);
    expect(pairs('It was updated 2 min 15 sec ago.', stamped)).toEqual(['2 min 15 sec ago = 2026-03-05T16:37:45']);
    expect(pairs('The shop shut two years and three months ago.', stamped)).toEqual(['two years and three months ago = 2023-12']);
    expect(pairs('The pipe burst three weeks and two days ago.', stamped)).toEqual(['three weeks and two days ago = 2026-02-10']);
  });
  it('reads a feed\'s compact units before `ago` (`3h ago`, `1d 4h ago`), and only there', () => {
    expect(pairs('Updated 3h ago', stamped)).toEqual(['3h ago = 2026-03-05T13:40']);
    expect(pairs('Comment posted 1d 4h ago.', stamped)).toEqual(['1d 4h ago = 2026-03-04T12:40']);
    expect(pairs('Edited 2m 15s ago', stamped)).toEqual(['2m 15s ago = 2026-03-05T16:37:45']);
    expect(pairs('The fund raised $5m and built a 3d model.', stamped)).toEqual([]);
  });
  it('makes weeks back a day when a clock time follows (`two weeks ago at 9am`)', () => {
    expect(pairs('The vote was held three weeks ago at 7pm.', stamped)).toEqual(['three weeks ago at 7pm = 2026-02-12T19:00']);
  });
});

describe('a year told month by month (a review of the year)', () => {
  const opts = { documentDate: '2026-12-28' };
  const text = 'The year\n\nJanuary: The river burst its banks on Jan. 9. Residents returned a week later.\n\n'
    + 'June: A heatwave peaked on June 20. Pools stayed open until 9pm for the rest of the month.\n\n'
    + 'October: The council said the depot would close next year.';
  it('puts a day of the month a heading just named in that month, and `the rest of the month` in it too', () => {
    expect(pairs(text, opts)).toEqual([
      'January = 2026-01', 'Jan. 9 = 2026-01-09', 'a week later = 2026-W03',
      'June = 2026-06', 'June 20 = 2026-06-20', '9pm = 2026-06-20T21:00', 'the rest of the month = 2026-06',
      'October = 2026-10', 'next year = 2027',
    ]);
  });
});

describe('clock ranges', () => {
  it('lets a clock time share the pm of the one it runs to', () => {
    expect(pairs('The show runs from 9:15-10:45pm.', { documentDate: '2022-01-07' })).toEqual(['9:15 = 2022-01-07T21:15', '10:45pm = 2022-01-07T22:45']);
    expect(pairs('It opens from 10:30 to 11:45 p.m.', { documentDate: '2022-01-07' })).toEqual(['10:30 = 2022-01-07T22:30', '11:45 p.m. = 2022-01-07T23:45']);
    expect(pairs('It opens from 11:30 to 1:45 p.m.', { documentDate: '2022-01-07' })).toEqual(['11:30 = 2022-01-07T11:30', '1:45 p.m. = 2022-01-07T13:45']);
  });
});

describe('story time in a text told in the past', () => {
  const history = [
    'The mill was founded in 1802 by two brothers. In April they bought the land, and on 9 July the first wheel turned.',
    'Trade grew the following summer. By the winter some 200 people worked there. On 3 February a fire gutted the loft, and the roof was rebuilt two weeks later.',
    'The brothers quarrelled in 1810. That spring the elder sold his share, and in October the younger left for Leeds.',
    'The mill closed in 1899. Today it is a museum, and last year it drew 20,000 visitors.',
  ].join('\n\n');
  const values = (text: string) => Object.fromEntries(tag(text, { documentDate: '2024-05-10' }).map((t) => [t.text, t.value]));
  it('puts bare months, days and seasons in the year the story has reached', () => {
    // (`By the winter` after the summer of 1803 is the winter of 1803-04: its February is February 1804.)
    const v = values(history);
    expect(v).toMatchObject({
      April: '1802-04', '9 July': '1802-07-09', 'the following summer': '1803-SU', 'the winter': '1803-WI',
      '3 February': '1804-02-03', 'two weeks later': '1804-W07', 'That spring': '1810-SP', October: '1810-10',
    });
  });
  it('keeps deictic words on the publication date', () => {
    expect(values(history)).toMatchObject({ Today: '2024-05-10', 'last year': '2023' });
  });
  it('leaves news with background years on the publication date', () => {
    const news = 'The club won the league in 1986, 1998 and 2011. This season it lost only twice, the fewest since 1987. The run began in March.';
    expect(values(news)).toMatchObject({ March: '2024-03' });
  });
  const siege = 'The fort was built in 1890 and rebuilt in 1911. War came in 1914, and on 3 November the siege began. '
    + 'On 20 December the last convoy arrived; it was the only one that winter.';
  it('moves a bare month on past the day the story has reached (a story told forward)', () => {
    expect(values(`${siege} In January the river froze, and on 2 March the garrison surrendered.`))
      .toMatchObject({ '20 December': '1914-12-20', January: '1915-01', '2 March': '1915-03-02' });
  });
  it('keeps a bare month in the year reached when its clause is in the past perfect', () => {
    expect(values(`${siege} In June the mayor had already warned of it.`)).toMatchObject({ June: '1914-06' });
    expect(values(`${siege} The mayor had warned of it in June.`)).toMatchObject({ June: '1914-06' });
  });
  it('keeps the story\'s day as its clock after a phrase that only names the period it is in (`that winter`)', () => {
    const v = tag(`${siege} In February the garrison surrendered.`, { documentDate: '2024-05-10' });
    expect(v.find((t) => t.text === 'that winter')?.value).toBe('1914-WI');
    expect(v.find((t) => t.text === 'February')).toMatchObject({ value: '1915-02' });
    expect(v.find((t) => t.text === 'February')?.derivation.explanation).toContain('moved on past 1914-12-20');
  });
  it('returns to the present after a vague reference to it, and never takes a plan into the story', () => {
    const v = values('She was born in 1931 and married in 1955. She moved to Oban in 1962. In recent years she lived quietly. She last spoke in public in March. A service will be held on 2 June.');
    expect(v).toMatchObject({ March: '2024-03', '2 June': '2024-06-02' });
  });
});

describe('compositions of a day with a period or an amount', () => {
  const dct = { documentDate: '2012-08-10' };
  it('takes the first or last day of a period (`the last day of July`, `the first day of next month`)', () => {
    expect(pairs('Bids close on the last day of July.', dct)).toEqual(['the last day of July = 2012-07-31']);
    expect(pairs('Rents rise on the first day of next month.', dct)).toEqual(['the first day of next month = 2012-09-01']);
    expect(pairs('It ends on the final day of February 2024.', dct)).toEqual(['the final day of February 2024 = 2024-02-29']);
  });
  it('takes the nth day, week, month or quarter of a period, with `of`, `in` or nothing before a period told from now', () => {
    const sun = { documentDate: '2026-12-06' }; // a Sunday, in ISO week 49
    expect(pairs('The levy starts in the 3rd month next year.', sun)).toEqual(['the 3rd month next year = 2027-03']);
    expect(pairs('The parcel left on the 4th day last week.', sun)).toEqual(['the 4th day last week = 2026-11-26']);
    expect(pairs('Trials resume in the second week of next month.', sun)).toEqual(['the second week of next month = 2027-W02']);
    expect(pairs('Fees were set in the first month of 2020.', sun)).toEqual(['the first month of 2020 = 2020-01']);
    expect(pairs('Our audit covers the last quarter of last year.', sun)).toEqual(['the last quarter of last year = 2025-Q4']);
    expect(pairs('The ferry stops in the final week of this month.', sun)).toEqual(['the final week of this month = 2026-W53']);
    expect(pairs('Seeds go in during the first week in March 2027.', sun)).toEqual(['the first week in March 2027 = 2027-W09']);
    expect(pairs('It reopens on the twenty-first day of next month.', sun)).toEqual(['the twenty-first day of next month = 2027-01-21']);
  });
  it('takes the nth weekday of a period told from now or stated', () => {
    const sun = { documentDate: '2026-12-06' };
    expect(pairs('Payday is the first Monday of next month.', sun)).toEqual(['the first Monday of next month = 2027-01-04']);
    expect(pairs('The choir sings on the last Friday of this month.', sun)).toEqual(['the last Friday of this month = 2026-12-25']);
    expect(pairs('The count starts the second Sunday in 2027.', sun)).toEqual(['the second Sunday in 2027 = 2027-01-10']);
    expect(pairs('Polls close on the 3rd Thursday next September.', sun)).toEqual(['the 3rd Thursday next September = 2027-09-16']);
    // `last Friday` without `the` or `of` stays the one before today.
    expect(pairs('I saw him last Friday this month.', sun)).toEqual(['last Friday = 2026-12-04', 'this month = 2026-12']);
  });
  it('takes the nth week of a month or year as the ISO week of its nth Thursday', () => {
    expect(pairs('Ballots must arrive in the first week of April.', DOC)).toEqual(['the first week of April = 2022-W14']);
    expect(pairs('The last week of February 2024 was cold.', DOC)).toEqual(['The last week of February 2024 = 2024-W09']);
    expect(pairs('Classes begin in the second week of the year.', DOC)).toEqual(['the second week of the year = 2022-W02']);
  });
  it('leaves a part too small or too many for its period alone', () => {
    const sun = { documentDate: '2026-12-06' };
    expect(pairs('in the ninth day of last week', sun)).toEqual(['last week = 2026-W48']);
    expect(pairs('the first month of next week', sun)).toEqual(['next week = 2026-W50']);
    expect(pairs('It was the third month of the strike.', sun)).toEqual([]);
    // (No date; the opening week of something, one week long, is an amount of time: duration-first-unit.)
    expect(pairs('He spent the first week in office.', sun)).toEqual(['the first week = P1W']);
  });
  it('reads `the last day of something` and `his last day` as no date', () => {
    expect(pairs('It was the last day of talks.', dct)).toEqual([]);
    expect(pairs('She worked her last day at the mill.', dct)).toEqual([]);
  });
  it('counts an amount from a day word or a weekday as one expression', () => {
    expect(pairs('The notice came two days before yesterday.', dct)).toEqual(['two days before yesterday = 2012-08-07']);
    expect(pairs('The vote is two weeks from next Tuesday.', dct)).toEqual(['two weeks from next Tuesday = 2012-08-28']);
    expect(pairs('We will know a year ago tomorrow was the peak.', dct)[0]).toBe('a year ago tomorrow = 2011-08-11');
  });
  it('leaves an amount before a stated date apart, as TimeML marks it', () => {
    expect(pairs('Shares fell three days after Aug. 2.', dct)).toEqual(['three days = P3D', 'Aug. 2 = 2012-08-02']);
  });
  it('keeps a rate of things a rate (`four cars a day before the ban`)', () => {
    expect(pairs('It sold four cars a day before the ban.', dct)).toEqual([]);
    expect(pairs('He quit a week after the vote.', dct)).toEqual(['a week = P1W']);
  });
});

describe('months and holidays after last, next and this', () => {
  const dct = { documentDate: '2011-06-03' };
  it('reads a month in lower case after a bare `last` or `next` as the month, not the noun', () => {
    expect(pairs('The roof leaked last march.', dct)).toEqual(['last march = 2011-03']);
    expect(pairs('Their last march was peaceful.', dct)).toEqual([]);
    expect(pairs('The next march starts at noon.', dct).filter((p) => p.startsWith('next'))).toEqual([]);
  });
  it('picks the occurrence of a holiday that `last`, `this`, `next` or `this coming` names', () => {
    expect(pairs('We met last Easter.', dct)).toEqual(['last Easter = 2011-04-24']);
    expect(pairs('We meet next Easter.', dct)).toEqual(['next Easter = 2012-04-08']);
    expect(pairs('We meet this coming Thanksgiving.', dct)).toEqual(['this coming Thanksgiving = 2011-11-24']);
  });
});

describe('a bare month in a past-tense clause', () => {
  const january = { documentDate: '2022-01-07' };
  it('is last year\'s when it lies more than two months ahead of publication', () => {
    expect(pairs('In March the council voted to close it.', january)).toEqual(['March = 2021-03']);
    expect(pairs('The shares were issued in February.', january)).toEqual(['February = 2022-02']);
  });
  it('keeps the story\'s year on the story\'s clock (an undated text), whatever the tense', () => {
    expect(pairs('In 1871 the company was founded. In October it bought land.', {})).toEqual(['1871 = 1871', 'October = 1871-10']);
    expect(pairs('The mill opened in 1802. In the summer it flooded.', {})).toEqual(['1802 = 1802', 'the summer = 1802-SU']);
  });
  it('takes no tense from a form shared with the bare verb after `and` (`would ... and set up`)', () => {
    expect(pairs('They would share data and set up a panel by the end of June.', { documentDate: '2023-03-03' }))
      .toEqual(['the end of June = 2023-06']);
  });
});

describe('the end of an expression', () => {
  it('ends no expression on a quote mark, so that a year after it joins its day (`Christmas \'87`)', () => {
    expect(pairs('It snowed at Christmas \'87.', { documentDate: '2022-01-07' })).toEqual(['Christmas \'87 = 1987-12-25']);
    expect(pairs('We met on Easter Sunday \'87.', { documentDate: '2022-01-07' })).toEqual(['Easter Sunday \'87 = 1987-04-19']);
    expect(pairs('By Christmas, 12 stores had opened.', { documentDate: '2022-01-07' })).toEqual(['Christmas = 2021-12-25']);
  });
  it('leaves out a comma that no year followed (`11 August, five years after`)', () => {
    expect(pairs('It returns from 9 to 11 August, five years after the last one.', { documentDate: '2024-07-30' }))
      .toEqual(['9 = 2024-08-09', '11 August = 2024-08-11', 'five years = P5Y']);
  });
});

describe('amounts of time after a BC date', () => {
  it('counts a century or a decade later from a BC season or year in years', () => {
    const v = pairs('In the spring of 146 BC the city was taken. A century later the republic fell. In 480 BC the walls fell. A decade later they were rebuilt.', { documentDate: '2024-03-03' });
    expect(v).toContain('A century later = BC0046');
    expect(v).toContain('A decade later = BC0470');
  });
});

describe('`this` and a weekday', () => {
  it('is the day of the publication week, unless it has passed and the clause looks ahead', () => {
    expect(pairs('The council will meet this Monday.', { documentDate: '2022-08-05' })).toEqual(['this Monday = 2022-08-08']);
    expect(pairs('The council met this Monday.', { documentDate: '2022-08-05' })).toEqual(['this Monday = 2022-08-01']);
    expect(pairs('The team will play this Saturday.', { documentDate: '2022-08-07' })).toEqual(['this Saturday = 2022-08-13']);
    expect(pairs('The team played this Saturday.', { documentDate: '2022-08-07' })).toEqual(['this Saturday = 2022-08-06']);
  });
});


describe('combining many expressions', () => {
  it('keeps every one of more expressions than one call can take as arguments (200,000 years)', async () => {
    const { combine } = await import('../../../src/parse/combine.js');
    const { tokenize } = await import('../../../src/text/tokens.js');
    const toks = tokenize('1990 '.repeat(200_000));
    const items = toks.map((_, i) => ({ from: i, to: i + 1, spec: { kind: 'abs' as const, type: 'DATE' as const, value: '1990' }, rule: 'year' }));
    expect(combine(toks, items)).toHaveLength(200_000);
  });
});

describe('seasons counted from the story', () => {
  const valueOf = (text: string, phrase: string, documentDate?: string): string | undefined =>
    tagTimexes(text, documentDate ? { documentDate } : {}).find((t) => t.text === phrase)?.value;
  it('counts years on from the season the story\'s date lies in', () => {
    expect(valueOf('The ferry sank in the autumn of 1952. Three summers later a new one was launched.', 'Three summers later')).toBe('1955-SU');
    expect(valueOf('The roof fell in during January 1963. Two winters later it fell again.', 'Two winters later')).toBe('1964-WI');
    expect(valueOf('The orchard was planted in 1920. A spring earlier the field had flooded.', 'A spring earlier')).toBe('1919-SP');
  });
  it('leaves a season counted from a happening alone', () => {
    expect(tagTimexes('Two summers after the fire the mill reopened.', {}).map((t) => t.text)).not.toContain('Two summers after');
  });
});

describe('a weekday after `a` or `one`', () => {
  it('is some such day, not the nearest one', () => {
    const found = tagTimexes('They married on a Sunday in June 1971, and one Tuesday evening he left.', { documentDate: '2026-11-13' });
    expect(found.map((t) => `${t.text}=${t.value}`)).toEqual(['Sunday=XXXX-WXX-7', 'June 1971=1971-06', 'Tuesday evening=XXXX-WXX-2TEV']);
  });
});

describe('this time last year', () => {
  it('is the day of publication a year, a month or a week away', () => {
    const at = (s: string) => tagTimexes(s, { documentDate: '2026-11-13' }).map((t) => `${t.text}=${t.value}`);
    expect(at('This time last year the pier was closed.')).toEqual(['This time last year=2025-11-13']);
    expect(at('By the same time next week the votes will be counted.')).toEqual(['the same time next week=2026-11-20']);
  });
});

describe('the week of a day', () => {
  it('is the ISO week that holds the day', () => {
    const at = (s: string) => tagTimexes(s, { documentDate: '2026-03-19' }).map((t) => `${t.text}=${t.value}`);
    expect(at('Inspectors visit the week of May 4.')).toEqual(['the week of May 4=2026-W19']);
    expect(at('Prices peaked in the week of 9 June 2025.')).toEqual(['the week of 9 June 2025=2025-W24']);
  });
});

describe('amounts with thousands and the recent past', () => {
  it('reads a count written with a thousands comma', () => {
    expect(tagTimexes('The dunes have moved over the last 2,000 years.', {}).map((t) => `${t.text}=${t.value}`)).toEqual(['the last 2,000 years=P2000Y']);
  });
  it('gives `recent years` and `recent days` the recent past, `recent months` a length', () => {
    const at = (s: string) => tagTimexes(s, { documentDate: '2026-04-22' }).map((t) => t.value);
    expect(at('Rents have soared in recent years.')).toEqual(['PAST_REF']);
    expect(at('Rents have soared in recent months.')).toEqual(['PXM']);
  });
});

describe('a year in a comparison', () => {
  it('is not the story\'s date that a later bare month takes its year from', () => {
    const t = tagTimexes('The 41 goals are a record, three more than the 38 scored in 1996, and their run from September to December was the longest since 1972.', { documentDate: '2025-05-26' });
    expect(t.find((x) => x.text === 'September')?.value).toBe('2024-09');
  });
});

describe('an amount of time after back, forward or ahead', () => {
  it('is a duration, not a rate', () => {
    expect(tagTimexes('The clocks go forward an hour on Sunday.', { documentDate: '2026-03-26' }).map((t) => `${t.text}=${t.value}`)).toEqual(['an hour=PT1H', 'Sunday=2026-03-29']);
  });
});

describe('periods said with `the` in a story, and seasons counted from a happening', () => {
  it('puts `the end of the decade` of a past-perfect story in the story\'s decade, and leaves news on the publication date', () => {
    const at = (s: string) => tagTimexes(s, { documentDate: '2026-06-05' }).map((t) => `${t.text}=${t.value}`);
    expect(at('The band formed in 1983. By the end of the decade it had sold a million records.')).toEqual(['1983=1983', 'the end of the decade=198']);
    expect(at('The mine will close by the end of the decade.')).toEqual(['the end of the decade=202']);
  });
  it('puts a period said with `the` in the simple past of a story well before publication in the story too', () => {
    const at = (s: string) => tagTimexes(s, { documentDate: '2026-06-05' }).map((t) => `${t.text}=${t.value}`);
    expect(at('The port handled 40 ships in 1712. By the end of the century it handled 300.')).toEqual(['1712=1712', 'the end of the century=17']);
    // An irregular past (`grew`, `sank`) is a past-tense cue like a regular one.
    expect(at('The mill opened in 1851. By the end of the decade the town grew to 9,000.')).toEqual(['1851=1851', 'the end of the decade=185']);
    // Near publication the period stays the publication date's.
    expect(at('Sales rose in 2025. The firm expects a record by the end of the year.')).toEqual(['2025=2025', 'the end of the year=2026']);
  });
  it('puts a weekday said with `the` on the story\'s clock, and leaves news weekdays on the publication date', () => {
    const at = (s: string) => tagTimexes(s, { documentDate: '2026-06-05' }).map((t) => `${t.text}=${t.value}`);
    // The story names only a month: the Saturday has no date, and the story stays in 2011 (`the next summer`).
    expect(at('The ferry sank in March 2011. Its captain had phoned home on the Saturday morning. The inquiry ended the next summer.'))
      .toEqual(['March 2011=2011-03', 'Saturday morning=XXXX-WXX-6TMO', 'the next summer=2011-SU']);
    // A story that names a day: the Saturday of that week.
    expect(at('On 9 March 2011 the ferry sank. On the Saturday the divers gave up.')).toEqual(['9 March 2011=2011-03-09', 'Saturday=2011-03-12']);
    expect(at('The council met on Saturday.')).toEqual(['Saturday=2026-05-30']);
  });
  it('tags no season counted by an ordinal', () => {
    expect(tagTimexes('Their second summer on the island was the happiest.', { documentDate: '2026-06-05' })).toEqual([]);
  });
});

describe('a season so many years ago, and amounts with consecutive', () => {
  it('reads `Forty years ago this summer` as that summer', () => {
    expect(tagTimexes('Forty years ago this summer, the harbour flooded.', { documentDate: '2026-08-20' }).map((t) => `${t.text}=${t.value}`)).toEqual(['Forty years ago this summer=1986-SU']);
  });
  it('reads `12 straight days` and `three successive years` as durations', () => {
    expect(tagTimexes('It rained on 12 straight days and fell for three successive years.', { documentDate: '2026-01-20' }).map((t) => t.value)).toEqual(['P12D', 'P3Y']);
  });
});

describe('words that name Object\'s own properties', () => {
  it('are no units, months or numbers (`three constructor ago` is no date)', () => {
    for (const w of Object.getOwnPropertyNames(Object.prototype)) {
      expect(pairs(`It fell three ${w} ago, on ${w} 4 and in ${w}.`, { documentDate: '2022-01-07' })).toEqual([]);
      expect(pairs(`The ${w} ${w} of ${w} ${w} later.`, { documentDate: '2022-01-07' })).toEqual([]);
    }
  });
});

describe('clock times: which day they take', () => {
  const at = (s: string, dct = '2026-11-19') => tagTimexes(s, { documentDate: dct }).map((t) => `${t.text}=${t.value}`);
  it('gives a time said right after a recurrence no day (`Tuesdays to Saturdays at 7.45pm`)', () => {
    expect(at('The play runs until 5 December, Tuesdays to Saturdays at 7.45pm.')).toEqual(['5 December=2026-12-05', 'Tuesdays=XXXX-WXX-2', 'Saturdays=XXXX-WXX-6', '7.45pm=XXXX-XX-XXT19:45']);
  });
  it('gives a time in a sentence dated only by a stated month no day, not the publication day', () => {
    expect(at('Just after 2 a.m. one night in March 2019, the alarm sounded.')).toEqual(['2 a.m.=XXXX-XX-XXT02:00', 'March 2019=2019-03']);
    expect(at('At 9 p.m. in 2020 the club closed for good.')).toEqual(['9 p.m.=XXXX-XX-XXT21:00', '2020=2020']);
  });
  it('puts a present-tense time (a schedule) on the day ahead named in the sentence before', () => {
    expect(at('The choir sings on Saturday 21 November. Doors open at 7pm.')).toEqual(['Saturday 21 November=2026-11-21', '7pm=2026-11-21T19:00']);
    // A day behind publication does not take a present-tense time: it is today's.
    expect(at('The choir sang on Saturday 14 November. The hall opens at 7pm.')).toEqual(['Saturday 14 November=2026-11-14', '7pm=2026-11-19T19:00']);
  });
});

describe('informal writing in lower case', () => {
  const at = (s: string) => tagTimexes(s, { documentDate: '2026-03-16' }).map((t) => `${t.text}=${t.value}`);
  it('reads month abbreviations after a preposition of time, weekday abbreviations after last/next/this, holidays after by/over', () => {
    expect(at('been looking since jan and got nothing by oct')).toEqual(['jan=2026-01', 'oct=2025-10']);
    expect(at('last wed an agent cancelled on me')).toEqual(['last wed=2026-03-11']);
    expect(at('if nothing turns up by easter i give up')).toEqual(['easter=2026-04-05']);
  });
  it('leaves the same words alone elsewhere', () => {
    expect(at('the jan sales were quiet')).toEqual([]);
    expect(at('they wed in a small chapel')).toEqual([]);
    expect(at('an easter egg hunt')).toEqual([]);
  });
  it('gives a time said on some weekday no day (`at 9am on a monday`)', () => {
    expect(at('the trick is turning up at 9am on a monday when listings go live')).toEqual(['9am=XXXX-XX-XXT09:00', 'monday=XXXX-WXX-1']);
  });
});

describe('weekdays of a stay the text has just named', () => {
  const at = (s: string) => tagTimexes(s, { documentDate: '2026-11-03' }).map((t) => `${t.text}=${t.value}`);
  it('puts `the Saturday` said after a named stay on the day of that stay nearest it', () => {
    expect(at("I'll be in Bristol from the 20th to the 23rd. Could we meet on the Saturday afternoon?"))
      .toEqual(['the 20th=2026-11-20', 'the 23rd=2026-11-23', 'Saturday afternoon=2026-11-21TAF']);
  });
  it('puts a weekday in a sentence that named a day ahead in that day\'s week, unless the clause looks back', () => {
    expect(at('The vote is on Friday 20 November, and campaigners meet on Saturday.')).toEqual(['Friday 20 November=2026-11-20', 'Saturday=2026-11-21']);
    expect(at('The vote is on Friday 20 November; campaigners met on Saturday.')).toEqual(['Friday 20 November=2026-11-20', 'Saturday=2026-10-31']);
  });
});

describe('a timeline of clock stamps after a time said on another day', () => {
  it('puts the stamps on that day, while a live page\'s stamps stay on the publication day', () => {
    const report = 'Incident report\n\nLast updated 10 March 2026\n\nBetween 14:02 and 15:47 UTC on Tuesday 3 March, checkout failed.\n\nTimeline\n14:02 - A change is deployed.\n14:31 - The change is rolled back.\n\nTests will follow next week.';
    expect(tagTimexes(report).map((t) => `${t.text}=${t.value}`).slice(1)).toEqual([
      '14:02=2026-03-03T14:02Z', '15:47 UTC on Tuesday 3 March=2026-03-03T15:47Z', '14:02=2026-03-03T14:02', '14:31=2026-03-03T14:31', 'next week=2026-W12']);
    const live = 'Strike live\n\nPublished: Thursday 12 June 2025\n\nThe strike began on Monday.\n\n07:05 BST\nQueues are building.\n\n07:40 BST\nTrains are cancelled.';
    expect(tagTimexes(live).map((t) => t.value).slice(-2)).toEqual(['2025-06-12T07:05+01:00', '2025-06-12T07:40+01:00']);
  });
  it('reads a bare month in an -ing aside set off by commas with no tense (`, covering October,`)', () => {
    expect(tagTimexes('The next bulletin, covering October, will be published on 16 December.', { documentDate: '2026-11-17' }).map((t) => t.value)).toEqual(['2026-10', '2026-12-16']);
  });
});

describe('a hospital stay counted in days, and the weekend of a story told in the past', () => {
  it('dates `day N` and `the evening of day N` from the date `(day 1)` follows, and `the weekend` after two past dates in a row', () => {
    const text = 'He went kayaking on 2 August 2024. He saw his doctor on 8 August. His symptoms worsened over the weekend, and he was admitted on 11 August 2024 (day 1). '
      + 'He was given fluids from the evening of day 1. On day 3 he became jaundiced.';
    expect(tagTimexes(text, { documentDate: '2025-05-14' }).map((t) => `${t.text}=${t.value}`)).toEqual([
      '2 August 2024=2024-08-02', '8 August=2024-08-08', 'the weekend=2024-W32-WE', '11 August 2024=2024-08-11', 'day 1=2024-08-11',
      'the evening of day 1=2024-08-11TEV', 'day 3=2024-08-13']);
  });
  it('leaves `the weekend` of news on the publication date after one old date', () => {
    expect(tagTimexes('The council met on 3 March 2019. Protesters gathered over the weekend.', { documentDate: '2026-11-03' }).map((t) => t.value))
      .toEqual(['2019-03-03', '2026-W44-WE']);
  });
});

describe('a time stated with `is`', () => {
  it('is the time now, not the time of a day named just before', () => {
    expect(tagTimexes('The concert is on Saturday 21 November. The time is 13:20.', { documentDate: '2026-11-19' }).map((t) => t.value)).toEqual(['2026-11-21', '2026-11-19T13:20']);
  });
});

describe('months after a season on a story clock', () => {
  const at = (s: string) => tagTimexes(s).map((t) => `${t.text}=${t.value}`);
  it('goes on from the season\'s start, a winter from its November', () => {
    expect(at('In the winter of 1708 the king resolved to retake the town, and by the end of April his army had gathered. It landed on 3 May.'))
      .toEqual(['the winter of 1708=1708-WI', 'the end of April=1709-04', '3 May=1709-05-03']);
    expect(at('The winter of 1846-47 was the worst in memory. Snow fell in November. By February the committee fed 900 people.'))
      .toEqual(['The winter of 1846-47=1846-WI', 'November=1846-11', 'February=1847-02']);
    expect(at('In the spring of 1921 the council agreed. The line was switched on in November.')).toEqual(['the spring of 1921=1921-SP', 'November=1921-11']);
  });
  it('puts `the winter` after a bare year at that year\'s end, and reads `Today` in an undated text as the present', () => {
    expect(at('In 1888 she sailed for Paris, where she studied through the winter. Today her studio is a museum.'))
      .toEqual(['1888=1888', 'the winter=1888-WI', 'Today=PRESENT_REF']);
  });
});

describe('`of the year` after a date of another year', () => {
  it('is the year the sentence just named', () => {
    expect(tagTimexes('Lumen expects to ship in the first quarter of 2027, with a wider release in the second half of the year.', { documentDate: '2026-09-17' }).map((t) => t.value))
      .toEqual(['2027-Q1', '2027-H2']);
    expect(tagTimexes('Profit rose in the second half of the year.', { documentDate: '2026-09-17' }).map((t) => t.value)).toEqual(['2026-H2']);
  });
});

describe('`the following Tuesday`, `the previous Friday`', () => {
  it('counts from the story\'s last day, or from publication when the text has named none', () => {
    expect(tagTimexes('The ferry sank on 9 March 2011. The inquiry opened the following Monday.', { documentDate: '2026-03-13' }).map((t) => t.value)).toEqual(['2011-03-09', '2011-03-14']);
    expect(tagTimexes('The vote is set for the following Tuesday.', { documentDate: '2026-03-13' }).map((t) => t.value)).toEqual(['2026-03-17']);
    expect(tagTimexes('Shares closed down 4.5% from the previous Friday.', { documentDate: '1989-10-27' }).map((t) => t.value)).toEqual(['1989-10-20']);
  });
});

describe('a part of the day of a weekday that has its own part', () => {
  it('is one expression on that weekday (`the early hours of Saturday morning`)', () => {
    expect(tagTimexes('In the early hours of Saturday morning, a fire broke out.', { documentDate: '2026-03-13' }).map((t) => `${t.text}=${t.value}`))
      .toEqual(['the early hours of Saturday morning=2026-03-07TMO']);
  });
});

describe('a chapter list of a recording', () => {
  it('tags no stamp of a list that starts at 00:00, and keeps the dates in its lines', () => {
    const notes = 'Episode 12\n\nPublished March 11, 2026\n\nShow notes\n00:00 – Cold open: a call heard on 4 November 1921.\n02:15 – The ship left Halifax.\n09:40 – The search ends.';
    expect(tagTimexes(notes).map((t) => t.text)).toEqual(['March 11, 2026', '4 November 1921']);
  });
});

describe('a fixture list', () => {
  it('joins no kick-off time at a line\'s end with the date opening the next line, and reads `the last weekend of May`', () => {
    const list = 'Fixtures\n\nThursday 5 March 2026\n\nSat 7 Mar v Leeds (H), 3pm\nSat 14 Mar at Dunmore (A), 12.30pm\n\nThe final is on the last weekend of May.';
    expect(tagTimexes(list).map((t) => `${t.text}=${t.value}`).slice(1)).toEqual([
      'Sat 7 Mar=2026-03-07', '3pm=2026-03-07T15:00', 'Sat 14 Mar=2026-03-14', '12.30pm=2026-03-14T12:30', 'the last weekend of May=2026-W22-WE']);
  });
});

describe('days counted from a named day', () => {
  it('reads `the day after Thanksgiving` and `the day before Christmas Eve` as one day', () => {
    const at = (s: string) => tagTimexes(s, { documentDate: '2026-11-05' }).map((t) => `${t.text}=${t.value}`);
    expect(at('The mall opens the day after Thanksgiving.')).toEqual(['the day after Thanksgiving=2026-11-27']);
    expect(at('It fell on the day after 3 March 2019.')).toEqual(['the day after 3 March 2019=2019-03-04']);
  });
});

describe('a programme guide', () => {
  it('dates each day heading near publication whatever year a programme\'s story reached, and its stamps on that day', () => {
    const guide = 'The week ahead\n\nPublished Friday 4 September 2026\n\nSaturday 5 September\n07:00 Breakfast. The mill opened in 1871.\n\n'
      + 'Monday 7 September\n09:00 The Phone-in.';
    expect(tagTimexes(guide).map((t) => `${t.text}=${t.value}`).slice(1)).toEqual([
      'Saturday 5 September=2026-09-05', '07:00=2026-09-05T07:00', '1871=1871', 'Monday 7 September=2026-09-07', '09:00=2026-09-07T09:00']);
  });
});

describe('a season naming a kind of thing or inside a name', () => {
  const timexes = (text: string, documentDate?: string) => tagTimexes(text, documentDate ? { documentDate } : {});
  it('keeps `winter quarters` tagged but does not move the story to it (`a month later` counts from the last date)', () => {
    // (An undated history: told on the story's clock.)
    const t = timexes('In January 1872 the general laid siege to the fortress. He died on 9 October, and his successor withdrew to winter quarters a month later.');
    expect(t.find((x) => x.text === 'winter')?.value).toBe('1872-WI');
    expect(t.find((x) => x.text === 'a month later')?.value).toBe('1872-11');
  });
  it('reads seasons after a preposition of time or before a time\'s noun as times', () => {
    const t = timexes('She took a summer job in 1990. In 1991 the winter months were mild, and as winter sets in, prices rise.', '2020-01-01');
    expect(t.map((x) => x.text)).toEqual(['summer', '1990', '1991', 'the winter', 'winter']);
  });
  it('does not tag a capitalized season inside a name (`British Summer Time`, `the Winter Olympics`)', () => {
    expect(timexes('The clocks go back an hour at 2am on Sunday, when British Summer Time ends.', '2026-10-29').map((x) => x.text)).not.toContain('Summer');
    expect(timexes('She skied at the Winter Olympics in 2018.', '2026-10-29').map((x) => x.text)).toEqual(['2018']);
    expect(timexes('The report is due in Summer 2027.', '2026-10-29').map((x) => x.value)).toEqual(['2027-SU']);
  });
});

describe('the story clock in BC years', () => {
  it('keeps `the winter` after a BC year in that year, and a month after it goes on into the next year', () => {
    const t = tagTimexes('In 72 BC the new governor arrived with two legions. He spent the winter fortifying the coast and took the field in March.');
    expect(t.map((x) => x.value)).toEqual(['BC0072', 'BC0072-WI', 'BC0071-03']);
  });
  it('keeps a month after a BC year in that year', () => {
    const t = tagTimexes('In 44 BC he fell ill in May, and on 15 June he died.');
    expect(t.map((x) => x.value)).toEqual(['BC0044', 'BC0044-05', 'BC0044-06-15']);
  });
});

describe('a heading that names two periods', () => {
  it('starts its section at the first: `Autumn and winter` then `mid-September` is that year\'s September', () => {
    const text = 'On 14 August 1943 the command suspended the offensive.\n\nAutumn and winter\n\nFighting resumed in mid-September. By December both armies had gone into winter positions.';
    const t = tagTimexes(text);
    expect(t.find((x) => x.text === 'mid-September')?.value).toBe('1943-09');
    expect(t.find((x) => x.text === 'December')?.value).toBe('1943-12');
  });
  it('moves the story in a sentence as before (not a heading: it ends with a full stop)', () => {
    const text = 'On 14 August 1943 the offensive stopped.\n\nThe army rested through autumn and winter.\n\nFighting resumed in mid-September.';
    expect(tagTimexes(text).find((x) => x.text === 'mid-September')?.value).toBe('1944-09');
  });
});

describe('a range\'s bare month and a day of the month just told', () => {
  const values = (text: string, documentDate: string) => tagTimexes(text, { documentDate }).map((x) => `${x.text}=${x.value}`);
  it('gives `between June and August last year` one year, and `the night of 3 August` after it that August', () => {
    // Published Friday 27 November 2026.
    expect(values('Pell targeted homes between June and August last year. On the night of 3 August he was disturbed and fled. Police arrested him the following morning.', '2026-11-27'))
      .toEqual(['June=2025-06', 'August last year=2025-08', 'the night of 3 August=2025-08-03TNI', 'the following morning=2025-08-04TMO']);
  });
  it('keeps a range\'s start in the year before when it comes later in the year than its end', () => {
    expect(values('The scheme ran from November to February last year.', '2026-11-27')).toEqual(['November=2024-11', 'February last year=2025-02']);
  });
  it('reads a day of a past year\'s month told in the present tense as this year\'s', () => {
    // (Only a past-tense clause carries the year before into its day.)
    expect(values('Sales fell in August last year. On 3 August the new store opens.', '2026-07-27')).toEqual(['August last year=2025-08', '3 August=2026-08-03']);
  });
});

describe('a feast on the story\'s clock', () => {
  it('keeps the year the story has reached (`It was 1977 ... most of June. On the first Saturday of July`)', () => {
    const t = tagTimexes('It was 1977, and it had rained for most of June. On the first Saturday of July my father woke me before dawn. The water went down the following Thursday.');
    expect(t.map((x) => `${x.text}=${x.value}`)).toEqual(['1977=1977', 'June=1977-06', 'the first Saturday of July=1977-07-02', 'dawn=1977-07-02TMO', 'the following Thursday=1977-07-07']);
  });
});

describe('months of a recurring schedule', () => {
  const values = (text: string, documentDate: string) => tagTimexes(text, { documentDate }).map((x) => `${x.text}=${x.value}`);
  it('reads bare months in a present sentence that names a recurrence as every year\'s', () => {
    expect(values('About 40 cases are reported each year, most of them between July and October.', '2025-05-14'))
      .toEqual(['each year=P1Y', 'July=XXXX-07', 'October=XXXX-10']);
  });
  it('keeps days, and months told in the past or the future', () => {
    expect(values('There are matinees every Wednesday, and a relaxed performance on 2 April.', '2026-03-14')).toContain('2 April=2026-04-02');
    expect(values('The ferry ran daily from April to October.', '2026-11-14')).toContain('April=2026-04');
  });
});

describe('a siege told on the story\'s clock (round 19)', () => {
  const values = (text: string) => tagTimexes(text).map((x) => `${x.text}=${x.value}`);
  it('keeps a month just before a season in that season\'s year (`the winter of 1941–42 ... between October and December`)', () => {
    expect(values('The first winter of the siege, the winter of 1941–42, was the worst: rations were cut five times between October and December.'))
      .toEqual(['the winter of 1941–42=1941-WI', 'October=1941-10', 'December=1941-12']);
  });
  it('reads `until the thaw in April` as a bound that runs on from the story\'s date', () => {
    expect(values('An ice road opened in late November 1941 and carried supplies until the thaw in April. It was used again the following winter.'))
      .toEqual(['late November 1941=1941-11', 'April=1942-04', 'the following winter=1942-WI']);
  });
  it('puts a clock time before six after a dated night on the next day', () => {
    expect(values('On the night of 14/15 April 1944 two launches carried 120 men into the harbour. The first party was ashore by 0140.'))
      .toEqual(['the night of 14/15 April 1944=1944-04-14TNI', '0140=1944-04-15T01:40']);
  });
});

describe('a campaign told on the story\'s clock (round 20)', () => {
  const values = (text: string) => tagTimexes(text).map((x) => `${x.text}=${x.value}`);
  it('steps back a month within the year the story has reached, rather than on eleven months', () => {
    expect(values('The siege began in May 1702. During August and September the guns were silent. Fever broke out in late August, and on 2 October the town fell.'))
      .toEqual(['May 1702=1702-05', 'August=1702-08', 'September=1702-09', 'late August=1702-08', '2 October=1702-10-02']);
  });
  it('still moves on a year when the month lies well before the one reached', () => {
    expect(values('The fleet sailed in October 1790. In March it reached the Cape.')).toEqual(['October 1790=1790-10', 'March=1791-03']);
  });
  it('reads an ordinal after `the morning of` as a day, even before a capitalized word, but not before a unit\'s noun', () => {
    expect(values('The raid began on 20 June 1916, and on the morning of the 21st Austrian guns opened fire.'))
      .toEqual(['20 June 1916=1916-06-20', 'the morning of the 21st=1916-06-21TMO']);
    expect(values('The raid began on 20 June 1916, the night of the 3rd Battalion\'s march.')).toEqual(['20 June 1916=1916-06-20']);
  });
  it('reads nightfall, daybreak and sunset as parts of the day', () => {
    expect(values('On 4 May 1916 the patrol left at daybreak and was back before nightfall.'))
      .toEqual(['4 May 1916=1916-05-04', 'daybreak=1916-05-04TMO', 'nightfall=1916-05-04TEV']);
  });
  it('takes a day a few weeks before the one the story reached back to the story\'s eve, not a year on', () => {
    expect(values('The battle was fought on 4 and 5 June 1915. On the night of 2 June the troops moved up.'))
      .toEqual(['4=1915-06-04', '5 June 1915=1915-06-05', 'the night of 2 June=1915-06-02TNI']);
    expect(values('The fort fell on 20 June 1915. On 2 May the relief column set out again.')).toEqual(['20 June 1915=1915-06-20', '2 May=1916-05-02']);
  });
  it('gives a bare month its year stated after a part of the day (`one August evening in 1987`)', () => {
    expect(values('We met one May evening in 1971 at the docks.')).toEqual(['May=1971-05', '1971=1971']);
  });
});

describe('a month before a capitalized word (round 20)', () => {
  it('is a time after a part of a period and `of`, and a name after other words', () => {
    expect(tagTimexes('By the end of February Rovers were second.', { documentDate: '2022-06-20' }).map((x) => `${x.text}=${x.value}`))
      .toEqual(['the end of February=2022-02']);
    expect(tagTimexes('The wife of April Ryan spoke.', { documentDate: '2022-06-20' })).toEqual([]);
  });
});

describe('a comparison with a period the sentence names (round 20)', () => {
  it('compares a year-long period, not the quarter under discussion', () => {
    const text = 'Profit in the second quarter of 2018 rose 4%. For the first half of 2018, revenue was $9 million, compared with $8 million in the same period a year earlier.';
    expect(tagTimexes(text, { documentDate: '2018-08-02' }).map((x) => `${x.text}=${x.value}`))
      .toEqual(['the second quarter of 2018=2018-Q2', 'the first half of 2018=2018-H1', 'a year earlier=2017-H1']);
  });
});

describe('an age on a biography\'s clock (round 20)', () => {
  const values = (text: string) => tagTimexes(text).map((x) => `${x.text}=${x.value}`);
  it('counts `two years later` from the year of birth and the age, and tags no age', () => {
    expect(values('He was born in Leith in 1890. At sixteen he went to sea, and two years later he was a mate.'))
      .toEqual(['1890=1890', 'two years later=1908']);
    expect(values('Born in 1920, she joined the navy at eighteen. Two years later she was at sea.')).toEqual(['1920=1920', 'Two years later=1940']);
    expect(values('She was born in 1901. She retired at the age of 60, and a year later she died.')).toEqual(['1901=1901', 'a year later=1962']);
  });
  it('leaves a clock time, an age beside a date, and an age with no birth alone', () => {
    expect(values('She was born in 1901. The shop opened at eleven.')).toEqual(['1901=1901']);
    expect(values('She was born in 1799. She died on 9 March 1861, aged 61. Five months later a tribute appeared.'))
      .toEqual(['1799=1799', '9 March 1861=1861-03-09', 'Five months later=1861-08']);
    expect(values('At nineteen she moved to Leeds. Two years later she married.')).toEqual(['Two years later=XXXX']);
  });
});

describe('hours counted from a time stated with its zone (round 20)', () => {
  it('keep the zone', () => {
    expect(tagTimexes('At 1800 UTC on August 22, 2009 the storm formed. It strengthened six hours later.').map((x) => `${x.text}=${x.value}`))
      .toEqual(['1800 UTC on August 22, 2009=2009-08-22T18:00Z', 'six hours later=2009-08-23T00:00Z']);
  });
});

describe('a season that restates the story\'s day (round 20)', () => {
  it('keeps the day as the clock, so that `that first night` and `midnight` are of it', () => {
    expect(tagTimexes('We arrived on the first Saturday of July 1962, the summer my father took the job. That first night I lay awake until after midnight.').map((x) => `${x.text}=${x.value}`))
      .toEqual(['the first Saturday of July 1962=1962-07-07', 'the summer=1962-SU', 'That first night=1962-07-07TNI', 'midnight=1962-07-07T24:00']);
  });
});

describe('a decade or a century ago, on a day (round 20)', () => {
  it('counts the years back from the day', () => {
    expect(tagTimexes('She was born a century ago today.', { documentDate: '2026-03-03' }).map((x) => `${x.text}=${x.value}`))
      .toEqual(['a century ago today=1926-03-03']);
  });
});

describe('a bare month after a year that opens its sentence (round 20)', () => {
  it('is of that year when told in the past', () => {
    expect(tagTimexes('Last year she broke her wrist in March.', { documentDate: '2026-05-11' }).map((x) => `${x.text}=${x.value}`))
      .toEqual(['Last year=2025', 'March=2025-03']);
  });
});

describe('a year a thing is likened to (round 20)', () => {
  it('moves no story clock', () => {
    expect(tagTimexes('The new songs sounded like 2004 again. They recorded them over the summer.', { documentDate: '2026-10-15' }).map((x) => `${x.text}=${x.value}`))
      .toEqual(['2004=2004', 'the summer=2026-SU']);
  });
});

describe('a week from a weekday (round 20)', () => {
  it('counts on from the coming one', () => {
    expect(tagTimexes('Voters go to the polls a week from Sunday.', { documentDate: '2013-05-15' }).map((x) => `${x.text}=${x.value}`))
      .toEqual(['a week from Sunday=2013-05-26']);
  });
});

describe('a group\'s ages on a narrative clock (round 21)', () => {
  const values = (text: string): string[] => tagTimexes(text).map((x) => `${x.text}=${x.value}`);
  it('move no clock: a range or a bound of ages, or ages after a plural noun', () => {
    expect(values('The Narrow War (1951–1954) was long. In June 1951 the state called up all men aged 18 to 40. By the end of July the front had stalled.'))
      .toEqual(['1951=1951', '1954=1954', 'June 1951=1951-06', 'the end of July=1951-07']);
    expect(values('Tomas Bell (1890–1960) was a teacher. In 1920 the school took pupils aged 65 and over. In March it closed.'))
      .toEqual(['1890=1890', '1960=1960', '1920=1920', 'March=1920-03']);
    expect(values('Tomas Bell (1890–1960) was a teacher. In 1920 the school took farmers aged 30. In March it closed.'))
      .toEqual(['1890=1890', '1960=1960', '1920=1920', 'March=1920-03']);
  });
  it('while one person\'s age still moves it', () => {
    expect(values('Tomas Bell (1890–1960) was a teacher. He was aged 30 when the school opened. In March it closed.'))
      .toEqual(['1890=1890', '1960=1960', 'March=1920-03']);
  });
});

describe('a clock time of a day that recurs (round 21)', () => {
  const values = (text: string): string[] => tagTimexes(text, { documentDate: '2022-01-07' }).map((x) => `${x.text}=${x.value}`);
  it('recurs with the day, said before or after it', () => {
    expect(values('The sirens sound at 5:12 a.m. every April 18.')).toEqual(['5:12 a.m. every April 18=XXXX-04-18T05:12']);
    expect(values('The club meets every Monday at 9 a.m. in the hall.')).toEqual(['every Monday at 9 a.m.=XXXX-WXX-1T09:00']);
    expect(values('The bells ring at midnight each 1st of May.')).toEqual(['midnight each 1st of May=XXXX-05-01T24:00']);
    expect(values('Music ends at 11 p.m. each night.')).toEqual(['11 p.m. each night=XXXX-XX-XXT23:00']);
  });
  it('but a time after plural weekdays is of them all, and stays apart', () => {
    expect(values('Shows run Tuesdays to Saturdays at 7.45pm.')).toEqual(['Tuesdays=XXXX-WXX-2', 'Saturdays=XXXX-WXX-6', '7.45pm=XXXX-XX-XXT19:45']);
  });
});

describe('an ordinal day or night of a scene (round 21)', () => {
  const values = (text: string, documentDate?: string): string[] => tagTimexes(text, documentDate ? { documentDate } : {}).map((x) => `${x.text}=${x.value}`);
  it('counts from the day the text stated last, its day one', () => {
    expect(values('The caravan left Siwa on 4 May 1874. On the third day a sandstorm struck. By the fifth night the water was gone.'))
      .toEqual(['4 May 1874=1874-05-04', 'the third day=1874-05-06', 'the fifth night=1874-05-08TNI']);
    expect(values('The strike began on Monday. On the second day, the mayor met the union.', '2022-01-07'))
      .toEqual(['Monday=2022-01-03', 'the second day=2022-01-04']);
  });
  it('but a day of the calendar keeps its reading, and one with no day before it is none', () => {
    expect(values('Rent is due on the third day of the month.', '2022-01-07')).toEqual(['the third day of the month=2022-01-03']);
    expect(values('On the third day the wind dropped.')).toEqual([]);
  });
});

describe('a time restated in brackets, and a difference `later than` (round 21)', () => {
  const values = (text: string, documentDate?: string): string[] => tagTimexes(text, documentDate ? { documentDate } : {}).map((x) => `${x.text}=${x.value}`);
  it('leaves the story at the first time: the bracket gives it in another zone', () => {
    expect(values('The ship sailed on the evening of 3 May 1990. It cleared the harbour at 22:10 local time (02:10 UTC on 4 May). At 23:30 it turned north.'))
      .toEqual(['the evening of 3 May 1990=1990-05-03TEV', '22:10 local time=1990-05-03T22:10', '02:10 UTC on 4 May=1990-05-04T02:10Z', '23:30=1990-05-03T23:30']);
  });
  it('reads `N units later than planned` as an amount, not a date', () => {
    expect(values('The launch is now two weeks later than planned.', '2022-01-07')).toEqual(['now=PRESENT_REF', 'two weeks later=P2W']);
  });
});

describe('a past participle opening an aside, and a noun shaped like a past verb (round 21)', () => {
  const values = (text: string): string[] => tagTimexes(text, { documentDate: '1990-02-22' }).map((x) => `${x.text}=${x.value}`);
  it('dates the aside\'s happening in the past whatever the main clause says', () => {
    expect(values('The plan, sent to Congress on Jan. 29, would hold spending flat.')).toEqual(['Jan. 29=1990-01-29']);
    expect(values('The bill, passed by the House on Jan. 29, will go to the Senate.')).toEqual(['Jan. 29=1990-01-29']);
  });
  it('but not a plan\'s participle', () => {
    expect(values('The report, expected on March 3, will show gains.')).toEqual(['March 3=1990-03-03']);
  });
  it('reads `the last set`, `that hit` as nouns, which tell no tense', () => {
    expect(values('On Sunday the last set finishes at 8:30 p.m.')).toEqual(['Sunday=1990-02-25', '8:30 p.m.=1990-02-25T20:30']);
  });
});

describe('a weekday a preview bound to a day ahead (round 21)', () => {
  it('is that day when said bare after it, not the one of publication\'s week', () => {
    expect(tagTimexes('The festival opens Friday, Aug. 16, and runs through Sunday. Gates open at 4 p.m. Friday and at 10 a.m. on Saturday. Organizers said Friday that passes are selling fast.', { documentDate: '2019-08-07' })
      .map((x) => `${x.text}=${x.value}`))
      .toEqual(['Friday, Aug. 16=2019-08-16', 'Sunday=2019-08-18', '4 p.m. Friday=2019-08-16T16:00', '10 a.m. on Saturday=2019-08-17T10:00', 'Friday=2019-08-02']);
  });
});

describe('long ago tonight, amounts counted on, midsummer, the financial year (round 21)', () => {
  const values = (text: string, documentDate?: string): string[] => tagTimexes(text, documentDate ? { documentDate } : {}).map((x) => `${x.text}=${x.value}`);
  it('reads `a hundred years ago tonight` as that night, and the story goes on from it', () => {
    expect(values('One hundred years ago tonight, at 11:40 p.m., the liner struck ice. She sank two hours and forty minutes later.', '2012-04-14'))
      .toEqual(['One hundred years ago tonight=1912-04-14TNI', '11:40 p.m.=1912-04-14T23:40', 'two hours and forty minutes later=1912-04-15T02:20']);
  });
  it('counts an amount in two units back or on from the story\'s time', () => {
    expect(values('The alarm rang at 22:10 on 9 May 2019. An hour and ten minutes earlier the guard had left.'))
      .toEqual(['22:10 on 9 May 2019=2019-05-09T22:10', 'An hour and ten minutes earlier=2019-05-09T21:00']);
  });
  it('reads midsummer and midwinter as their seasons', () => {
    expect(values('The revolt began in the spring of 88 BC. By midsummer five cities had joined.')).toEqual(['the spring of 88 BC=BC0088-SP', 'midsummer=BC0088-SU']);
  });
  it('reads the financial year as the fiscal year', () => {
    expect(values('The council must save £18m before the end of the financial year.', '2024-11-19')).toEqual(['the end of the financial year=2024']);
  });
});

describe('an anniversary column\'s flashback (round 21)', () => {
  it('keeps bare days and clock times told in the past near a stated day of a far year in that year', () => {
    expect(tagTimexes('The liner sank in the early hours of 15 April 1912. She had left Southampton on 10 April. On the afternoon of the 14th she was warned of ice.\n\nRescue came from a steamer, which arrived at 4:10 a.m.', { documentDate: '2012-04-14' })
      .map((x) => `${x.text}=${x.value}`))
      .toEqual(['the early hours of 15 April 1912=1912-04-15TMO', '10 April=1912-04-10', 'the afternoon of the 14th=1912-04-14TAF', '4:10 a.m.=1912-04-14T04:10']);
  });
  it('but a day told in the past after a far year alone is publication\'s', () => {
    expect(tagTimexes('The firm was founded in 1912. It closed its plant on 10 April.', { documentDate: '2012-04-14' }).map((x) => `${x.text}=${x.value}`))
      .toEqual(['1912=1912', '10 April=2012-04-10']);
  });
});

describe('an anniversary of a happening the text dated (round 21)', () => {
  const values = (text: string, documentDate?: string): string[] => tagTimexes(text, documentDate ? { documentDate } : {}).map((x) => `${x.text}=${x.value}`);
  it('is that day so many years on, found by the happening\'s word', () => {
    expect(values('A violent earthquake struck the port at 5:12 a.m. on April 18, 1911. A memorial was unveiled on the twenty-fifth anniversary of the earthquake.'))
      .toEqual(['5:12 a.m. on April 18, 1911=1911-04-18T05:12', 'the twenty-fifth anniversary=1936-04-18']);
    expect(values('The attack came on 3 March 1992. Friday marks the 30th anniversary of the attack.', '2022-03-01'))
      .toEqual(['3 March 1992=1992-03-03', 'Friday=2022-03-04', 'the 30th anniversary=2022-03-03']);
  });
  it('is no date when the text gave the happening no day', () => {
    expect(values('The city marks the 25th anniversary of the fall of the wall.', '2014-11-09')).toEqual([]);
  });
});

describe('a reduced relative, a month after a past season, a dateline above a `Weekend` line (round 21)', () => {
  const values = (text: string, documentDate: string): string[] => tagTimexes(text, { documentDate }).map((x) => `${x.text}=${x.value}`);
  it('reads a past participle right after its noun as the past', () => {
    expect(values('Tulips planted in October are flowering now.', '2026-03-07')).toEqual(['October=2025-10', 'now=PRESENT_REF']);
    expect(values('Trees will be planted in October.', '2026-03-07')).toEqual(['October=2026-10']);
  });
  it('goes on from a season or month of a past year named earlier in the sentence', () => {
    expect(values('Last spring we sowed beans in the middle of March and lost them to a frost on 2 April.', '2026-03-07'))
      .toEqual(['Last spring=2025-SP', 'the middle of March=2025-03', '2 April=2025-04-02']);
  });
  it('does not join a dateline to `Weekend` on the next line', () => {
    expect(values('Saturday 7 March 2026\nWeekend gardening with Ruth\n\nThis weekend the soil is cold.', '2026-03-07'))
      .toEqual(['Saturday 7 March 2026=2026-03-07', 'This weekend=2026-W10-WE']);
  });
});

describe('a meeting record\'s heading (round 21)', () => {
  it('gives the text its date, and a numbered item is no amount', () => {
    expect(tagTimexes('Parish Council\n\nMinutes of the ordinary meeting held on Tuesday 10 March 2026 at 7.30pm\n\n26/32 Minutes\nThe minutes of the meeting held on 10 February were approved.')
      .map((x) => `${x.text}=${x.value}`))
      .toEqual(['Tuesday 10 March 2026 at 7.30pm=2026-03-10T19:30', '10 February=2026-02-10']);
  });
});

describe('`the same day` after a year told in passing, and a participle aside after an adverb (round 21)', () => {
  it('is the day the text last stated, and the times after it take that day', () => {
    expect(tagTimexes('The shower peaks on the night of 12 August. Its comet returns in 2126. On the same day an eclipse begins at 6.16pm.', { documentDate: '2026-07-31' })
      .map((x) => `${x.text}=${x.value}`))
      .toEqual(['the night of 12 August=2026-08-12TNI', '2126=2126', 'the same day=2026-08-12', '6.16pm=2026-08-12T18:16']);
  });
  it('reads `, deeply reddened,` as an aside, which tells no past', () => {
    expect(tagTimexes('On the morning of 28 August the Moon is eclipsed. It will set in the west, deeply reddened, shortly before 6am.', { documentDate: '2026-07-31' })
      .map((x) => `${x.text}=${x.value}`))
      .toEqual(['the morning of 28 August=2026-08-28TMO', '6am=2026-08-28T06:00']);
  });
});

describe('the verb `last`, and a night spent (round 21)', () => {
  const values = (text: string): string[] => tagTimexes(text, { documentDate: '1998-02-12' }).map((x) => `${x.text}=${x.value}`);
  it('reads `to last into early summer` ahead, not as a past', () => {
    expect(values('Scientists expect the effects to last into early summer.')).toEqual(['early summer=1998-SU']);
  });
  it('tags the night a verb of spending takes, not a possessive', () => {
    expect(values('Crews spent the night clearing mud.')).toEqual(['the night=1998-02-12TNI']);
    expect(values("He spent the evening's takings.")).toEqual([]);
  });
});

describe('`the current quarter` in a quarterly report, and an -ed adjective after `to` and its verb (round 21)', () => {
  it('is the quarter under way at publication, not the one reported', () => {
    expect(tagTimexes('Net for the quarter ended Sept. 30 rose 8%. The company will take a charge in the current quarter.', { documentDate: '1989-11-02' })
      .map((x) => `${x.text}=${x.value}`))
      .toEqual(['the quarter=1989-Q3', 'Sept. 30=1989-09-30', 'the current quarter=1989-Q4']);
  });
  it('reads `to tour damaged areas on Saturday` ahead', () => {
    expect(tagTimexes('The president is expected to tour damaged areas on Saturday.', { documentDate: '1998-02-12' }).map((x) => `${x.text}=${x.value}`))
      .toEqual(['Saturday=1998-02-14']);
  });
});

describe('a day after a year in its sentence, and a clause after `, and` (round 21)', () => {
  const values = (text: string, documentDate: string): string[] => tagTimexes(text, { documentDate }).map((x) => `${x.text}=${x.value}`);
  it('puts a bare day told in the past after a year of its sentence in that year', () => {
    expect(values('Frost usually comes late here, and in 2021 we had one on 12 May.', '2026-03-07')).toEqual(['2021=2021', '12 May=2021-05-12']);
  });
  it('stops the tense at `, and` when a verb of its own follows', () => {
    expect(values('I sowed the beans on Tuesday, and they should be up within ten days.', '2026-03-07')).toEqual(['Tuesday=2026-03-03', 'ten days=P10D']);
    expect(values('On Tuesday, and again on Friday, the council will meet.', '2026-03-07')).toEqual(['Tuesday=2026-03-10', 'Friday=2026-03-13']);
  });
});

describe('story clock: hours that make days, plans told in a `would` clause (round 22)', () => {
  const values = (text: string, documentDate?: string): string[] => tagTimexes(text, documentDate ? { documentDate } : {}).map((x) => `${x.text}=${x.value}`);
  it('counts a day or more of hours from a day as the day they reach', () => {
    expect(values('On 3 May 1990 the dam cracked. Seventy-two hours later the valley was dry.'))
      .toEqual(['3 May 1990=1990-05-03', 'Seventy-two hours later=1990-05-06']);
    expect(values('The storm hit on Monday. 36 hours later power was back.', '2022-01-07'))
      .toEqual(['Monday=2022-01-03', '36 hours later=2022-01-04']);
  });
  it('reads `the weekend of 9-10 January` as the days said, not the weekend nearest publication', () => {
    expect(values('The cup tie will be played on the weekend of 15-16 January.', '2022-01-07')).toEqual(['15=2022-01-15', '16 January=2022-01-16']);
    expect(values('We camped there the weekend of 3 June 2017.')).toEqual(['3 June 2017=2017-06-03']);
  });
  it('puts `By the weekend` after a day just named in the past on the weekend after that day', () => {
    expect(values('On March 9 the army crossed the river. By the weekend it had reached the coast.', '2022-04-06'))
      .toEqual(['March 9=2022-03-09', 'the weekend=2022-W10-WE']);
  });
  it('counts `the second day` of a scene from the start of the range of days just stated, keeping its clock time', () => {
    expect(values('The armies met at Lenz on 14–15 June 1863. At 4 a.m. on the second day the attack began.'))
      .toEqual(['14=1863-06-14', '15 June 1863=1863-06-15', '4 a.m. on the second day=1863-06-15T04:00']);
  });
  it('keeps a timeline entry told in the historical present with a report (`June 30: X says ... will`) on its heading\'s date', () => {
    expect(values('May 22: Inspectors find bacteria.\n\nJune 30: The company says the plant will reopen.', '2026-07-17'))
      .toEqual(['May 22=2026-05-22', 'June 30=2026-06-30']);
  });
  it('keeps a story in a far year where it was after news ahead of publication (`A mill opens next month`)', () => {
    expect(values('She learned to spin in the spring of 1979. A new mill opens next month. That first winter she worked nights.', '2026-09-22'))
      .toEqual(['the spring of 1979=1979-SP', 'next month=2026-10', 'That first winter=1979-WI']);
  });
  it('lets a date in a `since` clause with its own subject move the story (`since he took over in 1990`), not a baseline (`since 1990`)', () => {
    expect(values('He has run the shop since he took it over in the autumn of 1990. That first winter he slept in the back.', '2026-09-22'))
      .toEqual(['the autumn of 1990=1990-FA', 'That first winter=1990-WI']);
  });
  it('goes on from a season of a far year into the next season told in the past (`By the summer`), in a dated text', () => {
    expect(values('The mill shut in the autumn of 1981. By the winter half the street was empty.', '2026-03-12'))
      .toEqual(['the autumn of 1981=1981-FA', 'the winter=1981-WI']);
  });
  it('puts a time on the day told before when its sentence names a year only in a `since` clause (`since it opened in 1891`)', () => {
    expect(values('On Saturday the miners will march. A plaque to the men killed since it opened in 1891 will be unveiled at noon.', '2026-03-12'))
      .toEqual(['Saturday=2026-03-14', '1891=1891', 'noon=2026-03-14T12:00']);
  });
  it('reads a newspaper masthead ending in a full stop as the publication date, and `inst.`/`ult.` from it', () => {
    expect(values('THE HARBOUR MERCURY, FRIDAY, JUNE 9, 1882.\n\nThe mill burned on the 2nd inst., and the owner had sold it on the 20th ult.'))
      .toEqual(['FRIDAY, JUNE 9, 1882=1882-06-09', 'the 2nd inst.=1882-06-02', 'the 20th ult.=1882-05-20']);
  });
  it('reads a list of opening hours as a schedule, not a timeline told in the past', () => {
    expect(values('Christmas Eve: 9am to 1pm\nNew Year\'s Day: closed', '2026-12-10'))
      .toEqual(['Christmas Eve=2026-12-24', '9am=2026-12-24T09:00', '1pm=2026-12-24T13:00', 'New Year\'s Day=2027-01-01']);
  });
  it('reads a verb in -s after `and` before its object as a present verb of its own (`joined in 1980 and ends his career on Friday`)', () => {
    expect(values('Joe joined the crew in 1980 and ends his career on Christmas Eve.', '2026-12-10'))
      .toEqual(['1980=1980', 'Christmas Eve=2026-12-24']);
  });
  it('reads a dot time that starts a range ending in am or pm as a clock (`9.30–11.00am`), not a price (`2.50-3.10 pence`)', () => {
    expect(values('Session 2 runs 2.15–3.45pm.', '2022-01-07')).toEqual(['2.15=2022-01-07T14:15', '3.45pm=2022-01-07T15:45']);
    expect(values('Fares rose 2.50-3.10 pence.', '2022-01-07')).toEqual([]);
  });
  it('reads a log\'s `this forenoon` as the morning of the entry\'s day', () => {
    expect(values('Monday 4 October 1852. Took on water this forenoon.')).toEqual(['Monday 4 October 1852=1852-10-04', 'this forenoon=1852-10-04TMO']);
  });
  it('reads `on the first morning` of a range of days just stated as the range\'s first day', () => {
    expect(values('The fair runs 3–5 June 2030, its first since 2019. Stalls open at 9am on the first morning.'))
      .toEqual(['3=2030-06-03', '5 June 2030=2030-06-05', '2019=2019', '9am on the first morning=2030-06-03T09:00']);
  });
  it('reads `this Tuesday` told in the present (a schedule) after that day of the week has passed as the coming one', () => {
    expect(values('The minister faces the committee this Tuesday.', '2022-01-09')).toEqual(['this Tuesday=2022-01-11']);
    expect(values('The minister faced the committee this Tuesday.', '2022-01-09')).toEqual(['this Tuesday=2022-01-04']);
  });
  it('reads a plan in the past perfect (`had been set to begin Jan. 12`) as past', () => {
    expect(values('The hearing had been set to begin March 3, but it was moved.', '2026-06-10')).toEqual(['March 3=2026-03-03']);
  });
  it('does not move the story to a coarser date planned in a `would` clause after the day it told', () => {
    expect(values('He said on 4 March 2003 that he would retire that summer, and he quit a week later.'))
      .toEqual(['4 March 2003=2003-03-04', 'that summer=2003-SU', 'a week later=2003-W11']);
  });
});
