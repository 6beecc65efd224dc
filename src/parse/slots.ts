/**
 * Token classes a pattern slot can name (`@month`, `@count`, ...). Each reads tokens from position i
 * and returns how many it consumed and the value it read, or null. All are table look-ups.
 */
import type { Token } from '../text/tokens.js';
import {
  AMBIGUOUS_MONTHS, COUNT_ADJECTIVES, COUNT_NOUNS, MONTHS, NUMBER_NAME_WORDS, WEEKDAY_ABBREVIATIONS, ORDINALS, PARTS_OF_DAY, SEASONS, TENS, TIME_ZONES, UNITS, UNITS_ONES, ZONE_NAMES,
  VAGUE_AMOUNTS, WEEKDAYS, ZONE_OFFSETS, US_ZONES, type UnitCode,
} from './lexicon.js';
import { pad2 } from './calendar.js';
import { wordList, wordTable } from '../text/table.js';
import { FUNCTION_WORDS } from '../text/lexicon.js';

export interface SlotMatch {
  len: number;
  v: number | string;
}
export interface SlotClass {
  /** Lower-cased words that can start this class (table keys), for the row index. */
  words: readonly string[];
  /** Digit counts (5 = five or more) of a number token that can start this class. */
  numeric?: readonly number[];
  /** Punctuation that can start this class. */
  punct?: readonly string[];
  /**
   * Keys of tokens that can follow the first token inside one match of this class (`.` after `Jan`,
   * `th` after `9`); omitted when the class reads one token; null when it cannot be told.
   */
  cont?: readonly string[] | null;
  match(toks: readonly Token[], i: number): SlotMatch | null;
}

const glued = (toks: readonly Token[], i: number): boolean => i < toks.length && toks[i]!.gap === 0;

/**
 * `a 45-second cooldown`: `second` glued by a hyphen to digits is the unit (a lone `second` is an ordinal, and so is
 * `thirty-second` after a number's word).
 */
function hyphenedSecond(toks: readonly Token[], i: number): UnitCode | undefined {
  return toks[i]!.lower === 'second' && toks[i - 1]?.text === '-' && glued(toks, i) && glued(toks, i - 1) && toks[i - 2]?.kind === 'num' ? 'S' : undefined;
}

/** The compact units of a feed's time stamps (`3h`, `25m`, `1d 21h ago`), by the unit each stands for. */
const COMPACT_UNITS: Readonly<Record<string, UnitCode>> = /* @__PURE__ */ wordTable({
  y: 'Y', mo: 'M', mos: 'M', w: 'W', wk: 'W', wks: 'W', d: 'D', h: 'H', m: 'MIN', s: 'S',
});
/**
 * A compact unit right after its number (`3h`, `21 h`) is one only in an amount told back with `ago` (`3h ago`,
 * `1d 21h 25m ago`), or glued to a number that a plus or minus sign opens (`-3y`, `+2d`; not `+5m`, as often
 * millions): elsewhere `5m` is as often millions or metres, and `3d` a dimension.
 */
function compactUnitAt(toks: readonly Token[], i: number): UnitCode | undefined {
  const u = COMPACT_UNITS[toks[i]!.lower];
  if (u === undefined || toks[i - 1]?.kind !== 'num' || toks[i]!.gap > 1) return undefined;
  if (toks[i]!.gap === 0) {
    if (u !== 'MIN' && signOpens(toks, i - 1)) return u;
    // (A later part of a signed amount, `+2h30m`, `-1d12h`: after the first part, `m` is minutes.)
    let k = i - 1;
    for (let parts = 0; parts < 7 && k >= 2 && toks[k]!.gap <= 1 && toks[k - 1]!.kind === 'word' && toks[k - 2]!.kind === 'num'
      && (COMPACT_UNITS[toks[k - 1]!.lower] ?? UNITS[toks[k - 1]!.lower]) !== undefined; parts++) {
      if (signOpens(toks, k - 2)) return u;
      k -= 2;
    }
  }
  // The amount's later parts, each a number and a unit, up to the `ago` (at most a few: `1y 2mo 3w 4d 5h 6m 7s`).
  let j = i + 1;
  for (let parts = 0; parts < 7 && toks[j]?.kind === 'num' && toks[j + 1] && (COMPACT_UNITS[toks[j + 1]!.lower] ?? UNITS[toks[j + 1]!.lower]) !== undefined; parts++) j += 2;
  return toks[j]?.lower === 'ago' && near(toks, j) ? u : undefined;
}
/** Plus and minus signs, by the sign they give. */
export const SIGNS: Readonly<Record<string, 1 | -1>> = { '+': 1, '-': -1, '−': -1 };
/** Whether a plus or minus sign is glued before the number at `i`, set apart from what stands before it (`-3y`, not `F-15`, `3-2`). */
export function signOpens(toks: readonly Token[], i: number): boolean {
  const sign = toks[i - 1];
  if (!sign || SIGNS[sign.text] === undefined || toks[i]!.gap !== 0) return false;
  const before = toks[i - 2];
  return before === undefined || sign.gap > 0 || sign.newline || (before.kind === 'punct' && SIGNS[before.text] === undefined);
}
const near = (toks: readonly Token[], i: number): boolean =>
  i < toks.length && toks[i]!.gap <= 3 && !(toks[i]!.newline && toks[i]!.gap > 2) && !toks[i]!.blank;
const ORD_SUFFIX = new Set(['st', 'nd', 'rd', 'th']);

function numberToken(toks: readonly Token[], i: number): number | null {
  const t = toks[i];
  if (!t || t.kind !== 'num' || t.text.length > 7) return null;
  // A number glued to a preceding digit group or decimal point is part of a larger number.
  return Number(t.text);
}

/** Cardinal number words: `four`, `twenty four`, `twenty-four`, `a hundred`, `two thousand`. */
/** A number in words below a hundred at i (`seven`, `forty-two`, `ninety one`). */
function wordsBelowHundred(toks: readonly Token[], i: number): SlotMatch | null {
  const t = toks[i];
  if (!t) return null;
  if (UNITS_ONES[t.lower] !== undefined) return { len: 1, v: UNITS_ONES[t.lower]! };
  if (TENS[t.lower] === undefined) return null;
  let j = i + 1;
  if (toks[j]?.text === '-' && glued(toks, j)) j++;
  const u = toks[j];
  if (u && near(toks, j) && UNITS_ONES[u.lower] !== undefined && UNITS_ONES[u.lower]! < 10 && UNITS_ONES[u.lower]! > 0) return { len: j + 1 - i, v: TENS[t.lower]! + UNITS_ONES[u.lower]! };
  return { len: 1, v: TENS[t.lower]! };
}

function numberWords(toks: readonly Token[], i: number): SlotMatch | null {
  const t = toks[i];
  if (!t) return null;
  let first = wordsBelowHundred(toks, i);
  if (!first && (t.lower === 'a' || t.lower === 'one') && (toks[i + 1]?.lower === 'hundred' || toks[i + 1]?.lower === 'thousand')) first = { len: 1, v: 1 };
  if (!first) return null;
  let k = i + first.len;
  let value = first.v as number;
  const m = toks[k];
  if (m && near(toks, k) && (m.lower === 'hundred' || m.lower === 'thousand')) {
    value *= m.lower === 'hundred' ? 100 : 1000;
    k++;
    // `five hundred and twelve`, `one hundred and fifty`: the rest after `and`.
    const rest = toks[k]?.lower === 'and' && near(toks, k) && near(toks, k + 1) ? wordsBelowHundred(toks, k + 1) : null;
    if (rest && (rest.v as number) > 0) {
      value += rest.v as number;
      k += 1 + rest.len;
    }
  }
  // `six and a half`, `two and a half`: and a half more.
  if (andAHalf(toks, k)) {
    value += 0.5;
    k += 3;
  }
  return { len: k - i, v: value };
}

/** `and a half` at k, as after `6` in `6 and a half months`. */
const andAHalf = (toks: readonly Token[], k: number): boolean =>
  toks[k]?.lower === 'and' && toks[k + 1]?.lower === 'a' && toks[k + 2]?.lower === 'half' && near(toks, k) && near(toks, k + 1) && near(toks, k + 2);

/** Words that open a year or date phrase: a capitalized one of these before a number is no name (time words are none either: see the named-number row). */
const NOT_NAMES = new Set([
  'in', 'since', 'by', 'until', 'till', 'from', 'of', 'on', 'at', 'during', 'before', 'after', 'through',
  'to', 'for', 'fiscal', 'early', 'late', 'mid', 'and', 'or', 'the', 'between', 'around', 'about', 'circa',
  'published', 'updated', 'posted', 'as', 'than', 'year', 'end', 'summer', 'winter', 'spring', 'autumn', 'fall',
  'throughout', 'into', 'within', 'last', 'next', 'this', 'that', 'but', 'while', 'when', 'if', 'then', 'with',
  'only', 'until', 'about', 'nearly', 'some', 'over', 'under', 'almost', 'by', 'born', 'died', 'built', 'dated', 'filed', 'opened',
  // Determiners, prepositions and conjunctions that open a sentence (`A 2011 report warned`, `Unlike 2019, ...`).
  'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'these', 'those', 'every', 'each', 'unlike', 'like', 'despite',
  'although', 'though', 'because', 'unless', 'once', 'even', 'also', 'so', 'yet', 'amid', 'among', 'across', 'throughout',
  'including', 'except', 'toward', 'towards', 'upon', 'without', 'beyond', 'ahead', 'prior', 'what', 'which', 'where', 'how', 'why',
]);

/** Years said in words: `nineteen ninety-six`, `two thousand`, `two thousand and one`. */
const SPOKEN_YEAR: SlotClass = {
  cont: null,
  words: ['eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'two'],
  match(toks, i) {
    const t = toks[i]!;
    if (t.lower === 'two') {
      // `two thousand ten`, `two-thousand ten`.
      const h = toks[i + 1]?.text === '-' && glued(toks, i + 1) && glued(toks, i + 2) ? 1 : 0;
      if (toks[i + 1 + h]?.lower !== 'thousand' || !near(toks, i + 1 + h)) return null;
      let k = i + 2 + h;
      if (toks[k]?.lower === 'and' && near(toks, k)) k++;
      const rest = toks[k] && near(toks, k) ? numberWords(toks, k) : null;
      if (rest && Number.isInteger(rest.v) && (rest.v as number) < 100 && (rest.v as number) > 0) return { len: k + rest.len - i, v: 2000 + (rest.v as number) };
      return { len: 2 + h, v: 2000 };
    }
    const century = t.lower === 'twenty' ? 20 : UNITS_ONES[t.lower];
    if (century === undefined || century < 11) return null;
    const next = toks[i + 1];
    if (!next || !near(toks, i + 1)) return null;
    if (next.lower === 'hundred') return { len: 2, v: century * 100 };
    const rest = numberWords(toks, i + 1);
    if (!rest || !Number.isInteger(rest.v) || (rest.v as number) < 10 || (rest.v as number) > 99) return null;
    return { len: 1 + rest.len, v: century * 100 + (rest.v as number) };
  },
};
const BIG_NUMBER: SlotClass = {
  cont: [','],
  words: [],
  numeric: [1, 2, 3],
  match(toks, i) {
    // `4,500` / `3,000,000`: digit groups glued by commas.
    let k = i + 1;
    while (toks[k]?.text === ',' && glued(toks, k) && toks[k + 1]?.kind === 'num' && toks[k + 1]!.text.length === 3 && glued(toks, k + 1)) k += 2;
    return k > i + 1 ? { len: k - i, v: 0 } : null;
  },
};
/** A count noun, or an adjective and a count noun (`dead soldiers`). */
const COUNT_NOUN: SlotClass = {
  words: /* @__PURE__ */ wordList(COUNT_NOUNS, COUNT_ADJECTIVES),
  match(toks, i) {
    const t = toks[i]!;
    if (COUNT_NOUNS.has(t.lower)) return { len: 1, v: t.lower };
    const n = toks[i + 1];
    return COUNT_ADJECTIVES.has(t.lower) && n && near(toks, i + 1) && COUNT_NOUNS.has(n.lower) ? { len: 2, v: n.lower } : null;
  },
};
const TIME_WORD_TABLES: readonly Readonly<Record<string, unknown>>[] = [MONTHS, WEEKDAYS, UNITS, PARTS_OF_DAY, SEASONS];
/** A lower-case word that may name a happening (`crash`, `vote`): four letters or more, no function or time word. */
const HAPPENING_WORD: SlotClass = {
  words: [],
  match(toks, i) {
    const t = toks[i]!;
    if (t.kind !== 'word' || t.capital || t.lower.length < 4 || FUNCTION_WORDS.has(t.lower) || TIME_WORD_TABLES.some((table) => table[t.lower] !== undefined)) return null;
    return { len: 1, v: t.lower };
  },
};
const NAMED_WORD: SlotClass = {
  words: /* @__PURE__ */ wordList(NUMBER_NAME_WORDS, ['#capital']),
  match(toks, i) {
    const t = toks[i]!;
    if (t.kind !== 'word') return null;
    if (NUMBER_NAME_WORDS.has(t.lower)) return { len: 1, v: t.lower };
    // (`Retrieved 3 March 2021`, `Accessed 12 May`, `Born 4 July 1930`: a participle, not a name.)
    if (!t.capital || NOT_NAMES.has(t.lower) || (t.lower.length >= 7 && t.lower.endsWith('ed')) || MONTHS[t.lower] !== undefined || WEEKDAYS[t.lower] !== undefined || WEEKDAY_ABBREVIATIONS[t.lower] !== undefined) return null;
    return { len: 1, v: t.lower };
  },
};

/** Words before a month that make it a date even in lower case (`last march`, `next may`). */
const MONTH_DEICTICS = new Set(['last', 'next', 'coming']);
/** Words that make what follows them a noun phrase (`their last march`, `the next march`). */
const NOUN_OPENERS = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'whose']);

/**
 * Whether token `i` follows `last`, `next` or `coming` that no determiner opens: `last march` (the month) but
 * `their last march` and `the next march` (the noun).
 */
/** Month abbreviations that are no English word, read in lower case after a preposition of time (`since jan`). */
const LOWER_CASE_MONTHS = new Set(['jan', 'feb', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
const TIME_PREPOSITIONS = new Set(['since', 'to', 'until', 'till', 'til', 'from', 'by', 'in', 'before', 'after', 'through', 'thru', 'early', 'mid', 'late', 'end', 'of']);
/** Words before a weekday's abbreviation that make it one in any case (`last wed`, `next fri`). */
const WEEKDAY_DEICTICS = new Set(['last', 'next', 'this']);

function afterBareDeictic(toks: readonly Token[], i: number): boolean {
  const d = toks[i - 1];
  if (!d || !MONTH_DEICTICS.has(d.lower)) return false;
  const before = toks[i - 2];
  // `this coming march`: `this` opens the date itself.
  if (d.lower === 'coming' && before?.lower === 'this') return !NOUN_OPENERS.has(toks[i - 3]?.lower ?? '');
  return !before || !NOUN_OPENERS.has(before.lower);
}


/**
 * Whether a lower-case `may` or `march` at `i` comes before a day written as an ordinal (`may 7th`, `march seventh`):
 * the month, as the verbs take no ordinal after them. Not `first` or `second` (`you may first ask`, `I may second it`), and a
 * word ordinal only before a year or the end of the clause.
 */
function beforeOrdinalDay(toks: readonly Token[], i: number): boolean {
  const n = toks[i + 1];
  if (!n || !near(toks, i + 1)) return false;
  if (n.kind === 'num') return n.text.length <= 2 && Number(n.text) >= 1 && Number(n.text) <= 31 && ORD_SUFFIX.has(toks[i + 2]?.lower ?? '') && glued(toks, i + 2);
  const o = ORDINALS[n.lower];
  if (o === undefined || o < 3 || o > 31) return false;
  // In words, only before a year or the end of the clause: `may seventh '97`, but `they march third in line`.
  const after = toks[i + 2];
  return !after || after.newline || after.kind === 'num' || after.kind === 'punct';
}

/** Prepositions after which `every march` is a noun phrase (`with every march`). */
const NOUN_PREPOSITIONS = new Set(['with', 'after', 'before', 'for', 'of', 'at', 'on', 'from', 'by', 'to', 'into', 'through', 'like', 'than', 'as', 'about', 'against', 'without']);

/**
 * Whether a lower-case `march` or `may` at `i` follows `every` or `each` (`every other`) and ends its clause: `it
 * floods every march.` is the month, `every march through the city` and `each may choose` are not.
 */
function recurringAtClauseEnd(toks: readonly Token[], i: number): boolean {
  let k = i - 1;
  if (toks[k]?.lower === 'other') k--;
  const w = toks[k]?.lower;
  if ((w !== 'every' && w !== 'each') || !near(toks, i) || (k < i - 1 && !near(toks, i - 1))) return false;
  // `grew with every march`, `as each may`: after a preposition it is the noun (or the verb).
  if (NOUN_PREPOSITIONS.has(toks[k - 1]?.lower ?? '')) return false;
  const next = toks[i + 1];
  return !next || next.newline || (next.kind === 'punct' && /^[.,;:!?)]$/.test(next.text));
}

/**
 * A signed offset from the sign at i (`+0530`, `+05:30`, `-08`, `-2:30`): `Z` for zero, else `±HH:MM`. After a zone
 * name (`named`) any of these; alone, `+` with four digits, `HH:MM` or (glued to the time) two digits, and `-` with
 * four digits or, after a time with seconds, `HH:MM` (`10:30-11:30` is a range, not an offset).
 */
function signedOffset(toks: readonly Token[], i: number, named: boolean): SlotMatch | null {
  const sign = toks[i]!.text;
  const h = toks[i + 1];
  if ((sign !== '+' && sign !== '-') || !h || h.kind !== 'num' || !glued(toks, i + 1)) return null;
  let hh: number, mm = 0, len = 2;
  if (h.text.length === 4) {
    hh = Number(h.text.slice(0, 2));
    mm = Number(h.text.slice(2));
  } else if (h.text.length <= 2) {
    hh = Number(h.text);
    const m = toks[i + 3];
    const colon = toks[i + 2]?.text === ':' && glued(toks, i + 2) && !!m && m.kind === 'num' && m.text.length === 2 && glued(toks, i + 3);
    if (colon) {
      mm = Number(m.text);
      len = 4;
    }
    if (!named) {
      // The seconds (and their fraction) the offset is glued to: `18:32:56-05:00`, `23:59:58.125-04:00`.
      const s = toks[i - 2]?.text === '.' ? i - 2 : i;
      const afterSeconds = toks[s - 2]?.text === ':' && toks[s - 4]?.text === ':' && toks[i]!.gap === 0;
      if (h.text.length !== 2 || (sign === '-' && !(colon && afterSeconds)) || (!colon && toks[i]!.gap > 0)) return null;
    }
  } else return null;
  if (hh > 14 || mm > 59 || (hh === 14 && mm > 0)) return null;
  const after = toks[i + len];
  if (after && glued(toks, i + len) && (after.kind === 'num' || after.kind === 'word' || after.text === '.' && toks[i + len + 1]?.kind === 'num')) return null;
  return { len, v: hh === 0 && mm === 0 ? 'Z' : `${sign}${pad2(hh)}:${pad2(mm)}` };
}

/** A zone at i: an abbreviation (with an offset after GMT/UTC and a bracketed name after that), a US zone name, or an offset. */
function zoneAt(toks: readonly Token[], i: number): SlotMatch | null {
  const t = toks[i]!;
  if (t.text === '+' || t.text === '-') return signedOffset(toks, i, false);
  // `08:15Z`: the UTC letter glued to the time.
  if (t.text === 'Z') return t.gap === 0 && i > 0 && toks[i - 1]!.kind === 'num' ? { len: 1, v: 'Z' } : null;
  if (TIME_ZONES.has(t.lower)) {
    const upper = t.text === t.text.toUpperCase();
    let len = 1;
    let v: string | undefined = ZONE_OFFSETS[t.lower];
    if (v === undefined) v = US_ZONES[t.lower] !== undefined ? `US${US_ZONES[t.lower]}` : '';
    // `utc+02:45`, `GMT -08:45`, `gmt+02`: an offset from UTC.
    const sign = toks[i + 1];
    if ((t.lower === 'gmt' || t.lower === 'utc') && sign && near(toks, i + 1) && (sign.text === '+' || sign.text === '-')) {
      const off = signedOffset(toks, i + 1, true);
      if (off) {
        len += off.len;
        v = String(off.v);
      }
    }
    if (!upper && len === 1) return null;
    // `GMT+0900 (JST)`: the zone's name in brackets after it.
    const [open, name, close] = [toks[i + len], toks[i + len + 1], toks[i + len + 2]];
    if (open?.text === '(' && name && close?.text === ')' && near(toks, i + len) && TIME_ZONES.has(name.lower) && name.text === name.text.toUpperCase()) len += 3;
    return { len, v };
  }
  // `9 a.m. Pacific`, `noon Eastern time`, `8 p.m. Eastern Standard Time`: a capitalized zone name.
  if (ZONE_NAMES.has(t.lower) && t.text.charCodeAt(0) < 97) {
    const base = US_ZONES[t.lower]!;
    let len = 1;
    let v = `US${base}`;
    const season = toks[i + 1]?.lower ?? '';
    if (/^(standard|daylight)$/.test(season) && toks[i + 2]?.lower === 'time' && near(toks, i + 1) && near(toks, i + 2)) {
      len = 3;
      const h = season === 'daylight' ? base + 1 : base;
      v = `${h < 0 ? '-' : '+'}${pad2(Math.abs(h))}:00`;
    } else if (toks[i + 1]?.lower === 'time' && near(toks, i + 1)) len = 2;
    // A name goes on (`Pacific Ocean`, `Central Park`): not a zone.
    else if (toks[i + 1]?.kind === 'word' && /^\p{Lu}/u.test(toks[i + 1]!.text) && near(toks, i + 1)) return null;
    return { len, v };
  }
  return null;
}

/** Words before `at` that make `at 12.30` a price or a rate, not a time. */
const PRICE_WORDS = new Set(['closed', 'close', 'closing', 'traded', 'trading', 'priced', 'ended', 'finished', 'stood', 'opened',
  'fell', 'rose', 'settled', 'quoted', 'valued', 'fixed', 'pegged', 'rate', 'rates', 'yield', 'yields', 'peaked', 'sold', 'bought', 'offered', 'bid']);
/** Words that may follow a dot time after `at` (`at 12.30 on Friday`, `at 8.15 tomorrow`). */
const AFTER_DOT_TIME = new Set(['on', 'today', 'tonight', 'tomorrow', 'yesterday', 'this', 'and', 'or', 'to', 'until', 'when', 'sharp', 'local', 'hours', 'in', 'every']);

/** `at 12.30`: a dot time after `at`, on a quarter hour, followed by nothing that makes it an amount (`at 12.30%`, `at 8.15 marks`). */
function dotTimeAfterAt(toks: readonly Token[], i: number, hh: number, mm: number): boolean {
  if (toks[i - 1]?.lower !== 'at' || hh < 1 || mm % 15 !== 0 || PRICE_WORDS.has(toks[i - 2]?.lower ?? '')) return false;
  const next = toks[i + 3];
  if (!next || next.newline) return true;
  if (next.kind === 'num') return false;
  if (next.kind === 'punct') return next.text !== '%' && !(next.text === '.' && toks[i + 4]?.kind === 'num' && glued(toks, i + 4));
  // (`At 8.15 Dev talks to ...`: a sentence that opens with the time goes on with its subject.)
  return AFTER_DOT_TIME.has(next.lower) || WEEKDAYS[next.lower] !== undefined || (toks[i - 1]!.text === 'At' && next.kind === 'word' && next.capital);
}

/** `9.30–11.00am`, `2.15-3.45 p.m.`: a dot time starting a range whose end, a dot time too, says am or pm. */
function dotTimeStartingRange(toks: readonly Token[], i: number): boolean {
  const dash = toks[i + 3];
  if (!dash || (dash.text !== '-' && dash.text !== '–') || dash.gap > 1) return false;
  const [h, sep, m, ap] = [toks[i + 4], toks[i + 5], toks[i + 6], toks[i + 7]];
  if (!h || h.kind !== 'num' || h.text.length > 2 || h.gap > 1 || (sep?.text !== '.' && sep?.text !== ':') || m?.kind !== 'num' || m.text.length !== 2) return false;
  const half = ap?.lower ?? '';
  return half === 'am' || half === 'pm' || ((half === 'a' || half === 'p') && toks[i + 8]?.text === '.');
}

export const SLOT_CLASSES: Readonly<Record<string, SlotClass>> = /* @__PURE__ */ wordTable({
  month: {
    cont: ['.'],
    words: /* @__PURE__ */ Object.keys(MONTHS),
    match(toks, i) {
      const t = toks[i]!;
      const m = MONTHS[t.lower];
      if (m === undefined) return null;
      const afterTimePreposition = !t.capital && LOWER_CASE_MONTHS.has(t.lower) && TIME_PREPOSITIONS.has(toks[i - 1]?.lower ?? '');
      if (AMBIGUOUS_MONTHS.has(t.lower) && !t.capital && !afterTimePreposition && !afterBareDeictic(toks, i) && !recurringAtClauseEnd(toks, i) && !beforeOrdinalDay(toks, i)) return null;
      // Abbreviations keep their dot: `Jan.`
      if (t.lower.length <= 4 && t.lower !== 'june' && t.lower !== 'july' && t.lower !== 'may' && toks[i + 1]?.text === '.' && glued(toks, i + 1)) {
        return { len: 2, v: m };
      }
      // In lower case only after a preposition of time, as informal writing has it (`since jan`, `by oct`).
      if (t.lower.length <= 4 && t.lower !== 'june' && t.lower !== 'july' && t.lower !== 'may' && !t.capital
        && !afterTimePreposition) return null;
      return { len: 1, v: m };
    },
  },
  /** A month word in any case and without its dot (`aug`, `SEP`): for dates joined by dashes or slashes, `2012/aug/10`. */
  anymonth: {
    words: /* @__PURE__ */ Object.keys(MONTHS),
    match(toks, i) {
      const m = MONTHS[toks[i]!.lower];
      return m === undefined ? null : { len: 1, v: m };
    },
  },
  weekday: {
    cont: ['.'],
    words: /* @__PURE__ */ wordList(WEEKDAYS, WEEKDAY_ABBREVIATIONS),
    match(toks, i) {
      const t = toks[i]!;
      let d = WEEKDAYS[t.lower];
      if (d === undefined) {
        // `Fri`, `Sat.`: abbreviations are common words too (`sat`, `wed`, `Sun, a maker of...`), so
        // only capitalized and followed by a dot or a date (`Fri 7 Jan`, `Sun, 09 Jan 2022`).
        d = WEEKDAY_ABBREVIATIONS[t.lower];
        const n = toks[i + 1];
        const dateLike = (x: Token | undefined): boolean => !!x && (x.kind === 'num' || MONTHS[x.lower] !== undefined);
        // After `on` (`quarter to twelve on Wed`), unless a name goes on (`on Sun Microsystems`).
        const afterOn = toks[i - 1]?.lower === 'on' && near(toks, i) && !(n && n.kind === 'word' && n.capital && near(toks, i + 1));
        // After `last`, `next` or `this`, in any case (`last wed`).
        const afterDeictic = WEEKDAY_DEICTICS.has(toks[i - 1]?.lower ?? '') && near(toks, i);
        if (d === undefined || (!afterDeictic && (!t.capital || !(afterOn || (n && (n.text === '.' || dateLike(n) || (n.text === ',' && dateLike(toks[i + 2])))))))) return null;
      }
      if (t.lower.length <= 5 && toks[i + 1]?.text === '.' && glued(toks, i + 1)) return { len: 2, v: d };
      return { len: 1, v: d };
    },
  },
  day: {
    cont: ['st', 'nd', 'rd', 'th'],
    words: [],
    numeric: [1, 2],
    match(toks, i) {
      const t = toks[i]!;
      if (t.kind !== 'num' || t.text.length > 2) return null;
      const n = Number(t.text);
      if (n < 1 || n > 31) return null;
      if (toks[i + 1] && ORD_SUFFIX.has(toks[i + 1]!.lower) && glued(toks, i + 1)) return { len: 2, v: n };
      // `15Sep`: a month may be glued to its day; any other word makes the number part of a code.
      if (toks[i + 1] && glued(toks, i + 1) && toks[i + 1]!.kind === 'word' && MONTHS[toks[i + 1]!.lower] === undefined) return null;
      return { len: 1, v: n };
    },
  },
  year: {
    words: [],
    numeric: [4],
    match(toks, i) {
      const t = toks[i]!;
      if (t.kind !== 'num' || t.text.length !== 4) return null;
      const n = Number(t.text);
      if (n < 1000 || n > 2199) return null;
      const next = toks[i + 1];
      // `1990s`, `2000%`, `2,000`, `2082.1` (an index value) are not years.
      if (next && glued(toks, i + 1) && (next.kind === 'word' || next.text === '%' || ((next.text === ',' || next.text === '.') && toks[i + 2]?.kind === 'num' && glued(toks, i + 2)))) return null;
      // `1800 hours` is a clock time or an amount of hours, never the year 1800.
      if (next && near(toks, i + 1) && (UNITS[next.lower] === 'H' || UNITS[next.lower] === 'MIN')) return null;
      const prev = toks[i - 1];
      if (prev && prev.text === '.' && prev.gap === 0 && toks[i - 2]?.kind === 'num') return null;
      // `CVE-2025-31877`, `RFC-2616`: glued by a hyphen to a code in capitals, an identifier's number.
      if (prev && prev.text === '-' && prev.gap === 0 && t.gap === 0 && toks[i - 2]?.kind === 'word' && toks[i - 2]!.text.length >= 2
        && toks[i - 2]!.text === toks[i - 2]!.text.toUpperCase() && !/^(?:FY|AD|BC|BCE|CE)$/.test(toks[i - 2]!.text)) return null;
      // `18:32:56+1600`: a sign glued between a number and this one makes it a zone offset (here out of range), not a year.
      if (prev && (prev.text === '+' || (prev.text === '-' && toks[i - 3]?.text === ':')) && prev.gap === 0 && t.gap === 0 && toks[i - 2]?.kind === 'num') return null;
      return { len: 1, v: n };
    },
  },
  /** A whole number (amounts with decimals are read by @count). */
  int: {
    words: [],
    numeric: [1, 2, 3, 4, 5],
    match(toks, i) {
      const n = numberToken(toks, i);
      return n === null ? null : { len: 1, v: n };
    },
  },
  numword: {
    cont: null,
    words: /* @__PURE__ */ wordList(UNITS_ONES, TENS, ['a', 'one']),
    match: numberWords,
  },
  /** Any amount: digits, number words, or the article `a`/`an` meaning one. */
  count: {
    cont: null,
    words: /* @__PURE__ */ wordList(UNITS_ONES, TENS, ['a', 'an', 'one', 'half', 'dozen']),
    numeric: [1, 2, 3, 4, 5],
    match(toks, i) {
      const t = toks[i]!;
      if (t.kind === 'num') {
        if (t.text.length > 5) return null;
        const whole = numberToken(toks, i);
        if (whole === null) return null;
        // `1,000 years`, `10,000 years`: thousands after a comma.
        if (t.text.length <= 3 && toks[i + 1]?.text === ',' && toks[i + 2]?.kind === 'num' && toks[i + 2]!.text.length === 3 && glued(toks, i + 1) && glued(toks, i + 2)
          && !(toks[i + 3]?.text === ',' && glued(toks, i + 3))) {
          return { len: 3, v: whole * 1000 + Number(toks[i + 2]!.text) };
        }
        // `2.5 years`: a decimal amount.
        const n: SlotMatch = toks[i + 1]?.text === '.' && glued(toks, i + 1) && toks[i + 2]?.kind === 'num' && glued(toks, i + 2)
          ? { len: 3, v: whole + Number(`0.${toks[i + 2]!.text}`) }
          : { len: 1, v: whole };
        // `2 1/2 years`
        const j = i + n.len;
        if (toks[j]?.kind === 'num' && toks[j + 1]?.text === '/' && toks[j + 2]?.kind === 'num' && glued(toks, j + 1) && glued(toks, j + 2)) {
          const den = Number(toks[j + 2]!.text);
          if (den > 0) return { len: n.len + 3, v: (n.v as number) + Number(toks[j]!.text) / den };
        }
        if (Number.isInteger(n.v) && andAHalf(toks, j)) return { len: n.len + 3, v: (n.v as number) + 0.5 };
        return n;
      }
      const w = numberWords(toks, i);
      if (w) return w;
      if (t.lower === 'a' || t.lower === 'an') {
        if (toks[i + 1]?.lower === 'half' && near(toks, i + 1)) return { len: 2, v: 0.5 };
        if (toks[i + 1]?.lower === 'dozen' && near(toks, i + 1)) return { len: 2, v: 12 };
        return { len: 1, v: 1 };
      }
      // `half an hour`, `half a day`.
      if (t.lower === 'half') return (toks[i + 1]?.lower === 'a' || toks[i + 1]?.lower === 'an') && near(toks, i + 1) ? { len: 2, v: 0.5 } : { len: 1, v: 0.5 };
      if (t.lower === 'dozen') return { len: 1, v: 12 };
      return null;
    },
  },
  /** Vague amounts: `few`, `several`, `a couple of`. */
  vague: {
    cont: ['of'],
    words: /* @__PURE__ */ wordList(VAGUE_AMOUNTS),
    match(toks, i) {
      const t = toks[i]!;
      if (!VAGUE_AMOUNTS.has(t.lower)) return null;
      if (t.lower === 'couple' && toks[i + 1]?.lower === 'of') return { len: 2, v: 2 }; // TimeML: `a couple of years` is P2Y
      return { len: 1, v: 'X' };
    },
  },
  ord: {
    cont: /* @__PURE__ */ wordList(['st', 'nd', 'rd', 'th', '-'], ORDINALS),
    words: /* @__PURE__ */ wordList(ORDINALS, TENS),
    numeric: [1, 2],
    match(toks, i) {
      const t = toks[i]!;
      if (t.kind === 'num') {
        if (t.text.length > 2 || !toks[i + 1] || !ORD_SUFFIX.has(toks[i + 1]!.lower) || !glued(toks, i + 1)) return null;
        return { len: 2, v: Number(t.text) };
      }
      // `twenty-first`, `twenty fourth`: tens and an ordinal below ten.
      const tens = TENS[t.lower];
      if (tens !== undefined) {
        const j = toks[i + 1]?.text === '-' && glued(toks, i + 1) && glued(toks, i + 2) ? i + 2 : i + 1;
        const unit = toks[j] && near(toks, j) ? ORDINALS[toks[j]!.lower] : undefined;
        return unit !== undefined && unit >= 1 && unit <= 9 ? { len: j + 1 - i, v: tens + unit } : null;
      }
      const o = ORDINALS[t.lower];
      if (o === undefined) return null;
      return { len: 1, v: o };
    },
  },
  unit: {
    words: /* @__PURE__ */ wordList(UNITS, COMPACT_UNITS, ['second']),
    match(toks, i) {
      const u = UNITS[toks[i]!.lower] ?? compactUnitAt(toks, i) ?? hyphenedSecond(toks, i);
      return u === undefined ? null : { len: 1, v: u };
    },
  },
  /** Plural units only (`years`, `days`): bare vague durations. */
  units: {
    words: /* @__PURE__ */ Object.keys(UNITS).filter((w) => w.endsWith('s') || w === 'centuries' || w === 'millennia'),
    match(toks, i) {
      const t = toks[i]!;
      const u = UNITS[t.lower];
      return u === undefined || !(t.lower.endsWith('s') || t.lower === 'millennia') ? null : { len: 1, v: u };
    },
  },
  pod: {
    words: /* @__PURE__ */ Object.keys(PARTS_OF_DAY),
    match(toks, i) {
      const p = PARTS_OF_DAY[toks[i]!.lower];
      return p === undefined ? null : { len: 1, v: p };
    },
  },
  season: {
    words: /* @__PURE__ */ Object.keys(SEASONS),
    match(toks, i) {
      const s = SEASONS[toks[i]!.lower];
      return s === undefined ? null : { len: 1, v: s };
    },
  },
  /** `7:06`, `07:06:33` -> minutes since midnight (12-hour reading fixed by @ampm). */
  clock: {
    cont: [':', '.'],
    words: [],
    numeric: [1, 2],
    match(toks, i) {
      const h = toks[i]!;
      const sep = toks[i + 1]?.text;
      if (h.kind !== 'num' || h.text.length > 2 || (sep !== ':' && sep !== '.') || !glued(toks, i + 1)) return null;
      // `9.30am`, `19.06 GMT`: a dot separates hours and minutes only when am/pm or a time zone follows.
      const m = toks[i + 2];
      if (!m || m.kind !== 'num' || m.text.length !== 2 || !glued(toks, i + 2)) return null;
      const hh = Number(h.text), mm = Number(m.text);
      if (hh > 24 || mm > 59) return null;
      // A dot time needs am/pm, a zone (`23.00+14`), or `at` before a quarter hour (`at 12.30`).
      const ap = toks[i + 3]?.lower ?? '';
      if (sep === '.' && !(ap === 'am' || ap === 'pm' || ((ap === 'a' || ap === 'p') && toks[i + 4]?.text === '.' && glued(toks, i + 4))) && !TIME_ZONES.has(ap)
        && !(toks[i + 3]?.text === '+' && glued(toks, i + 3)) && !dotTimeAfterAt(toks, i, hh, mm) && !dotTimeStartingRange(toks, i)) return null;
      let len = 3;
      if (toks[i + 3]?.text === ':' && toks[i + 4]?.kind === 'num' && toks[i + 4]!.text.length === 2 && glued(toks, i + 3) && glued(toks, i + 4)) {
        len = 5;
        // `20:29:29.79`: a fraction of a second.
        if (toks[i + 5]?.text === '.' && toks[i + 6]?.kind === 'num' && toks[i + 6]!.text.length <= 3 && glued(toks, i + 5) && glued(toks, i + 6)) len = 7;
      }
      return { len, v: hh * 60 + mm };
    },
  },
  /** `a.m.`, `PM`, `p.m` -> 0 for am, 12 for pm. */
  /** An era written with a year: `BC`, `BCE`, `AD`, `CE`, `B.C.`, `A.D.` (the letters glued to their dots); `v` is `BC` or `AD`. */
  era: {
    cont: ['.'],
    words: ['bc', 'bce', 'ad', 'ce', 'b', 'a'],
    match(toks, i) {
      const w = toks[i]!.lower;
      if (w === 'bc' || w === 'bce') return { len: 1, v: 'BC' };
      if (w === 'ad' || w === 'ce') return { len: 1, v: 'AD' };
      if ((w === 'b' || w === 'a') && toks[i + 1]?.text === '.' && toks[i + 2]?.lower === (w === 'b' ? 'c' : 'd') && glued(toks, i + 1) && glued(toks, i + 2)) {
        return { len: toks[i + 3]?.text === '.' && glued(toks, i + 3) ? 4 : 3, v: w === 'b' ? 'BC' : 'AD' };
      }
      return null;
    },
  },
  ampm: {
    cont: ['.'],
    // (`m` is read too, the third token of `a.m.`: a row of hours in words names it as its trigger.)
    words: ['am', 'pm', 'a', 'p', 'm'],
    match(toks, i) {
      const t = toks[i]!;
      if (t.lower === 'am' || t.lower === 'pm') {
        return { len: 1, v: t.lower === 'am' ? 0 : 12 };
      }
      if ((t.lower === 'a' || t.lower === 'p') && toks[i + 1]?.text === '.' && toks[i + 2]?.lower === 'm' && glued(toks, i + 1) && glued(toks, i + 2)) {
        const len = toks[i + 3]?.text === '.' && glued(toks, i + 3) ? 4 : 3;
        return { len, v: t.lower === 'a' ? 0 : 12 };
      }
      return null;
    },
  },
  /**
   * A time zone after a clock time, read into the offset it stands for (see ZONE_OFFSETS, US_ZONES): `GMT`, `EST`,
   * `Pacific Standard Time`, `+0530`, `utc+02:45`, `GMT -08:45`, `(gmt-2:30)`, `GMT+0900 (JST)`; `local time` is ''.
   */
  tz: {
    cont: null,
    words: /* @__PURE__ */ wordList(TIME_ZONES, ZONE_NAMES, ['local', 'z']),
    punct: ['(', '+', '-'],
    match(toks, i) {
      const t = toks[i]!;
      if (t.lower === 'local' && toks[i + 1]?.lower === 'time') return { len: 2, v: '' };
      // `(gmt-2:30)`, `(UTC)`: a zone in brackets.
      if (t.text === '(') {
        const inner = toks[i + 1] && near(toks, i + 1) ? zoneAt(toks, i + 1) : null;
        return inner && toks[i + 1 + inner.len]?.text === ')' && near(toks, i + 1 + inner.len) ? { len: inner.len + 2, v: inner.v } : null;
      }
      return zoneAt(toks, i);
    },
  },
  /** `1990s`, `1990's`, `'90s`, `90s` -> decade value `199`. */
  decade: {
    cont: ['s', "'", '’', '#num2', '#num4'],
    words: [],
    numeric: [2, 4],
    punct: ["'", '’'],
    match(toks, i) {
      let k = i;
      let century = '';
      if (toks[k]!.kind === 'punct') {
        k++;
        if (!glued(toks, k)) return null;
        century = '19';
      }
      const t = toks[k];
      if (!t || t.kind !== 'num' || !t.text.endsWith('0')) return null;
      let digits: string;
      if (t.text.length === 4) digits = t.text.slice(0, 3);
      else if (t.text.length === 2 && (century || toks[k + 1]?.lower === 's')) digits = (century || '19') + t.text[0];
      else return null;
      k++;
      if ((toks[k]?.text === "'" || toks[k]?.text === '’') && glued(toks, k)) k++;
      if (toks[k]?.lower !== 's' || !glued(toks, k)) return null;
      return { len: k + 1 - i, v: digits };
    },
  },
  spokenyear: SPOKEN_YEAR,
  bignum: BIG_NUMBER,
  countnoun: COUNT_NOUN,
  namedword: NAMED_WORD,
  happening: HAPPENING_WORD,
});

export const isNear = near;
