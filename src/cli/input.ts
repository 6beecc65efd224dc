/** Turns the bytes of an input file into text, or says why it is not text we should read. */

export type Decoded = { text: string; replaced: number } | { problem: string };

/** Above this share of invalid UTF-8 sequences (per decoded character) the input is refused. */
export const MAX_INVALID_RATIO = 0.01;

const REPLACEMENT = 0xfffd;

function countReplacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) n++;
  return n;
}

/** U+FFFD written literally in the input (EF BF BD) is text, not a decoding failure. */
function countLiteralReplacements(bytes: Uint8Array): number {
  let n = 0;
  for (let i = 0; i + 2 < bytes.length; i++) {
    if (bytes[i] === 0xef && bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) { n++; i += 2; }
  }
  return n;
}

/**
 * Decodes UTF-8 (a BOM is dropped) or BOM-marked UTF-16. Refuses input with a NUL byte or with more than
 * 1% invalid sequences: that is a binary file or another encoding, and extracting from it would print
 * nonsense. A few invalid sequences are replaced with U+FFFD and counted in `replaced`.
 */
export function decodeInput(data: string | Uint8Array): Decoded {
  if (typeof data === 'string') {
    return data.includes('\0') ? { problem: 'binary input (NUL characters), not text' } : { text: data, replaced: 0 };
  }
  let text: string;
  let literal = 0;
  if (data.length >= 2 && ((data[0] === 0xff && data[1] === 0xfe) || (data[0] === 0xfe && data[1] === 0xff))) {
    text = new TextDecoder(data[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(data);
    if (text.includes('\0')) return { problem: 'binary input (NUL characters), not text' };
  } else {
    if (data.includes(0)) return { problem: 'binary input (NUL bytes), not text' };
    text = new TextDecoder('utf-8').decode(data);
    literal = text.includes(String.fromCharCode(REPLACEMENT)) ? countLiteralReplacements(data) : 0;
  }
  const replaced = Math.max(0, countReplacements(text) - literal);
  if (replaced > 0 && replaced / Math.max(1, text.length) > MAX_INVALID_RATIO) {
    return { problem: `not UTF-8 text (${replaced} invalid byte sequence(s) in ${data.length} bytes); if it is text, convert it first, e.g. iconv -f latin1 -t utf-8` };
  }
  return { text, replaced };
}
