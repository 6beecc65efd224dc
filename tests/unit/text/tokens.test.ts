/// <reference types="node" />
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/text/tokens.js';

describe('tokenize', () => {
  it('splits letters, digits and marks, with offsets, gaps, line breaks and case', () => {
    const toks = tokenize('On Jan. 4,\n2022 at 07:06PM');
    expect(toks.map((t) => [t.text, t.lower, t.kind, t.start, t.gap, t.newline, t.capital])).toEqual([
      ['On', 'on', 'word', 0, 0, false, true],
      ['Jan', 'jan', 'word', 3, 1, false, true],
      ['.', '.', 'punct', 6, 0, false, false],
      ['4', '4', 'num', 8, 1, false, false],
      [',', ',', 'punct', 9, 0, false, false],
      ['2022', '2022', 'num', 11, 1, true, false],
      ['at', 'at', 'word', 16, 1, false, false],
      ['07', '07', 'num', 19, 1, false, false],
      [':', ':', 'punct', 21, 0, false, false],
      ['06', '06', 'num', 22, 0, false, false],
      ['PM', 'pm', 'word', 24, 0, false, true],
    ]);
  });
  it('treats every JavaScript whitespace as a gap and non-ASCII letters as marks', () => {
    expect(tokenize('a\u00a0b\u3000c é').map((t) => `${t.text}:${t.gap}`)).toEqual(['a:0', 'b:1', 'c:1', 'é:1']);
  });
  it('makes one token of a run of three or more identical marks', () => {
    expect(tokenize('((((x -- y').map((t) => t.text)).toEqual(['((((', 'x', '-', '-', 'y']);
  });
});

describe('blank lines', () => {
  it('marks a token after a blank line (LF or CRLF), not one after a single line break', () => {
    const blank = (text: string) => tokenize(text).map((t) => t.blank);
    expect(blank('a\nb\n\nc')).toEqual([false, false, true]);
    expect(blank('a\r\nb\r\n\r\nc')).toEqual([false, false, true]);
    expect(blank('a\n  \n c')).toEqual([false, true]);
  });
});
