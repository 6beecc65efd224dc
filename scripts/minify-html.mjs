// Build step: the element's Lit templates (html`...` and svg`...` in the files below) are written to be read, with
// indentation; the bundles need none. This drops the spaces and tabs that start a line inside those templates' text,
// keeping every line break (lines stay where they were, so source maps stay right to the line) and every `${...}`
// expression as it is. A page renders a run of white space that holds a line break as one space wherever it did
// before (none of these templates sets white-space: pre). Code outside the templates, and any other string, is left
// alone: the templates are found by TypeScript's parser, not by a pattern.
import ts from 'typescript';

/** Files whose html`` and svg`` templates lose their indentation. */
export const HTML_FILE = /[\\/]src[\\/]element[\\/](?:event-timeline|templates|card|source-pane)\.ts$/;

const TAGS = new Set(['html', 'svg']);

/** `code` (TypeScript, or the JavaScript TypeScript writes from it) with the indentation of its html`` and svg`` templates dropped. */
export function minifyHtmlTemplates(code, fileName = 'template.ts') {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const ranges = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && TAGS.has(node.tag.text)) {
      const t = node.template;
      const parts = ts.isNoSubstitutionTemplateLiteral(t) ? [t] : [t.head, ...t.templateSpans.map((s) => s.literal)];
      for (const p of parts) ranges.push([p.getStart(source), p.getEnd()]);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  // Back to front, so that earlier offsets stay valid; a literal part's text holds no `${`, `}` or backtick of its own
  // apart from its delimiters, which are no white space.
  ranges.sort((a, b) => b[0] - a[0]);
  let out = code;
  for (const [start, end] of ranges) out = out.slice(0, start) + out.slice(start, end).replace(/\n[ \t]+/g, '\n') + out.slice(end);
  return out;
}

/** A Rollup plugin applying it to the element's template files (after TypeScript; tagged templates compile unchanged). */
export function minifyHtmlPlugin() {
  return {
    name: 'minify-html',
    transform(code, id) {
      return HTML_FILE.test(id) ? { code: minifyHtmlTemplates(code, id), map: null } : null;
    },
  };
}
