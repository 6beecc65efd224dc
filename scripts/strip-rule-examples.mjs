// Build step: the recognition rows of src/parse/rules/*.ts carry their `examples` and `negatives` (test
// data, read by tests/unit/parse/rule-rows.test.ts from the sources) beside the pattern they document.
// The published bundles do not need them: this blanks those properties out of a rules file, keeping
// every other character where it was (so line and column positions, and source maps, stay right).

/** Files whose row properties are stripped. */
export const RULE_FILE = /[\\/]src[\\/]parse[\\/]rules[\\/][^\\/]+\.ts$/;

/** `code` with each `examples: [...],` and `negatives: [...],` property replaced by spaces. */
export function stripRuleExamples(code) {
  const out = code.split('');
  // On a line of its own (`    examples: [...],`), or inline after a comma (`, negatives: [...] }`).
  const property = /(^|\n)([ \t]*)(examples|negatives):\s*\[|(,[ \t]*)(examples|negatives):\s*\[/g;
  let m;
  while ((m = property.exec(code))) {
    const inline = m[4] !== undefined;
    const start = inline ? m.index : m.index + m[1].length;
    let i = property.lastIndex - 1; // at the opening bracket
    let depth = 0;
    let quote = '';
    for (; i < code.length; i++) {
      const c = code[i];
      if (quote) {
        if (c === '\\') { i++; continue; }
        if (c === quote) quote = '';
        continue;
      }
      if (c === '"' || c === "'" || c === '`') { quote = c; continue; }
      if (c === '[') depth++;
      else if (c === ']' && --depth === 0) break;
    }
    if (depth !== 0) throw new Error(`strip-rule-examples: unbalanced ${m[3] ?? m[5]} at offset ${start}`);
    let end = i + 1;
    if (!inline && code[end] === ',') end++;
    for (let k = start; k < end; k++) if (out[k] !== '\n') out[k] = ' ';
    property.lastIndex = end;
  }
  return out.join('');
}

/** A Rollup plugin applying it to the rules files. */
export function stripRuleExamplesPlugin() {
  return {
    name: 'strip-rule-examples',
    transform(code, id) {
      return RULE_FILE.test(id) ? { code: stripRuleExamples(code), map: null } : null;
    },
  };
}
