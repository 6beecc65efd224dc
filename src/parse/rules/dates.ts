/** Calendar dates: absolute, or missing the year (resolved against the anchor). */
import { daysInMonth, isValidYmd, pad2, pad4 } from '../calendar.js';
import type { Spec } from '../spec.js';
import type { Captures } from '../pattern.js';
import { type RuleContext, type RuleRow, clockSeconds, has, num, str, zoneOf } from './row.js';
import { MONTHS, WEEKDAYS, isPastPreposition } from '../lexicon.js';
import { SLOT_CLASSES } from '../slots.js';
import { COORDINATORS, FUNCTION_WORDS, SUBORDINATORS, isPastVerb } from '../../text/lexicon.js';
import { wordSet } from '../../text/table.js';
import { isGameReport } from './game-report.js';
import type { Token } from '../../text/tokens.js';

const MONTH_WORDS = /* @__PURE__ */ new Set(/* @__PURE__ */ Object.keys(MONTHS));
const WEEKDAY_WORDS = /* @__PURE__ */ new Set(/* @__PURE__ */ Object.keys(WEEKDAYS));

function ymd(y: number | undefined, m: number | undefined, d: number | undefined): Spec | null {
  if (y === undefined || m === undefined || d === undefined || !isValidYmd(y, m, d)) return null;
  return { kind: 'abs', type: 'DATE', value: `${pad4(y)}-${pad2(m)}-${pad2(d)}` };
}
function md(m: number | undefined, d: number | undefined): Spec | null {
  if (m === undefined || d === undefined || !isValidYmd(2000, m, d)) return null;
  return { kind: 'md', type: 'DATE', month: m, day: d };
}
/** Months whose Ides fall on the 15th (March, May, July, October). */
const LATE_IDES = new Set([3, 5, 7, 10]);
/** Words that make a following `the 90s` a temperature. */
const TEMPERATURE_WORDS = new Set(['temperature', 'temperatures', 'temps', 'high', 'highs', 'low', 'lows', 'degrees', 'mercury', 'thermometer', 'readings', 'heat']);
/** Words of a game: near them, `the second half` is the game's, not the year's. */
const GAME_WORDS = new Set([
  'scored', 'score', 'scores', 'scoring', 'goal', 'goals', 'minute', 'minutes', 'match', 'game', 'penalty', 'kick', 'kicked',
  'equaliser', 'equalizer', 'striker', 'keeper', 'goalkeeper', 'referee', 'innings', 'touchdown', 'quarterback', 'try', 'tries',
  'led', 'trailed', 'break', 'halftime', 'interval', 'whistle', 'substitute', 'substituted', 'header', 'visitors', 'hosts',
]);
/** Words only a game report uses: near them, a bare `the fourth quarter` is the game's (business news has `led`, `points`). */
const GAME_QUARTER_WORDS = new Set([
  'touchdown', 'touchdowns', 'quarterback', 'halftime', 'kicker', 'interception', 'yards', 'rushing', 'fumble', 'buzzer',
  'rebounds', 'pointer', 'pointers', 'overtime', 'innings', 'inning',
]);
/** Whether the token after a three-digit number ends the phrase it is a year in (`of 638.`, `of 116 the capital`), not a noun it counts. */
function closesYearPhrase(next: Token | undefined): boolean {
  return !next || next.newline || /^[.,;:)]$/.test(next.text) || YEAR_PHRASE_AFTER.has(next.lower) || (next.capital && next.kind === 'word');
}
const YEAR_PHRASE_AFTER = new Set(['and', 'when', 'after', 'before', 'until', 'the', 'a', 'an', 'his', 'her', 'its', 'their', 'in', 'on', 'at', 'by', 'which', 'that', 'he', 'she', 'it', 'they', 'was', 'were', 'under']);
/** Words that tell money is talked of (`revenue in the fourth quarter`), so that a quarter near them is the year's. */
const MONEY_WORDS = new Set(['profit', 'profits', 'revenue', 'revenues', 'earnings', 'sales', 'results', 'fiscal', 'quarterly', 'dividend', 'shares',
  'income', 'economy', 'gdp', 'output', 'growth', 'percent', '%', 'billion', 'million']);
/** Whether a word of `words` lies within 14 tokens of the span. */
function near14(ctx: RuleContext, words: ReadonlySet<string>): boolean {
  for (let k = Math.max(0, ctx.from - 14); k < Math.min(ctx.toks.length, ctx.to + 14); k++) if (words.has(ctx.toks[k]!.lower)) return true;
  return false;
}
/** Ordinals that count seasons from a happening (`the first winter on site`). */
/** Words before a season that make it a time, not a noun's modifier (`in winter temperatures drop`, `as winter sets in`). */
const SEASON_TIME_BEFORE = /* @__PURE__ */ wordSet(SUBORDINATORS, COORDINATORS, ['in', 'during', 'by', 'until', 'till', 'through', 'throughout', 'over', 'before', 'after', 'from', 'since', 'for', 'all', 'each', 'every', 'this', 'that', 'last', 'next']);
/** Nouns after a season that name a time of it (`winter months`, `the summer holidays`). */
const SEASON_TIME_HEADS = new Set(['month', 'months', 'season', 'seasons', 'term', 'terms', 'semester', 'holiday', 'holidays', 'break', 'vacation', 'recess', 'solstice', 'equinox', 'time', 'day', 'days', 'night', 'nights', 'week', 'weeks', 'weekend', 'weekends', 'evening', 'evenings', 'morning', 'mornings', 'afternoon', 'afternoons', 'session', 'sessions', 'period', 'quarter', 'half']);

/**
 * Whether the season at token `i` names a kind of thing inside a sentence (`withdrew to winter quarters`, `bought
 * winter coats`, `a summer job`): a lowercase noun follows it (not a verb, a function word or a time's noun), and
 * what comes before it is no subordinator, preposition of time or sentence start (`as winter sets in`).
 */
function seasonModifies(ctx: RuleContext, i: number): boolean {
  const before = ctx.toks[i - 1];
  const next = ctx.toks[i + 1];
  if (!before || before.kind !== 'word' || ctx.toks[i]!.newline || SEASON_TIME_BEFORE.has(before.lower)) return false;
  if (!next || next.kind !== 'word' || next.newline || next.text !== next.lower) return false;
  return !FUNCTION_WORDS.has(next.lower) && !SEASON_TIME_HEADS.has(next.lower) && !isPastVerb(next.lower) && !next.lower.endsWith('ly');
}

/** Whether a capitalized word could stand in a name (not a month, a weekday or a sentence's first word). */
const nameWord = (t: RuleContext['toks'][number] | undefined): boolean =>
  t !== undefined && t.kind === 'word' && t.text !== t.lower && MONTHS[t.lower] === undefined && WEEKDAYS[t.lower] === undefined;

/** Whether the word at `i` is capitalized mid-sentence next to another capitalized word: part of a name. */
function inCapitalizedName(ctx: RuleContext, i: number): boolean {
  const t = ctx.toks[i]!;
  const before = ctx.toks[i - 1];
  if (t.text === t.lower || !before || t.newline || before.kind !== 'word') return false;
  return (nameWord(ctx.toks[i + 1]) && !ctx.toks[i + 1]!.newline) || (nameWord(before) && !before.newline && ctx.toks[i - 2] !== undefined && ctx.toks[i - 2]!.kind === 'word');
}

const COUNTING_ORDINALS = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', '1st', '2nd', '3rd', '4th', '5th', 'final', 'only']);
const SHIFTS: Record<string, number> = { last: -1, past: -1, previous: -1, next: 1, coming: 1, this: 0, current: 0 };

/** `the third quarter of 1990`, `the 1988 third quarter`: quarter `ord` of the stated `year`. */
const quarterOfStatedYear: NonNullable<RuleRow['build']> = (c) => {
  const q = num(c, 'ord')!;
  return q >= 1 && q <= 4 ? { kind: 'abs', type: 'DATE', value: `${pad4(num(c, 'year')!)}-Q${q}` } : null;
};

/** The BC year of a match with an `int` and an `@era` (`44 BC`, `44 B.C.`); null for an AD one. */
function bcYear(c: Captures): Spec | null {
  const n = num(c, 'int')!;
  return str(c, 'era') === 'BC' && Number.isInteger(n) && n >= 1 && n < 10000 ? { kind: 'abs', type: 'DATE', value: `BC${String(n).padStart(4, '0')}` } : null;
}

/**
 * Separators inside a written date (`10-August-2012`, `August/10/2012`, `Sunday, March, 6th 2016`): a dash or
 * slash glued on both sides, the second one the same as the first; a comma between month and day only
 * before an ordinal (`March, 6th`).
 */
function separatorsFit(c: Captures, ctx: RuleContext, dayAfterFirst: boolean): boolean {
  const glued = (name: string): boolean => {
    const at = c[name]!.i;
    return ctx.toks[at]!.gap === 0 && ctx.toks[at + 1]?.gap === 0;
  };
  const s1 = str(c, 's1'), s2 = str(c, 's2');
  if (s1 === ',') return dayAfterFirst ? false : c.day!.len === 2 && s2 !== '-' && s2 !== '/';
  if (s1 !== undefined && !glued('s1')) return false;
  if (s2 === '-' || s2 === '/') return s2 === s1 && glued('s2');
  return true;
}

/** A month word the month slot refuses (`aug`, `jan`) stands only between a dash or slash and a number: `2012/aug/10`. */
function caseFits(c: Captures, ctx: RuleContext): boolean {
  const s1 = str(c, 's1');
  return SLOT_CLASSES.month!.match(ctx.toks, c.month!.i) !== null || s1 === '-' || s1 === '/';
}

/**
 * A two-digit year after a day and month (`Aug 9, 96`, `3 Aug 96`, `18 Sep '05`), not a count (`Aug 9, 96 people`):
 * nothing, punctuation or a linking word follows it. Null when the number is no year.
 */
function twoDigitYearAfter(c: Captures, ctx: RuleContext): number | null {
  const t = ctx.toks[c.yy!.i]!;
  if (t.text.length !== 2) return null;
  const apostrophe = has(c, 'q');
  if (apostrophe && t.gap > 0) return null;
  const next = ctx.toks[ctx.to];
  if (next && !next.newline) {
    if (next.gap === 0 && /^[:.\/%-]$/.test(next.text) && ctx.toks[ctx.to + 1]?.kind === 'num') return null;
    if (next.kind === 'num' || (next.kind === 'word' && !/^(at|and|or|to|until|till|through|when|before|after|from)$/.test(next.lower) && !ctx.isTimeWord(next.lower))) return null;
    if (/^(am|pm|a|p|o)$/.test(next.lower)) return null;
  }
  return num(c, 'yy')!;
}
function withTwoDigitYear(m: number | undefined, d: number | undefined, yy: number | null): Spec | null {
  const date = yy === null ? null : md(m, d);
  return date && { ...date, yy: yy! };
}

/**
 * A date written in numbers with one kind of separator glued between them (`11/09/1989`, `2019.07.14`, `14.07.19`):
 * `shaped` when it has the shape of one, `spec` when it names a real day. A two-digit year (00-49 the 2000s)
 * comes last, and after dots only with two-digit day and month (`release 10.1.12` is a version).
 */
function numericDate(c: Captures, ctx: RuleContext): { shaped: boolean; spec: Spec | null; iso?: boolean } {
  const none = { shaped: false, spec: null };
  const sep = str(c, 's');
  if (sep !== str(c, 's2') || [c.s!, c.b!, c.s2!, c.c!].some((x) => ctx.toks[x.i]!.gap > 0)) return none;
  const at = (x: 'a' | 'b' | 'c'): string => ctx.toks[c[x]!.i]!.text;
  // A longer dotted or slashed run (`192.168.1.10`) is no date.
  const after = ctx.toks[ctx.to], before = ctx.toks[ctx.from - 1];
  if ((after && after.gap === 0 && after.text === sep && ctx.toks[ctx.to + 1]?.kind === 'num') || (before && ctx.toks[ctx.from]!.gap === 0 && before.text === sep)) return none;
  const a = num(c, 'a')!, b = num(c, 'b')!;
  let y = num(c, 'c')!;
  if (at('a').length === 4) {
    // `2022/01/05`, `2019.07.14`: year first (with dashes, the ISO row tags it).
    if (at('b').length > 2 || at('c').length > 2) return none;
    return { shaped: true, spec: ymd(a, b, y), iso: sep === '-' };
  }
  if (at('a').length > 2 || at('b').length > 2) return none;
  if (at('c').length === 2) {
    if (sep === '.' && (at('a').length !== 2 || at('b').length !== 2)) return none;
    y += y < 50 ? 2000 : 1900;
  } else if (at('c').length !== 4) return none;
  // Dots mean European day.month.year; slashes follow the configured order (US by default). A first
  // reading that names no month takes the other order (`25/12/2021`, `05.25.2015`).
  const dmy = ((sep === '.' || ctx.options.numericDateOrder === 'DMY') && b <= 12) || a > 12;
  return { shaped: true, spec: dmy ? ymd(y, b, a) : ymd(y, a, b) };
}

/** Words before a month that make it a time (`in June President Biden said`), not a name. */
const MONTH_LEADS = /^(in|since|by|until|till|during|through|last|next|this|early|late|mid|before|after|that|each|every|between)$/;
/** Parts of a period before `of` and a month (`the end of`, `the first week of`, `the middle of`). */
const PERIOD_PARTS = new Set(['end', 'start', 'beginning', 'middle', 'rest', 'close', 'course', 'week', 'weeks', 'days', 'half', 'part', 'month']);
/** Words after a modal `May` (`May I`, `May not be`, `May God`). */
const PRONOUNS_AFTER_MAY = /^(i|we|you|he|she|it|they|not|be|have|god)$/;

/**
 * A bare month word that is a name or the modal: `Jan Smuts`, `April Ryan` (a capitalized word
 * follows and nothing before makes it a time), `May I ...`.
 */
function monthAsName(ctx: RuleContext): boolean {
  const t = ctx.toks[ctx.from]!;
  const next = ctx.toks[ctx.to];
  if (!next || next.kind !== 'word' || next.newline || next.gap > 1) return false;
  const prev = ctx.toks[ctx.from - 1];
  // (`By the end of February Rovers were second`: `of` after a part of a period leads a time too.)
  const partOf = prev?.lower === 'of' && PERIOD_PARTS.has(ctx.toks[ctx.from - 2]?.lower ?? '');
  const led = prev !== undefined && !prev.newline && (MONTH_LEADS.test(prev.lower) || partOf);
  // `In May we voted`: after a preposition of time it is the month.
  if (t.lower === 'may' && PRONOUNS_AFTER_MAY.test(next.lower)) return !led;
  if (ctx.to - ctx.from !== 1 || !next.capital || next.text === next.text.toUpperCase() && next.text.length > 1) return false;
  if (MONTH_WORDS.has(next.lower) || WEEKDAY_WORDS.has(next.lower)) return false;
  return !led;
}

export const DATE_ROWS: readonly RuleRow[] = [
  {
    id: 'month-day-year',
    pattern: 'month=@month|@anymonth s1=-|/|,? @day s2=-|/|,? @year',
    build: (c, ctx) => (separatorsFit(c, ctx, false) && caseFits(c, ctx) ? ymd(num(c, 'year'), num(c, 'month'), num(c, 'day')) : null),
    examples: [['It began Jan. 4, 2022 in Aktau.', 'Jan. 4, 2022', '2022-01-04'], ['on April 6, 1994', 'April 6, 1994', '1994-04-06'],
      ['filed August-14-2019 by the clerk', 'August-14-2019', '2019-08-14'], ['stamped Nov/3/2020 in red', 'Nov/3/2020', '2020-11-03'],
      ['due June-30, 2021 at noon', 'June-30, 2021', '2021-06-30'], ['the vote on May, 4th 2021', 'May, 4th 2021', '2021-05-04']],
    negatives: ['Feb. 30, 2022', 'In March, 6 people left in 2016.', 'March - 6 - 2016'],
  },
  {
    // `Nov. 19-21, 2023`: days of one month, tagged whole and dated by the first (events read the last day).
    id: 'month-days-year',
    pattern: '@month d=@day|@ord -|– last=@day|@ord ,? @year',
    build: (c) => ((num(c, 'last') ?? 0) > (num(c, 'd') ?? 99) ? ymd(num(c, 'year'), num(c, 'month'), num(c, 'd')) : null),
    examples: [['The conference ran Nov. 19-21, 2023, in Lisbon.', 'Nov. 19-21, 2023', '2023-11-19'], ['held June fourth - sixth, 2019', 'June fourth - sixth, 2019', '2019-06-04']],
    negatives: ['Nov. 21-19, 2023'],
  },
  {
    id: 'day-month-year',
    pattern: 'the? @day s1=-|/? of? month=@month|@anymonth s2=-|/|,? @year',
    build: (c, ctx) => (separatorsFit(c, ctx, true) && caseFits(c, ctx) ? ymd(num(c, 'year'), num(c, 'month'), num(c, 'day')) : null),
    examples: [['The wall fell on 9 November 1989.', '9 November 1989', '1989-11-09'], ['on the 9th of November, 1989', 'the 9th of November, 1989', '1989-11-09'],
      ['signed 14-March-2019 in Rome', '14-March-2019', '2019-03-14'], ['logged 3/jan/2020 at the desk', '3/jan/2020', '2020-01-03'], ['dated 21-June 2018', '21-June 2018', '2018-06-21'],
      ['Issued 2 February 2026', '2 February 2026', '2026-02-02'], ['Signed 14th March 2019 by both parties', '14th March 2019', '2019-03-14']],
    negatives: ['scored 14 - March 2019', '3/jan/ 2020'],
  },
  {
    // `2019/Mar/14`, `2020-jan-03`: year, month word and day joined by dashes or slashes.
    id: 'year-month-day',
    pattern: '@year s1=-|/ month=@month|@anymonth s2=-|/ @day',
    build: (c, ctx) => (separatorsFit(c, ctx, true) ? ymd(num(c, 'year'), num(c, 'month'), num(c, 'day')) : null),
    examples: [['released 2019/Mar/14 at dawn', '2019/Mar/14', '2019-03-14'], ['build 2020-jan-03 failed', '2020-jan-03', '2020-01-03']],
    negatives: ['2019 / Mar / 14'],
  },
  {
    // `2018 March 18`, `2024 Aug 5`: year, month word and day in that order, spaced (East Asian and log style).
    id: 'year-month-day-spaced',
    pattern: '@year @month @day',
    build: (c, ctx) => (ctx.toks[c.month!.i]!.newline ? null : ymd(num(c, 'year'), num(c, 'month'), num(c, 'day'))),
    examples: [['The Deadline is 2018 March 18.', '2018 March 18', '2018-03-18'], ['It was logged 2024 Aug 5 at noon.', '2024 Aug 5', '2024-08-05']],
    negatives: ['In 2018, March 18 was a Sunday.'],
  },
  {
    // `Aug 9, 96`, `Aug 9 96`, `May seventh '97`: a month, a day and a two-digit year (its century chosen in resolve).
    id: 'month-day-two-digit-year',
    pattern: '@month d=@day|@ord ,? q=\'|’? yy=@int',
    build: (c, ctx) => withTwoDigitYear(num(c, 'month'), num(c, 'd'), twoDigitYearAfter(c, ctx)),
    examples: [['The lease began Sept. 2, 91 and ran on.', 'Sept. 2, 91', '1991-09-02'], ["It closed May seventh '97.", "May seventh '97", '1997-05-07'], ['It lapsed Jan 12 04.', 'Jan 12 04', '2004-01-12'],
      ["the shop shut may ninth '98 at 6 pm", "may ninth '98 at 6 pm", '1998-05-09T18:00']],
    negatives: ['On Aug 9, 96 people were hurt.', 'Aug 9 10:30'],
  },
  {
    // `3 Aug 96`, `3rd Feb 82`, `18 Sep '05`: a day, a month and a two-digit year.
    id: 'day-month-two-digit-year',
    pattern: 'the? d=@day|@ord of? @month ,? q=\'|’? yy=@int',
    build: (c, ctx) => withTwoDigitYear(num(c, 'month'), num(c, 'd'), twoDigitYearAfter(c, ctx)),
    examples: [['It opened 4 Oct 88, in Leeds.', '4 Oct 88', '1988-10-04'], ["on 21st Jun '03", "21st Jun '03", '2003-06-21']],
    negatives: ['On 9 Aug 96 people were hurt.'],
  },
  {
    id: 'month-year',
    pattern: '@month ,? of? @year|@spokenyear',
    build: (c) => ({ kind: 'abs', type: 'DATE', value: `${pad4(num(c, 'year') ?? num(c, 'spokenyear')!)}-${pad2(num(c, 'month')!)}` }),
    examples: [['in August 1988', 'August 1988', '1988-08'], ['since March of 2011', 'March of 2011', '2011-03']],
  },
  {
    // `Sep-2012`, `Mar/2019`: a month word glued by a dash or slash to its year, as in tables and forms.
    id: 'month-dash-year',
    pattern: '@month s=-|/ @year',
    build: (c, ctx) => {
      if (ctx.toks[c.s!.i]!.gap > 0 || ctx.toks[c.year!.i]!.gap > 0) return null;
      return { kind: 'abs', type: 'DATE', value: `${pad4(num(c, 'year')!)}-${pad2(num(c, 'month')!)}` };
    },
    examples: [['The lease ends Sep-2012.', 'Sep-2012', '2012-09'], ['Filed Mar/2019 by the clerk', 'Mar/2019', '2019-03']],
    negatives: ['March - 2016'],
  },
  {
    id: 'month-day',
    pattern: '@month @day',
    build: (c) => md(num(c, 'month'), num(c, 'day')),
    examples: [['It started on January 2 in the west.', 'January 2', '2022-01-02'], ['Sept. 30', 'Sept. 30', '2021-09-30'], ['the fair opens march 3rd', 'march 3rd', '2022-03-03']],
    negatives: ['in the May 45 meeting', 'You may first ask.', 'They march third in line.'],
  },
  {
    id: 'day-month',
    pattern: 'the? @day of? @month',
    build: (c) => md(num(c, 'month'), num(c, 'day')),
    examples: [['It opened on 2 January.', '2 January', '2022-01-02'], ['Sent 3 May from the depot', '3 May', '2021-05-03']],
  },
  {
    id: 'month-relative-year',
    pattern: '@month w=this|last|next|past year',
    triggers: ['past'],
    build: (c) => ({ kind: 'month', type: 'DATE', month: num(c, 'month')!, shift: 0, n: SHIFTS[str(c, 'w')!] ?? 0, unit: 'Y' }),
    examples: [['in June last year', 'June last year', '2021-06'], ['January this year', 'January this year', '2022-01']],
  },
  {
    id: 'relative-month',
    pattern: 'w=last|next|this|past|coming @month @day?',
    triggers: ['past'],
    build: (c, ctx) => {
      const month = num(c, 'month')!;
      // `stays shut past March`: `past` as a preposition (isPastPreposition) leaves a bare month, its clause's tense telling which.
      if (str(c, 'w') === 'past' && isPastPreposition(ctx.toks, ctx.from)) return has(c, 'day') ? null : { kind: 'month', type: 'DATE', month, skip: 1 };
      const shift = SHIFTS[str(c, 'w')!] ?? 0;
      // `this November 24`, `next March 3`: that day of the month named.
      const day = num(c, 'day');
      if (day !== undefined) return day <= daysInMonth(2000, month) ? { kind: 'md', type: 'DATE', month, day, shift } : null;
      return { kind: 'month', type: 'DATE', month, shift };
    },
    examples: [['It was agreed last April.', 'last April', '2021-04'], ['due next March', 'next March', '2022-03'], ['this September', 'this September', '2022-09'],
      ['The vote is this November 24.', 'this November 24', '2022-11-24'], ['The road will stay shut past March.', 'March', '2022-03']],
  },
  {
    id: 'month',
    pattern: '@month',
    build: (c, ctx) => (monthAsName(ctx) ? null : { kind: 'month', type: 'DATE', month: num(c, 'month')! }),
    examples: [['Sales rose in December.', 'December', '2021-12'], ['The summit will open in March.', 'March', '2022-03'], ['In June President Biden will speak.', 'June', '2022-06'], ['In May we voted.', 'May', '2021-05']],
    negatives: ['You may go.', 'They march on.', 'May I come in?', 'May not be true.', 'Jan Smuts spoke first.', 'The question came from April Ryan.'],
  },
  {
    id: 'numeric-date',
    pattern: 'a=@int s=/|.|- b=@int s2=/|.|- c=@int',
    build: (c, ctx) => {
      const read = numericDate(c, ctx);
      return read.iso ? null : read.spec;
    },
    examples: [['on 11/09/1989 in Berlin', '11/09/1989', '1989-11-09'], ['on 24/02/2022', '24/02/2022', '2022-02-24'], ['dated 2022/01/05', '2022/01/05', '2022-01-05'], ['filed on 07-14-2019', '07-14-2019', '2019-07-14'],
      ['stamped 2019.07.14', '2019.07.14', '2019-07-14'], ['stamped 14.07.2019', '14.07.2019', '2019-07-14'], ['stamped 07.14.2019', '07.14.2019', '2019-07-14'], ['stamped 14.07.19 at the gate', '14.07.19', '2019-07-14']],
    negatives: ['a ratio of 3/4/5', 'scored 12/40/2022', 'ranked 3 / 4 / 2019', 'release 10.1.12 is out', 'at 10.1 - 10.12'],
  },
  {
    // `on 5/31`, `by 12/15`, `until 3/4`: a slashed month and day without a year, after a preposition that takes a
    // date (a fraction or a score has none: `won 5/31 votes`, `3/4 of them`). The order follows the configured one
    // (US month/day by default); a first number over 12 is the day.
    id: 'month-slash-day',
    // (The row starts at the number, as a preposition before it would start it at every `on` and `by`.)
    pattern: 'a=@int / b=@int',
    build: (c, ctx) => {
      const w = ctx.toks[ctx.from - 1]?.lower ?? '';
      if (!/^(?:on|by|until|till|through|thru|from|since|before|after|starting|effective)$/.test(w)) return null;
      const [ta, slash, tb] = [ctx.toks[c.a!.i]!, ctx.toks[c.a!.i + 1]!, ctx.toks[c.b!.i]!];
      const after = ctx.toks[ctx.to];
      if (slash.gap > 0 || tb.gap > 0 || ta.text.length > 2 || tb.text.length > 2) return null;
      // `on 5/31/2019` is the numeric-date row's; `from 3/4 to 5/6 of the seats` and `5/31 of` are fractions.
      const next = ctx.toks[ctx.to + 1];
      if (after && ((after.gap === 0 && /^[/.-]$/.test(after.text) && next?.kind === 'num' && next.gap === 0) || after.lower === 'of' || after.text === '%')) return null;
      const a = num(c, 'a')!, b = num(c, 'b')!;
      const dmy = (ctx.options.numericDateOrder === 'DMY' && b <= 12) || a > 12;
      // After `by` or `from` a fraction is as likely (`cut by 1/3`): there only a day over 12 makes it a date.
      if ((w === 'by' || w === 'from') && Math.max(a, b) <= 12) return null;
      return dmy ? md(b, a) : md(a, b);
    },
    examples: [['The vote is due on 5/31.', '5/31', '2022-05-31'], ['The vote was held on 12/15, the firm said.', '12/15', '2021-12-15'], ['Bids are due by 6/30.', '6/30', '2022-06-30'], ['Tickets are on sale until 3/4.', '3/4', '2022-03-04']],
    negatives: ['He won on 5/31 of the counts.', 'Turnout was up by 3/4 since then.', 'filed on 5/31/2019'],
  },
  {
    // `8/32/2014`, `2/29/2014`, `2014/13/22`: written as a date but naming no day; the year inside is not tagged either.
    id: 'impossible-numeric-date',
    pattern: 'a=@int s=/|.|- b=@int s2=/|.|- c=@int',
    suppress: true,
    build: (c, ctx) => {
      const read = numericDate(c, ctx);
      return read.shaped && !read.spec ? { kind: 'abs', type: 'DATE', value: '' } : null;
    },
    negatives: ['due 8/32/2014', 'due 2/29/2014', 'due 2014/13/22', 'due 2014-02-30'],
  },
  {
    id: 'iso-date',
    pattern: 'y=@int - m=@int - d=@int t? @clock? @tz?',
    build: (c, ctx) => {
      if (ctx.toks[c.y!.i]!.text.length !== 4) return null;
      const date = ymd(num(c, 'y'), num(c, 'm'), num(c, 'd'));
      if (!date) return null;
      if (!has(c, 'clock')) return has(c, 'tz') ? null : date;
      const minutes = num(c, 'clock')!;
      if (c.clock!.len >= 5 && Number(ctx.toks[c.clock!.i + 4]!.text) > 59) return null;
      return { ...date, type: 'TIME', time: `T${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}${clockSeconds(c, ctx)}`, ...zoneOf(c) };
    },
    examples: [['dated 1989-11-09.', '1989-11-09', '1989-11-09'], ['at 2023-03-03T08:15Z', '2023-03-03T08:15Z', '2023-03-03T08:15Z'], ['The meeting is at 2021-11-02 18:30.', '2021-11-02 18:30', '2021-11-02T18:30'], ['logged 2021-11-02T18:30:05', '2021-11-02T18:30:05', '2021-11-02T18:30:05'],
      ['sent 2019-06-30T23:59:58.125-04:00 by the server', '2019-06-30T23:59:58.125-04:00', '2019-06-30T23:59:58.125-04:00'],
      ['stamped 2016-07-21T10:05:00+1000', '2016-07-21T10:05:00+1000', '2016-07-21T10:05:00+10:00'], ['at 2021-08-03 16:00 Eastern Daylight Time', '2021-08-03 16:00 Eastern Daylight Time', '2021-08-03T16:00-04:00']],
  },
  {
    // `2017-04-02T07`: an ISO date with its hour alone, glued to the `T`.
    id: 'iso-date-hour',
    pattern: 'y=@int - m=@int - d=@int t=t h=@int @tz?',
    build: (c, ctx) => {
      const [y, t, h] = [ctx.toks[c.y!.i]!, ctx.toks[c.t!.i]!, ctx.toks[c.h!.i]!];
      const date = ymd(num(c, 'y'), num(c, 'm'), num(c, 'd'));
      if (!date || y.text.length !== 4 || t.gap !== 0 || h.gap !== 0 || h.text.length !== 2 || Number(h.text) > 24) return null;
      return { ...date, type: 'TIME', time: `T${h.text}`, ...zoneOf(c) };
    },
    examples: [['the reading of 2017-04-02T07, then', '2017-04-02T07', '2017-04-02T07'], ['at 2017-04-02T07Z', '2017-04-02T07Z', '2017-04-02T07Z']],
    negatives: ['rooms 2017-04-02 T 07'],
  },
  {
    // The C library's date (`ctime`, `date`): `Thu Oct 26 11:00:09 2023`, the year after the clock.
    id: 'ctime-date',
    // `Mon Mar  4 09:12:44 2024`, and as `date` prints it, with the zone: `Thu Oct 26 11:00:09 EDT 2023`.
    pattern: '@weekday? ,? @month @day @clock @tz? @year',
    build: (c, ctx) => {
      const date = ymd(num(c, 'year'), num(c, 'month'), num(c, 'day'));
      if (!date || ctx.toks[c.day!.i]!.text.length > 2 || c.day!.len !== 1) return null;
      const minutes = num(c, 'clock')!;
      const seconds = c.clock!.len === 5 ? `:${ctx.toks[c.clock!.i + 4]!.text}` : '';
      return { ...date, type: 'TIME', time: `T${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}${seconds}`, ...zoneOf(c) };
    },
    examples: [['Last login: Mon Mar  4 09:12:44 2024 from a host', 'Mon Mar  4 09:12:44 2024', '2024-03-04T09:12:44'],
      ['The log says Sat Jun 15 22:05:31 UTC 2019 here.', 'Sat Jun 15 22:05:31 UTC 2019', '2019-06-15T22:05:31Z'],
      ['built Wed Jan  8 07:30:00 PST 2020', 'Wed Jan  8 07:30:00 PST 2020', '2020-01-08T07:30:00-08:00']],
  },
  {
    id: 'fiscal-year',
    pattern: 'fiscal|calendar -? year? @year',
    triggers: ['fiscal', 'calendar'],
    build: (c) => ({ kind: 'abs', type: 'DATE', value: pad4(num(c, 'year')!) }),
    examples: [['profit in fiscal 1989', 'fiscal 1989', '1989'], ['sales in calendar 2015', 'calendar 2015', '2015'], ['in calendar year 2016', 'calendar year 2016', '2016']],
  },
  {
    id: 'year',
    pattern: '@year',
    build: (c) => ({ kind: 'abs', type: 'DATE', value: pad4(num(c, 'year')!) }),
    examples: [['clashes over salaries in 2011, a group', '2011', '2011'], ['since 1990', '1990', '1990'],
      ['A 1998 survey found the same.', '1998', '1998'], ['Unlike 2019, the fair was quiet.', '2019', '2019']],
    negatives: ['4,500 jobs', '1800 kilometres', 'Route 1776', 'grew 2000%', 'stamped 18:32:56+1600', 'Fixed a flaw (CVE-2025-31877).'],
  },
  {
    id: 'year-bc',
    pattern: '@int @era',
    triggers: ['bc', 'bce'],
    build: (c) => bcYear(c),
    examples: [['Caesar died in 44 BC.', '44 BC', 'BC0044'], ['Troy burned in 1184 B.C. by legend.', '1184 B.C.', 'BC1184']],
  },
  {
    // `15 March 44 BC`, `March 15, 44 BC`, `March 44 BC`, `the summer of 44 BC`, `10 August 79 AD`: a day, month
    // or season of a year written with its era. BC values keep them (`BC0044-03-15`); AD ones are plain (`0079-08-10`).
    id: 'date-with-era',
    pattern: 'the? @day? of? @month|@season of? @day? ,? @int @era',
    triggers: ['bc', 'bce', 'ad', 'ce'],
    build: (c, ctx) => {
      const era = str(c, 'era');
      const n = num(c, 'int')!;
      if (!era || !Number.isInteger(n) || n < 1 || n > 9999 || ctx.toks[c.int!.i]!.text.length > 4) return null;
      const year = era === 'BC' ? 1 - n : n;
      if (has(c, 'season')) return has(c, 'day') ? null : { kind: 'abs', type: 'DATE', value: `${pad4(year)}-${str(c, 'season')}` };
      const m = num(c, 'month')!;
      if (!has(c, 'day')) return { kind: 'abs', type: 'DATE', value: `${pad4(year)}-${pad2(m)}` };
      return ymd(year, m, num(c, 'day'));
    },
    examples: [['Caesar was killed on 15 March 44 BC.', '15 March 44 BC', 'BC0044-03-15'], ['on March 15, 44 BC', 'March 15, 44 BC', 'BC0044-03-15'],
      ['in June 168 BC', 'June 168 BC', 'BC0168-06'], ['the winter of 218 BCE', 'the winter of 218 BCE', 'BC0218-WI'],
      ['Vesuvius erupted on 24 August 79 AD.', '24 August 79 AD', '0079-08-24'], ['on October 13, 54 CE', 'October 13, 54 CE', '0054-10-13'],
      ['It fell on 10 August 79 A.D. at noon.', '10 August 79 A.D.', '0079-08-10']],
    negatives: ['in March 12345 BC'],
  },
  {
    id: 'year-bc-range',
    pattern: 'a=@int to|-|–|and|or|until b=@int @era',
    triggers: ['bc', 'bce'],
    // `from 264 to 241 BC`, `in 218 or 217 BC`: the era of the second year applies to the first; tagged as two dates.
    build: (c, ctx) => {
      const a = num(c, 'a')!, b = num(c, 'b')!;
      if (str(c, 'era') !== 'BC') return null;
      // `in 218 or 217 BC` names two years either way round; a range runs forward (BC years count down).
      if (!Number.isInteger(a) || a < 1 || a > 9999 || b < 1 || b > 9999 || (a < b && ctx.toks[c.a!.i + 1]!.lower !== 'or') || a === b) return null;
      return { kind: 'abs', type: 'DATE', value: `BC${String(a).padStart(4, '0')}`, pair: { kind: 'abs', type: 'DATE', value: `BC${String(b).padStart(4, '0')}` } };
    },
    examples: [['from 264 to 241 BC', '264', 'BC0264'], ['from 264 to 241 BC', '241 BC', 'BC0241'], ['built in 218 or 217 BC', '218', 'BC0218']],
  },
  {
    id: 'year-three-digit',
    pattern: 'w=in|since|until|by|around|circa|c @int',
    // `destroyed the city in 698.`: a three-digit year after a preposition, closing a clause.
    build: (c, ctx) => {
      const t = ctx.toks[c.int!.i]!;
      const next = ctx.toks[ctx.to];
      if (t.text.length !== 3 || (next && !/^[.,;:)]$/.test(next.text) && !/^(and|when|after|before|until)$/.test(next.lower))) return null;
      return { kind: 'abs', type: 'DATE', value: t.text.padStart(4, '0'), skip: 1 };
    },
    examples: [['the city fell in 698.', '698', '0698']],
    negatives: ['in 300 cases'],
  },
  {
    // `during Trajan's campaign of 116 the capital was sacked`, `until the Arab conquest of 638.`: a three-digit year after
    // a happening's noun and `of`, closing its phrase (`the siege of 300 men` counts men).
    id: 'year-three-digit-of-happening',
    pattern: 'h=war|battle|siege|campaign|conquest|sack|invasion|revolt|rebellion|uprising|earthquake|flood|plague|famine|council|synod|treaty|edict|expedition|raid|crusade|census|eruption|persecution|schism|massacre|mutiny|coronation of @int',
    build: (c, ctx) => {
      const t = ctx.toks[c.int!.i]!;
      return t.text.length === 3 && closesYearPhrase(ctx.toks[ctx.to]) ? { kind: 'abs', type: 'DATE', value: t.text.padStart(4, '0'), skip: 2 } : null;
    },
    examples: [["During Trajan's campaign of 116 the capital was sacked.", '116', '0116'], ['It stood until the Arab conquest of 638.', '638', '0638']],
    negatives: ['the siege of 300 men', 'a council of 120 elders'],
  },
  {
    // `Abgar, who reigned from 177 to 212, ...`: a reign or a life told from a three-digit year to another, as two dates.
    id: 'year-three-digit-tenure',
    pattern: 'v=reigned|ruled|governed|reigning|ruling|lived|flourished from a=@int to|until|-|– b=@int',
    build: (c, ctx) => {
      const [a, b] = [ctx.toks[c.a!.i]!, ctx.toks[c.b!.i]!];
      if (a.text.length !== 3 || b.text.length !== 3 || !(Number(b.text) > Number(a.text)) || Number(b.text) - Number(a.text) > 120 || !closesYearPhrase(ctx.toks[ctx.to])) return null;
      return { kind: 'abs', type: 'DATE', value: a.text.padStart(4, '0'), skip: 2, pair: { kind: 'abs', type: 'DATE', value: b.text.padStart(4, '0') } };
    },
    examples: [['Abgar, who reigned from 177 to 212, was a patron.', '177', '0177'], ['Abgar, who reigned from 177 to 212, was a patron.', '212', '0212']],
    negatives: ['Its staff lived from 150 to 200 days on board.'],
  },
  {
    // `in March 190,`, `on March 29, 190.`: a month (and day) with a three-digit year, closing its clause (not
    // `In March 150 people left`).
    id: 'month-three-digit-year',
    pattern: '@month d=@day? ,? y=@int',
    build: (c, ctx) => {
      const t = ctx.toks[c.y!.i]!;
      const next = ctx.toks[ctx.to];
      if (t.text.length !== 3 || t.text.startsWith('0') || (next && !next.newline && !/^[.,;:)]$/.test(next.text) && !/^(and|when|after|before|until)$/.test(next.lower))) return null;
      const y = Number(t.text), m = num(c, 'month')!, d = num(c, 'd');
      if (d !== undefined && !isValidYmd(y, m, d)) return null;
      return { kind: 'abs', type: 'DATE', value: d === undefined ? `${pad4(y)}-${pad2(m)}` : `${pad4(y)}-${pad2(m)}-${pad2(d)}` };
    },
    examples: [['The city fell in March 190.', 'March 190', '0190-03'], ['He died on March 29, 190, in Rome.', 'March 29, 190', '0190-03-29']],
    negatives: ['In March 150 people left.', 'On March 29, 190 people voted.'],
  },
  {
    id: 'year-ad',
    // `AD 79`, `A.D. 1066`, `BC 190`: the era before the year.
    pattern: '@era @int',
    triggers: ['ad', 'bc'],
    build: (c, ctx) => {
      const n = num(c, 'int')!;
      if (ctx.toks[c.int!.i]!.text.length > 4) return null;
      // A lone `ce` or `bce` before a number is rarely an era; `AD`, `BC` and the dotted forms are.
      if (/^(ce|bce)$/.test(ctx.toks[ctx.from]!.lower)) return null;
      if (str(c, 'era') === 'BC') return bcYear(c);
      return n >= 1 && n < 3000 ? { kind: 'abs', type: 'DATE', value: pad4(n) } : null;
    },
    examples: [['in AD 79', 'AD 79', '0079'], ['crowned in A.D. 800 at Rome', 'A.D. 800', '0800'], ['a coin of BC 190', 'BC 190', 'BC0190']],
  },
  {
    // `June third`, `the third of June`: a day written as an ordinal word.
    id: 'month-ordinal-word',
    pattern: '@month o=@ord ,? @year?',
    build: (c, ctx) => {
      if (ctx.toks[c.o!.i]!.kind !== 'word') return null;
      return has(c, 'year') ? ymd(num(c, 'year'), num(c, 'month'), num(c, 'o')) : md(num(c, 'month'), num(c, 'o'));
    },
    examples: [['due on June third', 'June third', '2022-06-03'], ['on March fifth', 'March fifth', '2022-03-05'], ['on July ninth, 2015', 'July ninth, 2015', '2015-07-09'],
      ['on March twenty-second', 'March twenty-second', '2022-03-22']],
    negatives: ['in May last'],
  },
  {
    id: 'ordinal-word-of-month',
    pattern: 'the? o=@ord of @month ,? @year?',
    build: (c, ctx) => {
      if (ctx.toks[c.o!.i]!.kind !== 'word') return null;
      return has(c, 'year') ? ymd(num(c, 'year'), num(c, 'month'), num(c, 'o')) : md(num(c, 'month'), num(c, 'o'));
    },
    examples: [['on the third of June', 'the third of June', '2022-06-03'], ['on the first of May, 1990', 'the first of May, 1990', '1990-05-01'],
      ['Thirty-first of October was the day.', 'Thirty-first of October', '2021-10-31']],
    negatives: ['the last of June', 'first of all'],
  },
  {
    // `the Ides of March`, `the Nones of May`, `the Kalends of January`: the Roman calendar's named days. The Ides are the
    // 15th of March, May, July and October and the 13th of other months; the Nones eight days before them.
    id: 'roman-named-day',
    // (With its era, `the Ides of March 44 BC`, in that year: BC0044-03-15.)
    pattern: 'the? w=ides|nones|kalends|calends of @month ,? @year|@int? @era?',
    triggers: ['ides', 'nones', 'kalends', 'calends'],
    build: (c, ctx) => {
      if (ctx.toks[c.w!.i]!.text === ctx.toks[c.w!.i]!.lower) return null;
      const month = num(c, 'month')!;
      const ides = LATE_IDES.has(month) ? 15 : 13;
      const w = str(c, 'w')!;
      const day = w === 'ides' ? ides : w === 'nones' ? ides - 8 : 1;
      if (has(c, 'era')) {
        const n = num(c, 'int') ?? num(c, 'year');
        if (n === undefined || !Number.isInteger(n) || n < 1 || n > 9999) return null;
        return ymd(str(c, 'era') === 'BC' ? 1 - n : n, month, day);
      }
      if (has(c, 'int')) return null;
      return has(c, 'year') ? ymd(num(c, 'year'), month, day) : md(month, day);
    },
    examples: [['The council meets on the Ides of March.', 'the Ides of March', '2022-03-15'], ['the Nones of June', 'the Nones of June', '2022-06-05'],
      ['On the Kalends of January, 1492, the council met.', 'the Kalends of January, 1492', '1492-01-01'], ['Rome fell silent on the Ides of May 123 BC.', 'the Ides of May 123 BC', 'BC0123-05-15']],
    negatives: ['the ides of march'],
  },
  {
    // `the sixties`, `the early nineties`: a decade of the 1900s in words (not `in his sixties`).
    id: 'decade-words',
    pattern: 'the early|mid|late? -? c=eighteen|nineteen? -? d=twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties',
    triggers: ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'],
    build: (c, ctx) => {
      if (ctx.toks.slice(Math.max(0, ctx.from - 8), ctx.from).some((t) => TEMPERATURE_WORDS.has(t.lower))) return null;
      const digit = ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'].indexOf(str(c, 'd')!) + 2;
      const mod = has(c, 'w1') ? ({ early: 'START', mid: 'MID', late: 'END' } as const)[str(c, 'w1') as 'early' | 'mid' | 'late'] : undefined;
      // `the nineteen seventies`, `the eighteen-nineties`: the century said.
      const century = str(c, 'c') === 'eighteen' ? '18' : '19';
      return { kind: 'abs', type: 'DATE', value: `${century}${digit}`, ...(mod ? { mod } : {}) };
    },
    examples: [['music of the sixties', 'the sixties', '196'], ['in the late eighties', 'the late eighties', '198'], ['in the early nineteen seventies', 'the early nineteen seventies', '197'],
      ['a novel of the eighteen-nineties', 'the eighteen-nineties', '189']],
    negatives: ['in his sixties', 'temperatures in the nineties'],
  },
  {
    // `the 40s BC` is 49-40 BC (`BC004`), `the 240s BC` 249-240 BC (`BC024`): never the 1940s.
    id: 'decade-bc',
    pattern: 'the? d=@decade|@int s=s? @era',
    triggers: ['bc', 'bce'],
    build: (c, ctx) => {
      const at = c.d!.i;
      const era = str(c, 'era') === 'BC';
      // `240s` is read by @int and a glued `s` (the decade class reads two or four digits).
      if (c.d!.len === 1 && (!has(c, 's') || ctx.toks[at + 1]!.gap > 0)) return null;
      const digits = /^\d+/.exec(ctx.toks[at]!.text)?.[0] ?? ctx.toks[at + 1]?.text ?? '';
      const n = Number(digits);
      if (!era || !/^\d{2,4}$/.test(digits) || n % 10 !== 0) return null;
      return { kind: 'abs', type: 'DATE', value: `BC${String(n / 10).padStart(3, '0')}` };
    },
    examples: [['in the 40s BC', 'the 40s BC', 'BC004'], ['bronzes of the 240s BC', 'the 240s BC', 'BC024'], ['coins from 330s BC', '330s BC', 'BC033']],
    negatives: ['330 s BC'],
  },
  {
    id: 'decade',
    pattern: 'the? @decade',
    build: (c, ctx) => {
      const d = str(c, 'decade')!;
      // `in his 40s` is an age and `highs in the 90s` a temperature: only `1990s` is surely a decade there.
      const at = c.decade!.i;
      if (ctx.toks[at]!.text.length !== 4) {
        const before = ctx.toks.slice(Math.max(0, at - 8), at).map((t) => t.lower);
        // (Past `early`, `mid-` or `late`, and past another decade it is coordinated with: `in their 40s and 50s`.)
        let j = before.length - 1;
        while (j >= 0 && /^(?:early|mid|late|-|and|or|to|s|'|’|\d{2}s?)$/.test(before[j]!)) j--;
        if (/^(his|her|their|my|your|our|its)$/.test(before[j] ?? '')) return null;
        if (before.some((w) => TEMPERATURE_WORDS.has(w))) return null;
      }
      // `the 1800s` names a century (TimeML `18`); `the 2000s` stays the decade 2000-2009.
      const hundreds = /^(1\d)0$/.exec(d);
      return { kind: 'abs', type: 'DATE', value: hundreds && ctx.toks[c.decade!.i]!.text.length === 4 ? hundreds[1]! : d };
    },
    examples: [['in the 1990s', 'the 1990s', '199'], ["the '80s", "the '80s", '198'], ['built in the late 1800s', 'the late 1800s', '18'], ['in the 2000s', 'the 2000s', '200']],
    negatives: ['He was in his 40s when he ran.', 'Temperatures will climb into the 90s.', 'Highs will be in the mid-80s.',
      'Adults in their 40s and 50s sleep less.', 'She was in her late 60s.'],
  },
  {
    id: 'century',
    pattern: 'the? @ord century @era?',
    triggers: ['bc', 'bce', 'ad'],
    build: (c) => {
      const n = num(c, 'ord')!;
      if (n < 1 || n > 21) return null;
      // The 3rd century BC is 300-201 BC: TimeML writes the hundreds digit, BC02, like 18 for the 1800s.
      if (str(c, 'era') === 'BC') return { kind: 'abs', type: 'DATE', value: `BC${pad2(n - 1)}` };
      return { kind: 'abs', type: 'DATE', value: pad2(n - 1) };
    },
    examples: [['in the 19th century', 'the 19th century', '18'], ['the 3rd century BC', 'the 3rd century BC', 'BC02'], ['the 2nd century AD', 'the 2nd century AD', '01'],
      ['temples of the 5th century B.C. stood here', 'the 5th century B.C.', 'BC04']],
  },
  {
    id: 'season-year',
    pattern: 'the? m=early|late|mid? -? @season of? @year|@spokenyear',
    build: (c) => {
      const m = str(c, 'm');
      const value = `${pad4(num(c, 'year') ?? num(c, 'spokenyear')!)}-${str(c, 'season')}`;
      // `the late summer of 1845`, `early spring 1901`: the part of the season goes into `mod`.
      return m ? { kind: 'abs', type: 'DATE', value, mod: m === 'early' ? 'START' : m === 'late' ? 'END' : 'MID' } : { kind: 'abs', type: 'DATE', value };
    },
    examples: [['in summer 2019', 'summer 2019', '2019-SU'], ['the winter of 1994', 'the winter of 1994', '1994-WI'], ['The blight came in the late summer of 1845.', 'the late summer of 1845', '1845-SU'],
      ['Work began in early spring 1901.', 'early spring 1901', '1901-SP']],
  },
  {
    // `the winter of 1846-47`, `winter 1708/09`: a winter named by the two years it spans is the first year's.
    id: 'winter-of-two-years',
    pattern: 'the? m=early|late|mid? -? w=winter of? @year -|–|/ yy=@int',
    triggers: ['winter'],
    build: (c, ctx) => {
      const y = num(c, 'year')!;
      const two = ctx.toks[c.yy!.i]!;
      if (two.text.length !== 2 || two.gap > 0 || ctx.toks[c.yy!.i - 1]!.gap > 0 || num(c, 'yy') !== (y + 1) % 100) return null;
      const m = str(c, 'm');
      return { kind: 'abs', type: 'DATE', value: `${pad4(y)}-WI`, ...(m ? { mod: m === 'early' ? 'START' as const : m === 'late' ? 'END' as const : 'MID' as const } : {}) };
    },
    examples: [['The winter of 1846-47 was the worst in memory.', 'The winter of 1846-47', '1846-WI'], ['In the winter of 1708/09 the lagoon froze.', 'the winter of 1708/09', '1708-WI']],
    negatives: ['The winter of 1846-52 was long.'],
  },
  {
    // `the 2005 winter`, `the nineteen ninety-five fall`: a year before its season.
    id: 'year-season',
    pattern: 'the? @year|@spokenyear @season',
    build: (c, ctx) => {
      // `in 2005 fall prices ...`: without `the`, `fall` after a year is the season only at the end of its clause.
      const next = ctx.toks[ctx.to];
      if (ctx.toks[c.season!.i]!.lower === 'fall' && ctx.toks[ctx.from]!.lower !== 'the' && next && next.kind !== 'punct' && !next.newline) return null;
      return { kind: 'abs', type: 'DATE', value: `${pad4(num(c, 'year') ?? num(c, 'spokenyear')!)}-${str(c, 'season')}` };
    },
    examples: [['Snow closed roads in the 2009 winter.', 'the 2009 winter', '2009-WI'], ['the nineteen eighty-eight fall', 'the nineteen eighty-eight fall', '1988-FA'],
      ['The crop failed in 1816 summer, they say.', '1816 summer', '1816-SU'], ['Sales dipped in 2012 fall.', '2012 fall', '2012-FA']],
    negatives: ['Prices in 2005 fall short of that.'],
  },
  {
    id: 'relative-season',
    pattern: 'w=this|last|next|past|coming|the|early|late @season',
    triggers: ['past'],
    build: (c, ctx) => {
      // `the fall of the Berlin Wall`, `the fall of Kabul`: a downfall, unless a year follows (`the fall of 1989`).
      const after = ctx.toks[ctx.to];
      if (ctx.toks[c.season!.i]!.lower === 'fall' && after?.lower === 'of' && ctx.toks[ctx.to + 1]?.kind !== 'num') return null;
      // `the Winter Olympics`, `The Summer Palace`: a capitalized season inside a name.
      if (str(c, 'w') === 'the' && inCapitalizedName(ctx, c.season!.i)) return null;
      // `will not last past summer`: `past` as a preposition leaves a bare season.
      if (str(c, 'w') === 'past' && isPastPreposition(ctx.toks, ctx.from)) return { kind: 'season', type: 'DATE', season: str(c, 'season')!, skip: 1 };
      return { kind: 'season', type: 'DATE', season: str(c, 'season')!, shift: SHIFTS[str(c, 'w')!] };
    },
    examples: [['this summer', 'this summer', '2022-SU'], ['this winter', 'this winter', '2021-WI'], ['last winter', 'last winter', '2020-WI'],
      ['The truce will not hold past summer.', 'summer', '2022-SU']],
    negatives: ['the 35th anniversary of the fall of the Berlin Wall', 'after the fall of Kabul', 'She skied at the Winter Olympics.'],
  },
  {
    // `later this summer`, `earlier this spring`: this year's season, with its part as `mod`.
    id: 'season-earlier-later',
    pattern: 'w=earlier|later this @season',
    build: (c) => ({ kind: 'season', type: 'DATE', season: str(c, 'season')!, shift: 0, mod: str(c, 'w') === 'earlier' ? 'START' : 'END' }),
    examples: [['The bill goes to the Senate later this summer.', 'later this summer', '2022-SU']],
  },
  {
    // `the following spring`, `that winter`, `the previous summer`: a season told from the story's last date.
    id: 'anaphoric-season',
    pattern: 'the? w=that|same|following|next|previous|preceding f=first? @season|@month',
    build: (c, ctx) => {
      const w = str(c, 'w')!;
      const the = ctx.toks[ctx.from]!.lower === 'the';
      // `That first summer was the hottest`: the first such season of the story, from the season it has reached.
      if (has(c, 'f')) return w === 'that' && !the && has(c, 'season') ? { kind: 'season', type: 'DATE', season: str(c, 'season')!, anaphor: 0, firstOfStory: true } : null;
      // `next spring` without `the` counts from today (rows relative-season, relative-month).
      if (!the && (w === 'next' || w === 'previous')) return null;
      if (the && w === 'that') return null;
      const anaphor = w === 'that' || w === 'same' ? 0 : w === 'following' || w === 'next' ? 1 : -1;
      return has(c, 'season') ? { kind: 'season', type: 'DATE', season: str(c, 'season')!, anaphor } : { kind: 'month', type: 'DATE', month: num(c, 'month')!, anaphor };
    },
    examples: [['It opened in 2011. Work began the following spring.', 'the following spring', '2012-SP'], ['It opened in 2011. That winter was hard.', 'That winter', '2011-WI'], ['It opened in 2011. The previous summer was dry.', 'The previous summer', '2010-SU'],
      ['It opened in May 2011. The following March it closed.', 'The following March', '2012-03'], ['It opened in May 2011. That August it closed.', 'That August', '2011-08'],
      ['We came in the spring of 1990. That first winter the pipes froze.', 'That first winter', '1990-WI'], ['We came in September 1990. That first summer was wet.', 'That first summer', '1991-SU']],
    negatives: ['the fall of Rome'],
  },
  {
    id: 'season',
    pattern: '@season',
    // `the first winter on site`, `their second summer together`: counted from a happening, not a season of the calendar.
    build: (c, ctx) => {
      const before = ctx.toks[c.season!.i - 1]?.lower ?? '';
      if (ctx.toks[c.season!.i]!.lower === 'fall' || COUNTING_ORDINALS.has(before)) return null;
      // `when British Summer Time ends`, `the Winter Olympics`: a capitalized season inside a name, mid-sentence.
      if (inCapitalizedName(ctx, c.season!.i)) return null;
      // `One summer, in 1962, ...`: some such season, not one the text dates.
      if (before === 'one') return { kind: 'abs', type: 'DATE', value: `XXXX-${str(c, 'season')!}`, note: 'some such season, not a date the text gives' };
      return seasonModifies(ctx, c.season!.i) ? { kind: 'season', type: 'DATE', season: str(c, 'season')!, modifier: true } : { kind: 'season', type: 'DATE', season: str(c, 'season')! };
    },
    examples: [['One winter the canal froze solid.', 'winter', 'XXXX-WI'], ['The army withdrew to winter quarters.', 'winter', '2021-WI']],
    negatives: ['prices fall', 'The first winter on site was hard.', 'their second summer together', 'The clocks go back when British Summer Time ends.', 'She skied at the Winter Olympics.'],
  },
  {
    id: 'quarter-of-year',
    pattern: 'the? fiscal? @ord -? quarter of? fiscal|calendar? year? @year',
    triggers: ['fiscal', 'quarter'],
    build: quarterOfStatedYear,
    examples: [['the third quarter of 1990', 'the third quarter of 1990', '1990-Q3'], ['in the first quarter of calendar 2015', 'the first quarter of calendar 2015', '2015-Q1']],
  },
  {
    // Business shorthand: `Q3 2024`, `H1 2024`, `Q4` (the year from the anchor), written in capitals and glued.
    id: 'quarter-code',
    pattern: 'p=q|h @int @year?',
    triggers: ['q', 'h'],
    build: (c, ctx) => {
      const letter = ctx.toks[c.p!.i]!;
      const digit = ctx.toks[c.int!.i]!;
      if (letter.text !== letter.text.toUpperCase() || digit.gap !== 0 || digit.text.length !== 1) return null;
      const n = num(c, 'int')!;
      const half = letter.lower === 'h';
      if (n < 1 || n > (half ? 2 : 4)) return null;
      const y = num(c, 'year');
      if (y !== undefined) return { kind: 'abs', type: 'DATE', value: `${pad4(y)}-${half ? 'H' : 'Q'}${n}` };
      return half ? { kind: 'quarter', type: 'DATE', half: n } : { kind: 'quarter', type: 'DATE', q: n };
    },
    examples: [['revenue rose in Q3 2024', 'Q3 2024', '2024-Q3'], ['results for H1 2024', 'H1 2024', '2024-H1']],
    negatives: ['the q3 variant', 'Q 3 2024'],
  },
  {
    // `FY2025`, `FY 2025`: a fiscal year, written as its year as TimeBank does for `fiscal 1990`.
    id: 'fiscal-code',
    pattern: 'fy @year',
    triggers: ['fy'],
    build: (c, ctx) => (ctx.toks[c.w0?.i ?? ctx.from]!.text === 'FY' ? { kind: 'abs', type: 'DATE', value: pad4(num(c, 'year')!) } : null),
    examples: [['forecast to grow in FY2025', 'FY2025', '2025']],
  },
  {
    // `FY24`: a fiscal year written with two digits (70-99 are the 1900s).
    id: 'fiscal-code-short',
    pattern: 'fy @int',
    triggers: ['fy'],
    build: (c, ctx) => {
      const digits = ctx.toks[c.int!.i]!;
      if (ctx.toks[c.w0?.i ?? ctx.from]!.text !== 'FY' || digits.gap !== 0 || digits.text.length !== 2) return null;
      const yy = num(c, 'int')!;
      return { kind: 'abs', type: 'DATE', value: pad4(yy < 70 ? 2000 + yy : 1900 + yy) };
    },
    examples: [['Revenue in FY24 rose.', 'FY24', '2024']],
    negatives: ['fy 24', 'FY 24'],
  },
  {
    id: 'year-quarter',
    pattern: 'the? @year fiscal? @ord -? quarter',
    triggers: ['fiscal', 'quarter'],
    build: quarterOfStatedYear,
    examples: [['the 1988 third quarter', 'the 1988 third quarter', '1988-Q3']],
  },
  {
    id: 'quarter',
    pattern: 'det=the|its|this|their|last|next? fiscal? -? @ord -? quarter',
    triggers: ['fiscal', 'quarter'],
    build: (c, ctx) => {
      const q = num(c, 'ord')!;
      if (q < 1 || q > 4) return null;
      // Not a quarter of a game: `threw two touchdown passes in the fourth quarter`, or any bare quarter of a game
      // report with no money talked of near it (`Clarke left in the second quarter with a concussion`).
      if (ctx.toks[ctx.to]?.lower !== 'of' && !/^\d{4}$/.test(ctx.toks[ctx.to]?.text ?? '')) {
        if (near14(ctx, GAME_QUARTER_WORDS) || (isGameReport(ctx.toks) && !near14(ctx, MONEY_WORDS))) return null;
      }
      // TimeML extents leave out possessives, and the article of an adjective (`the [third-quarter] loss`).
      const det = str(c, 'det');
      const adjective = ctx.toks[c.ord!.i + c.ord!.len]?.text === '-';
      const skip = det === 'its' || det === 'their' || (det === 'the' && adjective) ? 1 : 0;
      return { kind: 'quarter', type: 'DATE', q, skip };
    },
    examples: [['profit in the second quarter', 'the second quarter', '2022-Q2'], ['third-quarter profit', 'third-quarter', '2022-Q3'], ['its fourth quarter', 'fourth quarter', '2022-Q4'], ['the third-quarter loss', 'third-quarter', '2022-Q3'],
      ['The Lions won on a late touchdown on Sunday before a crowd of 60,000 fans at the stadium downtown. Separately, the club said ticket sales fell in the third quarter.', 'the third quarter', '2021-Q3']],
    negatives: ['He threw two touchdown passes in the fourth quarter.', 'They trailed at halftime and scored 30 points in the third quarter with two three-pointer bursts.',
      'Hill ran for a touchdown on the opening drive. The Lions were still level early in the fourth quarter, and their safety left in the second quarter with a sprained ankle.'],
  },
  {
    // Retail's busiest quarter named by its season: `the holiday quarter`, `the Christmas quarter` (October to December).
    id: 'holiday-quarter',
    pattern: 'the w=holiday|christmas|festive quarter',
    triggers: ['quarter'],
    build: () => ({ kind: 'quarter', type: 'DATE', q: 4 }),
    examples: [['Sales rose 9% in the holiday quarter.', 'the holiday quarter', '2021-Q4']],
  },
  {
    // Business news names a quarter by its last month: `the December quarter`, `the June 2023 quarter`.
    id: 'month-quarter',
    pattern: 'the? @month @year? quarter',
    triggers: ['quarter'],
    build: (c) => {
      const q = Math.ceil(num(c, 'month')! / 3);
      const y = num(c, 'year');
      return y !== undefined ? { kind: 'abs', type: 'DATE', value: `${pad4(y)}-Q${q}` } : { kind: 'quarter', type: 'DATE', q };
    },
    examples: [['sales will rise in the September quarter', 'the September quarter', '2022-Q3'],
      ['profit for the June 2023 quarter', 'the June 2023 quarter', '2023-Q2'],
      ['It reported a loss for the December quarter.', 'the December quarter', '2021-Q4']],
    negatives: ['a quarter of the votes'],
  },
  {
    id: 'half-of-year',
    pattern: 'the? @ord half of? fiscal|calendar? year? @year',
    triggers: ['half'],
    build: (c) => {
      const h = num(c, 'ord')!;
      const half = h === -1 ? 2 : h;
      return half === 1 || half === 2 ? { kind: 'abs', type: 'DATE', value: `${pad4(num(c, 'year')!)}-H${half}` } : null;
    },
    examples: [['in the second half of 2024', 'the second half of 2024', '2024-H2'], ['the last half of 1989', 'the last half of 1989', '1989-H2'],
      ['an office opens in the second half of calendar 2014', 'the second half of calendar 2014', '2014-H2'], ['the first half of fiscal 2016', 'the first half of fiscal 2016', '2016-H1']],
  },
  {
    // `the first two quarters of 1990` is the first half; `the last two quarters`, the second.
    id: 'two-quarters-of-year',
    pattern: 'the? @ord two quarters of @year',
    build: (c) => {
      const o = num(c, 'ord')!;
      return o === 1 || o === -1 ? { kind: 'abs', type: 'DATE', value: `${pad4(num(c, 'year')!)}-H${o === 1 ? 1 : 2}` } : null;
    },
    examples: [['through the first two quarters of 1990', 'the first two quarters of 1990', '1990-H1'], ['in the last two quarters of 2023', 'the last two quarters of 2023', '2023-H2']],
    negatives: ['the third two quarters of 1990'],
  },
  {
    id: 'half',
    pattern: 'the @ord half of w=the|this|last|next|its|their fiscal|financial? year',
    triggers: ['half'],
    build: (c) => {
      const h = num(c, 'ord')!;
      const half = h === -1 ? 2 : h;
      const shift = SHIFTS[str(c, 'w')!] ?? 0;
      // (`of the year` may be the year a sentence just named: `in the first quarter of 2027, and more in the second half of the year`.)
      const year: Spec = str(c, 'w') === 'the' ? { kind: 'deictic', type: 'DATE', unit: 'Y', n: 0, storyPeriod: true } : { kind: 'deictic', type: 'DATE', unit: 'Y', n: shift };
      return half === 1 || half === 2 ? { kind: 'quarter', type: 'DATE', half, yearSpec: year } : null;
    },
    examples: [['in the first half of the year', 'the first half of the year', '2022-H1'], ['the second half of last year', 'the second half of last year', '2021-H2'],
      ['Units ship in the first quarter of 2024, with more in the second half of the year.', 'the second half of the year', '2024-H2'],
      ['Costs rose in the first half of the fiscal year.', 'the first half of the fiscal year', '2022-H1']],
  },
  {
    id: 'half-bare',
    pattern: 'the @ord half',
    triggers: ['half'],
    build: (c, ctx) => {
      const h = num(c, 'ord')!;
      const half = h === -1 ? 2 : h;
      // Not `the first half of the match`: only when nothing follows with `of`.
      if (ctx.toks[ctx.to]?.lower === 'of') return null;
      // Not a half of a game: `scored twice early in the second half`.
      if (near14(ctx, GAME_WORDS)) return null;
      return half === 1 || half === 2 ? { kind: 'quarter', type: 'DATE', half } : null;
    },
    examples: [['profit rose in the first half, it said', 'the first half', '2022-H1']],
    negatives: ['the first half of the match', 'Okonjo scored twice early in the second half.', 'They led at the break but faded in the second half.'],
  },
];
