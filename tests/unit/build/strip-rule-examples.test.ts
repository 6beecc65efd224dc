// The build strips the rule rows' examples (test data) from the published bundles: what remains must be
// the same rows, at the same positions, and still valid TypeScript.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs build script without types
import { stripRuleExamples } from '../../../scripts/strip-rule-examples.mjs';

const dir = join(import.meta.dirname, '../../../src/parse/rules');
const strip = stripRuleExamples as (code: string) => string;

describe('strip-rule-examples', () => {
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    it(`keeps every row of ${file} and blanks out only its examples and negatives`, () => {
      const code = readFileSync(join(dir, file), 'utf8');
      const out = strip(code);
      expect(out.length).toBe(code.length);
      expect(out.split('\n').length).toBe(code.split('\n').length);
      expect(out).not.toMatch(/\b(?:examples|negatives):\s*\[/);
      expect(out.match(/\bid: '/g)?.length ?? 0).toBe(code.match(/\bid: '/g)?.length ?? 0);
      expect(out.match(/\bpattern: /g)?.length ?? 0).toBe(code.match(/\bpattern: /g)?.length ?? 0);
      const { diagnostics } = ts.transpileModule(out, { reportDiagnostics: true, compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext } });
      expect(diagnostics?.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')) ?? []).toEqual([]);
    });
  }
  it('handles brackets and quotes inside example strings', () => {
    const code = "  {\n    id: 'x',\n    examples: [['a [b] \"c]\" \\'d', 'e', '1']],\n    negatives: ['f]'],\n    pattern: 'y',\n  },\n";
    const out = strip(code);
    expect(out).toContain("id: 'x'");
    expect(out).toContain("pattern: 'y'");
    expect(out).not.toContain('examples');
    expect(out).not.toContain('negatives');
  });
});
