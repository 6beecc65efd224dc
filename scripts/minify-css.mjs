// Build step: the element's stylesheets (src/element/styles.ts, card-styles.ts and source-styles.ts, lit `css` templates) is written to be read,
// with comments and indentation; the bundles need neither. This drops the comments and the spaces around
// `{`, `}`, `;`, `,` and after a declaration's `:`, keeping every line break (lines stay where they were, so
// source maps stay right to the line) and every `${...}` interpolation as it is. Quoted strings and the spaces
// that mean something (descendant selectors, `calc(a - b)`, values such as `1px solid`) are left alone.

/** Files whose `css` templates are minified. */
export const CSS_FILE = /[\\/]src[\\/]element[\\/](?:card-|source-)?styles\.ts$/;

/** One template's CSS text minified. */
export function minifyCss(text) {
  // Comments go first (their apostrophes are no quotes); then strings are set aside: nothing inside them changes.
  const bare = text.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ''));
  if (/['"]/.test(bare.replace(/'[^'\n]*'|"[^"\n]*"/g, ''))) throw new Error('minify-css: an unbalanced quote in a css template');
  const strings = [];
  const hidden = bare.replace(/'[^'\n]*'|"[^"\n]*"/g, (s) => `\u0000${strings.push(s) - 1}\u0000`);
  const out = hidden
    .replace(/[ \t]+/g, ' ')
    .replace(/ ?([{};,]) ?/g, '$1')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n?([{};,])\n?/g, (m, c) => `${'\n'.repeat(m.length - 1)}${c}`)
    // `prop: value` (a declaration, or a media feature): the space after the colon goes; a selector's `:hover` has none.
    .replace(/([\w-]): /g, '$1:')
    .replace(/;(\n*)}/g, '$1}');
  return out.replace(/\u0000(\d+)\u0000/g, (_, i) => strings[Number(i)]);
}

/** `code` (TypeScript or compiled JavaScript, where TypeScript writes `css \`...\``) with each css`...` template's text minified. */
export function minifyCssTemplates(code) {
  return code.replace(/\bcss\s*`([^`]*)`/g, (_, body) => `css\`${body.split(/(\$\{[^}]*\})/).map((part, i) => (i % 2 ? part : minifyCss(part))).join('')}\``);
}

/** A Rollup plugin applying it to the stylesheet (after TypeScript; tagged templates compile unchanged). */
export function minifyCssPlugin() {
  return {
    name: 'minify-css',
    transform(code, id) {
      return CSS_FILE.test(id) ? { code: minifyCssTemplates(code), map: null } : null;
    },
  };
}
