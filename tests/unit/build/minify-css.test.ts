// The build minifies the element's stylesheet (scripts/minify-css.mjs): only comments and spaces that mean nothing go.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs build script without types
import { minifyCss, minifyCssTemplates } from '../../../scripts/minify-css.mjs';

const minify = minifyCssTemplates as (code: string) => string;
const css = minifyCss as (text: string) => string;
const source = readFileSync(join(import.meta.dirname, '../../../src/element/styles.ts'), 'utf8');
const noComments = (s: string) => s.replace(/\/\*[\s\S]*?\*\//g, '');
/** The css`...` templates' text, a declaration's last `;` dropped (the minifier drops it). */
const templates = (code: string) => [...code.matchAll(/\bcss`([^`]*)`/g)].map((m) => noComments(m[1]!).replace(/;(\s*)\}/g, '$1}'));

describe('minify-css', () => {
  const out = minify(source);

  it('keeps the stylesheet character for character, but for comments and whitespace', () => {
    expect(out.replace(/\bcss`[^`]*`/g, '')).toBe(source.replace(/\bcss`[^`]*`/g, ''));
    expect(templates(out).map((t) => t.replace(/\s+/g, ''))).toEqual(templates(source).map((t) => t.replace(/\s+/g, '')));
    expect(out.length).toBeLessThan(source.length * 0.85);
  });

  it('keeps every space between two words (descendant selectors, values such as `1px solid`, `calc(a - b)`)', () => {
    const words = (s: string) => templates(s).join('\n').split(/[\s{};,:]+/).filter(Boolean);
    expect(words(out)).toEqual(words(source));
    expect(words(out)).toContain('1px');
  });

  it('keeps the lines, the interpolations and the strings', () => {
    expect(out.split('\n').length).toBe(source.split('\n').length);
    expect(out.match(/\$\{\w+\}/g)).toEqual(source.match(/\$\{\w+\}/g));
    expect(css(".a::before { content: '→  ;  x'; }\n/* it's */ .b  .c { margin: 0 2px; }")).toBe(".a::before{content:'→  ;  x'\n}.b .c{margin:0 2px}");
    expect(css('@media (prefers-color-scheme: dark) { :host(:not([theme="light"])) { color: red; } }'))
      .toBe('@media (prefers-color-scheme:dark){:host(:not([theme="light"])){color:red}}');
  });

  it('minifies the stylesheet as TypeScript compiles it (the build runs after TypeScript, which writes css `...`)', () => {
    const js = ts.transpileModule(source, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext } }).outputText;
    expect(js).toMatch(/\bcss\s+`/);
    expect(minify(js).length).toBeLessThan(js.length * 0.85);
    expect(minify(js)).toContain(':host([hidden]){display:none\n}');
  });

  it('refuses an unbalanced quote rather than guess', () => {
    expect(() => css(".a { content: 'x; }")).toThrow(/unbalanced quote/);
  });
});
