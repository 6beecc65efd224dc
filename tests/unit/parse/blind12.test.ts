// Constructions the twelfth blind set showed (newgold85): each test is written from examples of our own, with the rules'
// document date 2022-01-07 (a Friday) unless a test says otherwise.
import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/parse/index.js';

const DCT = '2022-01-07';
const tags = (text: string, documentDate = DCT): string[] =>
  tagTimexes(text, documentDate ? { documentDate } : {}).map((t) => `${t.text}=${t.value}`);

describe('a capitalized past participle before a day and its month', () => {
  it('labels the date, as a dateline or a form does, and names nothing', () => {
    expect(tags('Issued 2 February 2026')).toEqual(['2 February 2026=2026-02-02']);
    expect(tags('Signed 14th March 2019 by both parties.')).toEqual(['14th March 2019=2019-03-14']);
    expect(tags('Closed 3 Jan 2020. Reopened 9 Jan 2020.')).toEqual(['3 Jan 2020=2020-01-03', '9 Jan 2020=2020-01-09']);
  });
  it('leaves a name and its number alone', () => {
    expect(tags('Route 66 runs west.')).toEqual([]);
    expect(tags('Apollo 11 March exhibit')).not.toContain('11 March=2022-03-11');
  });
});

describe('quarterly', () => {
  it('is a recurrence every three months, as TimeBank writes it', () => {
    expect(tags('Interest is payable quarterly in arrears.')).toEqual(['quarterly=P3M']);
    expect(tags('Dividends are paid bi-quarterly.')).toEqual(['bi-quarterly=P6M']);
  });
});
