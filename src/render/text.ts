/** Text helpers: shorten labels at a word boundary (highlight.ts cuts a sentence into plain and highlighted pieces). */

/** `text` cut to at most `max` characters at a word boundary, with an ellipsis. */
export function truncateLabel(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.5 ? cut.slice(0, space) : cut).replace(/[\s,.;:…-]+$/, '')}…`;
}
