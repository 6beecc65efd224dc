/** Relative dates: deictic (`yesterday`, `last week`), anaphoric (`two days later`), weekdays, times of day. */
import { type UnitCode, MONTHS, durationValue, isPastPreposition, PART_LIMITS, PART_UNITS, PARTS_OF_DAY, UNITS, WEEKDAYS } from '../lexicon.js';
import { isNear } from '../slots.js';
import type { Spec } from '../spec.js';
import type { Captures } from '../pattern.js';
import { type RuleContext, type RuleRow, clockSeconds, has, num, str, zoneOf } from './row.js';
import { wordTable } from '../../text/table.js';
import { FUNCTION_WORDS } from '../../text/lexicon.js';
import { formatHm } from '../calendar.js';
import { namesFeastWithWeekday } from './holidays.js';

const SHIFT: Record<string, number> = {
  last: -1, past: -1, previous: -1, preceding: -1, prior: -1, next: 1, coming: 1, following: 1,
  this: 0, current: 0, same: 0, that: 0, these: 0, the: 0,
};
/** Units a deictic `last/next/this` applies to as a calendar period (not `last hour`). */
const CALENDAR_UNITS = new Set<string>(['Y', 'M', 'W', 'D', 'Q', 'WE', 'DE', 'CE']);
const ref = (value: string): Spec => ({ kind: 'abs', type: 'DATE', value });

function deictic(unit: UnitCode, n: number, extra: Partial<Spec> = {}): Spec {
  return { kind: 'deictic', type: 'DATE', unit, n, ...extra };
}
const amount = (c: Parameters<NonNullable<RuleRow['build']>>[0]): number | 'X' =>
  has(c, 'vague') ? (typeof c.vague!.v === 'number' ? c.vague!.v : 'X') : (num(c, 'count') ?? 1);

/** The next finer unit and how many of it make one, for a fractional amount (`1.5 years ago` is 18 months ago). */
const FINER: Partial<Record<UnitCode, readonly [number, UnitCode]>> = { CE: [100, 'Y'], DE: [10, 'Y'], Y: [12, 'M'], Q: [3, 'M'], FN: [14, 'D'], W: [7, 'D'] };
/** A fractional amount of calendar units as a whole one of finer units, or null when none fits (`1.5 months`). */
function wholeAmount(n: number, unit: UnitCode): [number, UnitCode] | null {
  let k = n, u = unit;
  while (!Number.isInteger(k)) {
    const f = FINER[u];
    if (!f) return null;
    k = Math.round(k * f[0] * 1000) / 1000;
    u = f[1];
  }
  return [k, u];
}

/** Nouns for a part or the happenings of a day: `the rest of today` is still that day. */
const DAY_PART_NOUNS = new Set(['rest', 'end', 'start', 'beginning', 'middle', 'remainder', 'part', 'events', 'news', 'close', 'morning', 'afternoon', 'evening', 'night', 'session', 'edition', 'issue', 'meeting', 'match', 'game', 'vote', 'attack', 'attacks']);
/** Words before a year said in words (`in nineteen ninety-six`). */
const SPOKEN_YEAR_OPENERS = new Set(['in', 'since', 'by', 'until', 'till', 'from', 'to', 'through', 'before', 'after', 'during', 'of', 'around', 'circa', 'between', 'and', 'or', 'early', 'late', 'mid', '-']);
/** `over the next decade`, `within the following century`: the ten (hundred) years ahead, not a calendar decade. */
function spanAhead(unit: UnitCode, w: string, ctx: RuleContext): Spec | null {
  if ((unit !== 'DE' && unit !== 'CE') || !/^(next|following|coming)$/.test(w)) return null;
  if (!/^(over|within|during|for|throughout)$/.test(ctx.toks[ctx.from - 1]?.lower ?? '')) return null;
  return { kind: 'abs', type: 'DURATION', value: unit === 'DE' ? 'P10Y' : 'P100Y' };
}

/** TIMEX3 codes of the season words. */
const SEASON_CODES: Readonly<Record<string, string>> = /* @__PURE__ */ wordTable({ winter: 'WI', summer: 'SU', spring: 'SP', autumn: 'FA' });

/** An amount of time counted from the story's last date (`two days later`, `a week before that`). */
/** Words for the first light of a day: after a night or an evening just told, the next day's (`until dawn`). */
const DAYBREAK_WORDS: ReadonlySet<string> = /* @__PURE__ */ new Set(['dawn', 'daybreak', 'sunrise']);
/** Ordinals after which `that` is a determiner (`after that first night`), not a pronoun. */
const ORDER_AFTER_THAT: ReadonlySet<string> = /* @__PURE__ */ new Set(['first', 'second', 'third', 'last', 'final', 'opening', 'same', 'original', 'fateful']);
/** Marks that end a clause right after an adverb of time (`two years before.`, `Two days before, ...`). */
const CLAUSE_END_MARKS: ReadonlySet<string> = /* @__PURE__ */ new Set(['.', ',', ';', ':', '!', '?', ')', '—', '–']);

function countedFromStory(c: Captures, ctx: RuleContext): Spec | null {
      // `hosts will have 90 days after that to register`: an amount granted is a length of time.
      if (has(c, 't') && /^(?:have|has|had|get|gets|got|given|gives|give|allow|allows|allowed)$/.test(ctx.toks[ctx.from - 1]?.lower ?? '')) return null;
      const said = amount(c);
      const whole = said === 'X' ? null : wholeAmount(said, str(c, 'unit') as UnitCode);
      if (!whole) return null;
      const [n, unit] = whole;
      const w = str(c, 'w')!;
      // `for a week afterward`, `for days afterwards`: how long, not when.
      if (ctx.toks[ctx.from - 1]?.lower === 'for') return null;
      // `two months later than planned`, `a week earlier than last year`: a difference, an amount of time.
      if (ctx.toks[ctx.to]?.lower === 'than') return /^(?:later|earlier)$/.test(w) ? { kind: 'abs', type: 'DURATION', value: durationValue(n, unit) } : null;
      const sign = w === 'earlier' || w === 'before' || w === 'previously' ? -1 : 1;
      // `40 minutes later`, `two hours earlier`: a time counted from the story's last one (whole minutes and hours).
      if ((unit === 'H' || unit === 'MIN') && Number.isInteger(n) && n > 0 && w !== 'previously') return { kind: 'anaphoric', type: 'TIME', unit, n: sign * n };
      if (!CALENDAR_UNITS.has(unit) && unit !== 'FN') return null;
      return { kind: 'anaphoric', type: 'DATE', unit, n: sign * n, shift: unit === 'Y' && n === 1 ? 1 : undefined, elapsed: unit === 'DE' || unit === 'CE' ? true : undefined };
}

/** `on a Saturday`, `one Monday morning`: a weekday after an indefinite article or `one` is some such day, not a date. */
const SOME_DAY = 'some such day of the week, not a date the text gives';
/** Units a day is counted from in `a week Monday`, `a fortnight Tuesday` (British: that long after the day). */
const COUNTED_FROM_A_DAY = /^(?:week|fortnight|month|year|day)$/;
/** ... also after an adjective (`on a wet Thursday evening`, `an ordinary Monday`), not after a unit (`a week Monday`). */
const indefinite = (ctx: RuleContext): boolean => {
  const before = ctx.toks[ctx.from - 1];
  if (/^(?:a|one)$/.test(before?.lower ?? '')) return true;
  return before !== undefined && before.kind === 'word' && !before.capital && before.lower.length >= 3 && !COUNTED_FROM_A_DAY.test(before.lower)
    && /^(?:a|an|one)$/.test(ctx.toks[ctx.from - 2]?.lower ?? '');
};
/**
 * `last fortnight`, `the next fortnight`, `this coming fortnight`: TIMEX3 has no fortnight of the calendar, so the two
 * weeks up to or from now are said as their length, as TimeML writes `the past two weeks`.
 */
const FORTNIGHT_SPAN: Spec = { kind: 'abs', type: 'DURATION', value: 'P2W' };

/** Quantifiers before `of` (`many of today's computers`). */
const QUANTIFIERS = new Set(['many', 'most', 'some', 'all', 'few', 'several', 'much', 'none', 'each', 'any', 'one']);

/** Possessives before a noun phrase (`his last day`). */
/** Words before `yesterday` that make it a figure of speech (`practically yesterday`, `like yesterday`). */
const FIGURATIVE_BEFORE = new Set(['practically', 'virtually', 'like']);
/** Words before an amount of weeks that make it a rate or a stay, not a distance to a weekday (`once a week on Tuesday`). */
const STAY_OR_RATE_BEFORE = new Set(['for', 'once', 'twice', 'thrice', 'times', 'every', 'each', 'per', 'spent', 'spend', 'spends', 'spending', 'within', 'lasted', 'last', 'lasts', 'took', 'take', 'takes', 'about', 'over']);
const POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);
/** Prepositions after which `her` is a possessive, not an object (`in her last year`; not `for her last year`). */
const OBJECT_FREE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'during', 'through', 'throughout', 'into', 'until', 'till', 'since', 'of', 'by', 'over']);

/** Words of an amount a plural unit may end (`few`, `several`, `ten`, `dozen`): with them the unit is no bare `hours later`. */
const COUNT_BEFORE_UNITS = /^(?:a|an|few|several|many|some|couple|dozen|dozens|hundreds|thousands|the|those|these|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|-)$/;
/** Nouns a capitalized ordinal names (`the 3rd Battalion`, `the 22nd Regiment`, `the 19th Amendment`). */
const NUMBERED_NAME_NOUNS: ReadonlySet<string> = /* @__PURE__ */ new Set(['battalion', 'regiment', 'division', 'brigade', 'infantry', 'airborne',
  'army', 'corps', 'fleet', 'squadron', 'company', 'cavalry', 'armoured', 'armored', 'marines', 'rifles', 'guards', 'foot', 'street', 'avenue',
  'amendment', 'congress', 'century', 'district', 'ward', 'precinct', 'floor', 'dynasty', 'parliament', 'session', 'battery', 'wing', 'group']);

export const RELATIVE_ROWS: readonly RuleRow[] = [
  {
    id: 'day-word',
    pattern: 'w=today|yesterday|tomorrow|tonight',
    triggers: ['today', 'yesterday', 'tomorrow', 'tonight'],
    build: (c, ctx) => {
      const w = str(c, 'w')!;
      if (w === 'tonight') return deictic('D', 0, { type: 'TIME', time: 'TNI' });
      // `practically yesterday`, `it feels like yesterday`: a figure of speech for a recent past, no day.
      if (w === 'yesterday' && FIGURATIVE_BEFORE.has(ctx.toks[ctx.from - 1]?.lower ?? '')) return null;
      // `the leaders of tomorrow`, `the world of today`: an era, not a day. A part of the day
      // (`the rest of today`, `the events of yesterday`) keeps the day.
      // (A possessive after a noun is not: `the focus of today's show` is the day's show, but `many of today's
      // computers` are the era's.)
      const [before, of] = [ctx.toks[ctx.from - 2], ctx.toks[ctx.from - 1]];
      const possessive = /^['’]$/.test(ctx.toks[ctx.to]?.text ?? '') && !QUANTIFIERS.has(before?.lower ?? '');
      if (of?.lower === 'of' && !possessive && before?.kind === 'word' && !DAY_PART_NOUNS.has(before.lower) && UNITS[before.lower] === undefined) {
        return ref(w === 'yesterday' ? 'PAST_REF' : w === 'tomorrow' ? 'FUTURE_REF' : 'PRESENT_REF');
      }
      return deictic('D', w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : 0);
    },
    examples: [['He said yesterday that', 'yesterday', '2022-01-06'], ['due tomorrow', 'tomorrow', '2022-01-08'], ['tonight', 'tonight', '2022-01-07TNI'], ['the leaders of tomorrow', 'tomorrow', 'FUTURE_REF'], ['by the end of today', 'the end of today', '2022-01-07'], ['the events of yesterday', 'yesterday', '2022-01-06'],
      ["The theme of today's show is rain.", 'today', '2022-01-07'], ["It runs on most of today's phones.", 'today', 'PRESENT_REF']],
    negatives: ['In geological terms that is practically yesterday.', 'I remember it like yesterday.'],
  },
  {
    // `to-morrow`, `to-day`, `to-night`: the hyphenated spellings of the day words, as older print has them.
    id: 'day-word-hyphenated',
    pattern: 'to - w=morrow|day|night',
    triggers: ['morrow'],
    build: (c, ctx) => {
      const [to, hyphen, w] = [ctx.toks[ctx.from]!, ctx.toks[ctx.from + 1]!, ctx.toks[c.w!.i]!];
      const before = ctx.toks[ctx.from - 1];
      // (`day-to-day`, `up-to-date` and `back-to-night shifts` join words; a spaced `to - day` is no spelling.)
      if (hyphen.gap > 0 || w.gap > 0 || (before && before.gap === 0 && before.text === '-') || (to.gap === 0 && before?.kind === 'word')) return null;
      const after = ctx.toks[ctx.to];
      if (after && after.gap === 0 && after.text === '-') return null;
      const word = w.lower;
      return word === 'night' ? deictic('D', 0, { type: 'TIME', time: 'TNI' }) : deictic('D', word === 'morrow' ? 1 : 0);
    },
    examples: [['The inquest will be resumed to-morrow.', 'to-morrow', '2022-01-08'], ['The Queen arrived to-day.', 'to-day', '2022-01-07'], ['He sails to-night.', 'to-night', '2022-01-07TNI']],
    negatives: ['They deal with day-to-day matters.', 'He swung from day to day.'],
  },
  {
    // `yesterday se'nnight`, `to-morrow week`, `yesterday fortnight` (British, and older print): a week or two before
    // yesterday, or after tomorrow.
    id: 'day-word-week',
    pattern: 'to? -? d=yesterday|tomorrow|morrow u=week|fortnight|sennight|se \'|’? n=nnight?',
    triggers: ['yesterday', 'tomorrow', 'morrow'],
    build: (c, ctx) => {
      const d = str(c, 'd')!;
      const u = str(c, 'u')!;
      if ((d === 'morrow') !== (ctx.toks[ctx.from]!.lower === 'to' && ctx.toks[ctx.from + 1]?.text === '-')) return null;
      if (d !== 'morrow' && c.d!.i !== ctx.from) return null;
      if ((u === 'se') !== has(c, 'n') || (u === 'se' && !/^['’]$/.test(ctx.toks[c.u!.i + 1]!.text))) return null;
      const unit = ctx.toks[c.u!.i]!;
      const after = ctx.toks[ctx.to];
      // (`yesterday week-long talks`, `tomorrow week two begins`: the week is another phrase's.)
      if (unit.text !== unit.lower || (after && after.gap === 0 && after.text === '-') || (after && !after.newline && after.kind === 'num')) return null;
      const days = u === 'fortnight' ? 14 : 7;
      return d === 'yesterday' ? deictic('D', -1 - days) : deictic('D', 1 + days);
    },
    examples: [["An inquest was opened yesterday se'nnight.", "yesterday se'nnight", '2021-12-30'], ['The sale is fixed for to-morrow week.', 'to-morrow week', '2022-01-15'],
      ['She left yesterday fortnight.', 'yesterday fortnight', '2021-12-23'], ['The trial resumes tomorrow week.', 'tomorrow week', '2022-01-15']],
    negatives: ['Talks ended yesterday after a week of rows.', 'The vote is tomorrow, week two of the session.'],
  },
  {
    id: 'day-after-tomorrow',
    pattern: 'the day w=after|before d=tomorrow|yesterday',
    triggers: ['yesterday', 'tomorrow'],
    build: (c) => (str(c, 'w') === 'after') === (str(c, 'd') === 'tomorrow') ? deictic('D', str(c, 'w') === 'after' ? 2 : -2) : null,
    examples: [['They return the day after tomorrow.', 'the day after tomorrow', '2022-01-09'], ['It began the day before yesterday.', 'the day before yesterday', '2022-01-05']],
  },
  {
    // `the week after next`, `the year after next`: two units on from the publication date (`the week before last`:
    // row unit-before-last).
    id: 'unit-after-next',
    pattern: 'the @unit after next',
    triggers: ['next'],
    build: (c, ctx) => {
      const unit = str(c, 'unit') as UnitCode;
      if (ctx.toks[c.unit!.i]!.lower.endsWith('s') || !CALENDAR_UNITS.has(unit) || unit === 'D') return null;
      return deictic(unit, 2);
    },
    examples: [['Talks resume the week after next.', 'the week after next', '2022-W03'], ['The line opens the year after next.', 'the year after next', '2024']],
  },
  {
    id: 'day-word-pod',
    pattern: 'w=today|yesterday|tomorrow @pod',
    triggers: ['today', 'yesterday', 'tomorrow'],
    build: (c) => {
      const w = str(c, 'w')!;
      return deictic('D', w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : 0, { type: 'TIME', time: podTime(str(c, 'pod')!) });
    },
    examples: [['yesterday afternoon', 'yesterday afternoon', '2022-01-06TAF']],
  },
  {
    // `two weeks from now`, `three days from today`, `a year from tomorrow`: counted ahead from the publication day;
    // `12 hours from now`, `half an hour from now`: a time, counted from the publication's time when it states one.
    id: 'from-now',
    pattern: 'a? @count -? @unit from w=now|today|tomorrow|tonight',
    triggers: ['now', 'today', 'tomorrow', 'tonight'],
    build: (c) => {
      const said = amount(c);
      const saidUnit = str(c, 'unit') as UnitCode;
      if (said !== 'X' && str(c, 'w') === 'now' && (saidUnit === 'H' || saidUnit === 'MIN' || saidUnit === 'S')) {
        return { kind: 'deictic', type: 'TIME', unit: saidUnit, n: said };
      }
      const whole = said === 'X' ? null : wholeAmount(said, saidUnit);
      if (!whole || !CALENDAR_UNITS.has(whole[1])) return null;
      const [n, unit] = whole;
      // `a week from tonight`: that night a week on, a time.
      if (str(c, 'w') === 'tonight') {
        const night = { type: 'TIME' as const, time: podTime(PARTS_OF_DAY.night!) };
        return unit === 'D' ? deictic('D', n, night) : unit === 'W' || unit === 'M' || unit === 'Y' ? deictic('D', 0, { ...night, offset: { n, unit } }) : null;
      }
      const extra = str(c, 'w') === 'tomorrow' ? 1 : 0;
      if (unit === 'D') return deictic('D', n + extra);
      // `three weeks from tomorrow`: that many weeks on from the day after publication, a day.
      if (extra && (unit === 'W' || unit === 'M' || unit === 'Y')) return deictic('D', 1, { offset: { n, unit } });
      return extra ? deictic('D', 0, { unit, n }) : deictic(unit, n);
    },
    examples: [['Two weeks from now we vote.', 'Two weeks from now', '2022-W03'], ['three days from today', 'three days from today', '2022-01-10'],
      ['The vote is three weeks from tomorrow.', 'three weeks from tomorrow', '2022-01-29'], ['They meet a week from tonight.', 'a week from tonight', '2022-01-14TNI'],
      ['The polls close 12 hours from now.', '12 hours from now', '2022-01-07']],
  },
  {
    // `in two weeks' time`, `in a month's time`: the day, week or month that far on from the publication day.
    id: 'in-units-time',
    pattern: "in a? @count -? @unit '|’ s? time",
    triggers: ['time'],
    build: (c) => {
      const said = amount(c);
      const whole = said === 'X' ? null : wholeAmount(said, str(c, 'unit') as UnitCode);
      if (!whole || !CALENDAR_UNITS.has(whole[1])) return null;
      const [n, unit] = whole;
      return { ...deictic(unit, n), skip: 1 };
    },
    examples: [["The plant will close in two weeks' time.", "two weeks' time", '2022-W03'], ["In three days’ time the talks resume.", "three days’ time", '2022-01-10'],
      ["Results are due in a month's time.", "a month's time", '2022-02']],
  },
  {
    // `this morning at 10`, `tomorrow evening at 7`: a bare hour after a part of a day is on that half of the clock.
    id: 'pod-at-hour',
    pattern: 'w=this|today|tomorrow|yesterday p=@pod at h=@count',
    triggers: ['today', 'tomorrow', 'yesterday'],
    build: (c) => {
      const w = str(c, 'w')!;
      const h = num(c, 'h')!;
      const pod = str(c, 'p')!;
      if (!Number.isInteger(h) || h < 1 || h > 12 || !(pod in POD_WORD)) return null;
      return deictic('D', w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : 0, { type: 'TIME', time: `T${formatHm(dayHalf(h * 60, POD_WORD[pod]))}` });
    },
    examples: [['It opens this morning at 10.', 'this morning at 10', '2022-01-07T10:00'], ['tomorrow evening at 7', 'tomorrow evening at 7', '2022-01-08T19:00']],
  },
  {
    id: 'this-pod',
    pattern: 'w=this|last|tomorrow|later|early|earlier this? @pod',
    triggers: ['tomorrow'],
    build: (c) => {
      const w = str(c, 'w')!;
      const pod = str(c, 'pod')!;
      if (w === 'last' && pod !== 'NI' && pod !== 'EV') return null;
      return deictic('D', w === 'last' ? -1 : w === 'tomorrow' ? 1 : 0, { type: 'TIME', time: podTime(pod) });
    },
    examples: [['this morning', 'this morning', '2022-01-07TMO'], ['last night', 'last night', '2022-01-06TNI'], ['later this afternoon', 'later this afternoon', '2022-01-07TAF']],
  },
  {
    // `so far this fiscal`, `in the first quarter of the next fiscal`: in Indian English `fiscal` alone is the fiscal
    // year. Only as a noun: a function word or a mark follows (`this fiscal deficit` is the adjective).
    id: 'fiscal-noun',
    pattern: 'the? w=last|previous|next|coming|this|current fiscal',
    triggers: ['fiscal'],
    build: (c, ctx) => {
      const after = ctx.toks[ctx.to];
      if (after && after.kind === 'word' && !FUNCTION_WORDS.has(after.lower)) return null;
      const w = str(c, 'w')!;
      return deictic('Y', SHIFT[w] ?? 0);
    },
    examples: [['The firm spent Rs 800 crore so far this fiscal.', 'this fiscal', '2022'], ['Tenders will be floated in the next fiscal.', 'the next fiscal', '2023']],
    negatives: ['The current fiscal deficit widened.', 'It cut the next fiscal stimulus.'],
  },
  {
    id: 'relative-unit',
    pattern: 'the? w=last|past|previous|next|coming|this|current f=fiscal|financial? @unit',
    triggers: ['current', 'past'],
    build: (c, ctx) => {
      const unit = str(c, 'unit') as UnitCode;
      if (ctx.toks[c.unit!.i]!.lower.endsWith('s')) return null;
      // `the next fiscal year`, `this financial year`: an organisation's year, counted from now as TimeBank writes it
      // (`the current fiscal year` 1989), even after `the next` (the budget's coming year, not the story's).
      const fiscal = has(c, 'f');
      if (fiscal && unit !== 'Y' && unit !== 'Q') return null;
      if (unit === 'FN') return FORTNIGHT_SPAN;
      if (!CALENDAR_UNITS.has(unit)) return null;
      const w = str(c, 'w')!;
      // `for most of the last century`, `in the last century`: the century before this one, a period of the calendar.
      if (unit === 'CE' && w === 'last' && ctx.toks[ctx.from]!.lower === 'the' && /^(?:of|in|during)$/.test(ctx.toks[ctx.from - 1]?.lower ?? '')) return deictic(unit, -1);
      // `the past decade` is the ten years up to now: a duration.
      if ((unit === 'DE' || unit === 'CE') && (w === 'past' || w === 'last') && ctx.toks[ctx.from]!.lower === 'the') {
        return { kind: 'abs', type: 'DURATION', value: unit === 'DE' ? 'P10Y' : 'P100Y' };
      }
      const ahead = spanAhead(unit, w, ctx);
      if (ahead) return ahead;
      // `the next day`, `the previous week`: counted from the story's last date (row anaphoric-unit).
      if (!fiscal && ctx.toks[ctx.from]!.lower === 'the' && (w === 'next' || w === 'previous') && unit !== 'DE' && unit !== 'CE') return null;
      const before = ctx.toks[ctx.from - 1]?.lower ?? '';
      const after = ctx.toks[ctx.to]?.text ?? '';
      // `the last day of talks`, `his last day at work`, a diary's `Last day.` opening its line: the final day of something.
      const first = ctx.toks[ctx.from]!;
      const heading = (ctx.from === 0 || first.newline) && /^[.:]$/.test(after);
      if (unit === 'D' && w === 'last' && (first.lower === 'the' || POSSESSIVES.has(before) || after === 'of' || heading)) return null;
      // `in his last year in office`, `during her last week at the club`, `their last month together`: after a possessive,
      // the final one of a span of someone's (`her` after a preposition only: `I saw her last year`; a company's `its
      // last quarter` is its latest, and stays).
      if ((unit === 'W' || unit === 'M' || unit === 'Y') && !fiscal && w === 'last' && ctx.toks[ctx.from]!.lower !== 'the'
        && POSSESSIVES.has(before) && (before !== 'her' || OBJECT_FREE_PREPOSITIONS.has(ctx.toks[ctx.from - 2]?.lower ?? ''))) return null;
      // `from $3 million last year`, `last year's quarter`: a comparison with the same period.
      const comparison = unit === 'Y' && w === 'last' && (/^(from|with|than|versus|vs)$/.test(before) || ctx.toks[ctx.from - 1]?.kind === 'num' || after === "'" || after === '’');
      // (`the current quarter` is the one under way at publication, never the quarter a report is about.)
      return deictic(unit, SHIFT[w] ?? 0, comparison ? { comparison } : w === 'current' ? { underWay: true } : {});
    },
    examples: [['last week', 'last week', '2021-W52'], ['next year', 'next year', '2023'], ['this month', 'this month', '2022-01'], ['last weekend', 'last weekend', '2021-W52-WE'], ['the current year', 'the current year', '2022'],
      ['The mill was a net loft for most of the last century.', 'the last century', '19'], ['Rain fell all through last fortnight.', 'last fortnight', 'P2W'], ['Bookings are full for the next fortnight.', 'the next fortnight', 'P2W'],
      ['Talks on the budget for the next fiscal year begin.', 'the next fiscal year', '2023'], ['Profit rose in the current financial year.', 'the current financial year', '2022'], ['I saw her last year in Paris.', 'last year', '2021']],
    negatives: ['It was the last day of talks.', 'He worked his last day on the line.', 'Last day. The ferry back.', 'In her last year in office she opened the centre.', 'In his last month at the club he scored twice.'],
  },
  {
    id: 'relative-unit-earlier',
    pattern: 'w=earlier|later in|during? this|the @unit',
    build: (c, ctx) => {
      const unit = str(c, 'unit') as UnitCode;
      if (!CALENDAR_UNITS.has(unit) || ctx.toks[c.unit!.i]!.lower.endsWith('s') || unit === 'D') return null;
      // Tagged whole, as TimeBank mostly does (12 of 17): `earlier this month` is the month, mod START.
      return deictic(unit, 0, { mod: str(c, 'w') === 'earlier' ? 'START' : 'END' });
    },
    examples: [['earlier this month', 'earlier this month', '2022-01'], ['later this year', 'later this year', '2022'], ['earlier in the year', 'earlier in the year', '2022']],
  },
  {
    id: 'unit-end',
    pattern: 'the? w=end|beginning|start|middle|close|rest|remainder|turn of the|this|next|last? @unit',
    build: (c, ctx) => {
      const unit = str(c, 'unit') as UnitCode;
      if (!CALENDAR_UNITS.has(unit) || ctx.toks[c.unit!.i]!.lower.endsWith('s')) return null;
      const w = str(c, 'w')!;
      const mod = w === 'end' || w === 'close' ? 'END' : w === 'middle' ? 'MID' : w === 'rest' || w === 'remainder' ? undefined : 'START';
      const det = ctx.toks[c.unit!.i - 1]!.lower;
      // `by the end of the decade` told in the past perfect of a story: the story's decade (resolve.ts decides).
      const turn = w === 'turn' && unit === 'CE' ? { turn: true } : {};
      return deictic(unit, det === 'next' ? 1 : det === 'last' ? -1 : 0, { ...(mod ? { mod } : {}), ...(det === 'the' ? { storyPeriod: true } : {}), ...turn });
    },
    examples: [['by the end of the year', 'the end of the year', '2022'], ['Payment is due by end of month.', 'end of month', '2022-01'],
      ['She enrolled in 1994. By the end of the decade she had opened a studio.', 'the end of the decade', '199'],
      ['The mill opened in 1896 and by the turn of the century employed 300.', 'the turn of the century', '19']],
  },
  {
    // `the last day of the month`, `the second week of the year`, `the 10th day of this month`: a part of the period the
    // text is in (a period said with `next`, `last`, `this` alone joins in combine.ts, as any stated period does).
    id: 'day-of-the-unit',
    pattern: 'the? @ord part=day|week|month|quarter p=of|in det=the|this|next|last? @unit',
    build: (c, ctx) => {
      const unit = str(c, 'unit') as UnitCode;
      const part = PART_UNITS[str(c, 'part')!]!;
      const n = num(c, 'ord')!;
      const limit = PART_LIMITS[part][unit];
      if (limit === undefined || !Number.isInteger(n) || (n !== -1 && (n < 1 || n > limit)) || ctx.toks[c.unit!.i]!.lower.endsWith('s')) return null;
      // `the last day of month` (this one), but not `the first week of year two`.
      if (!has(c, 'det') && (str(c, 'p') !== 'of' || ctx.toks[ctx.to]?.kind === 'num')) return null;
      const det = ctx.toks[c.unit!.i - 1]!.lower;
      return deictic(unit, det === 'next' ? 1 : det === 'last' ? -1 : 0, { partOf: { unit: part, n } });
    },
    examples: [['Bills are due on the last day of the month.', 'the last day of the month', '2022-01-31'], ['the first day of next year', 'the first day of next year', '2023-01-01'],
      ['Exams start in the second week of the month.', 'the second week of the month', '2022-W02'], ['Rent is due on the 10th day of this month.', 'the 10th day of this month', '2022-01-10'],
      ['Invoices go out on the last day of month.', 'the last day of month', '2022-01-31']],
    negatives: ['It was the first day of the trial.', 'in the third month of the strike', 'the first week of year 2 of the plan'],
  },
  {
    id: 'year-end',
    pattern: "year -|'? s? end",
    build: () => deictic('Y', 0, { mod: 'END' }),
    examples: [['by year-end', 'year-end', '2022']],
  },
  {
    id: 'ago',
    pattern: 'a? @count|@vague -? @unit or? so? ago',
    triggers: ['ago'],
    build: (c) => {
      const said = amount(c);
      const saidUnit = str(c, 'unit') as UnitCode;
      if (said === 'X') return { kind: 'abs', type: 'DATE', value: 'PAST_REF' };
      // `three hours ago` is a time; `a fortnight ago`, the week two weeks back, a date.
      if (!CALENDAR_UNITS.has(saidUnit) && saidUnit !== 'FN') return { kind: 'deictic', type: 'TIME', unit: saidUnit, n: -said };
      // `1.5 years ago` is 18 months ago; `1.5 months ago` names no whole unit, only the past.
      const whole = wholeAmount(said, saidUnit);
      if (!whole) return { kind: 'abs', type: 'DATE', value: 'PAST_REF' };
      const [n, unit] = whole;
      // `a year ago` in a story about a quarter means that quarter a year before.
      if (unit === 'Y' && n === 1) return { kind: 'anaphoric', type: 'DATE', unit, n: -1, shift: 1, fromNow: true };
      return deictic(unit, -n);
    },
    examples: [['two days ago', 'two days ago', '2022-01-05'], ['five years ago', 'five years ago', '2017'], ['several years ago', 'several years ago', 'PAST_REF'],
      ['It was founded 1.5 years ago.', '1.5 years ago', '2020-07'], ['The dam burst half a decade ago.', 'half a decade ago', '2017'],
      ['The roof leaked a fortnight ago.', 'a fortnight ago', '2021-W51'], ['Updated 2d ago by the desk', '2d ago', '2022-01-05'], ['Posted 3 wks ago.', '3 wks ago', '2021-W50'],
      ['The new rules apply from March 1. A year ago, members were split.', 'A year ago', '2021']],
    negatives: ['It raised $5m in 2019.', 'a 3d model of the ship'],
  },
  {
    // `a fortnight hence`, `three days hence`: that far ahead of the day of writing.
    id: 'hence',
    pattern: 'a? @count -? @unit hence',
    triggers: ['hence'],
    build: (c) => {
      const whole = wholeAmount(amount(c) as number, str(c, 'unit') as UnitCode);
      if (!whole || (!CALENDAR_UNITS.has(whole[1]) && whole[1] !== 'FN')) return null;
      return deictic(whole[1], whole[0]);
    },
    examples: [['I sail a fortnight hence.', 'a fortnight hence', '2022-W03'], ['The fair opens three days hence.', 'three days hence', '2022-01-10']],
  },
  {
    // `That evening`, `the following morning`: a part of the story's last day (or the day after/before).
    id: 'anaphoric-pod',
    pattern: 'w=that|the|next|following same|following|next|previous|preceding|first? @pod',
    build: (c, ctx) => {
      const words = ctx.toks.slice(ctx.from, c.pod!.i).map((t) => t.lower);
      if (words.length === 1 && words[0] === 'the') return null; // `the evening` alone is too vague
      // (`that first night`, `the first morning`: the first of a stay that began on the story's day.)
      if (words.length === 2 && words[0] !== 'the' && !(words[0] === 'that' && (words[1] === 'same' || words[1] === 'first'))) return null;
      const shiftWord = words[words.length - 1]!;
      const n = shiftWord === 'next' || shiftWord === 'following' ? 1 : shiftWord === 'previous' || shiftWord === 'preceding' ? -1 : 0;
      return { kind: 'anaphoric', type: 'TIME', unit: 'D', n, time: podTime(str(c, 'pod')!) };
    },
    examples: [['That evening, the captain spoke.', 'That evening', '2022-01-07TEV'], ['the following morning', 'the following morning', '2022-01-08TMO'], ['that same night', 'that same night', '2022-01-07TNI'],
      ['We reached the inn on Friday. That first night nobody slept.', 'That first night', '2022-01-07TNI']],
    negatives: ['in the evening'],
  },
  {
    id: 'later-earlier',
    // (`replied nine days later that staff would ...`: the `that` after `later` opens what was said, no part of the time.)
    pattern: 'a? @count|@vague -? @unit w=later|earlier|afterward|afterwards|previously',
    build: countedFromStory,
    examples: [['a year earlier', 'a year earlier', '2021'], ['two days later', 'two days later', '2022-01-09'], ['a fortnight later', 'a fortnight later', '2022-W03'], ['It opened in 1990. A decade later it closed.', 'A decade later', '2000'],
      ['The alarm rang at 22:10 on 9 May. Twenty minutes later crews arrived.', 'Twenty minutes later', '2021-05-09T22:30'],
      ['It opened two weeks later than planned.', 'two weeks later', 'P2W'], ['The claim arrived on 2 May. The insurer answered six days later that it would pay.', 'six days later', '2021-05-08']],
    negatives: ['Crashes climb for a week afterward.'],
  },
  {
    // `died at a hospital hours later`, `Years later, she returned`: an unknown number of units after the story's date, an
    // amount of time as TimeML values it (`PTXH`, `PXY`).
    id: 'units-later',
    pattern: '@units w=later|earlier|afterwards',
    build: (c, ctx) => {
      const before = ctx.toks[ctx.from - 1];
      // (Not the end of an amount another row did not take: `the 2 1/2 days later`, `several weeks later`.)
      if (before && (before.kind === 'num' || COUNT_BEFORE_UNITS.test(before.lower))) return null;
      return { kind: 'abs', type: 'DURATION', value: durationValue('X', str(c, 'units') as UnitCode) };
    },
    examples: [['He was shot and died at a hospital hours later.', 'hours later', 'PTXH'], ['Years later, she returned to the farm.', 'Years later', 'PXY']],
    negatives: ['The plant reopened 2 1/2 days later.'],
  },
  {
    // `two weeks before that`, `three years after then`, `a week before that date`: counted from the story's last date, as
    // `later` is; a bare `before`/`after` takes its own anchor (`two weeks before the vote`, row pairs in combine.ts).
    id: 'before-after-that',
    pattern: 'a? @count|@vague -? @unit w=before|after t=that|then d=date|day?',
    build: (c, ctx) => {
      if (has(c, 'd') && str(c, 't') !== 'that') return null;
      // `eighty-eight years after that first night`: `that` before an ordinal opens the noun phrase counted from, no pronoun.
      if (!has(c, 'd') && str(c, 't') === 'that' && ORDER_AFTER_THAT.has(ctx.toks[ctx.to]?.lower ?? '')) return null;
      return countedFromStory(c, ctx);
    },
    examples: [['The trial began on 3 March. Two days before that, the judge fell ill.', 'Two days before that', '2022-03-01'],
      ['The hearing was set for 9 May, but he settled a week before that date.', 'a week before that date', '2022-W18'],
      ['The plant shut in 2019. Three years after that it reopened.', 'Three years after that', '2022']],
    negatives: ['Tenants will have 30 days after that to leave.', 'It opened in 1938. The revival came sixty years after that first night.'],
  },
  {
    // `My father had died two years before.`, `Two days before, the judge fell ill`: `before` with nothing after it in its
    // clause is an adverb, counted back from the story's last date as `earlier` is (`two weeks before the vote` takes
    // its own anchor: combine.ts).
    id: 'units-before-clause-end',
    pattern: 'a? @count|@vague -? @unit w=before',
    build: (c, ctx) => {
      const next = ctx.toks[ctx.to];
      return next === undefined || CLAUSE_END_MARKS.has(next.text) || next.newline ? countedFromStory(c, ctx) : null;
    },
    examples: [['The war began in 1914. My father had died two years before.', 'two years before', '1912'],
      ['The trial opened on 3 March. Two days before, the judge fell ill.', 'Two days before', '2022-03-01']],
    negatives: ['The vote came two days before the deadline.'],
  },
  {
    // `this time last year`, `the same time next week`: the day of publication a unit away (`a year ago today`).
    id: 'this-time-unit',
    pattern: 'at? this|the same? time w=last|next @unit',
    triggers: ['time'],
    build: (c) => {
      const unit = str(c, 'unit') as UnitCode;
      if ((unit !== 'Y' && unit !== 'M' && unit !== 'W') || has(c, 'count')) return null;
      return deictic('D', 0, { offset: { n: str(c, 'w') === 'last' ? -1 : 1, unit } });
    },
    examples: [['This time last year the pier was shut.', 'This time last year', '2021-01-07'], ['By the same time next month the road will reopen.', 'the same time next month', '2022-02-07'],
      ['At this time last week they were still talking.', 'At this time last week', '2021-12-31']],
    negatives: ['the first time last year', 'this time next door'],
  },
  {
    // `two winters later`, `a summer earlier`: a season some years from the story's last date.
    id: 'seasons-later-earlier',
    pattern: 'a? @count? s=winter|winters|summer|summers|spring|springs|autumn|autumns w=later|earlier|afterwards|before|after',
    triggers: ['winters', 'summers', 'springs', 'autumns'],
    build: (c, ctx) => {
      const n = num(c, 'count') ?? (ctx.toks[ctx.from]!.lower === 'a' ? 1 : undefined);
      const word = str(c, 's')!;
      const plural = word.endsWith('s');
      if (n === undefined || n < 1 || n > 100 || plural !== n > 1) return null;
      // `a summer before the war`, `two winters after the flood`: counted from a happening, not a date.
      const w = str(c, 'w')!;
      const next = ctx.toks[ctx.to];
      if ((w === 'before' || w === 'after') && next && next.kind !== 'punct') return null;
      const season = SEASON_CODES[plural ? word.slice(0, -1) : word]!;
      return { kind: 'season', type: 'DATE', season, anaphor: (w === 'earlier' || w === 'before' ? -1 : 1) * n, elapsed: true };
    },
    examples: [['The mill closed in 2008. Two winters later it reopened.', 'Two winters later', '2010-WI'], ['It opened in May 2011. A summer earlier, the site was empty.', 'A summer earlier', '2010-SU'],
      ['The storm hit in spring 1990. Three springs later the dunes were back.', 'Three springs later', '1993-SP']],
    negatives: ['two winters after the flood', 'a summer before the war'],
  },
  {
    // `the day before`, `the year after`: one unit from the story's last date, when no noun follows
    // (`the day before the vote` counts from the vote, which is not a date).
    id: 'the-unit-before-after',
    pattern: 'the @unit w=before|after',
    build: (c, ctx) => {
      const unit = str(c, 'unit') as UnitCode;
      if (!CALENDAR_UNITS.has(unit) || ctx.toks[c.unit!.i]!.lower.endsWith('s')) return null;
      const next = ctx.toks[ctx.to];
      if (next && next.kind !== 'punct' && !/^(and|but|or|when|as|it|he|she|they|we|the)$/.test(next.lower)) return null;
      if (next?.lower === 'the') return null;
      return { kind: 'anaphoric', type: 'DATE', unit, n: str(c, 'w') === 'before' ? -1 : 1 };
    },
    examples: [['It opened in 2015. The year before, it had failed.', 'The year before', '2014'], ['It opened on March 3, 2015. The week after, it closed.', 'The week after', '2015-W11']],
    negatives: ['It closed the day before the vote.'],
  },
  {
    // `The attack began on 14 July. The night before, two battalions had crept forward`, `the morning after`: that part of
    // the day before or after the story's last date, when no noun follows (`the night before the vote`).
    id: 'the-part-of-day-before-after',
    pattern: 'the p=night|evening|morning|afternoon w=before|after',
    build: (c, ctx) => {
      const next = ctx.toks[ctx.to];
      if (next && next.kind !== 'punct' && !/^(and|but|or|when|as|it|he|she|they|we)$/.test(next.lower)) return null;
      return { kind: 'anaphoric', type: 'TIME', unit: 'D', n: str(c, 'w') === 'before' ? -1 : 1, time: podTime(PARTS_OF_DAY[str(c, 'p')!]!) };
    },
    examples: [['The attack began on 14 July 2021. The night before, the guns fell silent.', 'The night before', '2021-07-13TNI'],
      ['The party was on 2 May 2021. The morning after, nobody spoke.', 'The morning after', '2021-05-03TMO']],
    negatives: ['It rained the night before the vote.'],
  },
  {
    id: 'year-earlier-adj',
    pattern: 'the? comparable|corresponding? year -? w=earlier|ago @ord? -? quarter|half|period|month|week|day?',
    triggers: ['period', 'ago', 'quarter'],
    // The period under discussion a year before (`the year-ago quarter`, `year-earlier profit`, `the year-earlier first half`).
    build: (c, ctx) => {
      const q = num(c, 'ord');
      const yearBefore: Spec = { kind: 'anaphoric', type: 'DATE', unit: 'Y', n: -1 };
      const half = ctx.toks[ctx.to - 1]!.lower === 'half';
      if (half) return q === 1 || q === 2 ? { kind: 'quarter', type: 'DATE', half: q, yearSpec: yearBefore } : null;
      if (q !== undefined) return q >= 1 && q <= 4 ? { kind: 'quarter', type: 'DATE', q, yearSpec: yearBefore } : null;
      // As a bare adjective (`the [year-ago] results`) the article stays out.
      const bare = !/^(quarter|period|month|week|day)$/.test(ctx.toks[ctx.to - 1]!.lower);
      return { kind: 'anaphoric', type: 'DATE', unit: 'Y', n: -1, shift: 1, skip: bare && ctx.toks[ctx.from]!.lower === 'the' ? 1 : 0 };
    },
    examples: [['the year-earlier quarter', 'the year-earlier quarter', '2021'], ['Profit beat the year-earlier first half.', 'the year-earlier first half', '2021-H1']],
  },
  {
    id: 'anaphoric-unit',
    pattern: 'w=the|that|this same|following|next|previous|preceding|prior? @unit',
    build: (c, ctx) => {
      const unit = str(c, 'unit') as UnitCode;
      const toks = ctx.toks;
      const first = toks[ctx.from]!.lower;
      const second = toks[ctx.from + 1]!.lower;
      // `the following fortnight`: the two weeks from the story's date, as long as `the next fortnight`.
      if (unit === 'FN' && !toks[c.unit!.i]!.lower.endsWith('s') && first === 'the' && /^(following|next|previous|preceding|prior)$/.test(second)) return FORTNIGHT_SPAN;
      if (!CALENDAR_UNITS.has(unit) || toks[c.unit!.i]!.lower.endsWith('s')) return null;
      if (first === 'this') return null; // handled as deictic
      // `confirmed that next year's race`, `said that next week`: `that` is the conjunction before `next year` (deictic).
      if (first === 'that' && second === 'next') return null;
      if (first === 'the' && second === toks[c.unit!.i]!.lower) {
        // `the quarter`, `the week`: only quarters refer back reliably.
        return unit === 'Q' ? { kind: 'anaphoric', type: 'DATE', unit, n: 0 } : null;
      }
      const w = first === 'the' ? second : first;
      const ahead = spanAhead(unit, w, ctx);
      if (ahead) return ahead;
      // `On the same day the Moon's shadow ...`, after a year told in passing: the day the text last stated, as
      // `the same date` is.
      if (unit === 'D' && w === 'same') return { kind: 'anaphoric', type: 'DATE', unit, n: 0, statedDay: true };
      return { kind: 'anaphoric', type: 'DATE', unit, n: SHIFT[w] ?? 0 };
    },
    examples: [['the following day', 'the following day', '2022-01-08'], ['that year', 'that year', '2022'], ['the previous day', 'the previous day', '2022-01-06'],
      ['It flooded in May 2019. The following fortnight was dry.', 'The following fortnight', 'P2W']],
    negatives: ['He said that next year would be hard.'],
  },
  {
    // `From that date`, `on the same date`: the day the story last named.
    id: 'that-date',
    pattern: 'the? w=that|same date',
    triggers: ['date'],
    build: (c, ctx) => (ctx.toks[ctx.from]!.lower === 'the' && str(c, 'w') === 'that' ? null : { kind: 'anaphoric', type: 'DATE', unit: 'D', n: 0, statedDay: true }),
    examples: [['The law was passed on 3 January. From that date, fees rose.', 'that date', '2022-01-03'],
      ['The rules apply from 3 January, the start of the 2022/23 year. From that date, fees rise.', 'that date', '2022-01-03'], ['Both treaties were signed on the same date.', 'the same date', '2022-01-07']],
    negatives: ['up to date', 'a date for the meeting'],
  },
  {
    id: 'the-year',
    pattern: 'the w=full|fiscal|financial|current|calendar? year',
    triggers: ['current', 'fiscal', 'financial'],
    // `for the year` in a report is the current (fiscal) year; `the year ended March 31` a duration.
    build: (c, ctx) => {
      const next = ctx.toks[ctx.to];
      if (next && /^(ended|ending|to|through|before|after|of|in|when|that|which|earlier|ago|since|following|2|two)$/.test(next.lower)) {
        return /^(ended|ending|to|through)$/.test(next.lower) ? { kind: 'abs', type: 'DURATION', value: 'P1Y' } : null;
      }
      const prev = ctx.toks[ctx.from - 1]?.lower ?? '';
      if (!has(c, 'w') && !/^(for|during|in|of|throughout|over)$/.test(prev)) return null;
      return deictic('Y', 0);
    },
    examples: [['raised its forecast for the year, up from', 'the year', '2022'], ['in the year ended March 31', 'the year', 'P1Y']],
    negatives: ['the year before'],
  },
  {
    id: 'year-period',
    pattern: 'the @year fiscal? quarter|period',
    triggers: ['period', 'fiscal', 'quarter'],
    // `the 1988 quarter`: the quarter under discussion, in that year.
    build: (c) => ({ kind: 'quarter', type: 'DATE', year: num(c, 'year')! }),
    examples: [['In the third quarter, sales rose from the 1988 quarter.', 'the 1988 quarter', '1988-Q3']],
  },
  {
    id: 'months-quarter',
    pattern: 'the? a=@month -|to|through b=@month quarter|period',
    triggers: ['period', 'quarter'],
    build: (c) => {
      const a = num(c, 'a')!, b = num(c, 'b')!;
      return b - a === 2 && a % 3 === 1 ? { kind: 'quarter', type: 'DATE', q: (a + 2) / 3 } : null;
    },
    examples: [['profit for the July-September quarter rose', 'the July-September quarter', '2021-Q3']],
  },
  {
    id: 'latest-period',
    pattern: 'the latest|most recent? fiscal? quarter|period|year',
    triggers: ['period', 'fiscal', 'quarter'],
    // The latest reported period is the last one completed before publication.
    build: (c, ctx) => deictic(ctx.toks[ctx.to - 1]!.lower === 'year' ? 'Y' : 'Q', -1),
    examples: [['in the latest quarter', 'the latest quarter', '2021-Q4']],
  },
  {
    id: 'the-weekend',
    // (`the holiday weekend`, `the long weekend`, `the bank holiday weekend`: the weekend, longer.)
    pattern: 'the|this|last|next bank? holiday|long? weekend',
    build: (c, ctx) => {
      const w = ctx.toks[ctx.from]!.lower;
      return { kind: 'weekday', type: 'DATE', dow: 6, weekend: true, shift: w === 'the' ? undefined : SHIFT[w] };
    },
    examples: [['police said over the weekend', 'the weekend', '2021-W52-WE'], ['They will rest over the weekend.', 'the weekend', '2022-W01-WE'],
      ['No deal is expected before the holiday weekend.', 'the holiday weekend', '2022-W01-WE']],
  },
  {
    id: 'spoken-year',
    pattern: 'the? year? @spokenyear',
    build: (c, ctx) => {
      // A year in words follows `the year` or a preposition (`in nineteen ninety-six`); elsewhere it
      // is a count (`has twelve hundred students`).
      const prev = ctx.toks[ctx.from - 1]?.lower ?? '';
      const year = num(c, 'spokenyear')!;
      // Round ones (`twelve hundred`, `two thousand`) read as counts unless so introduced.
      if (year % 100 === 0 && ctx.toks[ctx.from]!.lower !== 'the' && ctx.toks[ctx.from]!.lower !== 'year' && !SPOKEN_YEAR_OPENERS.has(prev)) return null;
      return { kind: 'abs', type: 'DATE', value: String(year) };
    },
    examples: [['in nineteen ninety-six', 'nineteen ninety-six', '1996'], ['by the year two thousand', 'the year two thousand', '2000'], ['between nineteen ninety and nineteen ninety-five', 'nineteen ninety-five', '1995'],
      ['It closed in two-thousand ten.', 'two-thousand ten', '2010']],
    negatives: ['The academy has twelve hundred students.', 'About two thousand people came.'],
  },
  {
    id: 'spoken-year-attributive',
    pattern: 'a @spokenyear',
    build: (c) => (num(c, 'spokenyear')! % 100 === 0 ? null : { kind: 'abs', type: 'DATE', value: String(num(c, 'spokenyear')), skip: 1 }),
    examples: [['a nineteen ninety-seven attack', 'nineteen ninety-seven', '1997']],
  },
  {
    id: 'the-year-number',
    pattern: 'the year @year',
    build: (c) => ({ kind: 'abs', type: 'DATE', value: String(num(c, 'year')) }),
  },
  {
    // `this past weekend`, `this coming Tuesday`: `this` only stresses `past`/`coming`.
    id: 'this-past-coming',
    pattern: 'this w=past|coming @weekday|@unit|@season|@month',
    triggers: ['past'],
    build: (c, ctx) => {
      const shift = SHIFT[str(c, 'w')!] ?? 0;
      if (has(c, 'weekday')) return { kind: 'weekday', type: 'DATE', dow: num(c, 'weekday')!, shift };
      if (has(c, 'season')) return { kind: 'season', type: 'DATE', season: str(c, 'season')!, shift };
      if (has(c, 'month')) return { kind: 'month', type: 'DATE', month: num(c, 'month')!, shift };
      const unit = str(c, 'unit') as UnitCode;
      if (ctx.toks[c.unit!.i]!.lower.endsWith('s')) return null;
      if (unit === 'FN') return FORTNIGHT_SPAN;
      if (!CALENDAR_UNITS.has(unit)) return null;
      return deictic(unit, shift);
    },
    examples: [['Fighting resumed this past weekend.', 'this past weekend', '2021-W52-WE'], ['Talks resume this coming Tuesday.', 'this coming Tuesday', '2022-01-11'],
      ['The pool stays shut this coming fortnight.', 'this coming fortnight', 'P2W'], ['Crops failed this past summer.', 'this past summer', '2021-SU'],
      ['The vote is this coming March.', 'this coming March', '2022-03']],
  },
  {
    id: 'weekday',
    pattern: 'w=last|next|this|past|coming? @weekday',
    triggers: ['past'],
    build: (c, ctx) => {
      const w = str(c, 'w');
      // `The Saturday Match`, `the Monday Club`: after `the` and before a capitalized noun, a name's word.
      const next = ctx.toks[ctx.to];
      if (w === undefined && ctx.toks[ctx.from - 1]?.lower === 'the' && next?.kind === 'word' && next.capital && next.gap > 0 && !next.newline
        && MONTHS[next.lower] === undefined && !/^(?:morning|afternoon|evening|night)$/i.test(next.text)) return null;
      // `the Palm Sunday procession`: the weekday of a feast's name is no bare weekday, even where the name dates nothing.
      const before = ctx.toks[ctx.from - 1];
      if (w === undefined && before?.kind === 'word' && before.capital && namesFeastWithWeekday(before.text, ctx.toks[c.weekday!.i]!.text)) return null;
      if (w === undefined && indefinite(ctx)) return { kind: 'abs', type: 'DATE', value: `XXXX-WXX-${num(c, 'weekday')!}`, note: SOME_DAY };
      // `added its Sunday gospel program`, `their Friday meetings`: after a possessive and before a noun, a kind of thing.
      if (w === undefined && POSSESSIVES.has(ctx.toks[ctx.from - 1]?.lower ?? '') && next?.kind === 'word' && !next.capital && !next.newline
        && !FUNCTION_WORDS.has(next.lower) && PARTS_OF_DAY[next.lower] === undefined) return null;
      // `can't stay past Friday`, `working past Tuesday`: after a word that is no determiner, `past` is a preposition, not
      // the deictic of `the past Friday`: the weekday is read as a bare one, its clause's tense telling which.
      if (w === 'past' && isPastPreposition(ctx.toks, ctx.from)) {
        return { kind: 'weekday', type: 'DATE', dow: num(c, 'weekday')!, skip: 1 };
      }
      const spec: Spec = { kind: 'weekday', type: 'DATE', dow: num(c, 'weekday')!, shift: w === undefined ? undefined : (SHIFT[w] ?? 0), ...(w === 'next' ? { nextWeek: true } : {}) };
      // `Thursday's closing price`, `Friday's attack`: a possessive weekday names what has happened.
      if (w === undefined && /^['’]$/.test(ctx.toks[ctx.to]?.text ?? '') && ctx.toks[ctx.to + 1]?.lower === 's') spec.looksBack = true;
      return spec;
    },
    examples: [['The talks ended on Friday.', 'Friday', '2022-01-07'], ['I cannot stay past Sunday.', 'Sunday', '2022-01-09'], ['He stayed past Wednesday.', 'Wednesday', '2022-01-05'], ['He declared it on Wednesday.', 'Wednesday', '2022-01-05'], ['They will meet on Monday.', 'Monday', '2022-01-10'], ['last Tuesday', 'last Tuesday', '2022-01-04'], ["Shares are worth 24% more than Thursday's closing price.", 'Thursday', '2022-01-06'],
      ['The shop opened on a Saturday in March 1986.', 'Saturday', 'XXXX-WXX-6'], ['The board voted on Wed and left.', 'Wed', '2022-01-05']],
    negatives: ['He worked on Sun Microsystems servers.', '14:00 The Saturday Match: live commentary.', 'The club added its Sunday gospel program.', 'The Palm Sunday procession leaves the church.'],
  },
  {
    // `on Tuesday week`, `Thursday fortnight` (British): a week or two on from the coming such weekday.
    id: 'weekday-week',
    pattern: '@weekday w=week|fortnight',
    triggers: ['week', 'fortnight'],
    build: (c, ctx) => {
      const w = ctx.toks[c.w!.i]!;
      const after = ctx.toks[ctx.to];
      if (w.text !== w.lower || w.gap === 0 || (after && after.gap === 0 && (after.text === '-' || after.kind !== 'punct')) || (after && !after.newline && after.kind === 'word' && !FUNCTION_WORDS.has(after.lower))) return null;
      return { kind: 'weekday', type: 'DATE', dow: num(c, 'weekday')!, shift: 1, offset: { n: str(c, 'w') === 'week' ? 1 : 2, unit: 'W' } };
    },
    examples: [['The vote is on Tuesday week.', 'Tuesday week', '2022-01-18'], ['They meet again Thursday fortnight.', 'Thursday fortnight', '2022-01-27']],
    negatives: ['On Tuesday week-long talks began.', 'It was Sunday week two of the strike.'],
  },
  {
    // `a week on Tuesday`, `a fortnight on Saturday`, `two weeks on Friday` (British): that long on from the coming such
    // weekday. Not after a word that makes the amount a rate or a stay (`once a week on Tuesday`, `for a week on Monday`),
    // nor before a possessive (`a week on Friday's figures`).
    id: 'amount-on-weekday',
    pattern: '@count -? u=week|weeks|fortnight|fortnights on @weekday',
    triggers: ['week', 'weeks', 'fortnight', 'fortnights'],
    build: (c, ctx) => {
      const n = num(c, 'count');
      const fortnight = str(c, 'u')!.startsWith('fortnight');
      const weeks = n === undefined || !Number.isInteger(n) || n < 1 || n > 4 ? 0 : fortnight ? 2 * n : n;
      const before = ctx.toks[ctx.from - 1]?.lower ?? '';
      const after = ctx.toks[ctx.to];
      if (!weeks || STAY_OR_RATE_BEFORE.has(before) || (after && after.gap === 0 && /^['’]$/.test(after.text))) return null;
      return { kind: 'weekday', type: 'DATE', dow: num(c, 'weekday')!, shift: 1, offset: { n: weeks, unit: 'W' } };
    },
    examples: [['The new rota starts a fortnight on Saturday.', 'a fortnight on Saturday', '2022-01-22'], ['We shall know a week on Tuesday.', 'a week on Tuesday', '2022-01-18'],
      ['Term resumes two weeks on Monday.', 'two weeks on Monday', '2022-01-24']],
    negatives: ['The class meets once a week on Tuesday.', 'He was away for a week on Monday.', 'She spent a week on Friday\'s figures.'],
  },
  {
    // `the search enters its third day`, `today is the eighth day of the blockade`, `the strike is in its second week`:
    // an ordinal day or week of a happening, said in the present, is the day or week of writing. (Said in the past it
    // counts from a start the text may not give; a date as the subject, `Friday is the last day`, names it itself.)
    id: 'nth-day-of-happening',
    // (The row starts at the ordinal, rarer than `the`; a leading `the` joins the match, `its` stays outside.)
    pattern: 'the? n=@ord u=day|week|month',
    build: (c, ctx) => {
      const detAt = ctx.toks[ctx.from]!.lower === 'the' ? ctx.from : ctx.from - 1;
      if (ctx.toks[detAt]?.lower !== 'its' && ctx.toks[detAt]?.lower !== 'the') return null;
      let verb = ctx.toks[detAt - 1]?.lower === 'in' ? detAt - 2 : detAt - 1;
      if (ctx.toks[verb]?.lower === 'now') verb--;
      const v = ctx.toks[verb];
      // `the first day trader`: a noun after it makes the phrase a modifier.
      const after = ctx.toks[ctx.to];
      if (after && !after.newline && after.kind === 'word' && !FUNCTION_WORDS.has(after.lower)) return null;
      const present = v !== undefined && (/^(?:is|enters|entering|marks|marking|into|begins|starts)$/.test(v.lower) || (v.lower === 's' && /^['’]$/.test(ctx.toks[verb - 1]?.text ?? '')));
      if (!present || num(c, 'n')! < 1) return null;
      const subject = ctx.toks[v.lower === 's' ? verb - 2 : verb - 1];
      if (subject && (WEEKDAYS[subject.lower] !== undefined || subject.kind === 'num' || subject.lower === 'tomorrow' || subject.lower === 'yesterday')) return null;
      // `the third day of the month` is a day of the calendar (row nth-unit-of-period).
      if (/^(?:the|this|next|last)$/.test(ctx.toks[ctx.to + 1]?.lower ?? '') && /^(?:month|year|week)$/.test(ctx.toks[ctx.to + 2]?.lower ?? '') && ctx.toks[ctx.to]?.lower === 'of') return null;
      const unit = ({ day: 'D', week: 'W', month: 'M' } as const)[str(c, 'u') as 'day' | 'week' | 'month'];
      return deictic(unit, 0);
    },
    examples: [['The search enters its third day.', 'third day', '2022-01-07'], ['Today is the eighth day of the blockade.', 'the eighth day', '2022-01-07'],
      ["It's the second week of the strike.", 'the second week', '2022-W01'], ['The walkout is now in its fourth month.', 'fourth month', '2022-01']],
    negatives: ['It was the second day of the siege.', 'Friday is the last day of trading.', 'the third day of the month', 'He is the first day trader here.'],
  },
  {
    // `on Friday last`, `Thursday next` (formal and British): the weekday before or after, as `last Friday` is read.
    // Not before a noun, which makes `last`/`next` its own (`Friday last week`, `Monday next term`).
    id: 'weekday-last-next',
    pattern: '@weekday w=last|next',
    build: (c, ctx) => {
      const after = ctx.toks[ctx.to];
      if (after && !after.newline && after.kind !== 'punct' && !FUNCTION_WORDS.has(after.lower)) return null;
      return { kind: 'weekday', type: 'DATE', dow: num(c, 'weekday')!, shift: SHIFT[str(c, 'w')!] ?? 0, ...(str(c, 'w') === 'next' ? { nextWeek: true } : {}) };
    },
    examples: [['He called on Friday last.', 'Friday last', '2021-12-31'], ['The board meets on Monday next to decide.', 'Monday next', '2022-01-10']],
    negatives: ['on Friday last week', 'by Monday next term'],
  },
  {
    // `on this date` (in an almanac column, `On this date in 1969`): today; the `on` stays outside, as for days.
    id: 'this-date',
    pattern: 'on this date',
    triggers: ['date'],
    build: () => ({ ...deictic('D', 0), skip: 1 }),
    examples: [['It made the news on this date.', 'this date', '2022-01-07']],
    negatives: ['No trial has been set at this date.'],
  },
  {
    // `by midweek`, `prices dipped mid-week`: the Wednesday of the week, as a weekday is read.
    id: 'midweek',
    pattern: 'w=midweek|mid -? week?',
    triggers: ['midweek', 'mid'],
    build: (c, ctx) => {
      const last = ctx.toks[ctx.to - 1]!.lower;
      if (ctx.toks[ctx.to]?.lower === 'of' || (str(c, 'w') === 'mid') !== (last === 'week')) return null;
      return { kind: 'weekday', type: 'DATE', dow: 3 };
    },
    examples: [['Winds will ease by midweek.', 'midweek', '2022-01-12'], ['Prices dipped mid-week.', 'mid-week', '2022-01-05']],
  },
  {
    // `the following Tuesday`, `the previous Friday`: the first such weekday after (before) the story's last day, or
    // the publication date when the text has named none.
    id: 'weekday-anaphoric',
    pattern: 'the w=following|previous|preceding @weekday',
    triggers: ['following', 'previous', 'preceding'],
    build: (c) => ({ kind: 'weekday', type: 'DATE', dow: num(c, 'weekday')!, anaphor: str(c, 'w') === 'following' ? 1 : -1 }),
    examples: [['The council met on Monday 3 January. The vote came the following Thursday.', 'the following Thursday', '2022-01-06'],
      ['Shares fell 4.5% from the previous Friday.', 'the previous Friday', '2021-12-31']],
  },
  {
    // `two Fridays ago`: the second Friday back (the last one, a week before it, ...).
    id: 'weekdays-ago',
    pattern: '@count w=mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays ago',
    triggers: ['ago'],
    build: (c) => {
      const n = num(c, 'count')!;
      const dow = ['mondays', 'tuesdays', 'wednesdays', 'thursdays', 'fridays', 'saturdays', 'sundays'].indexOf(str(c, 'w')!) + 1;
      return Number.isInteger(n) && n >= 2 && n <= 10 ? { kind: 'weekday', type: 'DATE', dow, shift: -1, offset: { n: -(n - 1), unit: 'W' } } : null;
    },
    examples: [['He left two Fridays ago.', 'two Fridays ago', '2021-12-24']],
  },
  {
    // `the week before last`, `the year before last`: two back.
    id: 'unit-before-last',
    pattern: 'the u=week|month|year before last',
    triggers: ['last'],
    build: (c) => deictic(str(c, 'u') === 'week' ? 'W' : str(c, 'u') === 'month' ? 'M' : 'Y', -2),
    examples: [['It happened the week before last.', 'the week before last', '2021-W51'], ['Sales fell the year before last.', 'the year before last', '2020']],
  },
  {
    id: 'weekday-pod',
    pattern: 'w=last|next|this? @weekday early|late? @pod',
    build: (c, ctx) => {
      const time = podTime(str(c, 'pod')!);
      // `one Monday morning`, `on a Friday night`: some such day, not a date.
      if (!has(c, 'w') && indefinite(ctx)) return { kind: 'abs', type: 'TIME', value: `XXXX-WXX-${num(c, 'weekday')!}${time}`, note: SOME_DAY };
      // `Tuesday nights`: with a plural part of day, that part of every such weekday.
      if (!has(c, 'w') && ctx.toks[c.pod!.i]!.lower.endsWith('s') && /^T[A-Z]{2}$/.test(time)) return { kind: 'abs', type: 'SET', value: `XXXX-WXX-${num(c, 'weekday')!}${time}` };
      return { kind: 'weekday', type: 'TIME', dow: num(c, 'weekday')!, time, shift: has(c, 'w') ? SHIFT[str(c, 'w')!] : undefined, ...(str(c, 'w') === 'next' ? { nextWeek: true } : {}) };
    },
    examples: [['Protests began Sunday evening.', 'Sunday evening', '2022-01-02TEV'], ['Saturday night', 'Saturday night', '2022-01-08TNI'], ['The show airs on Tuesday nights.', 'Tuesday nights', 'XXXX-WXX-2TNI'], ['It began one Monday morning in 1962.', 'Monday morning', 'XXXX-WXX-1TMO']],
  },
  {
    // `before dark`, `until after dark`, `by dark`: nightfall of the day told (not `after dark days`, `before dark clouds`);
    // `before daylight`, `at daylight` (older print): daybreak of the day told (not `in daylight`, `by daylight robbery`).
    id: 'dark',
    pattern: 'p=before|after|until|till|by|at w=dark|daylight',
    triggers: ['dark', 'daylight'],
    build: (c, ctx) => {
      const after = ctx.toks[ctx.to];
      const light = str(c, 'w') === 'daylight';
      if (after && !after.newline && after.kind === 'word' && !FUNCTION_WORDS.has(after.lower)) return null;
      if (!light && str(c, 'p') === 'at') return null;
      return { kind: 'pod', type: 'TIME', time: podTime(light ? PARTS_OF_DAY.daybreak! : PARTS_OF_DAY.nightfall!), skip: 1, ...(light ? { daybreak: true } : {}) };
    },
    examples: [['On Friday the crews worked until dark.', 'dark', '2022-01-07TEV'], ['The fires jumped the line before dark.', 'dark', '2022-01-07TEV'],
      ['The brig went to pieces before daylight.', 'daylight', '2022-01-07TMO']],
    negatives: ['They came through after dark days of war.', 'It rained before dark clouds lifted.', 'It was a daylight robbery.', 'They met at dark.', 'by daylight saving time'],
  },
  {
    id: 'part-of-day',
    pattern: 'the? early|late|wee|mid? -? @pod hours?',
    // Joined to its date by combine.ts (`the early morning hours of Friday`); alone, kept only after
    // a preposition of time (`around midday`, `through the night`) as a time of the anchor day.
    build: (c, ctx) => {
      const w = ctx.toks[ctx.from]!.lower === 'the' ? ctx.toks[ctx.from + 1]!.lower : ctx.toks[ctx.from]!.lower;
      const mod = w === 'early' ? 'START' : w === 'late' ? 'END' : undefined;
      const daybreak = DAYBREAK_WORDS.has(ctx.toks[c.pod!.i]!.lower);
      return { kind: 'pod', type: 'TIME', time: podTime(str(c, 'pod')!), ...(mod ? { mod } : {}), ...(daybreak ? { daybreak } : {}) };
    },
    examples: [['crews worked through the night.', 'the night', '2022-01-07TNI'], ['it will pass around midday.', 'midday', '2022-01-07T12:00'],
      ['The storm hit late afternoon.', 'late afternoon', '2022-01-07TAF'], ['Fog lingered in the early morning.', 'the early morning', '2022-01-07TMO'],
      ['On the night of 3 March 1941 she struck a mine. The crew kept her afloat until dawn.', 'dawn', '1941-03-04TMO']],
  },
  {
    // `in the early hours`, `the small hours of Sunday`: the first hours of a day, a morning's start.
    id: 'small-hours',
    pattern: 'the early|small|wee hours',
    triggers: ['hours'],
    build: () => ({ kind: 'pod', type: 'TIME', time: podTime('MO'), mod: 'START' }),
    examples: [['A fire broke out in the early hours.', 'the early hours', '2022-01-07TMO'], ['Police were called in the small hours of Sunday.', 'the small hours of Sunday', '2022-01-02TMO']],
  },
  {
    // `Day 3.`, `Day 12 -` opening a line (a diary's, a trip's count), or `on day 3` of a count a date began
    // (`admitted on 11 August (day 1)`): resolved by the tagger from the day the text stated before its day 1; without
    // such a day 1, no date.
    id: 'day-count',
    pattern: 'w=day @int',
    triggers: ['day'],
    build: (c, ctx) => {
      const day = ctx.toks[ctx.from]!;
      const next = ctx.toks[ctx.to];
      const n = num(c, 'int')!;
      if (n < 1 || n > 400 || ctx.toks[c.int!.i]!.text.length > 3) return null;
      const heading = day.capital && (ctx.from === 0 || day.newline) && (!next || next.newline || DAY_COUNT_MARKS.has(next.text));
      return { kind: 'anaphoric', type: 'DATE', unit: 'D', n: n - 1, dayCount: { n, heading } };
    },
    examples: [['We flew out on 3 January.\nDay 1. We landed at dawn.\nDay 2: We walked on.', 'Day 2', '2022-01-04'],
      ['She was admitted on 2 January (day 1). On day 3 she was moved to intensive care.', 'day 3', '2022-01-04']],
    negatives: ['It was day 3 of the strike.', 'Day 4 of the trial began.'],
  },
  {
    // `on the twenty-fifth anniversary of the earthquake`, `the 50th anniversary of the crash`: years on from the day the
    // text stated for that happening (special-readings.ts); an anniversary of something the text gave no day is no date.
    id: 'anniversary',
    pattern: 'the n=@ord anniversary',
    triggers: ['anniversary'],
    build: (c, ctx) => {
      const n = num(c, 'n')!;
      if (!Number.isInteger(n) || n < 1 || n > 1000) return null;
      // (The happening's word: `of the earthquake`, `of the crash`, `of its founding`.)
      const of = ctx.toks[ctx.to]?.lower === 'of' ? ctx.to + 1 : -1;
      const at = of >= 0 && /^(?:the|its|their|his|her|this|that)$/.test(ctx.toks[of]?.lower ?? '') ? of + 1 : of;
      const word = at >= 0 ? ctx.toks[at] : undefined;
      const topic = word && word.kind === 'word' && word.lower.length >= 4 ? word.lower : null;
      return { kind: 'abs', type: 'DATE', value: '', anniversary: { n, topic } };
    },
    examples: [['The Vajont dam disaster struck on 9 October 1963. A memorial was unveiled on the 50th anniversary of the disaster.', 'the 50th anniversary', '2013-10-09']],
    negatives: ['The city marks the 25th anniversary of the fall of the wall.'],
  },
  {
    // `the day after the crash`, `on the night before the vote`: the day next to the one the text stated for a happening
    // it names (special-readings.ts), not to a date (`the day after Christmas` pairs in combine.ts).
    id: 'day-next-to-happening',
    pattern: 'the? u=day|night|morning|evening|afternoon w=after|before the n=@happening',
    build: (c, ctx) => {
      // (One noun, not the start of a longer phrase: `the day after the first vote`, `the night before the vote count`.)
      const after = ctx.toks[ctx.to];
      if (after && after.kind === 'word' && !after.capital && !FUNCTION_WORDS.has(after.lower)) return null;
      const u = str(c, 'u')!;
      const time = u === 'day' ? undefined : podTime(PARTS_OF_DAY[u]!);
      return { kind: 'abs', type: time ? 'TIME' : 'DATE', value: '', nextToHappening: { n: str(c, 'w') === 'after' ? 1 : -1, topic: str(c, 'n')!, ...(time ? { time } : {}) } };
    },
    examples: [['A landslide hit the village on 4 June 2011. The day after the landslide, the road reopened.', 'The day after the landslide', '2011-06-05']],
    negatives: ['The day after the first vote, talks resumed.'],
  },
  {
    // `On the third day the wind dropped`, `by the second night`, `on the fourth morning`: an ordinal day of a scene a
    // story told, counted from the day the text stated last (special-readings.ts); with none, no date.
    // `the third day of the month` is a day of the calendar, and `the first day of the trial` names its own start.
    id: 'nth-day-of-scene',
    pattern: 'p=on|by|until|till|during|through the n=@ord u=day|night|morning|evening|afternoon',
    build: (c, ctx) => {
      const n = num(c, 'n')!;
      if (!Number.isInteger(n) || n < 1 || n > 30 || ctx.toks[ctx.to]?.lower === 'of' || ctx.toks[c.n!.i]!.kind !== 'word') return null;
      const after = ctx.toks[ctx.to];
      if (after && !after.newline && after.kind === 'word' && !FUNCTION_WORDS.has(after.lower) && !after.capital) return null;
      const u = str(c, 'u')!;
      const time = u === 'day' ? undefined : podTime(PARTS_OF_DAY[u]!);
      return { kind: 'anaphoric', type: time ? 'TIME' : 'DATE', unit: 'D', n: n - 1, time, skip: 1, dayCount: { n, heading: false, ordinal: true } };
    },
    examples: [['We landed on 3 January. On the third day the wind dropped.', 'the third day', '2022-01-05'],
      ['We landed on 3 January. By the second night the stores were low.', 'the second night', '2022-01-04TNI']],
    negatives: ['It rained on the third day of the month.', 'On the second day trip we left early.'],
  },
  {
    // `on the evening of the second day`, `by the morning of the third day`: a part of an ordinal day of a scene, counted
    // as `nth-day-of-scene` counts (`the morning of the second day of the trial` names its own start).
    id: 'part-of-nth-day-of-scene',
    pattern: 'p=on|by|until|till|during|through the u=night|morning|evening|afternoon of the n=@ord day',
    build: (c, ctx) => {
      const n = num(c, 'n')!;
      if (!Number.isInteger(n) || n < 2 || n > 30 || ctx.toks[ctx.to]?.lower === 'of' || ctx.toks[c.n!.i]!.kind !== 'word') return null;
      const time = podTime(PARTS_OF_DAY[str(c, 'u')!]!);
      return { kind: 'anaphoric', type: 'TIME', unit: 'D', n: n - 1, time, skip: 1, dayCount: { n, heading: false, ordinal: true } };
    },
    examples: [['The talks opened on 3 January. On the evening of the second day the delegates walked out.', 'the evening of the second day', '2022-01-04TEV']],
    negatives: ['The fair ends on the evening of the third day of the festival.'],
  },
  {
    // A diary's or a letter's day without its month: `Monday 7th`, `Tues 8th` (the month the text has reached, or the
    // nearest one where the day falls on that weekday).
    id: 'weekday-ordinal-day',
    pattern: '@weekday ,? @day',
    build: (c, ctx) => {
      if (c.day!.len !== 2) return null; // `Monday 7th`, not `Monday 7`
      const next = ctx.toks[ctx.to];
      if (next && next.kind === 'word' && (MONTHS[next.lower] !== undefined || next.lower === 'of')) return null; // the month rows'
      return { kind: 'ordday', type: 'DATE', day: num(c, 'day')!, dow: num(c, 'weekday')! };
    },
    examples: [['Notes, January 2022\nMonday 3rd\nRain all day.', 'Monday 3rd', '2022-01-03'], ['We met on Tues 4th.', 'Tues 4th', '2022-01-04']],
  },
  {
    // The commercial letter's `the 20th ult.` (last month), `the 1st inst.` (this month), `the 3rd prox.` (next month).
    id: 'ordinal-day-ult-inst',
    pattern: 'the? @day w=ult|ulto|inst|instant|prox|proximo .?',
    triggers: ['ult', 'ulto', 'inst', 'instant', 'prox', 'proximo'],
    build: (c) => {
      const w = str(c, 'w')!;
      return { kind: 'ordday', type: 'DATE', day: num(c, 'day')!, shift: w.startsWith('ult') ? -1 : w.startsWith('inst') ? 0 : 1 };
    },
    examples: [['I have yours of the 20th ult., and thank you.', 'the 20th ult.', '2021-12-20'], ['The ship sailed on the 1st inst.', 'the 1st inst.', '2022-01-01']],
  },
  {
    id: 'ordinal-day',
    pattern: 'the @day',
    build: (c, ctx) => {
      if (c.day!.len !== 2) return null; // `the 9th`, not `the 9`
      const t = ctx.toks[ctx.to];
      // `the 9th floor` is no date; before a determiner or a pronoun (`on the 15th the army`, `by the 9th they`) the phrase has ended.
      // (After `the morning of`, `the night of`, the ordinal is a day even before a capitalized word: `on the morning of the
      // 22nd Harlian infantry broke through`.)
      // (Not before a unit's own noun: `the night of the 3rd Battalion's raid`.)
      // (So after a part of the day and `on`: `at dawn on the 19th Confederate artillery opened fire`.)
      const dayOfPart = /^(?:of|on)$/.test(ctx.toks[ctx.from - 1]?.lower ?? '') && PARTS_OF_DAY[ctx.toks[ctx.from - 2]?.lower ?? ''] !== undefined && t?.capital === true
        && !NUMBERED_NAME_NOUNS.has(t.lower);
      if (t && t.kind === 'word' && !dayOfPart && !/^(of|and|but|or|so|yet|to|that|when|while|as|because|though|although|in|at|by|before|after|until|for|from|with|the|a|an|his|her|its|their|our|my|your|he|she|it|they|we|i|you)$/.test(t.lower)) return null;
      return { kind: 'ordday', type: 'DATE', day: num(c, 'day')! };
    },
    examples: [['on the 5th, police said', 'the 5th', '2022-01-05'], ['Rain fell all week, and on the 4th the river burst its banks.', 'the 4th', '2022-01-04'],
      ['I was offered a flat on the 3rd but turned it down.', 'the 3rd', '2022-01-03'], ['Rain fell all week, and on the 14th the river burst its banks.', 'the 14th', '2021-12-14'],
      ['Thanks for your letter of the 28th.', 'the 28th', '2021-12-28'], ['I will be in Leeds on the 3rd.', 'the 3rd', '2022-02-03'], ['The firm said on the 2nd that sales rose.', 'the 2nd', '2022-01-02'],
      ['At dawn on the 5th Federal guns opened fire.', 'dawn on the 5th', '2022-01-05TMO']],
    negatives: ['the 9th floor', 'the 15th time', 'the 50th anniversary', 'At dawn the 5th Regiment moved up.', 'By night on the 3rd Battalion front it was quiet.'],
  },
  {
    id: 'clock',
    pattern: '@clock @ampm? @tz?',
    build: (c, ctx) => {
      let minutes = num(c, 'clock')!;
      const ap = num(c, 'ampm');
      // `finished in 2:03:45`: hours, minutes and seconds after `in` are a race time, a duration.
      if (c.clock!.len >= 5 && ap === undefined && !has(c, 'tz') && /^(in|of|time)$/.test(ctx.toks[ctx.from - 1]?.lower ?? '')) {
        const sec = Number(ctx.toks[c.clock!.i + 4]!.text);
        return { kind: 'abs', type: 'DURATION', value: `PT${Math.floor(minutes / 60)}H${minutes % 60}M${sec}S` };
      }
      // `with 8:12 left in the fourth`, `2:05 remaining`, `4:30 to play`: a game clock counts down, no time of day.
      const after = ctx.toks[ctx.to];
      if (ap === undefined && !has(c, 'tz') && after && (after.lower === 'left' || after.lower === 'remaining'
        || (after.lower === 'to' && /^(?:go|play)$/.test(ctx.toks[ctx.to + 1]?.lower ?? '')))) return null;
      if (ap !== undefined) {
        if (minutes >= 13 * 60) return null;
        minutes = (minutes % 720) + ap * 60;
      }
      // `10:30:15 GMT`, `20:29:29.79`: seconds and their fraction stay.
      if (c.clock!.len >= 5 && Number(ctx.toks[c.clock!.i + 4]!.text) > 59) return null;
      // The zone stays as an offset (`…T10:30:15Z`, `…T11:00+02:45`).
      return { kind: 'clock', type: 'TIME', time: `T${formatHm(minutes)}${clockSeconds(c, ctx)}`, ...zoneOf(c) };
    },
    examples: [['at 07:06 PM', '07:06 PM', '2022-01-07T19:06'], ['10:30 local time', '10:30 local time', '2022-01-07T10:30'], ['won the marathon in 2:03:45', '2:03:45', 'PT2H3M45S'],
      ['The quake struck at 10:30:15 GMT.', '10:30:15 GMT', '2022-01-07T10:30:15Z'], ['The polls close at 8:00 p.m. EST.', '8:00 p.m. EST', '2022-01-07T20:00-05:00'],
      ['Trading resumed at 14:20 +0530.', '14:20 +0530', '2022-01-07T14:20+05:30'], ['The feed went live at 06:45 UTC+02:45.', '06:45 UTC+02:45', '2022-01-07T06:45+02:45'],
      ['The launch is set for 11:30 ET.', '11:30 ET', '2022-01-07T11:30-05:00'], ['The stamp read 18:02:07.35 in the log.', '18:02:07.35', '2022-01-07T18:02:07.35'],
      ['posted 16:05 (gmt-3:30).', '16:05 (gmt-3:30)', '2022-01-07T16:05-03:30'], ['We land at 9.45 tomorrow.', '9.45 tomorrow', '2022-01-08T09:45'],
      ['The ferry sails at 19:10 Pacific Time.', '19:10 Pacific Time', '2022-01-07T19:10-08:00'], ['The vote closed at 21:00 GMT+0100 (BST).', '21:00 GMT+0100 (BST)', '2022-01-07T21:00+01:00']],
    negatives: ['Shares closed at 12.30 on Friday.', 'The rate stood at 8.15 percent.', 'It rose at 2.45 a share.', 'He scored with 8:12 left in the fourth.',
      'They led with 1:45 to play.'],
  },
  {
    // `3:30 in the afternoon`, `10:15 at night`: the part of the day picks the half of the clock.
    id: 'clock-part-of-day',
    pattern: '@clock in|at the? p=morning|afternoon|evening|night',
    build: (c) => {
      const minutes = num(c, 'clock')!;
      if (c.clock!.len !== 3 || minutes >= 13 * 60 || minutes < 60) return null;
      return { kind: 'clock', type: 'TIME', time: `T${formatHm(dayHalf(minutes, str(c, 'p')))}` };
    },
    examples: [['Around 3:30 in the afternoon it rained.', '3:30 in the afternoon', '2022-01-07T15:30'], ['at 10:15 at night', '10:15 at night', '2022-01-07T22:15']],
    negatives: ['at 3:30 in March'],
  },
  {
    id: 'military-time',
    pattern: '@int @tz',
    // `1330 GMT`: four digits with a time zone are a 24-hour clock time; so are two glued to a capital `Z`, the hour of
    // a forecast or a flight plan (`through 18Z`), or before `UTC` or `GMT` (`at 06 UTC`).
    build: (c, ctx) => {
      const t = ctx.toks[c.int!.i]!.text;
      const zone = ctx.toks[c.int!.i + 1]!;
      if (t.length === 2 && ((zone.text === 'Z' && zone.gap === 0) || zone.lower === 'utc' || zone.lower === 'gmt') && Number(t) < 24) {
        return { kind: 'clock', type: 'TIME', time: `T${formatHm(Number(t) * 60)}`, ...zoneOf(c) };
      }
      if (t.length !== 4) return null;
      const h = Number(t.slice(0, 2)), mi = Number(t.slice(2));
      return h < 24 && mi < 60 ? { kind: 'clock', type: 'TIME', time: `T${formatHm(h * 60 + mi)}`, ...zoneOf(c) } : null;
    },
    examples: [['by 1330 GMT', '1330 GMT', '2022-01-07T13:30Z'], ['filed at 0915EDT', '0915EDT', '2022-01-07T09:15-04:00'],
      ['Fog lifts after 15Z.', '15Z', '2022-01-07T15:00Z'], ['The next run starts at 06 UTC.', '06 UTC', '2022-01-07T06:00Z']],
    negatives: ['a 35z camera', 'size 12 Z'],
  },
  {
    // `at 0915`, `by 0140`: four digits with a leading zero after a preposition of time are a 24-hour clock time (no
    // year or amount is written so; `by 1330` without its zone may be a year and stays one).
    id: 'military-time-zero',
    pattern: 'p=at|by|until|till|from|before|after|since @int',
    triggers: ['at', 'by', 'until', 'till', 'from', 'before', 'after', 'since'],
    build: (c, ctx) => {
      const t = ctx.toks[c.int!.i]!.text;
      // (With its zone, `0915EDT`, `0915 GMT`, it is military-time's.)
      const next = ctx.toks[c.int!.i + 1];
      if (t.length !== 4 || t[0] !== '0' || (next && next.kind === 'word' && (next.gap === 0 || next.lower === 'local' || /^[A-Z]{2,5}$/.test(next.text)))) return null;
      const h = Number(t.slice(0, 2)), mi = Number(t.slice(2));
      return mi < 60 ? { kind: 'clock', type: 'TIME', time: `T${formatHm(h * 60 + mi)}`, skip: 1 } : null;
    },
    examples: [['The aircraft departed at 0915.', '0915', '2022-01-07T09:15'], ['The first party was ashore by 0140.', '0140', '2022-01-07T01:40']],
    negatives: ['at 1330', 'by 0199', 'It cost about 0950 units.'],
  },
  {
    id: 'hour-ampm',
    pattern: '@int @ampm @tz?',
    build: (c, ctx) => {
      const h = num(c, 'int')!;
      // `347 AM CST`, `1015 PM EDT`: the time stamp of a weather service's products, hours and minutes run together
      // before a zone.
      const digits = ctx.toks[c.int!.i]!.text;
      if (c.tz && (digits.length === 3 || digits.length === 4)) {
        const [hh, mm] = [Math.floor(h / 100), h % 100];
        return hh >= 1 && hh <= 12 && mm < 60 ? { kind: 'clock', type: 'TIME', time: `T${formatHm((hh % 12) * 60 + num(c, 'ampm')! * 60 + mm)}`, ...zoneOf(c) } : null;
      }
      if (h < 1 || h > 12 || !Number.isInteger(h)) return null;
      return { kind: 'clock', type: 'TIME', time: `T${formatHm((h % 12) * 60 + num(c, 'ampm')! * 60)}`, ...zoneOf(c) };
    },
    examples: [['at 9 p.m.', '9 p.m.', '2022-01-07T21:00'], ['5 p.m. EST', '5 p.m. EST', '2022-01-07T17:00-05:00'], ['doors open at 7 pm gmt+03', '7 pm gmt+03', '2022-01-07T19:00+03:00'],
      ['The call is at 10 am JST.', '10 am JST', '2022-01-07T10:00+09:00'], ['the 4 p.m. Eastern deadline', '4 p.m. Eastern', '2022-01-07T16:00-05:00'],
      ['Issued 1015 PM EST.', '1015 PM EST', '2022-01-07T22:15-05:00']],
  },
  {
    // `four a.m.`, `at eleven pm`, `until about seven a.m. local time`: an hour said in words before a.m. or p.m.
    id: 'hour-words-ampm',
    pattern: 'h=@numword @ampm @tz?',
    triggers: ['am', 'pm', 'm'],
    build: (c, ctx) => {
      const h = num(c, 'h')!;
      // (Not the end of a longer number: `twenty-one pm`.)
      const hour = ctx.toks[c.h!.i]!;
      if (hour.kind !== 'word' || c.h!.len !== 1 || !Number.isInteger(h) || h < 1 || h > 12 || (hour.gap === 0 && ctx.toks[c.h!.i - 1]?.text === '-')) return null;
      return { kind: 'clock', type: 'TIME', time: `T${formatHm((h % 12) * 60 + num(c, 'ampm')! * 60)}`, ...zoneOf(c) };
    },
    examples: [['Gunfire was heard until about four a.m. local time.', 'four a.m. local time', '2022-01-07T04:00'], ['The polls close at eight pm.', 'eight pm', '2022-01-07T20:00'],
      ['It ended at twelve a.m.', 'twelve a.m.', '2022-01-07T00:00']],
    negatives: ['I am here.', 'a.m. radio', 'a score of twenty-one pm'],
  },
  {
    // `nine o'clock`, `10 o clock`, `twelve o'clock midnight`, `24 o'clock`.
    id: 'oclock',
    pattern: "h=@count o '? clock p=noon|midnight?",
    triggers: ['clock'],
    build: (c) => {
      const h = num(c, 'h')!;
      if (h === 24 && !has(c, 'p')) return { kind: 'clock', type: 'TIME', time: 'T24:00' };
      if (has(c, 'p')) return h === 12 ? { kind: 'clock', type: 'TIME', time: str(c, 'p') === 'noon' ? 'T12:00' : 'T24:00' } : null;
      return Number.isInteger(h) && h >= 1 && h <= 12 ? { kind: 'clock', type: 'TIME', time: `T${formatHm(h * 60)}`, halfOpen: true } : null;
    },
    examples: [["at nine o'clock", "nine o'clock", '2022-01-07T09:00'], ['It starts at 10 o clock.', '10 o clock', '2022-01-07T10:00'],
      ["We got back at twelve o'clock midnight.", "twelve o'clock midnight", '2022-01-07T24:00'],
      ["On the night of the 4th, shortly before ten o'clock, the roof fell in.", "ten o'clock", '2022-01-04T22:00']],
    negatives: ["The hands read o'clock"],
  },
  {
    id: 'oclock-part-of-day',
    pattern: "h=@count o '? clock in|at the? p=morning|afternoon|evening|night",
    triggers: ['clock'],
    build: (c) => hourOfPart(num(c, 'h')!, str(c, 'p')!),
    examples: [["at 7 o'clock in the evening", "7 o'clock in the evening", '2022-01-07T19:00'], ["They woke at six o'clock in the morning.", "six o'clock in the morning", '2022-01-07T06:00']],
  },
  {
    // `1800 hours`, `0630 hours`: military time, never a year or a duration.
    id: 'military-hours',
    pattern: 'w=at|by|until|till|from|before|after|around|since|about|to t=@int hours',
    build: (c, ctx) => {
      const t = ctx.toks[c.t!.i]!.text;
      const h = Number(t.slice(0, 2)), mi = Number(t.slice(2));
      if (t.length !== 4 || h > 23 || mi > 59) return null;
      const next = ctx.toks[ctx.to];
      if (next && next.kind === 'word' && /^(of|a|per|each|in|on|a|to)$/.test(next.lower)) return null;
      return { kind: 'clock', type: 'TIME', time: `T${formatHm(h * 60 + mi)}`, skip: 1 };
    },
    examples: [['The patrol left at 1800 hours.', '1800 hours', '2022-01-07T18:00'], ['Curfew runs until 0530 hours tomorrow.', '0530 hours tomorrow', '2022-01-08T05:30']],
    negatives: ['He logged 1800 hours last year.', 'after 1200 hours of flight time'],
  },
  {
    // `at 7 in the evening`, `four in the morning`, `11 at night`: an hour with its part of the day.
    id: 'hour-part-of-day',
    pattern: 'w=at|by|until|till|from|around|about|before|after|since? h=@count in|at the? p=morning|afternoon|evening|night',
    build: (c, ctx) => {
      const next = ctx.toks[ctx.to];
      // Without a preposition, `6 in the morning session`, `lost 3 in the afternoon games` are counts.
      if (!has(c, 'w') && next && next.kind === 'word' && isNear(ctx.toks, ctx.to) && !AFTER_TIME.has(next.lower) && WEEKDAYS[next.lower] === undefined) return null;
      if (!has(c, 'w') && ctx.toks[ctx.from - 1]?.kind === 'num') return null;
      const spec = hourOfPart(num(c, 'h')!, str(c, 'p')!);
      return spec && has(c, 'w') ? { ...spec, skip: 1 } : spec;
    },
    examples: [['We meet at 7 in the evening.', '7 in the evening', '2022-01-07T19:00'], ['It struck at four in the morning.', 'four in the morning', '2022-01-07T04:00'], ['It ended at eleven at night.', 'eleven at night', '2022-01-07T23:00'],
      ['The alarm went off 5 in the morning.', '5 in the morning', '2022-01-07T05:00'], ['Her shift ends 6 in the afternoon.', '6 in the afternoon', '2022-01-07T18:00'],
      ['The bell tolled 12 in the morning.', '12 in the morning', '2022-01-07T00:00'], ['The lights go out 10 at night.', '10 at night', '2022-01-07T22:00'],
      ['I was woken at three in the morning by a knock.', 'three in the morning', '2022-01-07T03:00']],
    negatives: ['They lost 6 in the morning session.'],
  },
  {
    // `11 tonight`, `tonight at 8`: an hour of this evening.
    id: 'hour-tonight',
    pattern: 'at? h=@count tonight',
    triggers: ['tonight'],
    build: (c, ctx) => (/^(the|these|those|all|only|our|their|its)$/.test(ctx.toks[ctx.from - 1]?.lower ?? '') ? null : tonightAt(num(c, 'h')!, has(c, 'w0') ? 1 : 0)),
    examples: [['The polls close 9 tonight.', '9 tonight', '2022-01-07T21:00'], ['Meet me at 11 tonight.', '11 tonight', '2022-01-07T23:00']],
    negatives: ['The three tonight were tired.'],
  },
  {
    id: 'tonight-at-hour',
    pattern: 'tonight at h=@count',
    triggers: ['tonight'],
    build: (c, ctx) => {
      const next = ctx.toks[ctx.to];
      if (next && next.kind === 'word' && isNear(ctx.toks, ctx.to) && !AFTER_TIME.has(next.lower)) return null;
      // `tonight at 7:45 p.m.`: the clock time is read whole elsewhere.
      if (next && next.gap === 0 && (next.text === ':' || next.text === '.') && ctx.toks[ctx.to + 1]?.kind === 'num') return null;
      return tonightAt(num(c, 'h')!, 0);
    },
    examples: [['The film airs tonight at 8.', 'tonight at 8', '2022-01-07T20:00']],
    negatives: ['tonight at 8 venues', 'The show is tonight at 7:45 p.m.'],
  },
  {
    // `half past noon`, `a quarter to midnight`, `ten minutes past noon`.
    id: 'clock-words-noon',
    pattern: 'a? m=quarter|half? @count? minutes? rel=past|to|after|before n=noon|midnight',
    triggers: ['noon', 'midnight'],
    build: (c) => {
      if (has(c, 'm') === has(c, 'count') || (has(c, 'w0') && has(c, 'count'))) return null;
      const m = has(c, 'count') ? num(c, 'count') : str(c, 'm') === 'quarter' ? 15 : 30;
      const rel = str(c, 'rel')!;
      if (m === undefined || !Number.isInteger(m) || m < 1 || m > 30 || (str(c, 'm') === 'half' && rel !== 'past')) return null;
      const base = str(c, 'n') === 'noon' ? 720 : rel === 'past' || rel === 'after' ? 0 : 1440;
      const at = rel === 'past' || rel === 'after' ? base + m : base - m;
      return { kind: 'clock', type: 'TIME', time: `T${formatHm(at)}` };
    },
    examples: [['Lunch began at half past noon.', 'half past noon', '2022-01-07T12:30'], ['The doors shut at a quarter to midnight.', 'a quarter to midnight', '2022-01-07T23:45'],
      ['He will call at half past noon Saturday.', 'half past noon Saturday', '2022-01-08T12:30']],
  },
  {
    // `a quarter to nine`, `half past ten`, `half-past four` (hyphened, as older print writes it).
    id: 'clock-words',
    pattern: 'a? m=quarter|half -? rel=past|to|after|before h=@count o? \'? clock? in? the? p=morning|afternoon|evening|night?',
    triggers: ['past', 'half', 'clock', 'quarter'],
    build: (c, ctx) => {
      // (A hyphen joins only when written close: `half - past four` is no time.)
      const hyphen = ctx.toks[c.m!.i + 1]!;
      if (hyphen.text === '-' && (hyphen.gap > 0 || ctx.toks[c.rel!.i]!.gap > 0)) return null;
      return clockWords(c, ctx, str(c, 'm') === 'quarter' ? 15 : 30);
    },
    examples: [['at a quarter to nine', 'a quarter to nine', '2022-01-07T08:45'], ['by half past ten', 'half past ten', '2022-01-07T10:30'],
      ['The tug came in at half-past four this afternoon.', 'half-past four this afternoon', '2022-01-07T16:30'], ['at a quarter-past six', 'a quarter-past six', '2022-01-07T06:15'],
      ['The guard went round at half-past eight.', 'half-past eight', '2022-01-07T08:30']],
    negatives: ['a quarter to the poor', 'half to the state', 'at half - past four'],
  },
  {
    // `at half nine`, `by half six in the evening` (British): half past that hour, said in words after a preposition of time.
    id: 'half-hour-british',
    pattern: 'w=at|by|until|till|from|around|about|before|after half h=@count p=in? the? p2=morning|afternoon|evening|night?',
    triggers: ['half'],
    build: (c, ctx) => {
      const h = num(c, 'h')!;
      const hour = ctx.toks[c.h!.i]!;
      const next = ctx.toks[ctx.to];
      // (`half an hour`, `half 9` and `half six days` are no times.)
      if (hour.kind !== 'word' || hour.lower === 'a' || hour.lower === 'an' || !Number.isInteger(h) || h < 1 || h > 12) return null;
      if (next && next.kind === 'word' && !next.newline && !FUNCTION_WORDS.has(next.lower) && WEEKDAYS[next.lower] === undefined && !has(c, 'p2')) return null;
      return { kind: 'clock', type: 'TIME', time: `T${formatHm(dayHalf(h * 60 + 30, str(c, 'p2')))}`, skip: 1 };
    },
    examples: [['We meet at half nine.', 'half nine', '2022-01-07T09:30'], ['Doors shut by half six in the evening.', 'half six in the evening', '2022-01-07T18:30']],
    negatives: ['He ran about half six miles.', 'It took about half an hour.'],
  },
  {
    // `twenty past six in the evening`, `ten to five o'clock`, `ten minutes to three`, `at twenty after twelve`: minutes
    // need a clock word, a part of day, the word `minutes`, or `at` before them, and no noun after the hour.
    id: 'clock-minutes-words',
    pattern: 'm=@count mins=minutes? rel=past|to|after|before h=@count o? \'? clock? in? the? p=morning|afternoon|evening|night?',
    triggers: ['past', 'clock', 'minutes'],
    build: (c, ctx) => {
      const next = ctx.toks[ctx.to];
      if (next && next.kind === 'word' && isNear(ctx.toks, ctx.to) && !AFTER_TIME.has(next.lower) && WEEKDAYS[next.lower] === undefined) return null;
      const cued = has(c, 'p') || has(c, 'w6') || has(c, 'mins') || ctx.toks[ctx.from - 1]?.lower === 'at';
      // `from 9 to 11 in the morning`, `open 9 to 11`: two hours (row hours-sharing-part-of-day), as minutes to the hour
      // come in fives unless `minutes` is said.
      if (!has(c, 'mins') && (num(c, 'm')! % 5 !== 0 || /^(from|between)$/.test(ctx.toks[ctx.from - 1]?.lower ?? ''))) return null;
      // `in? the?` without a part of day stay out: `ten to five in the` is no time.
      if (!cued || (!has(c, 'p') && (has(c, 'w7') || has(c, 'w8')))) return null;
      return clockWords(c, ctx, num(c, 'm'));
    },
    examples: [['at twenty past six in the evening', 'twenty past six in the evening', '2022-01-07T18:20'], ["at ten to five o'clock", "ten to five o'clock", '2022-01-07T04:50'],
      ['The train left ten minutes to three.', 'ten minutes to three', '2022-01-07T02:50'], ['We ate at twenty after twelve.', 'twenty after twelve', '2022-01-07T12:20']],
    negatives: ['twenty to five people', 'ten past six', 'She gave ten minutes to three speakers.', 'They sold twenty after twelve months.', 'open from ten to twelve in the morning'],
  },
];

/** Words that may follow a clock time said in words (`ten to three on Friday`); any other word makes it a count. */
const AFTER_TIME = new Set(['on', 'today', 'tonight', 'tomorrow', 'yesterday', 'this', 'that', 'and', 'or', 'when', 'until', 'sharp', 'local',
  'then', 'but', 'so', 'he', 'she', 'they', 'we', 'i', 'it', 'the', 'every', 'each', 'last', 'next', 'as', 'while', 'before', 'after', 'at', 'in', 'to', 'with']);

/** An hour `h` of a part of the day: `6 in the afternoon` is 18:00, `12 in the morning` 00:00, `12 at night` midnight (24:00). */
function hourOfPart(h: number, part: string): Spec | null {
  if (!Number.isInteger(h) || h < 1 || h > 12) return null;
  if (h === 12 && part !== 'afternoon') return { kind: 'clock', type: 'TIME', time: part === 'morning' ? 'T00:00' : 'T24:00' };
  return { kind: 'clock', type: 'TIME', time: `T${formatHm(dayHalf(h * 60, part))}` };
}

/** `11 tonight`, `tonight at 8`: an evening hour of the publication day (`12 tonight` its midnight). */
function tonightAt(h: number, skip: number): Spec | null {
  if (!Number.isInteger(h) || h < 1 || h > 12) return null;
  return { kind: 'deictic', type: 'TIME', unit: 'D', n: 0, time: h === 12 ? 'T24:00' : `T${formatHm(h * 60 + 720)}`, skip };
}

/** `a quarter to nine` and the like: `mins` before or after the hour `h`. */
function clockWords(c: Captures, ctx: RuleContext, mins: number | undefined): Spec | null {
  const h = num(c, 'h')!;
  if (!Number.isInteger(h) || h < 1 || h > 12 || mins === undefined || !Number.isInteger(mins) || mins < 1 || mins > 30) return null;
  const rel = ctx.toks[c.rel ? c.rel.i : c.m!.i + c.m!.len]!.lower;
  if (mins === 30 && str(c, 'm') === 'half' && rel !== 'past') return null; // `half to` is not a time
  const total = rel === 'past' || rel === 'after' ? h * 60 + mins : h * 60 - mins;
  return { kind: 'clock', type: 'TIME', time: `T${formatHm(dayHalf(total, str(c, 'p')))}` };
}

/** The words for the parts of the day a bare hour may follow (`this evening at 7`). */
const POD_WORD: Readonly<Record<string, string>> = { MO: 'morning', AF: 'afternoon', EV: 'evening', NI: 'night' };

/** Minutes into a day of an hour on the 12-hour clock, moved to the afternoon by its part of the day. */
function dayHalf(minutes: number, part: string | undefined): number {
  if (part === 'afternoon' || part === 'evening' || (part === 'night' && minutes >= 6 * 60)) return minutes < 12 * 60 ? minutes + 12 * 60 : minutes;
  return minutes;
}


/** Marks after a day-count heading's number (`Day 3.`, `Day 3:`, `Day 3 –`). */
const DAY_COUNT_MARKS = new Set(['.', ':', '-', '–', '—', ')']);

/** `MO` -> `TMO`; clock parts of day (`12:00` for noon) -> `T12:00`. */
export function podTime(pod: string): string {
  return `T${pod}`;
}
