/**
 * Recognition: one pass over the tokens. At each token, the rows whose pattern can start with it
 * (an index keyed by word, `#num` or punctuation) are tried; the longest match wins and the scan
 * jumps past it. Negative rows claim their span and emit nothing.
 */
import type { TagOptions } from '../model/types.js';
import { type Captures, type CompiledPattern, compilePattern, matchPattern, releaseMatchMemo, takeCaptures, tokenKey } from './pattern.js';
import { RULE_ROWS, type RuleRow } from './rules/index.js';
import type { Spec } from './spec.js';
import type { Token } from '../text/tokens.js';
import { SLOT_CLASSES, isNear } from './slots.js';
import { type Int32Lender, int32Lender } from '../text/scratch.js';

export interface Recognized {
  from: number;
  to: number;
  spec: Spec;
  rule: string;
}

interface CompiledRow {
  row: RuleRow;
  pattern: CompiledPattern;
  order: number;
  /** The row cannot match without a trigger word (not just a number) among its tokens. */
  needsWord: boolean;
  /** Ids of the word sets of its required literal slots after the first: each must occur at or after the match's start. */
  required: readonly number[];
}

interface RowIndex {
  byKey: Map<string, CompiledRow[]>;
  /** Words that make a temporal expression possible nearby (function words excluded). */
  triggers: Set<string>;
  /** One look-up per token: rows it can start, rows starting `the? ...` after it, trigger flag. */
  entries: Map<string, KeyEntry>;
  /**
   * Per word signature (see wordSignature): -1 when no key of the entries has it, -2 when several do, else
   * the index in wordKeys / wordEntries of the one key that has it (compared as a string, without hashing).
   */
  wordSlots: Int16Array;
  wordKeys: readonly string[];
  wordEntries: readonly KeyEntry[];
  /** Number of distinct required word sets (see CompiledRow.required). */
  requiredSets: number;
  /** Working arrays of recognize, lent from one call to the next. */
  lenders: { nextTrigger: Int32Lender; nextWord: Int32Lender; lastAt: Int32Lender };
}
interface KeyEntry {
  rows: readonly CompiledRow[];
  theRows: readonly CompiledRow[];
  trigger: boolean;
  /** Ids of the required word sets (see CompiledRow.required) that hold this key. */
  sets: readonly number[];
  /** rows / theRows kept by their second-token pre-check, per key of that token (filled lazily). */
  byNext: Map<string, readonly CompiledRow[]>;
  theByNext: Map<string, readonly CompiledRow[]>;
  /** rows and the name-number rows, for a capitalized word before a number (made on first use). */
  named: readonly CompiledRow[] | null;
}

const ADMITTED_CACHE_LIMIT = 4096;
/** Marks an expression never ends on. */
const TRAILING_MARKS = new Set([',', "'", '’']);

/** The rows of a list whose second-token pre-check admits a token of this key, cached per key. */
function admitted(cache: Map<string, readonly CompiledRow[]>, rows: readonly CompiledRow[], key: string): readonly CompiledRow[] {
  let kept = cache.get(key);
  if (!kept) {
    kept = rows.filter((r) => !r.pattern.follow || r.pattern.follow.has(key));
    // Bounded, so that hostile or endless input cannot grow it without limit.
    if (cache.size < ADMITTED_CACHE_LIMIT) cache.set(key, kept);
  }
  return kept;
}
let index: RowIndex | null = null;

/** A match must have a trigger token within this many tokens of its start. */
const TRIGGER_REACH = 6;
/** Classes whose words anchor a temporal expression; numbers always do. */
const TRIGGER_CLASSES = ['month', 'weekday', 'unit', 'units', 'pod', 'season', 'spokenyear', 'tz'];
function buildIndex(): RowIndex {
  const byKey = new Map<string, CompiledRow[]>();
  const triggers = new Set<string>();
  for (const cls of TRIGGER_CLASSES) for (const w of SLOT_CLASSES[cls]!.words) triggers.add(w);
  // Other words that anchor one (references, sets, holidays): each row names its own. Every row holds a trigger or a number.
  for (const row of RULE_ROWS) for (const w of row.triggers ?? []) triggers.add(w);
  const required = requiredSetsOf();
  RULE_ROWS.forEach((row, order) => {
    const pattern = compilePattern(row.pattern);
    // A required slot that reads only trigger words (`@unit`, `bc`, `ago`) makes the row need one.
    const needsWord = pattern.slots.some((s) => !s.optional && (s.literals
      ? [...s.literals].every((w) => triggers.has(w))
      : s.classes!.every((c) => TRIGGER_CLASSES.includes(c))));
    const requiredIds = required.idsOf(pattern);
    for (const key of pattern.startKeys) {
      const list = byKey.get(key) ?? [];
      list.push({ row, pattern, order, needsWord, required: requiredIds });
      byKey.set(key, list);
    }
  });
  for (const [key, rows] of [...byKey]) byKey.set(`the:${key}`, rows.filter((r) => r.pattern.leadingThe));
  const entries = new Map<string, KeyEntry>();
  for (const key of new Set([...byKey.keys(), ...triggers, ...required.setsOfKey.keys()])) {
    if (key.startsWith('the:')) continue;
    entries.set(key, {
      rows: byKey.get(key) ?? EMPTY, theRows: byKey.get(`the:${key}`) ?? EMPTY, trigger: triggers.has(key),
      sets: required.setsOfKey.get(key) ?? NO_SETS, byNext: new Map(), theByNext: new Map(), named: null,
    });
  }
  const wordSlots = new Int16Array(WORD_SIGNATURES).fill(-1);
  const wordKeys: string[] = [];
  const wordEntries: KeyEntry[] = [];
  for (const [key, entry] of entries) {
    if (!/^[a-z]+$/.test(key)) continue;
    const sig = wordSignature(key);
    if (wordSlots[sig] === -1 && wordKeys.length < 0x7fff) {
      wordSlots[sig] = wordKeys.length;
      wordKeys.push(key);
      wordEntries.push(entry);
    } else wordSlots[sig] = -2;
  }
  return {
    byKey, triggers, entries, wordSlots, wordKeys, wordEntries, requiredSets: required.count(),
    lenders: { nextTrigger: int32Lender(), nextWord: int32Lender(), lastAt: int32Lender() },
  };
}

/**
 * Numbers the word sets of the patterns' required literal slots (`ago`, `o`, `noon|midnight`): a row cannot
 * match at a token after the last word of such a set in the text, so recognize skips it there unread. A set
 * with a digit in a word is left out (number tokens are keyed by their length, not their spelling).
 */
function requiredSetsOf(): { idsOf: (p: CompiledPattern) => number[]; setsOfKey: Map<string, number[]>; count: () => number } {
  const ids = new Map<string, number>();
  const setsOfKey = new Map<string, number[]>();
  const idsOf = (p: CompiledPattern): number[] => {
    const out: number[] = [];
    // The first slot, when required, reads the token the row starts at: no need to look for it.
    p.slots.forEach((slot, k) => {
      if (k === 0 || slot.optional || !slot.literals || [...slot.literals].some((w) => /\d/.test(w))) return;
      const words = [...slot.literals].sort();
      const name = words.join('|');
      let id = ids.get(name);
      if (id === undefined) {
        id = ids.size;
        ids.set(name, id);
        for (const w of words) setsOfKey.set(w, [...(setsOfKey.get(w) ?? []), id]);
      }
      if (!out.includes(id)) out.push(id);
    });
    return out;
  };
  return { idsOf, setsOfKey, count: () => ids.size };
}

/** Number of distinct word signatures: first letter, length (capped) and last letter, five bits each. */
const WORD_SIGNATURES = 1 << 15;

/**
 * A cheap fingerprint of a lower-case ASCII word (first letter, length, last letter), so that most words
 * that start no row and trigger nothing skip the hash look-up of the entries.
 */
function wordSignature(lower: string): number {
  return ((lower.charCodeAt(0) & 31) << 10) | (Math.min(lower.length, 31) << 5) | (lower.charCodeAt(lower.length - 1) & 31);
}

const EMPTY: CompiledRow[] = [];
const NO_SETS: readonly number[] = [];

const NUM_KEYS = ['', '#num1', '#num2', '#num3', '#num4', '#num5'];
const NO_ENTRY: KeyEntry = { rows: EMPTY, theRows: EMPTY, trigger: false, sets: NO_SETS, byNext: new Map(), theByNext: new Map(), named: null };

/** Whether every required word set of a row occurs at or after token `at` (lastAt: each set's last token, or -1). */
function requiredAhead(required: readonly number[], lastAt: Int32Array, at: number): boolean {
  for (let k = 0; k < required.length; k++) if (lastAt[required[k]!]! < at) return false;
  return true;
}

function entryOf(idx: RowIndex, t: Token): KeyEntry {
  if (t.kind === 'num') return idx.entries.get(NUM_KEYS[Math.min(t.text.length, 5)]!) ?? NO_ENTRY;
  // A word token is ASCII letters only: when no key shares its signature, it has no entry.
  if (t.kind === 'word') {
    // A word token is ASCII letters only: its signature rules out every key but one, or all of them.
    const slot = idx.wordSlots[wordSignature(t.lower)]!;
    if (slot === -1) return NO_ENTRY;
    if (slot >= 0) return t.lower === idx.wordKeys[slot] ? idx.wordEntries[slot]! : NO_ENTRY;
  }
  return idx.entries.get(t.lower) ?? NO_ENTRY;
}

/**
 * A number anchors an expression by itself only when it looks like a year or a clock, date or
 * ordinal (`1989`, `7:06`, `11/09`, `9th`, `9 p.m.`, `90s`); `4,500 jobs` or `$3.8 million` start nothing.
 */
function numberTriggers(toks: readonly Token[], k: number): boolean {
  const t = toks[k]!;
  if (t.text.length === 4) return true;
  const n = toks[k + 1];
  // `in 698.`, `the conquest of 638`, `reigned from 177`: a three-digit year after a preposition.
  if (t.text.length === 3 && k > 0 && /^(in|since|until|by|around|circa|c|of|from)$/.test(toks[k - 1]!.lower)) return true;
  // `'87`: two digits glued to an apostrophe.
  if (t.text.length === 2 && t.gap === 0 && k > 0 && /^['’]$/.test(toks[k - 1]!.text)) return true;
  // `A.D. 800`, `B.C. 190`: a year after a dotted era.
  if (k > 2 && toks[k - 1]!.text === '.' && toks[k - 3]!.text === '.' && (toks[k - 2]!.lower === 'd' || toks[k - 2]!.lower === 'c')) return true;
  if (!n || n.gap > 1) return false;
  const w = n.lower;
  return w === ':' || w === '/' || w === 'am' || w === 'pm' || w === 'st' || w === 'nd' || w === 'rd' || w === 'th'
    || w === 's' || w === "'" || ((w === 'a' || w === 'p' || w === 'b') && toks[k + 2]?.text === '.')
    || (w === '-' && toks[k + 2]?.kind === 'num')
    // `9.30am`, `23.00+14`, `at 12.30`: a dot time (the clock slot decides).
    || (w === '.' && toks[k + 2]?.kind === 'num' && (/^(am|pm|a|p|\+)$/.test(toks[k + 3]?.lower ?? '') || (k > 0 && toks[k - 1]!.lower === 'at')))
    // `19.02.10`: a date written with dots.
    || (w === '.' && n.gap === 0 && toks[k + 2]?.kind === 'num' && toks[k + 3]?.text === '.' && toks[k + 4]?.kind === 'num' && toks[k + 4]!.gap === 0);
}

function candidates(idx: RowIndex, e: KeyEntry, t: Token, next: Token | undefined, nextKey: string): readonly CompiledRow[] {
  // Capitalized words start only name-number negatives (`Route 1776`), so only before a number.
  if (t.kind === 'word' && t.capital && next?.kind === 'num') {
    const named = idx.byKey.get('#capital');
    if (named) return e.rows.length ? (e.named ??= [...e.rows, ...named]) : named;
  }
  return e.rows.length ? admitted(e.byNext, e.rows, nextKey) : EMPTY;
}

/** Ids of rows that no trigger can reach (a row must hold a trigger word or a number class). */
export function untriggeredRows(): string[] {
  const idx = (index ??= buildIndex());
  return RULE_ROWS.filter((row) => {
    const p = compilePattern(row.pattern);
    const numeric = p.slots.some((s) => s.classes?.some((c) => (SLOT_CLASSES[c]!.numeric ?? []).length > 0));
    return !numeric && !p.words.some((w) => idx.triggers.has(w));
  }).map((row) => row.id);
}

/** Order of two matches: longest first; on a tie, negative rows first, then table order. */
function matchOrder(a: Match, b: Match): number {
  return b.end - b.from - (a.end - a.from) || Number(!!b.row.row.suppress) - Number(!!a.row.row.suppress) || a.row.order - b.row.order;
}

interface Match { from: number; at: number; end: number; row: CompiledRow }

/**
 * `matches.sort(matchOrder)` (stable, so the same order): an insertion sort, as there are only a few matches
 * at a token, and Array.prototype.sort costs more to set up than to run on so few.
 */
function sortMatches(matches: Match[]): void {
  for (let k = 1; k < matches.length; k++) {
    const m = matches[k]!;
    let j = k - 1;
    while (j >= 0 && matchOrder(matches[j]!, m) > 0) {
      matches[j + 1] = matches[j]!;
      j--;
    }
    matches[j + 1] = m;
  }
}

export function recognize(toks: readonly Token[], options: TagOptions): Recognized[] {
  const idx = (index ??= buildIndex());
  const isTimeWord = (lower: string): boolean => idx.triggers.has(lower);
  const out: Recognized[] = [];
  // nextTrigger[i]: index of the first token at or after i that can carry a temporal expression.
  // nextWord[i]: the same for trigger words only (rows that need a word skip numbers far from one).
  // (Every entry up to toks.length is written below before it is read.)
  const nextTrigger = idx.lenders.nextTrigger.take(toks.length + 1);
  const nextWord = idx.lenders.nextWord.take(toks.length + 1);
  const entries: KeyEntry[] = new Array<KeyEntry>(toks.length);
  // lastAt[set]: the last token holding a word of that required set, or -1.
  const lastAt = idx.lenders.lastAt.take(idx.requiredSets).fill(-1, 0, idx.requiredSets);
  nextTrigger[toks.length] = 1 << 30;
  nextWord[toks.length] = 1 << 30;
  for (let k = toks.length - 1; k >= 0; k--) {
    const t = toks[k]!;
    const e = entryOf(idx, t);
    entries[k] = e;
    for (let s = 0; s < e.sets.length; s++) if (lastAt[e.sets[s]!]! < 0) lastAt[e.sets[s]!] = k;
    nextWord[k] = t.kind !== 'num' && e.trigger ? k : nextWord[k + 1]!;
    nextTrigger[k] = (t.kind === 'num' ? numberTriggers(toks, k) : e.trigger) ? k : nextTrigger[k + 1]!;
  }
  let claimed = 0;
  // Token whose `the? ...` rows were already tried from the `the` before it.
  let theTried = -1;
  let i = 0;
  while (i < toks.length) {
    if (nextTrigger[i]! - i > TRIGGER_REACH) { i = nextTrigger[i]! - TRIGGER_REACH; continue; }
    const t = toks[i]!;
    // Key of the next token, for the rows' second-token pre-check (a far token counts as none).
    const second = toks[i + 1];
    const secondNear = second !== undefined && isNear(toks, i + 1);
    const nextKey = secondNear ? tokenKey(second) : '';
    const rows = candidates(idx, entries[i]!, t, second, nextKey);
    // At `the`, rows written `the? ...` are tried from the next token so that they compete here.
    let theRows: readonly CompiledRow[] = EMPTY;
    if (t.lower === 'the' && secondNear && entries[i + 1]!.theRows.length) {
      const third = toks[i + 2];
      const thirdKey = third && isNear(toks, i + 2) ? tokenKey(third) : '';
      theRows = admitted(entries[i + 1]!.theByNext, entries[i + 1]!.theRows, thirdKey);
    }
    if (rows.length === 0 && theRows.length === 0) { i++; continue; }
    let matches: Match[] | null = null;
    // A `the` right before, not yet claimed, joins rows written `the? ...`.
    const the = i > claimed && toks[i - 1]!.lower === 'the' && isNear(toks, i) ? i - 1 : i;
    const skipThe = theTried === i;
    const wordNear = nextWord[i]! - i <= TRIGGER_REACH + 4;
    for (const r of rows) {
      if (r.needsWord && !wordNear) continue;
      if (skipThe && r.pattern.leadingThe) continue;
      if (r.required.length && !requiredAhead(r.required, lastAt, i)) continue;
      const end = matchPattern(r.pattern, toks, i);
      if (end > i) (matches ??= []).push({ from: r.pattern.leadingThe ? the : i, at: i, end, row: r });
    }
    if (theRows.length) {
      theTried = i + 1;
      const wordNearNext = nextWord[i + 1]! - (i + 1) <= TRIGGER_REACH + 4;
      for (const r of theRows) {
        if (r.needsWord && !wordNearNext) continue;
        if (r.required.length && !requiredAhead(r.required, lastAt, i + 1)) continue;
        const end = matchPattern(r.pattern, toks, i + 1);
        if (end > i + 1) (matches ??= []).push({ from: i, at: i + 1, end, row: r });
      }
    }
    if (matches === null) { i++; continue; }
    // Longest first; on a tie, negative rows first, then table order.
    if (matches.length > 1) sortMatches(matches);
    let next = i + 1;
    for (const m of matches) {
      if (m.from < i && out.length && out[out.length - 1]!.to > m.from) continue;
      // Captures are rebuilt only for the rows whose build runs (matching is deterministic).
      let caps: Captures = {};
      if (m.row.row.build) {
        matchPattern(m.row.pattern, toks, m.at);
        caps = takeCaptures();
      }
      const spec = m.row.row.build ? m.row.row.build(caps, { toks, from: m.from, to: m.end, options, isTimeWord }) : null;
      if (m.row.row.suppress) {
        if (m.row.row.build && !spec) continue;
        next = m.end;
        claimed = m.end;
        break;
      }
      if (spec) {
        const id = m.row.row.id;
        // An optional comma or quote mark that nothing followed (`11 August,` of `,? @year?`, `Christmas '` of
        // `Christmas '87`) is not the expression's: the next expression may start there.
        let end = m.end;
        while (end > m.from + 1 && TRAILING_MARKS.has(toks[end - 1]!.text)) end--;
        if (spec.pair && caps.a && caps.b) {
          // Two expressions from one match: capture `a` is the first, `b` to the end the second.
          out.push({ from: m.from + (spec.skip ?? 0), to: caps.a.i + caps.a.len, spec: { ...spec, pair: undefined }, rule: id });
          out.push({ from: caps.b.i, to: end, spec: spec.pair, rule: id });
        } else {
          out.push({ from: m.from + (spec.skip ?? 0), to: end, spec, rule: id });
        }
        next = end;
        claimed = end;
        break;
      }
    }
    i = next;
  }
  releaseMatchMemo();
  return out;
}
