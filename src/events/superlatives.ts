/**
 * Superlatives and ordinals (`the warmest`, `its highest level`, `the first time`) and the time a comparison
 * runs over: a baseline after `since` (`the strongest since 2007`) names no happening, and a span after `for`
 * (`the mildest for 15 years`) is how far back the comparison reaches, not how long the happening lasted.
 */

const SUPERLATIVE_WORDS = new Set(['highest', 'lowest', 'biggest', 'largest', 'strongest', 'weakest', 'worst', 'best', 'deadliest',
  'warmest', 'coldest', 'wettest', 'driest', 'fastest', 'slowest', 'record', 'hottest', 'heaviest', 'busiest']);
const DETERMINED_SUPERLATIVES = new Set(['most', 'first', 'only', 'second', 'third', 'fourth', 'fifth', 'last', 'least']);
/** `s` is the split-off possessive of `Harbor City's first win`. */
const SUPERLATIVE_DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'a', 's']);
const SUPERLATIVE_REACH = 45;

const wordsOf = (s: string): string[] => s.toLowerCase().match(/[a-z]+/g) ?? [];

/**
 * Whether `words[i]` is a superlative or an ordinal (`warmest`, `the mildest`, `its first`); not an ordinal that picks
 * one of a group (`the last of 14 miners`, `the first of three ships`).
 */
function isSuperlativeAt(words: readonly string[], i: number): boolean {
  const w = words[i]!;
  if (SUPERLATIVE_WORDS.has(w)) return true;
  if ((w === 'first' || w === 'last') && words[i - 1] === 'the' && words[i + 1] === 'of') return false;
  return (DETERMINED_SUPERLATIVES.has(w) || (w.length > 4 && w.endsWith('est'))) && SUPERLATIVE_DETERMINERS.has(words[i - 1] ?? '');
}

/** Whether a stretch of a clause holds a superlative or an ordinal. */
export function hasSuperlative(clause: string): boolean {
  const words = wordsOf(clause);
  return words.some((_, i) => isSuperlativeAt(words, i));
}

/** The part of the last `reach` characters of `before` after its last clause break. */
function clauseTail(before: string, reach = SUPERLATIVE_REACH): string {
  const near = before.slice(-reach);
  return near.slice(Math.max(near.lastIndexOf(','), near.lastIndexOf(';'), near.lastIndexOf(':')) + 1);
}

/** `since` (`after`, `behind`) after a superlative or an ordinal in the same clause (`the strongest since`, `the second-worst after`). */
const SINCE_BEFORE = /\b(?:since|after|behind)\s{1,3}(?:the\s{1,3})?$/i;

/** True when the text before a date ends in `since` after a superlative or ordinal of the same clause. */
export function isSuperlativeBaseline(before: string): boolean {
  return SINCE_BEFORE.test(before) && hasSuperlative(clauseTail(before));
}

/** `for`, `for a`, `for more than` before an amount of time. */
const FOR_SPAN_BEFORE = /\bfor\s{1,3}(?:(?:a|an|more\s{1,3}than|almost|nearly|over)\s{1,3})?$/i;
/** How many words may stand between the superlative and `for` (`the heaviest snowfall in the capital for`). */
const SPAN_REACH = 4;
/** Verbs of holding a rank over time (`remained the tallest building for 40 years`): then `for` does say how long. */
const HOLDING_VERBS = new Set(['remained', 'remains', 'remain', 'stayed', 'stays', 'stay', 'held', 'holds', 'hold', 'stood', 'stands',
  'reigned', 'ruled', 'kept', 'keeps', 'served', 'serves', 'ranked', 'ranks']);

/**
 * True when the text before an amount of time ends in `for` after a superlative or an ordinal of the same clause
 * (`Last December was the mildest for`, `its lowest level for`, `the first time for`): the amount is the span the
 * comparison reaches back over. Not after a verb of holding a rank (`remained the tallest for`), nor when another
 * verb's `to` stands between (`the first woman to serve for`).
 */
export function isSuperlativeSpan(before: string): boolean {
  const lead = FOR_SPAN_BEFORE.exec(before);
  if (!lead) return false;
  // (Read further back than a baseline: the verb of the clause may stand well before the superlative.)
  const words = wordsOf(clauseTail(before.slice(0, lead.index), 2 * SUPERLATIVE_REACH));
  for (let i = words.length - 1; i >= 0 && i >= words.length - 1 - SPAN_REACH; i--) {
    if (words[i] === 'to') return false;
    if (isSuperlativeAt(words, i)) return !words.slice(0, i).some((w) => HOLDING_VERBS.has(w));
  }
  return false;
}
