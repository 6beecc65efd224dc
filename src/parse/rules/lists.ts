/**
 * Lists and ranges whose members share a part written once: the year (`Mar 3 - Jun 9, 2017`,
 * `April and May 2016`), the month (`June 8 and 9`) or the century (`1939-45`). Each member is
 * tagged on its own span; the row hands back two expressions (`pair`, captures `a` and `b`).
 */
import { isValidYmd, pad2, pad4, twoDigitYear } from '../calendar.js';
import type { Spec } from '../spec.js';
import { FUNCTION_WORDS } from '../../text/lexicon.js';
import { type RuleRow, has, num, str } from './row.js';

/** A day of a month, of a stated year when there is one. */
function day(month: number, d: number, year: number | undefined): Spec | null {
  if (!isValidYmd(year ?? 2000, month, d)) return null;
  return year === undefined ? { kind: 'md', type: 'DATE', month, day: d } : { kind: 'abs', type: 'DATE', value: `${pad4(year)}-${pad2(month)}-${pad2(d)}` };
}
const monthOf = (year: number, month: number): Spec => ({ kind: 'abs', type: 'DATE', value: `${pad4(year)}-${pad2(month)}` });
const both = (first: Spec | null, second: Spec | null): Spec | null => (first && second ? { ...first, pair: second } : null);

export const LIST_ROWS: readonly RuleRow[] = [
  {
    // `on the night of 19/20 August`, `the night of 5–6 June 1943`: the night that runs from the first day into the next.
    id: 'night-of-two-days',
    pattern: 'the? night of a=@day -|–|/ b=@day m=@month ,? @year?',
    triggers: ['night'],
    build: (c) => {
      const a = num(c, 'a')!, b = num(c, 'b')!;
      const d = b === a + 1 ? day(num(c, 'm')!, a, num(c, 'year')) : null;
      if (!d) return null;
      return d.kind === 'abs' ? { ...d, type: 'TIME', value: `${d.value!}TNI` } : { ...d, type: 'TIME', time: 'TNI' };
    },
    examples: [['On the night of 19/20 August the attack began.', 'the night of 19/20 August', '2021-08-19TNI'],
      ['Engineers crossed on the night of 5–6 June 1943.', 'the night of 5–6 June 1943', '1943-06-05TNI']],
    negatives: ['the night of 19/23 August'],
  },
  {
    // `June 8 and 9`, `on May 3 or 4, 2021`: two days of one month.
    id: 'days-of-a-month',
    pattern: 'm=@month a=@day ,? and|or|& b=@day ,? @year?',
    build: (c) => {
      const m = num(c, 'm')!, y = num(c, 'year');
      if (num(c, 'b')! <= num(c, 'a')!) return null;
      return both(day(m, num(c, 'a')!, y), day(m, num(c, 'b')!, y));
    },
    examples: [['The talks will run on June 8 and 9.', 'June 8', '2022-06-08'], ['The talks will run on June 8 and 9.', '9', '2022-06-09'], ['on May 3 or 4, 2021', '4, 2021', '2021-05-04'], ['on May 3 or 4, 2021', 'May 3', '2021-05-03']],
    negatives: ['June 8 and 3 others'],
  },
  {
    // `June 8-9` without a year: two days of one month (with a year, `month-days-year` tags it whole).
    id: 'day-range-of-a-month',
    pattern: 'm=@month a=@day -|– b=@day',
    build: (c, ctx) => {
      const m = num(c, 'm')!;
      // `Jan. 4-5, 2022` is the one-span row's; `June 8-9 2021` too.
      const after = ctx.toks[ctx.to];
      if (after && (after.text === ',' || after.kind === 'num')) return null;
      return num(c, 'b')! > num(c, 'a')! ? both(day(m, num(c, 'a')!, undefined), day(m, num(c, 'b')!, undefined)) : null;
    },
    examples: [['The fair runs June 8-9 in Leeds.', '9', '2022-06-09']],
  },
  {
    // `August 10 to 22, 2012`, `from June 8 through 11`: two days of one month joined by a word (a dash joins
    // them into one span, `month-days-year` and `day-range-of-a-month`).
    id: 'days-to-of-a-month',
    pattern: 'm=@month a=@day|@ord to|through|until|till|thru b=@day|@ord ,? @year?',
    build: (c, ctx) => {
      const m = num(c, 'm')!, y = num(c, 'year'), a = num(c, 'a')!, b = num(c, 'b')!;
      if (b <= a) return null;
      // `June 8 to 9 pm`, `May 3 to 10 people`: the second number is an hour or a count.
      const next = ctx.toks[ctx.to];
      if (y === undefined && next && !next.newline && (next.kind === 'num' || (next.kind === 'word' && !FUNCTION_WORDS.has(next.lower)) || /^[:.]$/.test(next.text) && ctx.toks[ctx.to + 1]?.kind === 'num')) return null;
      return both(day(m, a, y), day(m, b, y));
    },
    examples: [['It runs August 10 to 22, 2012.', 'August 10', '2012-08-10'], ['It runs August 10 to 22, 2012.', '22, 2012', '2012-08-22'], ['The fair is on from June 8 through 11.', '11', '2022-06-11']],
    negatives: ['On May 3 to 10 people came.'],
  },
  {
    // `Mar 3 - Jun 9, 2017`, `from Oct. 30 to Nov. 2, 1989`: the first day takes the year of the second.
    id: 'day-range-sharing-year',
    pattern: 'm1=@month a=@day -|–|to|through|until|and b=@month d2=@day ,? @year',
    build: (c) => {
      const m1 = num(c, 'm1')!, m2 = num(c, 'b')!, y = num(c, 'year')!;
      return both(day(m1, num(c, 'a')!, m1 > m2 ? y - 1 : y), day(m2, num(c, 'd2')!, y));
    },
    examples: [['It ran Mar 3 - Jun 9, 2017.', 'Mar 3', '2017-03-03'], ['It ran Mar 3 - Jun 9, 2017.', 'Jun 9, 2017', '2017-06-09'], ['from Dec. 30 to Jan. 2, 1990', 'Dec. 30', '1989-12-30']],
  },
  {
    // `3 to 6 May`, `10 - 22 August 2012`, `the eighth and ninth of June`: days written before the month they
    // share (and its year, when one follows).
    id: 'days-before-a-month',
    pattern: 'the? a=@day|@ord -|–|to|through|until|and|or|& the? b=@day|@ord of? m=@month ,? @year?',
    build: (c, ctx) => {
      const m = num(c, 'm')!, y = num(c, 'year'), a = num(c, 'a')!, b = num(c, 'b')!;
      // A dash joins digits only when glued or spaced on both sides (`22-23 Feb`, `10 - 22 August`).
      const dash = ctx.toks[c.a!.i + c.a!.len]!;
      if (/^[-–]$/.test(dash.text) && (dash.gap === 0) !== (ctx.toks[c.b!.i]!.gap === 0)) return null;
      if (b <= a) return null;
      return both(day(m, a, y), day(m, b, y));
    },
    examples: [['open from 3 to 6 May', '3', '2022-05-03'], ['open from 3 to 6 May', '6 May', '2022-05-06'], ['The fair ran 14 - 17 March 2019.', '14', '2019-03-14'],
      ['The fair ran 14 - 17 March 2019.', '17 March 2019', '2019-03-17'], ['held fourth to sixth June 2019', 'fourth', '2019-06-04'], ['on 11-12 Oct', '12 Oct', '2021-10-12']],
    negatives: ['They lost 3 to 1 May 2019.'],
  },
  {
    // `Tuesday 17 and Thursday 19 March`, `Monday 28 to Wednesday 30 December`: two days, each with its weekday, sharing
    // the month (and year) written once.
    id: 'weekday-days-before-a-month',
    // (The second member's span starts at its weekday, capture `b`; its day is `bd`.)
    pattern: 'wa=@weekday a=@day and|or|&|to|until|till|-|– b=@weekday bd=@day of? m=@month ,? @year?',
    build: (c) => {
      const m = num(c, 'm')!, y = num(c, 'year'), a = num(c, 'a')!, b = num(c, 'bd')!;
      if (b <= a) return null;
      const first = day(m, a, y), second = day(m, b, y);
      if (!first || !second) return null;
      const withDow = (d: Spec, dow: number): Spec => (d.kind === 'md' ? { ...d, dow } : d);
      return { ...withDow(first, num(c, 'wa')!), pair: withDow(second, num(c, 'b')!) };
    },
    examples: [['Parents\' evenings: Tuesday 4 and Thursday 6 January.', 'Tuesday 4', '2022-01-04'], ['Parents\' evenings: Tuesday 4 and Thursday 6 January.', 'Thursday 6 January', '2022-01-06'],
      ['The hall is shut Monday 10 to Wednesday 12 January.', 'Monday 10', '2022-01-10']],
  },
  {
    // `10 August - 12 September 2013`, `from 30 December to 2 January 2020`: the first day takes the year of the second.
    id: 'day-month-range-sharing-year',
    pattern: 'd1=@day a=@month -|–|to|through|until|and b=@day m2=@month ,? @year',
    build: (c) => {
      const m1 = num(c, 'a')!, m2 = num(c, 'm2')!, y = num(c, 'year')!;
      return both(day(m1, num(c, 'd1')!, m1 > m2 ? y - 1 : y), day(m2, num(c, 'b')!, y));
    },
    examples: [['It ran 4 July - 9 August 2015.', '4 July', '2015-07-04'], ['It ran 4 July - 9 August 2015.', '9 August 2015', '2015-08-09'], ['from 30 December to 2 January 2020', '30 December', '2019-12-30']],
  },
  {
    // `April and May 2016`, `between June and August 1944`: months of one year.
    id: 'months-sharing-year',
    pattern: 'a=@month ,? and|or|&|-|–|to|through|until b=@month ,? of? @year',
    build: (c) => {
      const a = num(c, 'a')!, b = num(c, 'b')!, y = num(c, 'year')!;
      return { ...monthOf(a > b ? y - 1 : y, a), pair: monthOf(y, b) };
    },
    examples: [['in April and May 2016', 'April', '2016-04'], ['in April and May 2016', 'May 2016', '2016-05'], ['between December and March 1990', 'December', '1989-12']],
  },
  {
    // `1939-45`, `the 2010-11 season`: the second year gives only its last two digits. A two-digit
    // number not after the first (`2016-11`) is the month of an ISO year-month.
    id: 'year-dash-two-digits',
    pattern: 'a=@year -|–|/ b=@int',
    build: (c, ctx) => {
      const second = ctx.toks[c.b!.i]!;
      if (second.text.length !== 2 || second.gap > 0 || ctx.toks[c.b!.i - 1]!.gap > 0) return null;
      const y = num(c, 'a')!, two = num(c, 'b')!;
      // An ISO date (`2016-11-09`) or a fraction-like score goes to its own row.
      const after = ctx.toks[ctx.to];
      if (after && (after.text === '-' || after.text === '/' || after.text === ':') && after.gap === 0) return null;
      if (two > y % 100) return { ...yearOf(y), pair: yearOf(y - (y % 100) + two) };
      if (ctx.toks[c.b!.i - 1]!.text === '-' && two >= 1 && two <= 12) return monthOf(y, two);
      return null;
    },
    examples: [['the war of 1939-45', '1939', '1939'], ['the war of 1939-45', '45', '1945'], ['the 2010-11 season', '11', '2011'], ['sales in 2016-11 rose', '2016-11', '2016-11']],
    negatives: ['1999-00'],
  },
  {
    // `the 15th and 16th centuries`, `the 2nd or 3rd century BC`: the first ordinal shares the noun and the era of the second.
    id: 'centuries-list',
    pattern: 'the? a=@ord -? century? and|or|&|to|- b=@ord centuries|century era=bc|bce|ad|ce?',
    build: (c) => {
      const a = num(c, 'a')!, b = num(c, 'b')!;
      if (a < 1 || b < 1 || a > 21 || b > 21 || a === b) return null;
      // BC centuries count down, so a BC list may run either way (`the 3rd and 2nd centuries BC`).
      const bc = str(c, 'era') === 'bc' || str(c, 'era') === 'bce';
      if (!bc && b < a) return null;
      const era = bc ? 'BC' : '';
      return { kind: 'abs', type: 'DATE', value: `${era}${pad2(a - 1)}`, pair: { kind: 'abs', type: 'DATE', value: `${era}${pad2(b - 1)}` } };
    },
    examples: [['in the 15th and 16th centuries', 'the 15th', '14'], ['in the 15th and 16th centuries', '16th centuries', '15'],
      ['in the 2nd or 3rd century BC', 'the 2nd', 'BC01'], ['in the 2nd or 3rd century BC', '3rd century BC', 'BC02']],
  },
  {
    // `3/2018`, `11/1989`: a month and a year.
    id: 'month-slash-year',
    pattern: 'm=@int / @year',
    build: (c, ctx) => {
      const m = num(c, 'm')!;
      if (m < 1 || m > 12 || ctx.toks[c.m!.i + 1]!.gap > 0 || ctx.toks[c.year!.i]!.gap > 0) return null;
      return monthOf(num(c, 'year')!, m);
    },
    examples: [['sales in 3/2018 fell', '3/2018', '2018-03']],
    negatives: ['scored 13/2018'],
  },
  {
    // `Sep 87`, `June '44`: a month and a two-digit year (over 31, or after an apostrophe).
    id: 'month-two-digit-year',
    pattern: '@month \'|’? yy=@int',
    build: (c, ctx) => {
      const t = ctx.toks[c.yy!.i]!;
      if (t.text.length !== 2) return null;
      const yy = num(c, 'yy')!;
      const apostrophe = has(c, 'w1') || has(c, 'w2') || /^['’]$/.test(ctx.toks[c.yy!.i - 1]!.text);
      if (!apostrophe && yy <= 31) return null;
      // (`by the end of June 91% of trains`, `in May 45 people`: a share or a count after the month, not its year.)
      const next = ctx.toks[ctx.to];
      if (!apostrophe && next && !next.newline && (next.text === '%' || (next.kind === 'word' && !next.capital && !FUNCTION_WORDS.has(next.lower)))) return null;
      return monthOf(twoDigitYear(yy), num(c, 'month')!);
    },
    examples: [['in Sep 87 the market fell', 'Sep 87', '1987-09'], ["in June '44", "June '44", '1944-06']],
    negatives: ['on Sep 27', 'By the end of June 91% of trains ran on time.', 'In March 45 people were hurt.'],
  },
  {
    // `the summer of 69`, `in March of 90`: a month or season `of` a two-digit year with no apostrophe. Not when a
    // noun follows, which makes the number a count (`the March of 90 soldiers`).
    id: 'period-of-two-digit-year',
    pattern: 'the? @month|@season of yy=@int',
    build: (c, ctx) => {
      const t = ctx.toks[c.yy!.i]!;
      const after = ctx.toks[ctx.to];
      if (t.text.length !== 2 || t.gap > 1) return null;
      if (after && !after.newline && (after.gap === 0 ? after.kind !== 'punct' : after.kind === 'num' || (after.kind === 'word' && !after.capital && !FUNCTION_WORDS.has(after.lower)))) return null;
      const year = twoDigitYear(num(c, 'yy')!);
      return has(c, 'season') ? { kind: 'abs', type: 'DATE', value: `${pad4(year)}-${str(c, 'season')!}` } : monthOf(year, num(c, 'month')!);
    },
    examples: [['It was the summer of 69, and we were young.', 'the summer of 69', '1969-SU'], ['They left in March of 90 for good.', 'March of 90', '1990-03'],
      ['In the winter of 47 the canal froze.', 'the winter of 47', '1947-WI']],
    negatives: ['The March of 90 soldiers began.', 'in the summer of 69 days', 'the spring of 2022'],
  },
  {
    // `the class of '87`, `since '09`: an apostrophe before two digits.
    id: 'apostrophe-year',
    pattern: '\'|’ yy=@int',
    build: (c, ctx) => {
      const t = ctx.toks[c.yy!.i]!;
      const mark = ctx.toks[ctx.from]!;
      const before = ctx.toks[ctx.from - 1];
      // Glued to its digits, not to a word before it (`Jones'`, a closing quote).
      if (t.text.length !== 2 || t.gap > 0 || (before && mark.gap === 0 && before.kind !== 'punct')) return null;
      const after = ctx.toks[ctx.to];
      if (after && after.gap === 0 && (after.kind === 'word' || after.kind === 'num')) return null;
      return yearOf(twoDigitYear(num(c, 'yy')!));
    },
    examples: [["the class of '87", "'87", '1987'], ["since '09 the firm grew", "'09", '2009']],
  },
  {
    // `between 9 and 11 a.m.`, `from 11 to 2 pm`: two hours sharing the am/pm written once.
    id: 'hours-sharing-ampm',
    pattern: 'a=@int -|–|to|and|until|till b=@int @ampm',
    build: (c, ctx) => {
      const a = num(c, 'a')!, b = num(c, 'b')!, half = num(c, 'ampm')!;
      if (ctx.toks[c.a!.i]!.text.length > 2 || a < 1 || a > 12 || b < 1 || b > 12) return null;
      // Hours run forward (`3 to 1 am` reads as a score), except a morning into the afternoon (`11 to 2 pm`) and
      // twelve o'clock into the hours after it (`12-3pm` from noon, `12-3am` from midnight).
      if (a >= b && !(half === 12 && a >= 8 && a < 12) && a !== 12) return null;
      const second = (b % 12) + half;
      // The first hour is in the same half of the day unless that would put it after the second.
      const first = (a % 12) + half <= second ? (a % 12) + half : a % 12;
      return { ...clockAt(first), pair: clockAt(second) };
    },
    negatives: ['They won 3 to 1 am I right'],
    examples: [['The shop is open between 9 and 11 a.m.', '9', '2022-01-07T09:00'], ['The shop is open between 9 and 11 a.m.', '11 a.m.', '2022-01-07T11:00'],
      ['open between 9 and 11 a.m. daily', '9', 'XXXX-XX-XXT09:00'], ['from 11 to 2 pm', '11', '2022-01-07T11:00'], ['from 7 to 9 pm', '7', '2022-01-07T19:00'],
      ['Lunch is served 12-3pm today.', '12', '2022-01-07T12:00'], ['The line is closed 12-3am tonight.', '12', '2022-01-07T00:00']],
  },
  {
    // `1pm-3`, `8pm - 11`, `from 9am to 11`: the am/pm of the first hour holds for a later second one.
    id: 'hour-ampm-to-hour',
    pattern: 'h=@int a=@ampm -|–|to|until|till b=@int',
    build: (c, ctx) => {
      const a = num(c, 'h')!, b = num(c, 'b')!, half = num(c, 'a')!;
      if (ctx.toks[c.h!.i]!.text.length > 2 || ctx.toks[c.b!.i]!.text.length > 2 || a < 1 || a > 12 || b < 1 || b > 12) return null;
      // `8pm - 11 people`, `9am to 11:30`, `from 1pm to 3 pm`: a count, a clock of its own, or its own am/pm.
      const next = ctx.toks[ctx.to];
      if (next && next.gap <= 1 && !next.newline && (next.kind === 'num' || /^[:.]$/.test(next.text) && ctx.toks[ctx.to + 1]?.kind === 'num' || (next.kind === 'word' && !/^(on|and|or|but|when|then|every|each|today|tonight|tomorrow|yesterday|this|that|the|at|for|with|we|they|i|he|she|it)$/.test(next.lower)))) return null;
      const first = (a % 12) + half, second = (b % 12) + half;
      // `11pm-3`, `10pm - 2`: an evening into the small hours ends on the next day.
      if (second <= first) return half === 12 && b < a ? { ...clockAt(first), pair: { ...clockAt(b % 12), offset: { n: 1, unit: 'D' } } } : null;
      return { ...clockAt(first), pair: clockAt(second) };
    },
    examples: [['The office is open 1pm-3.', '3', '2022-01-07T15:00'], ['The bar is open 11pm-3.', '3', '2022-01-08T03:00'], ['Music plays 8pm - 11.', '8pm', '2022-01-07T20:00'], ['Music plays 8pm - 11.', '11', '2022-01-07T23:00']],
    negatives: ['They fed 8pm - 11 people.', 'The stall opens 9am to 11:30.'],
  },
  {
    // `from 9 to 11 in the morning`, `10 - 11 at night`: two hours sharing the part of the day said once.
    id: 'hours-sharing-part-of-day',
    pattern: 'a=@count -|–|to|and|until|till b=@count in|at the? p=morning|afternoon|evening|night',
    build: (c, ctx) => {
      const a = num(c, 'a')!, b = num(c, 'b')!;
      if (!Number.isInteger(a) || !Number.isInteger(b) || a < 1 || a >= b || b > 12) return null;
      // `won 3 to 5 in the evening game`: a score before a noun.
      const next = ctx.toks[ctx.to];
      if (next && next.kind === 'word' && next.gap <= 1 && !next.newline && !/^(on|and|or|but|when|then|every|each|today|tonight|tomorrow|yesterday|this|that|the|at|for|with|we|they|i|he|she|it)$/.test(next.lower)) return null;
      const p = str(c, 'p')!;
      return { ...clockAt(hourOfPart(a, p)), pair: clockAt(hourOfPart(b, p)) };
    },
    examples: [['The desk is staffed from 9 to 11 in the morning.', '9', '2022-01-07T09:00'], ['The desk is staffed from 9 to 11 in the morning.', '11 in the morning', '2022-01-07T11:00'],
      ['Quiet hours run 10 - 11 at night.', '10', '2022-01-07T22:00'], ['from three to five in the afternoon', 'five in the afternoon', '2022-01-07T17:00']],
    negatives: ['They won 5 to 3 in the evening game.', 'They won 3 to 5 in the evening game.'],
  },
];

/** The hour of the day of `h` o'clock in a part of the day: 9 in the evening is 21, 2 at night is 2, 12 in the morning 0. */
function hourOfPart(h: number, part: string): number {
  if (part === 'morning') return h % 12;
  if (part === 'night') return h >= 6 && h < 12 ? h + 12 : h === 12 ? 24 : h;
  return h < 12 ? h + 12 : 12;
}

function clockAt(hour: number): Spec {
  return { kind: 'clock', type: 'TIME', time: `T${pad2(hour)}:00` };
}
function yearOf(y: number): Spec {
  return { kind: 'abs', type: 'DATE', value: pad4(y) };
}
