/**
 * Rule patterns: a row's pattern is a space-separated list of slots, compiled once.
 *   `the? q=@ord -? quarter of? @year?`
 * A slot is a literal (`of`, `last|past`, `,`), or a class `@month` (see slots.ts), optionally named
 * `name=` (default: the class name, or `w` + index for literals) and optional with a trailing `?`.
 * Slots are separated by at most a few spaces (bounded), never by a paragraph break.
 */
import type { Token } from '../text/tokens.js';
import { SLOT_CLASSES, isNear, type SlotClass } from './slots.js';

export interface Capture {
  i: number;
  len: number;
  v: number | string;
}
export type Captures = Record<string, Capture | undefined>;

export interface Slot {
  name: string;
  optional: boolean;
  /** The name was given explicitly; else a class capture is named after the class that matched. */
  named: boolean;
  literals?: ReadonlySet<string>;
  classes?: readonly string[];
  /** The class objects, looked up once at compile time. */
  classObjs?: readonly SlotClass[];
  /** Their numbers, for the match memo. */
  classIds?: readonly number[];
}

const CLASS_NAMES = /* @__PURE__ */ Object.keys(SLOT_CLASSES);
const classIdOf = (name: string): number => CLASS_NAMES.indexOf(name);

/**
 * Memo of class matches at recent token positions: many rows try the same class at the same token
 * (`@int` at a number), so each (class, position) is read once. Direct-mapped, 16 positions a class.
 */
const MEMO_WAYS = 16;
const memoPos = /* @__PURE__ */ new Int32Array(CLASS_NAMES.length * MEMO_WAYS).fill(-1);
const memoLen = /* @__PURE__ */ (() => new Int32Array(CLASS_NAMES.length * MEMO_WAYS))();
const memoValue: (number | string)[] = /* @__PURE__ */ new Array<number | string>(CLASS_NAMES.length * MEMO_WAYS).fill(0);
let memoTokens: readonly Token[] | null = null;

function classMatch(id: number, cls: SlotClass, toks: readonly Token[], i: number): number {
  if (memoTokens !== toks) {
    memoPos.fill(-1);
    memoTokens = toks;
  }
  const slot = id * MEMO_WAYS + (i & (MEMO_WAYS - 1));
  if (memoPos[slot] !== i) {
    const m = cls.match(toks, i);
    memoPos[slot] = i;
    memoLen[slot] = m ? m.len : 0;
    memoValue[slot] = m ? m.v : 0;
  }
  return slot;
}

/**
 * Forgets the memo's token list (a recognizer's pass calls this when it ends), so that the tokens of a long text are
 * not kept alive by the memo through the work after tagging, where every full garbage collection would mark them.
 */
export function releaseMatchMemo(): void {
  memoTokens = null;
  memoValue.fill(0);
}

export interface CompiledPattern {
  slots: readonly Slot[];
  /** Keys the second token of a match can have; null when unknown (then no pre-check). */
  follow: ReadonlySet<string> | null;
  /** The pattern began with `the?`: a `the` just before the match joins it. */
  leadingThe: boolean;
  /** Every word any slot can read (for the trigger gate in recognize.ts). */
  words: readonly string[];
  /** Keys that can start a match: lower-cased words, `#num`, or punctuation. */
  startKeys: readonly string[];
}

export function compilePattern(source: string): CompiledPattern {
  const slots: Slot[] = source.trim().split(/ +/).map((raw, index) => {
    let s = raw;
    const optional = s.length > 1 && s.endsWith('?');
    if (optional) s = s.slice(0, -1);
    let name = '';
    const eq = s.indexOf('=');
    if (eq > 0) {
      name = s.slice(0, eq);
      s = s.slice(eq + 1);
    }
    if (s.startsWith('@')) {
      const classes = s.split('|').map((c) => c.slice(1));
      for (const cls of classes) if (!SLOT_CLASSES[cls]) throw new Error(`unknown slot class @${cls} in pattern "${source}"`);
      return { name: name || classes[0]!, named: !!name, optional, classes, classObjs: classes.map((c) => SLOT_CLASSES[c]!), classIds: classes.map(classIdOf) };
    }
    return { name: name || `w${index}`, named: !!name, optional, literals: new Set(s.split('|')) };
  });
  // A leading optional `the` is matched from the following token and absorbed afterwards
  // (see recognize.ts), so that `the` itself does not start dozens of attempts.
  const leadingThe = slots.length > 1 && slots[0]!.optional && slots[0]!.literals?.size === 1 && slots[0]!.literals.has('the');
  if (leadingThe) slots.shift();
  const startKeys = keysFrom(slots, 0) ?? new Set<string>();
  // Keys of the token after the first one: from the first slot's own continuation, or the slots after it.
  let follow: Set<string> | null = null;
  const first = slots[0]!;
  if (!first.optional) {
    const rest = keysFrom(slots, 1);
    const conts = (first.classes ?? []).map((c) => SLOT_CLASSES[c]!.cont);
    if (rest && !rest.has('#capital') && conts.every((c) => c !== null)) {
      follow = new Set([...rest, ...conts.flatMap((c) => c ?? [])]);
    }
  }
  const words = new Set<string>();
  for (const slot of slots) {
    if (slot.literals) for (const w of slot.literals) words.add(w);
    else for (const cls of slot.classes!) for (const w of SLOT_CLASSES[cls]!.words) words.add(w);
  }
  return { slots, startKeys: [...startKeys], words: [...words], leadingThe, follow };
}

/** Keys that can start a match of slots[k..]; null when they may all be skipped (anything may follow). */
function keysFrom(slots: readonly Slot[], k: number): Set<string> | null {
  const keys = new Set<string>();
  for (let s = k; s < slots.length; s++) {
    const slot = slots[s]!;
    if (slot.literals) for (const w of slot.literals) keys.add(w);
    else {
      for (const cls of slot.classes!) {
        const c = SLOT_CLASSES[cls]!;
        for (const w of c.words) keys.add(w);
        for (const n of c.numeric ?? []) keys.add(`#num${n}`);
        for (const p of c.punct ?? []) keys.add(p);
      }
    }
    if (!slot.optional) return keys;
  }
  return null;
}

/** The index key of a token: lower-cased word, punctuation, or `#num` + digit count (5 = more). */
export function tokenKey(t: Token): string {
  return t.kind === 'num' ? NUM_KEYS[Math.min(t.text.length, 5)]! : t.lower;
}
const NUM_KEYS = ['', '#num1', '#num2', '#num3', '#num4', '#num5'];

/** Scratch capture stack shared by all matches (patterns are short; matching is not re-entrant). */
const MAX_SLOTS = 32;
const capIndex = /* @__PURE__ */ new Int32Array(MAX_SLOTS);
const capLen = /* @__PURE__ */ new Int32Array(MAX_SLOTS);
const capValue: (number | string)[] = /* @__PURE__ */ new Array<number | string>(MAX_SLOTS).fill(0);
const capName: string[] = /* @__PURE__ */ new Array<string>(MAX_SLOTS).fill('');
let capCount = 0;

function matchSlot(slot: Slot, toks: readonly Token[], i: number): boolean {
  const t = toks[i]!;
  if (slot.literals) {
    if (!slot.literals.has(t.lower)) return false;
    capLen[capCount] = 1;
    capValue[capCount] = t.lower;
    capName[capCount] = slot.name;
    return true;
  }
  const objs = slot.classObjs!;
  for (let k = 0; k < objs.length; k++) {
    const at = classMatch(slot.classIds![k]!, objs[k]!, toks, i);
    if (memoLen[at]! > 0) {
      capLen[capCount] = memoLen[at]!;
      capValue[capCount] = memoValue[at]!;
      capName[capCount] = slot.named ? slot.name : slot.classes![k]!;
      return true;
    }
  }
  return false;
}

/**
 * Matches slots from token i; returns the end token index (exclusive), or -1, and fills `caps`.
 * Optional slots are tried taken first, then skipped: patterns are short, so this is bounded.
 */
export function matchPattern(p: CompiledPattern, toks: readonly Token[], i: number): number {
  capCount = 0;
  return step(p.slots, 0, toks, i, i);
}

/** The captures of the last successful matchPattern call. */
export function takeCaptures(): Captures {
  const caps: Captures = {};
  for (let k = 0; k < capCount; k++) caps[capName[k]!] = { i: capIndex[k]!, len: capLen[k]!, v: capValue[k]! };
  return caps;
}

function step(slots: readonly Slot[], si: number, toks: readonly Token[], ti: number, first: number): number {
  if (si === slots.length) return ti;
  const slot = slots[si]!;
  if (ti < toks.length && (ti === first || isNear(toks, ti)) && capCount < MAX_SLOTS) {
    if (matchSlot(slot, toks, ti)) {
      capIndex[capCount] = ti;
      const len = capLen[capCount]!;
      capCount++;
      const end = step(slots, si + 1, toks, ti + len, first);
      if (end >= 0) return end;
      capCount--;
    }
  }
  if (slot.optional) return step(slots, si + 1, toks, ti, first);
  return -1;
}
