/**
 * Rule patterns: a row's pattern is a space-separated list of slots, compiled once.
 *   `the? q=@ord -? quarter of? @year?`
 * A slot is a literal (`of`, `last|past`, `,`), or a class `@month` (see slots.ts), optionally named
 * `name=` (default: the class name, or `w` + index for literals) and optional with a trailing `?`.
 * Slots are separated by at most a few spaces (bounded), never by a paragraph break.
 */
import type { Token } from './tokens.js';
import { SLOT_CLASSES, isNear, type SlotMatch } from './slots.js';

export interface Capture {
  i: number;
  len: number;
  v: number | string;
}
export type Captures = Record<string, Capture | undefined>;

interface Slot {
  name: string;
  optional: boolean;
  /** The name was given explicitly; else a class capture is named after the class that matched. */
  named: boolean;
  literals?: ReadonlySet<string>;
  classes?: readonly string[];
}

export interface CompiledPattern {
  slots: readonly Slot[];
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
      return { name: name || classes[0]!, named: !!name, optional, classes };
    }
    return { name: name || `w${index}`, named: !!name, optional, literals: new Set(s.split('|')) };
  });
  const startKeys = new Set<string>();
  for (const slot of slots) {
    if (slot.literals) for (const w of slot.literals) startKeys.add(w);
    else {
      for (const cls of slot.classes!) {
        const c = SLOT_CLASSES[cls]!;
        for (const w of c.words) startKeys.add(w);
        if (c.numeric) startKeys.add('#num');
        for (const p of c.punct ?? []) startKeys.add(p);
      }
    }
    if (!slot.optional) break;
  }
  return { slots, startKeys: [...startKeys] };
}

function matchSlot(slot: Slot, toks: readonly Token[], i: number): (SlotMatch & { name: string }) | null {
  const t = toks[i];
  if (!t) return null;
  if (slot.literals) return slot.literals.has(t.lower) ? { len: 1, v: t.lower, name: slot.name } : null;
  for (const cls of slot.classes!) {
    const m = SLOT_CLASSES[cls]!.match(toks, i);
    if (m) return { ...m, name: slot.named ? slot.name : cls };
  }
  return null;
}

/**
 * Matches slots from token i; returns the end token index (exclusive) of the longest match, or -1.
 * Optional slots are tried taken first, then skipped: patterns are short, so this is bounded.
 */
export function matchPattern(p: CompiledPattern, toks: readonly Token[], i: number, caps: Captures): number {
  return step(p.slots, 0, toks, i, i, caps);
}

function step(slots: readonly Slot[], si: number, toks: readonly Token[], ti: number, first: number, caps: Captures): number {
  if (si === slots.length) return ti;
  const slot = slots[si]!;
  if (ti < toks.length && (ti === first || isNear(toks, ti))) {
    const m = matchSlot(slot, toks, ti);
    if (m) {
      caps[m.name] = { i: ti, len: m.len, v: m.v };
      const end = step(slots, si + 1, toks, ti + m.len, first, caps);
      if (end >= 0) return end;
      caps[m.name] = undefined;
    }
  }
  if (slot.optional) return step(slots, si + 1, toks, ti, first, caps);
  return -1;
}
