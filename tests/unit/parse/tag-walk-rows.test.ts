/**
 * The tagger's walk reads an expression in its place through two tables: special readings tried before the
 * resolver, and corrections run after it. Every row has an example here, written for it, that only it explains.
 */
import { describe, it, expect } from 'vitest';
import { tagTimexes } from '../../../src/parse/index.js';
import { SPECIAL_READINGS } from '../../../src/parse/special-readings.js';
import { VALUE_CORRECTIONS } from '../../../src/parse/value-corrections.js';

interface Example {
  text: string;
  documentDate?: string;
  /** The expression the row reads, and its value; null when the row finds it is no date. */
  expression: string;
  value: string | null;
  /** Words of the explanation the row gives (none for a row that drops the expression or hands it to the resolver). */
  explains?: string;
}

const READING_EXAMPLES: Record<string, Example> = {
  'a day counted past an aside into earlier time': {
    text: 'The lifeboat launched on Saturday night. Its last launch in a gale was in 2017.\n\nThe following day the harbour reopened.', documentDate: '2022-01-10',
    expression: 'The following day', value: '2022-01-09', explains: 'past an aside into earlier time',
  },
  'a weekday told after another in its sentence': {
    text: 'On 9 August 1932 the yacht lay at Cowes. The crew went ashore on Monday and sailed again on Thursday.',
    expression: 'Thursday', value: '1932-08-11', explains: 'the weekday told before it in its sentence',
  },
  'a weekday excepted from a recurrence': {
    text: 'The ferry crosses every day except Wednesday.', documentDate: '2022-01-10',
    expression: 'Wednesday', value: 'XXXX-WXX-3', explains: 'excepted from a recurrence',
  },
  'a week\'s hours': {
    text: 'The helpline is open Monday to Saturday, 8am to 8pm.', documentDate: '2022-01-10',
    expression: 'Saturday, 8am', value: 'XXXX-WXX-6T08:00', explains: 'the hours of a week',
  },
  'a chapter list\'s stamps': { text: '00:00 – Cold open\n02:15 – The interview\n41:30 – Listener letters', documentDate: '2026-03-11', expression: '02:15', value: null },
  'the weekday a text bound to a day ahead': {
    text: 'The county show opens on Friday, June 12, and runs for three days. Gates open at 9 a.m. Friday.', documentDate: '2026-06-01',
    expression: '9 a.m. Friday', value: '2026-06-12T09:00', explains: 'the Friday the text named earlier as 2026-06-12',
  },
  'an anniversary of a day the text stated': {
    text: 'The mine collapsed on 14 October 1913. A memorial was unveiled on the fiftieth anniversary of the collapse.',
    expression: 'the fiftieth anniversary', value: '1963-10-14', explains: '50 years after 1913-10-14',
  },
  'the turn of the century after a decade': {
    text: 'In the 1880s the town grew fast, and by the turn of the century it had 40,000 people.', documentDate: '2022-01-07',
    expression: 'the turn of the century', value: '19', explains: 'nearest the decade the text last named (188)',
  },
  'a day next to a happening the text dated': {
    text: 'The bridge collapsed on 14 August 2018. On the night before the collapse, residents heard cracking.',
    expression: 'the night before the collapse', value: '2018-08-13TNI', explains: 'the day before 2018-08-14',
  },
  'a count of days': {
    text: 'We set out from Fort William on 11 August 2024.\n\nDay 1.\nWe walked.\n\nDay 3.\nRain all day.', documentDate: '2024-09-01',
    expression: 'Day 3', value: '2024-08-13', explains: 'day 3 of the count',
  },
  'an age on a biography\'s clock': {
    // The age is no date (null); the row's work shows in the next example's `two years later`.
    text: 'He was born in Leith in 1890. At sixteen he went to sea.', expression: 'At sixteen', value: null,
  },
  'a four-figure clock in a text that writes them': {
    text: 'On 3 June 1944 the convoy sailed at 0545. It was attacked at 1310 and again at 1725.',
    expression: '1310', value: '1944-06-03T13:10', explains: 'four figures read as a clock',
  },
  'the day the text last stated': {
    text: 'The treaty was signed on 4 March 1998 and took effect in 1999. Nobody who was there forgets that date.', documentDate: '2022-01-07',
    expression: 'that date', value: '1998-03-04', explains: 'the day the text last stated',
  },
  'months of a recurring year': {
    text: 'The company, whose fiscal year runs from April to March, reported a loss.', documentDate: '2022-01-07',
    expression: 'April', value: 'XXXX-04', explains: 'a month of every such year',
  },
  'months of a recurring schedule': {
    text: 'The castle opened in the summer of 1961. It is open daily from April to October, and at weekends in winter.',
    expression: 'October', value: 'XXXX-10', explains: 'in a schedule that recurs',
  },
  'a weekday of the days ahead a text told': {
    text: 'Practice starts on Monday. The forecast for Wednesday shows rain.', documentDate: '2022-01-07',
    expression: 'Wednesday', value: '2022-01-12', explains: 'a day ahead the text told',
  },
  'an undated text\'s today': { text: 'Today her studio is kept as it was.', expression: 'Today', value: 'PRESENT_REF', explains: 'no date of its own' },
  'the last such weekday of a period': {
    text: 'Our party will be on the last Friday before the holidays, 18 December.', documentDate: '2026-09-10',
    expression: 'last Friday', value: 'XXXX-WXX-5', explains: 'the last such day of a period',
  },
  'a stamp on its timeline\'s day': {
    text: 'Checkout failed between 14:02 and 15:47 UTC on Tuesday 3 March.\n\n14:09 - Error rates pass 5%.\n14:20 - Engineers roll back.',
    documentDate: '2026-03-10', expression: '14:20', value: '2026-03-03T14:20', explains: 'the day of the time stated before this timeline',
  },
};

const CORRECTION_EXAMPLES: Record<string, Example> = {
  'a counted offset in apposition to the day after it': {
    text: 'The sale runs from Monday until 20 January. A second sale opens a week later, on 17 January.', documentDate: '2022-01-07',
    expression: 'a week later', value: '2022-W03', explains: 'the day told in apposition after it (2022-01-17)',
  },
  'an offset in apposition to the day before it': {
    text: 'The first phase opened on 3 March 2021. The second opened on 3 June 2021, three months later.', documentDate: '2022-01-07',
    expression: 'three months later', value: '2021-06', explains: 'the day stated before it (2021-06-03)',
  },
  'an uncounted offset in apposition to the day after it': {
    text: 'The survey ship was refitted in March 2019. Ten days later, on 4 June, she sailed for Svalbard.',
    expression: 'Ten days later', value: '2019-06-04', explains: 'the day told in apposition after it (2019-06-04)',
  },
  'a weekday in apposition to the day before it': {
    text: 'The derby is at home on the 18th, a Tuesday night kick-off.', documentDate: '2022-01-07',
    expression: 'Tuesday night', value: '2022-01-18TNI', explains: 'in apposition to 2022-01-18',
  },
  'a month of a report after the year reported': {
    text: 'Exports grew 4 percent in 2020, the ministry reported in March.', documentDate: '2022-01-07',
    expression: 'March', value: '2021-03', explains: 'after the year 2020 it reports on',
  },
  'a month opening a past sentence just ahead of publication': {
    text: 'In February the mill closed its doors for good.', documentDate: '2022-01-07',
    expression: 'February', value: '2021-02', explains: 'the one before publication',
  },
  'a past midnight of the day of publication': {
    text: 'Her rival conceded shortly after midnight.', documentDate: '2022-01-07',
    expression: 'midnight', value: '2022-01-07T00:00', explains: 'the midnight that began the day of publication',
  },
  'a `when` clause\'s period': {
    text: 'Last winter, when a storm hit over Christmas, the roads closed.', documentDate: '2022-01-07',
    expression: 'Christmas', value: '2020-12-25', explains: 'a `when` clause on that period',
  },
  'a year in an `on this day` column': {
    text: 'On this day\n\n1912 – The tramway opens in Brackenford.', documentDate: '2026-10-08',
    expression: '1912', value: '1912-10-08', explains: 'in an `on this day` column',
  },
  'a weekday ending a range': {
    text: 'The fair ran from Friday to Tuesday.', documentDate: '2022-01-10',
    expression: 'Tuesday', value: '2022-01-11', explains: 'moved on to end the range',
  },
  'bare months of a range in order': {
    text: 'The season ran from September to May.', documentDate: '2022-01-07',
    expression: 'May', value: '2022-05', explains: 'a year on to end the range',
  },
  'a range\'s bare month in its end\'s year': {
    text: 'Pell targeted homes between June and August last year.', documentDate: '2026-11-27',
    expression: 'June', value: '2025-06', explains: 'in the year of the range\'s end',
  },
  'steps of a sequence in order': {
    // Published 2022-01-07: the lease ran to November first, then on to March.
    text: 'The lease has been extended twice, first through November 30 and then for 90 days, to March 1.', documentDate: '2022-01-07',
    expression: 'November 30', value: '2021-11-30', explains: 'a year back to come before',
  },
  'bare months before their year': {
    text: 'The ferry ran from April to October in 1961.', documentDate: '2026-03-14',
    expression: 'April', value: '1961-04', explains: 'the year stated right after',
  },
  'a scene-setting year': {
    text: 'I was eleven the summer the river came into the town. It was 1977, and it had rained for most of June.',
    expression: 'the summer', value: '1977-SU', explains: 'the year the text sets its scene in',
  },
  'a date going on from a schedule ahead': {
    text: 'The festival opens on 2 October. The closing gala is on 14 January.', documentDate: '2022-05-20',
    expression: '14 January', value: '2023-01-14', explains: 'it goes on from 2022-10-02',
  },
  'a clock time before its day': {
    text: 'Police want to trace passengers on the 21:40 bus to Ripon on Tuesday.', documentDate: '2022-01-07',
    expression: '21:40', value: '2022-01-04T21:40', explains: 'the day its phrase names after it',
  },
  'a quarter closed by a date': {
    text: 'Profit rose in the quarter ended Sept. 30.', documentDate: '2022-01-07',
    expression: 'the quarter', value: '2021-Q3', explains: 'the quarter that ends on 2021-09-30',
  },
  'a `since` date before its anchor': {
    text: 'Rents have risen every month since March.', documentDate: '2022-01-07',
    expression: 'March', value: '2021-03',
  },
  'a `since` year-end of the year under way': {
    text: 'Shares are up 8% since year-end.', documentDate: '2021-10-20',
    expression: 'year-end', value: '2020', explains: 'the current year has not ended',
  },
};

function check(example: Example): void {
  const timexes = tagTimexes(example.text, example.documentDate ? { documentDate: example.documentDate } : {});
  const hit = timexes.find((t) => t.text === example.expression);
  if (example.value === null) {
    expect(hit, `${example.expression} is no date`).toBeUndefined();
    return;
  }
  expect(hit?.value).toBe(example.value);
  if (example.explains) expect(hit?.derivation.explanation).toContain(example.explains);
}

describe('special readings (tried before the resolver)', () => {
  it('every row has an example', () => {
    expect(SPECIAL_READINGS.map((r) => r.name).sort()).toEqual(Object.keys(READING_EXAMPLES).sort());
  });
  for (const [name, example] of Object.entries(READING_EXAMPLES)) it(name, () => check(example));
});

describe('value corrections (run after the resolver)', () => {
  it('every row has an example', () => {
    expect(VALUE_CORRECTIONS.map((r) => r.name).sort()).toEqual(Object.keys(CORRECTION_EXAMPLES).sort());
  });
  for (const [name, example] of Object.entries(CORRECTION_EXAMPLES)) it(name, () => check(example));
});
