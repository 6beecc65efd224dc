/**
 * Recognition: one pass over the tokens. At each token, the rows whose pattern can start with it
 * (an index keyed by word, `#num` or punctuation) are tried; the longest match wins and the scan
 * jumps past it. Negative rows claim their span and emit nothing.
 */
import type { TagOptions } from '../model/types.js';
import { type Captures, type CompiledPattern, compilePattern, matchPattern } from './pattern.js';
import { RULE_ROWS, type RuleRow } from './rules/index.js';
import type { Spec } from './spec.js';
import type { Token } from './tokens.js';

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
}

let index: Map<string, CompiledRow[]> | null = null;

function buildIndex(): Map<string, CompiledRow[]> {
  const map = new Map<string, CompiledRow[]>();
  RULE_ROWS.forEach((row, order) => {
    const pattern = compilePattern(row.pattern);
    for (const key of pattern.startKeys) {
      const list = map.get(key) ?? [];
      list.push({ row, pattern, order });
      map.set(key, list);
    }
  });
  return map;
}

const EMPTY: CompiledRow[] = [];

function candidates(idx: Map<string, CompiledRow[]>, t: Token): readonly CompiledRow[] {
  if (t.kind === 'num') return idx.get('#num') ?? EMPTY;
  const own = idx.get(t.lower) ?? EMPTY;
  if (t.kind === 'word' && t.capital) {
    const named = idx.get('#capital');
    if (named) return own.length ? [...own, ...named] : named;
  }
  return own;
}

export function recognize(toks: readonly Token[], options: TagOptions): Recognized[] {
  const idx = (index ??= buildIndex());
  const out: Recognized[] = [];
  let i = 0;
  while (i < toks.length) {
    const rows = candidates(idx, toks[i]!);
    if (rows.length === 0) { i++; continue; }
    const matches: { end: number; row: CompiledRow; caps: Captures }[] = [];
    for (const r of rows) {
      const caps: Captures = {};
      const end = matchPattern(r.pattern, toks, i, caps);
      if (end > i) matches.push({ end, row: r, caps });
    }
    // Longest first; on a tie, negative rows first, then table order.
    matches.sort((a, b) => b.end - a.end || Number(!!b.row.row.suppress) - Number(!!a.row.row.suppress) || a.row.order - b.row.order);
    let next = i + 1;
    for (const m of matches) {
      const spec = m.row.row.build ? m.row.row.build(m.caps, { toks, from: i, to: m.end, options }) : null;
      if (m.row.row.suppress) {
        if (m.row.row.build && !spec) continue;
        next = m.end;
        break;
      }
      if (spec) {
        out.push({ from: i, to: m.end, spec, rule: m.row.row.id });
        next = m.end;
        break;
      }
    }
    i = next;
  }
  return out;
}
