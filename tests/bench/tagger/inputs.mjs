// Hostile inputs for the tagger: the shapes that made peer date parsers go super-linear
// (see reliability notes: chrono-node #382 and #399, moment/luxon `(`.repeat). Pure, deterministic.

/** Repeats `unit` to exactly `size` characters. */
export function fill(unit, size) {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

/** One long whitespace run between each pair of tokens: `second` + spaces + `fourth` + spaces ... */
function spacedTokens(tokens, size, runs = 2) {
  const words = tokens.join('').length;
  const gap = Math.max(1, Math.floor((size - words) / Math.max(1, runs * tokens.length)));
  let out = '';
  for (let r = 0; r < runs; r++) for (const t of tokens) out += t + ' '.repeat(gap);
  return fill(out, size);
}

/** Adversarial input families: name -> (size) => text of that many characters. */
export const ADVERSARIAL = {
  'digits': (n) => '9'.repeat(n),
  'digit groups': (n) => fill('12 345 6789 1998 ', n),
  'digits+separators': (n) => fill('1/2-3.4,5:6/', n),
  'separators': (n) => fill('-/.,:;', n),
  'month names': (n) => fill('January February March ', n),
  'month-day-year soup': (n) => fill('Jan. 4, 2022, Jan 4 2022 4 January ', n),
  'open parens': (n) => '('.repeat(n),
  'space runs between tokens': (n) => fill(`in 5${' '.repeat(200)}days${' '.repeat(200)}ago `, n),
  'second ... fourth': (n) => spacedTokens(['second', 'fourth'], n, 1),
  'weekday/unit soup': (n) => fill('last Friday next week two days later a day earlier ', n),
  'newlines': (n) => fill('2022\n\n', n),
  // One sentence without end, full of clause words, quotations and dates: the event builder's worst case.
  'one endless sentence': (n) => fill('after Monday, when 2024 ended, who said "but not" since that week and ', n),
};
