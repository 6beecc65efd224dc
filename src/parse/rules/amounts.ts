/** Durations, sets (recurrences) and vague references (`now`, `recently`, `the future`). */
import { MONTHS, TENS, UNITS, UNITS_ONES, type UnitCode, durationValue } from '../lexicon.js';
import type { Token } from '../../text/tokens.js';
import { isValidYmd, pad2 } from '../calendar.js';
import { IRREGULAR_PAST, isPastVerb } from '../../text/lexicon.js';
import type { Spec } from '../spec.js';
import { type RuleRow, has, num, str } from './row.js';
import { podTime } from './relative.js';
import { SLOT_CLASSES, isNear } from '../slots.js';
import { isGameReport } from './game-report.js';
import { wordTable } from '../../text/table.js';

const dur = (n: number | 'X', unit: UnitCode, extra: Partial<Spec> = {}): Spec => ({
  kind: 'abs', type: 'DURATION', value: durationValue(n, unit), ...extra,
});
const ref = (value: string): Spec => ({ kind: 'abs', type: 'DATE', value });
/** Words between `a` and a unit that make it an amount of time (`a single week`, `a full year`), not a rate. */
const MEASURED = new Set(['single', 'full', 'whole', 'entire']);
/** Words after which `a week`, `a year` is an amount of time rather than a rate. */
/** Forms of `be` before an amount of time filled with something (`there will be an hour of prayer`). */
const BE_FORMS = new Set(['be', 'is', 'was', 'were', 'are', 'been']);
const DURATION_OPENERS = new Set([
  'for', 'in', 'within', 'about', 'around', 'nearly', 'almost', 'than', 'over', 'under', 'after', 'before', 'only',
  'just', 'least', 'most', 'past', 'last', 'next', 'first', 'take', 'takes', 'took', 'taken', 'lasted', 'spent', 'spend',
  'during', 'throughout', 'barely', 'roughly', 'approximately', 'some', 'half', 'and', 'or', 'of', 'by', 'up', 'to', 'into',
  // `the clocks go back an hour`, `put forward a week`: a shift by an amount of time.
  'back', 'forward', 'ahead',
  // `had a week off`, `has a year to decide`: what one has is an amount of time.
  'had', 'has', 'have', 'having',
]);
/** Words before a verb's -ing form whose object `a week` is an amount of time (`, ending a week`, `after spending a year`). */
const ING_VERB_OPENERS = new Set([',', 'after', 'before', 'by', 'without', 'while', 'since', 'was', 'were', 'is', 'are', 'been', 'be', 'am']);
/** The duration letter of a calendar unit word (`all week`). */
const UNIT_LETTER: Readonly<Record<string, string>> = /* @__PURE__ */ wordTable({ day: 'D', week: 'W', month: 'M', year: 'Y' });
/** Words after an amount of time that count it from a time (`a week after`, `a day before`). */
/** ... and words after which it measures a delay or a lead (`a fortnight late`, `a day early`, `a week behind`). */
const COUNTED_FROM = new Set(['after', 'before', 'from', 'late', 'early', 'behind', 'overdue']);
/** Adverbs of recurrence and their period (a quarter's in months, as TimeBank writes `quarterly`: P3M). */
const SET_WORDS: Record<string, readonly [number, UnitCode]> = {
  hourly: [1, 'H'], daily: [1, 'D'], nightly: [1, 'D'], weekly: [1, 'W'], monthly: [1, 'M'], quarterly: [3, 'M'],
  annually: [1, 'Y'], yearly: [1, 'Y'], biweekly: [2, 'W'], bimonthly: [2, 'M'], biannually: [6, 'M'], fortnightly: [2, 'W'],
  // `bi-` glued to the other adverbs is every second one, as `bi-hourly` is (`biyearly`, `bidaily`).
  bihourly: [2, 'H'], bidaily: [2, 'D'], binightly: [2, 'D'], biquarterly: [6, 'M'], biyearly: [2, 'Y'],
};

/** A day of every year, `XXXX-04-18`; none past the month's longest length (`every February 30`). */
function monthDaySet(month: number, day: number): Spec | null {
  // (A leap year's calendar, as a bare month-day is checked: `every February 29` is a day.)
  if (!isValidYmd(2000, month, day)) return null;
  return { kind: 'abs', type: 'SET', value: `XXXX-${pad2(month)}-${pad2(day)}` };
}

const WEEKDAY_PLURALS = ['mondays', 'tuesdays', 'wednesdays', 'thursdays', 'fridays', 'saturdays', 'sundays'];
/** A recurrence's value: `every two weeks` P2W, but `every weekend` is the weekend of every week. */
const recurrence = (n: number, unit: UnitCode): Spec => ({ kind: 'abs', type: 'SET', value: unit === 'WE' ? 'XXXX-WXX-WE' : durationValue(n, unit) });

/** Words after `At nineteen` that show an age opening its clause (`At nineteen, she`, `At nineteen she`). */
const AFTER_AGE = new Set([',', '.', ';', 'and', 'she', 'he', 'they', 'i', 'we', 'the', 'his', 'her', 'their']);
/** Words joining an age to a second age or a bound (`aged 18 to 40`, `aged 65 and over`): a group's ages. */
const AGE_RANGE_JOINERS = new Set(['to', 'and', 'or', '-', '–', 'through']);
const AGE_BOUNDS = new Set(['over', 'older', 'above', 'under', 'younger', 'up', 'upwards', 'below']);
/** Plural nouns that do not end in -s, before `aged` (`children aged 5`): a group. */
const GROUP_NOUNS = new Set(['men', 'women', 'children', 'people', 'adults', 'those', 'all']);
/** Words ending in -s that are no plural noun before `aged` (`he was aged 23`). */
const NOT_PLURALS = new Set(['was', 'is', 'has', 'his', 'this', 'its', 'as', 'us', 'yes', 'thus', 'perhaps']);

/**
 * Whether an age belongs to a group, not to the story's subject: a range or a bound (`aged 18 to 40`, `aged 65 and
 * over`), or `aged` after a plural noun (`all men aged 30`, `pupils aged 11`, `children aged five`).
 */
function groupAge(toks: readonly Token[], from: number, to: number): boolean {
  const next = toks[to]?.text.toLowerCase() ?? '';
  const after = toks[to + 1];
  if (AGE_RANGE_JOINERS.has(next) && after !== undefined && (after.kind === 'num' || UNITS_ONES[after.lower] !== undefined || TENS[after.lower] !== undefined || AGE_BOUNDS.has(after.lower))) return true;
  const before = toks[from - 1];
  if (toks[from]?.lower !== 'aged' || before === undefined || before.kind !== 'word' || before.text !== before.lower) return false;
  return GROUP_NOUNS.has(before.lower) || (before.lower.length > 3 && before.lower.endsWith('s') && !/(?:ss|us|is)$/.test(before.lower) && !NOT_PLURALS.has(before.lower));
}

export const AMOUNT_ROWS: readonly RuleRow[] = [
  {
    // `At nineteen she took a job`, `at the age of 30`, `aged 23`: an age. It is never tagged; on a biography's clock,
    // once a birth date is known, it moves the story to that year (special-readings.ts).
    id: 'age',
    pattern: 'w=at|aged the? age? of? @count',
    triggers: ['aged', 'age'],
    build: (c, ctx) => {
      const n = num(c, 'count')!;
      const countTok = ctx.toks[c.count!.i]!;
      if (!Number.isInteger(n) || n < 1 || n > 110 || countTok.lower === 'a' || countTok.lower === 'an') return null;
      const words = ctx.toks.slice(ctx.from, c.count!.i).map((t) => t.lower);
      const viaAge = words.includes('age');
      if (viaAge && (words.length !== 4 || words[1] !== 'the' || words[3] !== 'of') && !(words.length === 2 && words[0] === 'at')) return null;
      if (!viaAge && words.length !== 1) return null;
      // A bare `at nineteen` is an age only written in words, past the hours of a clock (thirteen or more), at a clause's
      // edge (`At nineteen she`, `joined the navy at eighteen.`): `at 9`, `at eleven` are clock times.
      if (words[0] === 'at' && !viaAge && (countTok.kind === 'num' || n < 13 || !AFTER_AGE.has(ctx.toks[ctx.to]?.text.toLowerCase() ?? ''))) return null;
      // (A group's ages are no one's life: `called up all men aged 18 to 40` moves no clock.)
      if (groupAge(ctx.toks, ctx.from, ctx.to)) return null;
      return { kind: 'abs', type: 'DATE', value: '', age: n };
    },
    negatives: ['At nineteen she took a job.', 'He retired at the age of 60.', 'She died in Galway, aged 67.', 'He joined the navy at eighteen.', 'The state called up all men aged 18 to 40.', 'All pupils aged 11 sit the test.'],
  },
  {
    // A method's or a log's hours as a bare `h` after a preposition of time: `for 24 h`, `within 48 h` (`h` alone is
    // too short to read anywhere else).
    id: 'duration-h',
    pattern: 'p=for|within|over|after|every @int u=h',
    triggers: ['h'],
    build: (c, ctx) => {
      const t = ctx.toks[c.u!.i]!;
      if (t.text !== 'h' || ctx.toks[ctx.to]?.text === '.' && ctx.toks[ctx.to + 1]?.kind === 'word' && ctx.toks[ctx.to + 1]!.gap === 0) return null;
      const n = num(c, 'int')!;
      const value = `PT${n}H`;
      return str(c, 'p') === 'every' ? { kind: 'abs', type: 'SET', value, skip: 1 } : { kind: 'abs', type: 'DURATION', value, skip: 1 };
    },
    examples: [['Chlorophyll was extracted in acetone for 24 h.', '24 h', 'PT24H'], ['Samples were filtered within 48 h of collection.', '48 h', 'PT48H']],
    negatives: ['vitamin h for 2 h.m. units'],
  },
  {
    // `in its first year`, `for the first month`, `staffed for the first week`: the opening span of something the text
    // is about, one unit long (not `the first week of August`, a date, nor `the first day`, a day told).
    id: 'duration-first-unit',
    // (Tried from `first`, not from every `the` and `its`; a possessive before it stays out of the extent, as TimeML has it.)
    pattern: 'the? first u=year|month|week|decade|century',
    build: (c, ctx) => {
      const next = ctx.toks[ctx.to];
      if (next && (next.lower === 'of' || (next.kind === 'punct' && next.text === '-' && next.gap === 0))) return null;
      if (ctx.toks[ctx.from]!.lower !== 'the' && !/^(?:its|their|his|her|our)$/.test(ctx.toks[ctx.from - 1]?.lower ?? '')) return null;
      const unit = ({ year: 'Y', month: 'M', week: 'W', decade: 'DE', century: 'CE' } as const)[str(c, 'u') as 'year' | 'month' | 'week' | 'decade' | 'century'];
      return { kind: 'abs', type: 'DURATION', value: durationValue(1, unit) };
    },
    examples: [['The shop lost money in its first year.', 'first year', 'P1Y'], ['For the first month the hall stood empty.', 'the first month', 'P1M'],
      ['The line is staffed day and night for the first week.', 'the first week', 'P1W'], ['For its first decade the club played behind the gasworks.', 'first decade', 'P10Y']],
    negatives: ['By the first week of August the wells were dry.', 'the first year-end audit'],
  },
  {
    id: 'duration',
    pattern: 'the? first|last|past|next|coming|previous|final|latest|full|entire|whole|initial|remaining|additional|another|further|more? @count -? more|full|whole|entire|consecutive|straight|successive|solid|single|working|business|trading|clear|calendar|fiscal|financial? @unit long?',
    triggers: ['past'],
    build: (c, ctx) => {
      const n = num(c, 'count')!;
      const unit = str(c, 'unit') as UnitCode;
      const unitWord = ctx.toks[c.unit!.i]!.lower;
      const countTok = ctx.toks[c.count!.i]!;
      // `26/32 Minutes`, `No. 4/12 Days`: digits glued after a number and a slash are a reference, not an amount.
      const slash = ctx.toks[c.count!.i - 1];
      if (countTok.kind === 'num' && countTok.gap === 0 && slash?.text === '/' && slash.gap === 0 && ctx.toks[c.count!.i - 2]?.kind === 'num') return null;
      // `a year` after a price or count is a rate, and bare `a day` rarely a duration on its own.
      if (countTok.lower === 'a' || countTok.lower === 'an') {
        const before = ctx.toks[ctx.from - 1];
        // `four flights a week`, `$500 million a year` are rates: a lone `a` + unit is a duration
        // only after a word that takes one (`for a week`, `within a year`, `nearly a month`).
        // A past verb right before takes an amount of time too (`survived a fortnight`, `waited a week`).
        // (`lost an hour`, `got a week's holiday`: an irregular past as well.)
        const pastVerb = before !== undefined && before.kind === 'word' && !before.capital && ((before.lower.length >= 5 && before.lower.endsWith('ed')) || IRREGULAR_PAST.has(before.lower));
        // So does a verb's -ing form opening a phrase (`, ending a week of talks`, `after spending a year abroad`, `was
        // taking a month off`); after a determiner the -ing word is a noun (`holds a meeting a week` is a rate).
        const ingVerb = before !== undefined && before.kind === 'word' && !before.capital && before.lower.length >= 6 && before.lower.endsWith('ing')
          && ING_VERB_OPENERS.has(ctx.toks[ctx.from - 2]?.lower ?? '');
        // `a week after the vote`, `a day before yesterday`: an amount counted from a time.
        // (Not after a count of things: `four cars a day before the ban` is a rate.)
        // (`go to the polls a week from Sunday`: before `from` and a day, a plural noun counts no rate.)
        const fromDay = ctx.toks[ctx.to]?.lower === 'from' && ctx.isTimeWord(ctx.toks[ctx.to + 1]?.lower ?? '');
        const counted = COUNTED_FROM.has(ctx.toks[ctx.to]?.lower ?? '') && before !== undefined && before.kind === 'word'
          && (fromDay || !(before.lower.endsWith('s') && !/^(?:was|has|is|does|says)$/.test(before.lower)));
        // `there will be an hour of silent prayer`, `it was a week of talks`: after a form of `be`, an amount of time filled
        // with something is how long it lasts.
        const filled = before !== undefined && BE_FORMS.has(before.lower) && ctx.toks[ctx.to]?.lower === 'of';
        // `a single week`, `a full year`: a word that measures the amount makes it one, whatever comes before.
        const measured = MEASURED.has(ctx.toks[c.count!.i + 1]?.lower ?? '');
        if (ctx.from === c.count!.i && before && !measured && !before.newline && !/^[.,;:(“"‘'—–-]$/.test(before.text) && !DURATION_OPENERS.has(before.lower) && !pastVerb && !ingVerb && !counted && !filled) return null;
        if (unit === 'Q' || unit === 'WE') return null;
        // `changed from a fiscal year to a calendar year`: a kind of year, not an amount (`30 calendar days`, `two fiscal
        // years` are amounts).
        if (/^(?:calendar|fiscal|financial)$/.test(ctx.toks[c.count!.i + 1]?.lower ?? '')) return null;
      }
      // `expected to last six weeks`, `will last a year`: there `last` is the verb, not part of the amount.
      if (ctx.toks[ctx.from]!.lower === 'last' && ctx.from < c.count!.i && /^(?:to|will|would|could|may|might|should|can|cannot|did|does|do|not|ll)$/.test(ctx.toks[ctx.from - 1]?.lower ?? '')) {
        return dur(n, unit, { skip: 1 });
      }
      // `Islam will one day be ...`: after a modal, `one day` is some day to come.
      if (countTok.lower === 'one' && unitWord === 'day' && ctx.from === c.count!.i && /^(will|would|could|may|might|can|should|shall)$/.test(ctx.toks[ctx.from - 1]?.lower ?? '')) {
        return ref('FUTURE_REF');
      }
      // `three-quarters of its food` is a fraction.
      if (unit === 'Q' && ctx.toks[ctx.to]?.lower === 'of') return null;
      if (unitWord.endsWith('s') && n === 1 && countTok.kind !== 'num') return null;
      // A year-like number is a year (`the 1988 quarter`); `52 years old` is an age.
      if (countTok.kind === 'num' && countTok.text.length === 4 && n >= 1000) return null;
      const after = ctx.toks[ctx.to]?.text === '-' ? ctx.toks[ctx.to + 1]?.lower : ctx.toks[ctx.to]?.lower;
      if (after === 'old' || (ctx.toks[ctx.to]?.text === '-' && (after === 'earlier' || after === 'ago' || after === 'end'))) return null;
      // `a decade-long study` is the adjective (row unit-long), not `a decade`.
      if (after === 'long' && ctx.toks[ctx.to]?.text === '-' && (countTok.lower === 'a' || countTok.lower === 'an')) return null;
      // A duration used as an adjective (`the [two-week] crisis`) leaves the article out.
      const adjective = ctx.toks[c.unit!.i - 1]!.text === '-' || (!unitWord.endsWith('s') && n !== 1);
      const skip = adjective && /^(the|a|an|its|their|his|her)$/.test(ctx.toks[ctx.from]!.lower) && ctx.from < c.count!.i ? 1 : 0;
      return dur(n, unit, skip ? { skip } : {});
    },
    examples: [['The shop survived a fortnight without power.', 'a fortnight', 'P2W'], ['On Good Friday there will be an hour of silent prayer.', 'an hour', 'PT1H'], ['a two-week state of emergency', 'two-week', 'P2W'], ['for ten days', 'ten days', 'P10D'], ['Islam will one day be the largest.', 'one day', 'FUTURE_REF'], ['the past two months', 'the past two months', 'P2M'], ['the last twenty four hours', 'the last twenty four hours', 'PT24H'], ['2 1/2 years', '2 1/2 years', 'P2.5Y'],
      ['Term began a fortnight late.', 'a fortnight', 'P2W'], ['The ferry left a day early.', 'a day', 'P1D'], ['We lost an hour of sleep.', 'an hour', 'PT1H'], ['The trial is expected to last six weeks.', 'six weeks', 'P6W'],
      ["Staff got a week's holiday.", 'a week', 'P1W'], ['We aim to reply within five working days.', 'five working days', 'P5D'], ['Shares fell for eight trading days.', 'eight trading days', 'P8D'],
      ['The board voted, ending a month of argument.', 'a month', 'P1M'], ['The crew had a day off.', 'a day', 'P1D'], ['The skill has a 45-second cooldown.', '45-second', 'PT45S'],
      ['The mill has made a loss in each of the past four fiscal years.', 'the past four fiscal years', 'P4Y'],
      ['HALDEN, Norway (AP) — A month after the fire, the mill reopened.', 'A month', 'P1M']],
    negatives: ['3,000 people', 'Ten trains a day late at night.', 'The club holds a meeting a week.', 'It moved from a fiscal year to a calendar year.', 'It adopted a financial year ending in March.', '26/32 Minutes of the last meeting'],
  },
  {
    // `Strong gales all day`, `worked all week`, `rained all year`: the whole of one such unit, an amount of time.
    id: 'all-unit',
    pattern: 'all u=day|week|month|year',
    triggers: ['all'],
    build: (c, ctx) => {
      // (`all day long` stays an amount; `all year round` is every year's; `all weekdays`, `all months` are things counted.)
      if (ctx.toks[ctx.to]?.lower === 'round') return null;
      return { kind: 'abs', type: 'DURATION', value: `P1${UNIT_LETTER[str(c, 'u')!]!}` };
    },
    examples: [['Strong gales blew all day.', 'all day', 'P1D'], ['The strike went on all week.', 'all week', 'P1W']],
    negatives: ['The cafe is open all year round.'],
  },
  {
    // `a year and a half`, `two hours and a half`: a count of units and half of one more.
    id: 'duration-and-a-half',
    pattern: '@count @unit and a half',
    build: (c) => {
      const n = num(c, 'count')!;
      const unit = str(c, 'unit') as UnitCode;
      return Number.isInteger(n) && n >= 1 && unit !== 'Q' && unit !== 'WE' ? dur(n + 0.5, unit) : null;
    },
    examples: [['The repairs took a year and a half.', 'a year and a half', 'P1.5Y'], ['We queued for two hours and a half.', 'two hours and a half', 'PT2H30M']],
  },
  {
    id: 'vague-duration',
    pattern: 'the? next|past|last|coming|first? a? @vague -? @unit',
    triggers: ['past'],
    build: (c, ctx) => {
      const unitWord = ctx.toks[c.unit!.i]!.lower;
      const w = ctx.toks[c.vague!.i]!.lower;
      if (!unitWord.endsWith('s') && unitWord !== 'millennia') return null;
      const det = ctx.toks[ctx.from]!.lower;
      // `in coming months` points ahead without a length; `past years` back.
      if (w === 'coming' && det !== 'the') return ref('FUTURE_REF');
      if (w === 'past' && det !== 'the') return ref('PAST_REF');
      // `in recent years`, `recent days`: the recent past, as TimeBank mostly marks them; `recent months`, `recent weeks` a length.
      if (w === 'recent' && (unitWord === 'years' || unitWord === 'days' || unitWord === 'decades')) return ref('PAST_REF');
      // `a couple of years` is two years (TimeML P2Y); `a few`, `several` stay vague.
      const amount = c.vague!.v;
      return dur(typeof amount === 'number' ? amount : 'X', str(c, 'unit') as UnitCode);
    },
    examples: [['for a few days', 'a few days', 'PXD'], ['several years', 'several years', 'PXY'], ['in recent years', 'recent years', 'PAST_REF'], ['prices rose in recent months', 'recent months', 'PXM'], ['the next few days', 'the next few days', 'PXD'],
      ['It will not change for a couple of years.', 'a couple of years', 'P2Y']],
  },
  {
    id: 'bare-units',
    pattern: '@units',
    build: (c, ctx) => {
      const before = ctx.toks[ctx.from - 1];
      if (!before || !/^(for|over|within|takes?|took|lasted|lasting)$/.test(before.lower)) return null;
      const u = str(c, 'units') as UnitCode;
      return u === 'WE' || u === 'Q' ? null : dur('X', u);
    },
    examples: [['It lasted for years.', 'years', 'PXY']],
    negatives: ['the years'],
  },
  {
    id: 'set-every',
    pattern: 'w=every|each|per|alternate other? nth=@ord? @count? -? @unit',
    triggers: ['alternate'],
    build: (c, ctx) => {
      const unitWord = ctx.toks[c.unit!.i]!.lower;
      // `every third year`, `every 4th week`: every nth one, as `every other week` is every second.
      if (has(c, 'nth')) {
        const nth = num(c, 'nth')!;
        if (!/^(every|each)$/.test(str(c, 'w')!) || has(c, 'w1') || has(c, 'count') || !Number.isInteger(nth) || nth < 2 || unitWord.endsWith('s')) return null;
        return recurrence(nth, str(c, 'unit') as UnitCode);
      }
      // `every other week`, `alternate weeks`: every second one.
      const alternate = str(c, 'w') === 'alternate';
      if (alternate && (has(c, 'w1') || has(c, 'count'))) return null;
      const n = has(c, 'w1') || alternate ? 2 : (num(c, 'count') ?? 1);
      if (alternate) return recurrence(2, str(c, 'unit') as UnitCode);
      if (n === 1 && unitWord.endsWith('s')) return null;
      return recurrence(n, str(c, 'unit') as UnitCode);
    },
    examples: [['every two hours', 'every two hours', 'PT2H'], ['each year', 'each year', 'P1Y'], ['every other week', 'every other week', 'P2W'], ['He runs every weekend.', 'every weekend', 'XXXX-WXX-WE'],
      ['The board meets in alternate years.', 'alternate years', 'P2Y'], ['The pipes are flushed every third month.', 'every third month', 'P3M'],
      ['A census is held every 5th year.', 'every 5th year', 'P5Y']],
  },
  {
    // `every evening`, `each morning`, `every night`: that part of every day (`every noon` is a clock time of every day).
    id: 'set-every-part-of-day',
    pattern: 'every|each @pod',
    build: (c) => {
      const pod = str(c, 'pod')!;
      return { kind: 'abs', type: 'SET', value: `XXXX-XX-XXT${pod}` };
    },
    examples: [['The film is shown every evening next week.', 'every evening', 'XXXX-XX-XXTEV'], ['She swam each morning.', 'each morning', 'XXXX-XX-XXTMO'],
      ['The bells ring every noon.', 'every noon', 'XXXX-XX-XXT12:00']],
    negatives: ['every nightclub'],
  },
  {
    id: 'set-season-month',
    pattern: 'every|each|alternate other? @ord? @season|@month',
    build: (c) => {
      // `every fourth spring`: an ordinal counts seasons; before a month it is the day (`every 3rd January`).
      if (has(c, 'ord') && (has(c, 'month') || num(c, 'ord')! < 2)) return null;
      return { kind: 'abs', type: 'SET', value: has(c, 'season') ? `XXXX-${str(c, 'season')}` : `XXXX-${String(num(c, 'month')).padStart(2, '0')}` };
    },
    // A lower-case `march` or `may` is the month only at the end of its clause (see the month slot).
    examples: [['Every spring we wait', 'Every spring', 'XXXX-SP'], ['each July', 'each July', 'XXXX-07'], ['The fair returns every other autumn.', 'every other autumn', 'XXXX-FA'],
      ['the lake freezes every march.', 'every march', 'XXXX-03'], ['The comet returns every fourth winter.', 'every fourth winter', 'XXXX-WI'],
      ['The league meets in alternate autumn.', 'alternate autumn', 'XXXX-FA'], ['the geese come back each may, and stay', 'each may', 'XXXX-05']],
    negatives: ['They walked every march through the town.', 'Each may bring a friend.', 'The crowd grew with every march.', 'every march ends at the square'],
  },
  {
    // `every April 18`, `each 4 July`, `every 3rd of March`: that day of every year.
    id: 'set-month-day',
    pattern: 'every|each month=@month d=@day|@ord',
    build: (c) => monthDaySet(num(c, 'month')!, num(c, 'd')!),
    examples: [['The sirens sound every April 18.', 'every April 18', 'XXXX-04-18'], ['They meet each March 3rd.', 'each March 3rd', 'XXXX-03-03']],
  },
  {
    id: 'set-day-month',
    pattern: 'every|each the? d=@day|@ord o=of? month=@month',
    // (An ordinal word with no `of` counts the months: `every fourth January` is every fourth year's.)
    build: (c, ctx) => (ctx.toks[c.d!.i]!.kind === 'word' && !has(c, 'o') ? null : monthDaySet(num(c, 'month')!, num(c, 'd')!)),
    examples: [['A fair is held every 4 July.', 'every 4 July', 'XXXX-07-04'], ['The bells ring each 1st of May.', 'each 1st of May', 'XXXX-05-01'],
      ['A mass is said every fourth of July.', 'every fourth of July', 'XXXX-07-04']],
  },
  {
    id: 'set-weekday',
    pattern: 'every|each other? @weekday @pod?',
    // `every Wednesday night`: that part of every such weekday.
    build: (c) => ({ kind: 'abs', type: 'SET', value: `XXXX-WXX-${num(c, 'weekday')}${has(c, 'pod') ? podTime(str(c, 'pod')!) : ''}` }),
    examples: [['every Monday', 'every Monday', 'XXXX-WXX-1'], ['every other Friday', 'every other Friday', 'XXXX-WXX-5'],
      ['The club meets every Wednesday night.', 'every Wednesday night', 'XXXX-WXX-3TNI'], ['Each Sunday morning the bells ring.', 'Each Sunday morning', 'XXXX-WXX-7TMO']],
  },
  {
    // `the first Sunday of every month`, `the last Friday of each month`: a day that recurs monthly.
    id: 'set-weekday-of-every-month',
    pattern: 'the? l=last? @ord? @weekday of|in every|each month',
    build: (c) => (has(c, 'l') === has(c, 'ord') ? null : { kind: 'abs', type: 'SET', value: 'P1M' }),
    examples: [['A fair is held on the first Sunday of every month.', 'the first Sunday of every month', 'P1M'], ['the last Friday of each month', 'the last Friday of each month', 'P1M']],
  },
  {
    // `on Mondays`, `Saturdays`: a plural weekday recurs every week.
    id: 'set-weekday-plural',
    pattern: 'w=mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays',
    triggers: ['mondays', 'tuesdays', 'wednesdays', 'thursdays', 'fridays', 'saturdays', 'sundays'],
    build: (c) => ({ kind: 'abs', type: 'SET', value: `XXXX-WXX-${WEEKDAY_PLURALS.indexOf(str(c, 'w')!) + 1}` }),
    examples: [['The market opens on Saturdays.', 'Saturdays', 'XXXX-WXX-6'], ['Mondays are slow.', 'Mondays', 'XXXX-WXX-1']],
  },
  {
    // `at weekends`, `on weekends`: the weekend of every week (after a preposition: `three weekends` is an amount).
    id: 'set-weekends',
    pattern: 'p=at|on|over|during w=weekends',
    triggers: ['weekends'],
    build: () => ({ kind: 'abs', type: 'SET', value: 'XXXX-WXX-WE', skip: 1 }),
    examples: [['The ferry runs only at weekends.', 'weekends', 'XXXX-WXX-WE'], ['We work on weekends.', 'weekends', 'XXXX-WXX-WE']],
    negatives: ['four weekends'],
  },
  {
    id: 'set-word',
    pattern: 'w=hourly|daily|nightly|weekly|monthly|quarterly|annually|yearly|biweekly|bimonthly|biannually|fortnightly|bihourly|bidaily|binightly|biquarterly|biyearly',
    triggers: ['hourly', 'daily', 'nightly', 'weekly', 'monthly', 'quarterly', 'annually', 'yearly', 'biweekly', 'bimonthly', 'biannually', 'fortnightly', 'bihourly', 'bidaily', 'binightly', 'biquarterly', 'biyearly'],
    build: (c, ctx) => {
      const t = ctx.toks[c.w!.i]!;
      const prev = ctx.toks[ctx.from - 1];
      if (t.capital && prev && prev.kind === 'word' && !prev.newline) return null; // a name: `the Daily Mail`
      // As an adjective (`quarterly dividend`) it qualifies a noun rather than stating a recurrence.
      const next = ctx.toks[ctx.to];
      if (next && next.kind === 'word' && !/^(and|or|but|in|at|on|for|by|to|from|since|until|through|during|with|over|after|before|into)$/.test(next.lower)) return null;
      const [n, unit] = SET_WORDS[str(c, 'w')!]!;
      return { kind: 'abs', type: 'SET', value: durationValue(n, unit) };
    },
    examples: [['paid quarterly', 'quarterly', 'P3M'], ['The bins are emptied fortnightly.', 'fortnightly', 'P2W'], ['The filters are changed bihourly.', 'bihourly', 'PT2H'],
      ['The fair is held biyearly.', 'biyearly', 'P2Y']],
  },
  {
    id: 'set-times-per',
    pattern: 'w=once|twice|thrice a|per @unit',
    build: (c) => recurrence(1, str(c, 'unit') as UnitCode),
    examples: [['twice a week', 'twice a week', 'P1W']],
  },
  {
    // `twice a night`, `once each morning`, `three times an evening`: times within every such part of the day, a
    // recurrence of that part as `each night` is.
    id: 'set-times-per-part-of-day',
    pattern: 'w=once|twice|thrice a|an|per|each @pod',
    build: (c) => {
      const pod = str(c, 'pod')!;
      return /^[A-Z]{2}$/.test(pod) ? { kind: 'abs', type: 'SET', value: `XXXX-XX-XXT${pod}` } : null;
    },
    examples: [['Check the ewes at least twice a night.', 'twice a night', 'XXXX-XX-XXTNI'], ['The nurse calls once each morning.', 'once each morning', 'XXXX-XX-XXTMO']],
    negatives: ['She went once at night.'],
  },
  {
    // `three times a year`, `10 times per month`: a count of times per unit.
    id: 'set-count-times',
    pattern: '@count times a|per|each|every @unit',
    triggers: ['times'],
    build: (c) => (str(c, 'unit') === 'WE' ? null : recurrence(1, str(c, 'unit') as UnitCode)),
    examples: [['It meets three times a year.', 'three times a year', 'P1Y'], ['10 times per month', '10 times per month', 'P1M']],
    negatives: ['three times the size'],
  },
  {
    // `seven days a week`, `three nights a week`, `24 hours a day`, `two weeks a year`: so many of a shorter unit in every
    // longer one, a recurrence of the longer one as `twice a week` is.
    id: 'set-units-per',
    pattern: '@count u=days|nights|hours|weeks|months|evenings|mornings a|per|each|every p=day|week|month|year',
    triggers: ['days', 'nights', 'hours', 'weeks', 'months', 'evenings', 'mornings'],
    build: (c, ctx) => {
      const n = num(c, 'count');
      const inner = ({ days: 1, nights: 1, evenings: 1, mornings: 1, hours: 0, weeks: 2, months: 3 } as Record<string, number>)[str(c, 'u')!]!;
      const outer = ({ day: 1, week: 2, month: 3, year: 4 } as Record<string, number>)[str(c, 'p')!]!;
      if (n === undefined || !Number.isInteger(n) || n < 1 || inner >= outer) return null;
      // (`seven days a week ago` counts back from a week ago; before a possessive, `a year's` is another phrase's.)
      const after = ctx.toks[ctx.to];
      if (/^['’]$/.test(after?.text ?? '') || after?.lower === 'ago' || after?.lower === 'later' || after?.lower === 'earlier') return null;
      return recurrence(1, UNITS[str(c, 'p')!]!);
    },
    examples: [['He kept the shop open seven days a week.', 'seven days a week', 'P1W'], ['The pumps run 24 hours a day.', '24 hours a day', 'P1D'],
      ['She works three nights a week.', 'three nights a week', 'P1W'], ['Staff get five weeks a year off.', 'five weeks a year', 'P1Y']],
    negatives: ['It took seven days a week ago.', 'nine days a day'],
  },
  {
    // `bi-weekly`, `semi-annual`: a prefixed recurrence adverb, not before a noun.
    id: 'set-prefixed-word',
    pattern: 'w=bi|semi - w=hourly|daily|nightly|weekly|monthly|quarterly|annually|annual|yearly',
    triggers: ['hourly', 'daily', 'nightly', 'weekly', 'monthly', 'quarterly', 'annually', 'yearly', 'annual'],
    build: (c, ctx) => {
      const next = ctx.toks[ctx.to];
      if (next && next.kind === 'word' && !/^(and|or|but|in|at|on|for|by|to|from|since|until|through|during|with|over|after|before|into)$/.test(next.lower)) return null;
      const prefix = ctx.toks[ctx.from]!.lower;
      const base = ctx.toks[ctx.to - 1]!.lower;
      const unit: UnitCode = base === 'hourly' ? 'H' : base === 'daily' || base === 'nightly' ? 'D' : base === 'weekly' ? 'W' : base === 'monthly' ? 'M' : base === 'quarterly' ? 'Q' : 'Y';
      // `bi-` is every second one, `semi-` twice a one: `semi-annually` is every six months, `semi-daily` every twelve hours.
      // (A quarter's recurrence in months, as TimeBank writes `quarterly`: P3M, so `bi-quarterly` is P6M.)
      if (prefix === 'bi') return unit === 'Q' ? recurrence(6, 'M') : recurrence(2, unit);
      if (unit === 'Q') return recurrence(1.5, 'M');
      return unit === 'H' ? recurrence(30, 'MIN') : unit === 'D' ? recurrence(12, 'H') : recurrence(unit === 'Y' ? 6 : 1, unit === 'Y' ? 'M' : unit === 'M' ? 'W' : 'D');
    },
    examples: [['The report is published bi-weekly.', 'bi-weekly', 'P2W'], ['It is paid semi-annually.', 'semi-annually', 'P6M'], ['The pumps are checked bi-hourly.', 'bi-hourly', 'PT2H'],
      ['Dividends are paid bi-quarterly.', 'bi-quarterly', 'P6M']],
    negatives: ['a bi-weekly meeting'],
  },
  {
    // `a decade-long study`, `a month-long strike`: one unit, as an adjective.
    id: 'unit-long',
    pattern: '@unit - long',
    build: (c, ctx) => {
      const unit = str(c, 'unit') as UnitCode;
      if (ctx.toks[c.unit!.i]!.lower.endsWith('s') || unit === 'Q' || unit === 'WE') return null;
      return dur(1, unit);
    },
    examples: [['a decade-long study', 'decade-long', 'P10Y'], ['the month-long strike', 'month-long', 'P1M']],
    negatives: ['a long week'],
  },
  {
    // `a weeklong break`, `a yearlong inquiry`, `an hourlong speech`: the same adjective written as one word.
    id: 'unit-long-word',
    pattern: 'w=hourlong|daylong|weeklong|monthlong|yearlong|decadelong',
    triggers: ['hourlong', 'daylong', 'weeklong', 'monthlong', 'yearlong', 'decadelong'],
    build: (c) => dur(1, UNITS[str(c, 'w')!.slice(0, -4)]!),
    examples: [['after a weeklong break', 'weeklong', 'P1W'], ['a yearlong inquiry', 'yearlong', 'P1Y'], ['his hourlong speech', 'hourlong', 'PT1H']],
  },
  {
    // `March 2021 – present`, `2019 - Present`, `2015 to date` (a CV's or a list's open range): the present, as its end.
    id: 'range-to-present',
    pattern: 'd=-|–|—|to w=present|date',
    triggers: ['present', 'date'],
    build: (c, ctx) => {
      const before = ctx.toks[ctx.from - 1];
      const next = ctx.toks[ctx.to];
      // (After a year or a month, and ending its phrase: not `to date the vase`, `to present the award`.)
      if (!before || (before.kind !== 'num' && MONTHS[before.lower] === undefined)) return null;
      if (next && !next.newline && next.kind === 'word' && !/^(?:and|or|at|in|with|as)$/.test(next.lower)) return null;
      return { ...ref('PRESENT_REF'), skip: 1 };
    },
    examples: [['March 2021 – present: Senior hydrologist', 'present', 'PRESENT_REF'], ['Lecturer, 2019 to date', 'date', 'PRESENT_REF']],
    negatives: ['In 2019 to present the award', 'The 1990 - present value of the bond'],
  },
  {
    id: 'present-ref',
    pattern: 'w=now|currently|presently|nowadays|current',
    triggers: ['now', 'currently', 'presently', 'nowadays', 'current'],
    build: (c, ctx) => {
      const w = str(c, 'w')!;
      const next = ctx.toks[ctx.to];
      if (w === 'now' && ctx.toks[ctx.from - 1]?.lower === 'from') return null;
      if (w === 'current' && (!next || next.kind !== 'word' || /^(account|accounts|affairs|events|flows?|density|liabilities|assets)$/.test(next.lower))) return null;
      return ref('PRESENT_REF');
    },
    examples: [['is now under control', 'now', 'PRESENT_REF'], ['currently', 'currently', 'PRESENT_REF']],
    negatives: ['a current account deficit'],
  },
  {
    id: 'present-ref-phrase',
    pattern: 'at? the w=moment|present time?',
    triggers: ['time', 'moment', 'present'],
    build: (c, ctx) => (ctx.toks[ctx.from]!.lower === 'at' ? ref('PRESENT_REF') : null),
    examples: [['at the moment', 'at the moment', 'PRESENT_REF']],
  },
  {
    id: 'these-days',
    pattern: 'these days',
    build: () => ref('PRESENT_REF'),
  },
  {
    id: 'past-ref',
    pattern: 'w=recently|lately|formerly',
    triggers: ['recently', 'lately', 'formerly'],
    build: () => ref('PAST_REF'),
    examples: [['was recently raised', 'recently', 'PAST_REF']],
  },
  {
    id: 'past-future-noun',
    pattern: 'the w=past|future',
    triggers: ['future', 'past'],
    // `the past decade` and similar are longer rows and win; what is left is the noun.
    build: (c) => ref(str(c, 'w') === 'past' ? 'PAST_REF' : 'FUTURE_REF'),
    examples: [['in the past, prices fell', 'the past', 'PAST_REF'], ['in the future.', 'the future', 'FUTURE_REF']],
  },
  {
    id: 'near-future',
    pattern: 'the near|distant|foreseeable|immediate future|term',
    triggers: ['future', 'term'],
    build: () => ref('FUTURE_REF'),
    examples: [['in the near future', 'the near future', 'FUTURE_REF']],
  },
  {
    id: 'future-adjective',
    pattern: 'future|coming @units',
    triggers: ['future'],
    build: (c, ctx) => (ctx.toks[ctx.from - 1]?.lower === 'the' ? null : ref('FUTURE_REF')),
    examples: [['in future quarters', 'future quarters', 'FUTURE_REF']],
  },

  {
    id: 'at-the-time',
    pattern: 'the time',
    triggers: ['time'],
    build: (c, ctx) => {
      const next = ctx.toks[ctx.to];
      if (ctx.toks[ctx.from - 1]?.lower !== 'at' || (next && /^(of|when|that|to|being|he|she|they|it|we|i)$/.test(next.lower))) return null;
      return ref('PAST_REF');
    },
    examples: [['he said at the time.', 'the time', 'PAST_REF']],
  },
  {
    id: 'a-while',
    pattern: 'a|an long? while',
    triggers: ['while'],
    build: (c, ctx) => (/^(for|after|in)$/.test(ctx.toks[ctx.from - 1]?.lower ?? '') ? dur('X', 'D', { value: 'PXX' }) : null),
    examples: [['for a while', 'a while', 'PXX']],
  },
  {
    id: 'the-years',
    pattern: 'the @units',
    build: (c, ctx) => (/^(over|through|throughout|during)$/.test(ctx.toks[ctx.from - 1]?.lower ?? '') && str(c, 'units') !== 'WE' ? dur('X', str(c, 'units') as UnitCode) : null),
    examples: [['over the years', 'the years', 'PXY']],
  },
  {
    id: 'units-ago',
    pattern: '@units ago',
    triggers: ['ago'],
    build: () => ref('PAST_REF'),
  },
  {
    id: 'additional-unit',
    pattern: 'a|an|one additional|extra|further|more @unit',
    build: (c) => dur(1, str(c, 'unit') as UnitCode),
    examples: [['They asked for an additional week.', 'an additional week', 'P1W']],
  },
  {
    id: 'future-ref',
    pattern: 'w=soon|shortly',
    triggers: ['soon', 'shortly'],
    build: (c, ctx) => {
      const next = ctx.toks[ctx.to];
      if (next && /^(after|before|as|thereafter)$/.test(next.lower)) return null;
      return ref('FUTURE_REF');
    },
    examples: [['will soon be restored', 'soon', 'FUTURE_REF']],
  },
  {
    id: 'soon-as-possible',
    pattern: 'as soon as possible',
    triggers: ['soon'],
    build: () => ref('FUTURE_REF'),
  },
];

/** Whether the number at `i` is a day of the month with its month word after it (`2 February`, `14th March`). */
function dayBeforeMonth(toks: readonly Token[], i: number): boolean {
  const n = Number(toks[i]!.text);
  if (toks[i]!.text.length > 2 || n < 1 || n > 31) return false;
  const k = /^(st|nd|rd|th)$/.test(toks[i + 1]?.lower ?? '') && toks[i + 1]!.gap === 0 ? i + 2 : i + 1;
  const m = toks[k];
  return m !== undefined && m.kind === 'word' && m.capital && !m.newline && MONTHS[m.lower] !== undefined;
}

/** Negative rows: spans that look temporal but are counts, names or amounts. */
export const SUPPRESS_ROWS: readonly RuleRow[] = [
  { id: 'grouped-number', pattern: '@bignum', suppress: true, negatives: ['4,500 jobs', 'over 3,000 people'] },
  { id: 'number-before-count-noun', pattern: '@int @countnoun', suppress: true, negatives: ['1800 kilometres', 'a 1900 kilometer trip', 'about 1990 dead soldiers'] },
  {
    id: 'named-number',
    pattern: '@namedword no|.? @int',
    suppress: true,
    // `Blair 10 days ago`: a unit or clock word after the number makes it temporal after all.
    build: (c, ctx) => {
      // (Any unit: `Sent 2 min ago`, `Added 3h ago`.)
      if (/^(am|pm|a|p|bc|ad|o|-|:)$/.test(ctx.toks[ctx.to]?.lower ?? '') || (ctx.to < ctx.toks.length && SLOT_CLASSES.unit!.match(ctx.toks, ctx.to))) return null;
      // A name and its number share a line: a date opening the next line (`By Ruth Alder` / `30 November 2026`) is no `Alder 30`.
      if (ctx.toks[c.int!.i]!.newline) return null;
      // `Q4`, `H1`, `FY2025` are periods (rows quarter-code, fiscal-code), not names.
      if (/^(Q|H|FY)$/.test(ctx.toks[ctx.from]!.text) && ctx.toks[ctx.from + 1]?.gap === 0) return null;
      // `Ramadan 2021`, `Easter 2023`: a time word before a year is no name.
      if (ctx.isTimeWord(ctx.toks[ctx.from]!.lower)) return null;
      // `Issued 2 February 2026`, `Signed 14th March`, `Sent 3 May`: a capitalized past participle before a day and its
      // month labels a date, as a dateline or a form does; it names nothing.
      if (isPastVerb(ctx.toks[ctx.from]!.lower) && dayBeforeMonth(ctx.toks, c.int!.i)) return null;
      return { kind: 'abs', type: 'DATE', value: '' };
    },
    negatives: ['Route 1776', 'Khabar 24', 'Apollo 11 crew'],
  },
  {
    // `ESA Press Release N° 47–2026`, `Circular No. 12/2025`: a numbered document's number and the year glued to it are one
    // reference, not a date.
    id: 'numbered-reference',
    pattern: 'no|n|nr|number .|°|º? a=@int -|–|—|/ b=@int',
    suppress: true,
    build: (c, ctx) => {
      const b = c.b!.i;
      if (ctx.toks[b]!.gap !== 0 || ctx.toks[b - 1]!.gap !== 0 || ctx.toks[b]!.text.length !== 4) return null;
      // (`There were no 2018-2020 figures`: a lower-case `no` with no mark after it is the determiner.)
      if (!ctx.toks[ctx.from]!.capital && c.a!.i === ctx.from + 1) return null;
      return { kind: 'abs', type: 'DATE', value: '' };
    },
    negatives: ['ESA Press Release N° 47–2026', 'Circular No. 12/2025 was issued.'],
  },
  { id: 'money-number', pattern: '$|£|€|¥ @int', suppress: true, negatives: ['$2000'] },
  // `the 1400 block of West Elm Street`: a stretch of a US street by its house numbers.
  { id: 'street-block', pattern: '@int block|blocks of', suppress: true, negatives: ['in the 1400 block of West Elm Street', 'the 200 block of Birch Avenue'] },
  {
    // A game clock, `4:12 into the third`, `2:05 left in the first half`: the time played or left in a period of a game,
    // no time of day.
    id: 'game-clock',
    pattern: '@int : @int into|left|remaining in? the? first|second|third|fourth|fifth|final|opening|extra|overtime|half|period|quarter|frame|inning|innings',
    suppress: true,
    negatives: ['Varga broke the tie 4:12 into the third.', 'They led by six with 2:05 left in the first half.', 'He scored 0:48 into overtime.'],
  },
  {
    // `led the Ravens 80 yards in 1:48`: in a game's report, the minutes and seconds a play or a drive took on the game clock.
    id: 'game-clock-elapsed',
    pattern: 'w=in|within m=@int : s=@int',
    build: (c, ctx) => {
      const [m, s, next] = [num(c, 'm')!, num(c, 's')!, ctx.toks[ctx.to]];
      if (!isGameReport(ctx.toks) || ctx.toks[c.s!.i]!.text.length !== 2 || m > 59 || s > 59 || (next && (next.text === ':' || next.text === '.' && next.gap === 0 && ctx.toks[ctx.to + 1]?.kind === 'num'))) return null;
      if (next && isNear(ctx.toks, ctx.to) && SLOT_CLASSES.ampm!.match(ctx.toks, ctx.to)) return null;
      return { kind: 'abs', type: 'DURATION', value: m ? `PT${m}M${s}S` : `PT${s}S`, skip: 1 };
    },
    examples: [['Hill ran for a touchdown late on. Then the Bears went 75 yards in 2:10 to win it.', '2:10', 'PT2M10S']],
    negatives: ['The meeting ended in 2:10 flat.'],
  },
  {
    // A house number: `1600 Pennsylvania Avenue`, `10 Downing Street`.
    id: 'street-number',
    pattern: '@int @namedword @namedword? avenue|street|road|boulevard|lane|drive|place|square|ave|st|rd|blvd',
    suppress: true,
    negatives: ['1600 Pennsylvania Avenue', '221 Baker Street'],
  },
  { id: 'number-percent', pattern: '@int %|percent', suppress: true, negatives: ['1990 percent'] },
];
