/// <reference types="node" />
/**
 * Every regex literal in the language layer, extraction, model and CLI sources passes redos-detector's static
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
  ['/\\b(said|says|told', 'run on a headline body of at most 480 characters'],
  ['/\\b(?:from|between)\\s{1,3}(?:the\\s{1,3})?(\\d{1,2})', 'run on the 40 characters before a timex'],
  ['/(?:\\bfrom\\s{1,3}|\\(|\\s)(\\d{1,4})', 'run on the 40 characters before a timex'],
  ['/^\\s{1,3}(?:[\\w-]{1,20}\\s{1,3}){0,2}(?:state of emergency', 'run on the 60 characters after a duration'],
  ['/([A-Za-z]{3,20})\\s{1,3}(?:a|an|the)', 'run on the 40 characters before a duration'],
  ['/(?:^|[\\s("“])(?:Mr|Mrs', 'run on the last 24 characters of a sentence piece'],
  ['/(?:(?:^|[\\s("“])(?:[A-Z]\\.){1,4}', 'run on the last 24 characters of a sentence piece'],
  ['/\\s{0,3}\\(\\s{0,2}(?:Photo', 'run on the last 120 characters of a paragraph'],
  ['/(?:\\b(?:(?:shortly|just', 'run on the 40 characters before a timex'],
  ['/\\b(?:from|with|versus|vs\\.?|than|against)', 'run on the 60 characters before a date'],
  ['/\\b(?:compared\\s{1,3}(?:with|to)|up', 'run on the 60 characters before a date'],
  ['/(?:^|[,;(]\\s{0,3}|\\s)(?:up|down)', 'run on the 100 characters before a date'],
  ['/[$€£#\\d%][\\d.,]*', 'run on the 60 characters before a date'],
  ['/\\b(?:in|as|on|at|by)\\s\\p{L}{3,20}$/u', 'run on the 24 characters before a cut'],
  ['/\\b(?:until|till|through)\\s{1,3}(?:at', 'run on the 40 characters before a timex'],
  ['/\\s(?:of|to|at|by|from|for|about|over|with)\\s[$', 'run on the last 28 characters of a title'],
  ['/^(?:(?:less|more) than ', 'anchored at both ends; run on the last comma-separated part of a title of at most 70 characters'],
  ['/<[^<>]{0,2000}>/', 'each attempt is bounded by 2000 characters: linear'],
  ['/\\b(?:best[\\s-]before', 'run on the 40 characters before a timex'],
  ['/\\b(?:log|incident|reference', 'run on the 40 characters before a timex'],
];

const files = ['src/text', 'src/events', 'src/model', 'src/cli'].flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.ts')).map((f) => `${d}/${f}`));

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
