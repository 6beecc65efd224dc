import { describe, expect, it } from 'vitest';
import { wordList, wordSet, wordTable } from '../../../src/text/table.js';

// The module-level word lists are built by these helpers so that a bundler can drop an unused one
// (`/* @__PURE__ */ wordSet(A, B, [...])` in place of `new Set([...A, ...B, ...])`): same words, same order.
describe('word tables', () => {
  const table = wordTable({ jan: 1, feb: 2 });

  it('wordTable answers only for its own words', () => {
    expect(table['jan']).toBe(1);
    expect(table['constructor']).toBeUndefined();
    expect(Object.isFrozen(table)).toBe(true);
  });

  it('wordList is the spread of its parts, in order, duplicates kept; a table gives its keys', () => {
    const set = new Set(['a', 'b']);
    expect(wordList(set, ['c', 'a'], table)).toEqual([...set, 'c', 'a', ...Object.keys(table)]);
    expect(wordList()).toEqual([]);
  });

  it('wordSet is the set of its parts', () => {
    const s = wordSet(new Set(['a', 'b']), ['b', 'c']);
    expect([...s]).toEqual(['a', 'b', 'c']);
  });
});
