/// <reference types="node" />
/**
 * Safety of the tagger's regular expressions and of tagging hostile input.
 * 1. Every regular expression of src/parse is checked with redos-detector (static, deterministic):
 *    the patterns `allPatterns()` returns when src/parse exports it, plus every regex literal and
 *    `new RegExp('literal')` found in the sources (read with the TypeScript parser). A RegExp built
 *    from a non-literal string cannot be checked from source: it must then be listed by `allPatterns()`.
 * 2. Tagging 200 KB of each adversarial input family returns a well-formed array (no crash, no hang).
 */
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { isSafe } from 'redos-detector';
import * as parse from '../../src/parse/index.js';
import { ADVERSARIAL } from '../bench/tagger/inputs.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const PARSE_DIR = join(root, 'src/parse');
/** redos-detector's own default: more than this many ways to match one prefix is unsafe. */
const MAX_SCORE = 200;

interface FoundPattern { where: string; regex: RegExp }

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

function regexFromLiteral(literal: string): RegExp {
  const slash = literal.lastIndexOf('/');
  return new RegExp(literal.slice(1, slash), literal.slice(slash + 1));
}

const isStringLike = (n: ts.Node | undefined): n is ts.StringLiteral | ts.NoSubstitutionTemplateLiteral =>
  !!n && (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n));

/** Regex literals and `new RegExp('...')` calls of the sources; RegExp calls with computed sources go to `dynamic`. */
function patternsInSources(dir: string): { found: FoundPattern[]; dynamic: string[] } {
  const found: FoundPattern[] = [];
  const dynamic: string[] = [];
  for (const file of sourceFiles(dir)) {
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
    const where = (n: ts.Node) => `${relative(root, file)}:${sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1}`;
    const visit = (n: ts.Node): void => {
      if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        found.push({ where: where(n), regex: regexFromLiteral(n.getText(sf)) });
      } else if ((ts.isNewExpression(n) || ts.isCallExpression(n)) && ts.isIdentifier(n.expression) && n.expression.text === 'RegExp') {
        const [src, flags] = n.arguments ?? [];
        if (isStringLike(src) && (flags === undefined || isStringLike(flags))) {
          found.push({ where: where(n), regex: new RegExp(src.text, flags?.text) });
        } else dynamic.push(`${where(n)}: ${n.getText(sf).slice(0, 80)}`);
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }
  return { found, dynamic };
}

/** The compiled pattern list, when src/parse exports one (`allPatterns(): RegExp[]`). */
function exportedPatterns(): FoundPattern[] | null {
  const fn = (parse as Record<string, unknown>)['allPatterns'];
  if (typeof fn !== 'function') return null;
  const list = (fn as () => unknown)();
  if (!Array.isArray(list)) throw new Error('allPatterns() must return an array of RegExp');
  return list.map((regex, k) => {
    if (!(regex instanceof RegExp)) throw new Error(`allPatterns()[${k}] is not a RegExp`);
    return { where: `allPatterns()[${k}]`, regex };
  });
}

function unsafe(patterns: FoundPattern[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const { where, regex } of patterns) {
    const key = String(regex);
    if (seen.has(key)) continue;
    seen.add(key);
    // redos-detector reads the i and u flags; g, y, m, s do not change backtracking here
    const r = isSafe(new RegExp(regex.source, regex.flags.replace(/[^iu]/g, '')), { maxScore: MAX_SCORE });
    if (!r.safe) out.push(`${where}: ${key} (${r.error ?? 'unsafe'}, score ${r.score.infinite ? 'infinite' : r.score.value})`);
  }
  return out;
}

describe('regular expressions of the tagger', () => {
  const { found, dynamic } = patternsInSources(PARSE_DIR);
  const exported = exportedPatterns();

  it('finds the patterns to check', () => {
    expect(found.length + (exported?.length ?? 0)).toBeGreaterThan(0);
  });

  it('are all linear-time (redos-detector finds no super-linear backtracking)', () => {
    expect(unsafe([...(exported ?? []), ...found])).toEqual([]);
  }, 60_000);

  it('are all checkable: a RegExp built from a computed string is listed by allPatterns()', () => {
    expect(exported ? [] : dynamic).toEqual([]);
  });
});

describe('tagging hostile input', () => {
  const SIZE = 200 * 1024;
  it.each(Object.keys(ADVERSARIAL))('returns well-formed timexes for 200 KB of %s', (family) => {
    const text = ADVERSARIAL[family]!(SIZE);
    const timexes = parse.tagTimexes(text, { documentDate: '2022-01-07' });
    expect(Array.isArray(timexes)).toBe(true);
    for (const t of timexes) {
      if (!(t.start >= 0 && t.start < t.end && t.end <= text.length && text.slice(t.start, t.end) === t.text)) {
        throw new Error(`bad span ${JSON.stringify(t)}`);
      }
    }
  }, 60_000); // (seconds on a loaded machine: every file of src is read and every regex tried)

  it('returns an empty array for empty or non-string input', () => {
    expect(parse.tagTimexes('')).toEqual([]);
    expect(parse.tagTimexes(undefined as unknown as string)).toEqual([]);
  });
});
