// The build drops the indentation of the element's Lit templates (scripts/minify-html.mjs): nothing else changes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs build script without types
import { HTML_FILE, minifyHtmlTemplates } from '../../../scripts/minify-html.mjs';

const minify = minifyHtmlTemplates as (code: string, fileName?: string) => string;
const files = ['event-timeline', 'templates', 'card', 'source-pane'].map((name) => join(import.meta.dirname, `../../../src/element/${name}.ts`));

describe('minify-html', () => {
  it('applies to the element files with templates', () => {
    for (const file of files) expect((HTML_FILE as RegExp).test(file), file).toBe(true);
    expect((HTML_FILE as RegExp).test(join(import.meta.dirname, '../../../src/element/styles.ts'))).toBe(false);
  });

  it('drops only the indentation inside html`` and svg`` templates, keeping every line and every run of white space', () => {
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      const out = minify(source, file);
      expect(out.split('\n').length, file).toBe(source.split('\n').length);
      expect(out.length, file).toBeLessThan(source.length);
      // Line by line: a line keeps its text, less the spaces that start it.
      const a = source.split('\n');
      const b = out.split('\n');
      a.forEach((line, i) => expect(b[i] === line || b[i] === line.trimStart(), `${file}:${i + 1}`).toBe(true));
      // Code outside the templates keeps its indentation: the element's class body is still indented.
      if (file.endsWith('event-timeline.ts')) expect(out).toContain('\n  protected override render(): TemplateResult {\n');
    }
  });

  it('leaves other template literals, strings and ${} expressions alone', () => {
    const code = [
      'const a = html`<p>',
      '    ${x ? html`',
      '      <b>${y}</b>` : `',
      '      kept`}',
      '  </p>`;',
      "const b = 'x';",
      'const c = `',
      '    plain`;',
      'const d = svg`<g>',
      '  <path /></g>`;',
    ].join('\n');
    expect(minify(code)).toBe([
      'const a = html`<p>',
      '${x ? html`',
      '<b>${y}</b>` : `',
      '      kept`}',
      '</p>`;',
      "const b = 'x';",
      'const c = `',
      '    plain`;',
      'const d = svg`<g>',
      '<path /></g>`;',
    ].join('\n'));
  });
});
