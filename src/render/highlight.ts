/** A sentence cut into plain and highlighted pieces (the card's date phrases): a module of its own, loaded with the card. */

export interface TextPiece {
  text: string;
  highlight: boolean;
}

/**
 * Pieces of `text` with the given spans (relative to `text`, end exclusive) highlighted.
 * Spans outside the text, empty or overlapping an earlier one are skipped.
 */
export function highlightSpans(text: string, spans: ReadonlyArray<{ start: number; end: number }>): TextPiece[] {
  const valid = spans
    .filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= text.length && s.start < s.end)
    .sort((a, b) => a.start - b.start);
  const pieces: TextPiece[] = [];
  let at = 0;
  for (const s of valid) {
    if (s.start < at) continue;
    if (s.start > at) pieces.push({ text: text.slice(at, s.start), highlight: false });
    pieces.push({ text: text.slice(s.start, s.end), highlight: true });
    at = s.end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), highlight: false });
  return pieces;
}
