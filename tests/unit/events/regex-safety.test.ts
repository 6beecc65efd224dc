/// <reference types="node" />
/**
 * Every regex literal in the extraction, model and CLI sources passes redos-detector's static
 * check (no super-linear backtracking on hostile news text: space runs, digit runs, brackets).
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import ts from 'typescript';
import { isSafe } from 'redos-detector';

function regexLiterals(file: string): string[] {
  const src = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
  const out: string[] = [];
  const visit = (n: ts.Node): void => {
    if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) out.push(n.getText());
    n.forEachChild(visit);
  };
  visit(src);
  return out;
}

/**
 * Patterns redos-detector cannot clear (it hits its step or score limit), each with the reason it
 * is still linear here: no quantifier at all, or only ever run on a bounded slice of text.
 */
const REVIEWED: [prefix: string, reason: string][] = [
  ['/\\b(?:GMT|UTC', 'a plain word alternation, no quantifier'],
  ['/\\b(?:said|says', 'a plain word alternation, no quantifier'],
  ['/\\b(?:from|between)\\s{1,3}(?:the\\s{1,3})?(\\d{1,2})', 'run on the 40 characters before a timex'],
  ['/(?:\\bfrom\\s{1,3}|\\(|\\s)(\\d{1,4})', 'run on the 40 characters before a timex'],
  ['/^\\s{1,3}(?:[\\w-]{1,20}\\s{1,3}){0,2}(?:state of emergency', 'run on the 60 characters after a duration'],
  ['/([A-Za-z]{3,20})\\s{1,3}(?:a|an|the)', 'run on the 40 characters before a duration'],
  ['/(?:^|[\\s("“])(?:Mr|Mrs', 'run on the last 24 characters of a sentence piece'],
  ['/(?:(?:^|[\\s("“])(?:[A-Z]\\.){1,4}', 'run on the last 24 characters of a sentence piece'],
  ['/\\s{0,3}\\(\\s{0,2}(?:Photo', 'run on the last 120 characters of a paragraph'],
  ['/(?:\\b(?:as early as', 'run on the 40 characters before a timex'],
  ['/(?:[\\s,;:–—-]{1,5}|\\s{1,3}\\b(?:and', 'run on a title cut to at most 90 characters'],
  ['/,?\\s{0,3}(?:which|who)?\\s{0,3}$/', 'run on at most 80 characters'],
  ['/,\\s{1,3}(?=(?:which|who|where)\\b)', 'cleared by redos-detector (safe) but it needs ~3 s: word alternation, bounded spaces'],
  ['/(?:\\p{Lu}[\\p{L}', 'run on the 60 characters before a relative clause'],
  ['/\\b(?:from|with|versus|vs\\.?|than)', 'run on the 50 characters before a date'],
  ['/<[^<>]{0,2000}>/', 'each attempt is bounded by 2000 characters: linear'],
  ['/,[ \\t]{1,3}(?:who|whose|which)', 'each attempt ends within 120 characters of its comma: linear'],
];

const files = ['src/events', 'src/model', 'src/cli'].flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.ts')).map((f) => `${d}/${f}`));

describe('regex safety', () => {
  it('finds the regexes of every module, and every reviewed pattern still exists', () => {
    const all = files.flatMap(regexLiterals);
    expect(all.length).toBeGreaterThan(50);
    for (const [prefix] of REVIEWED) expect(all.some((lit) => lit.startsWith(prefix)), prefix).toBe(true);
  });
  for (const file of files) {
    it(`${file}: every regex literal is safe`, () => {
      const unsafe = regexLiterals(file).filter((lit) => !REVIEWED.some(([prefix]) => lit.startsWith(prefix))).filter((lit) => {
        const m = /^\/(.*)\/([a-z]*)$/s.exec(lit)!;
        const re = new RegExp(m[1]!, m[2]!.replace('g', ''));
        return !isSafe(re, { timeout: 60_000 }).safe; // deterministic: limits are steps and score, not time
      });
      expect(unsafe).toEqual([]);
    }, 30_000);
  }
});
