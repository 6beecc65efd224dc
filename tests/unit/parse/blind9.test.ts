// Constructions the ninth blind set showed (newgold73): each test is written from examples of our own, with the rules'
// document date 2022-01-07 (a Friday).
import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/parse/index.js';

const DCT = '2022-01-07';
const tags = (text: string, documentDate: string | undefined = DCT): string[] =>
  tagTimexes(text, documentDate ? { documentDate } : {}).map((t) => `${t.text}=${t.value}`);

describe('a `would` reported by a past perfect', () => {
  it('tells a plan the story has overtaken, so a holiday in it is the one before publication', () => {
    expect(tags('The builders had promised the hall would reopen before Christmas.')).toEqual(['Christmas=2021-12-25']);
    expect(tags('Ministers had hoped the line would open by Easter, but it is still shut.')).toEqual(['Easter=2021-04-04']);
  });
  it('leaves a plan reported in the simple past or the present looking ahead', () => {
    expect(tags('The builders said the hall would reopen before Christmas.')).toEqual(['Christmas=2022-12-25']);
    expect(tags('The builders say the hall will reopen before Christmas.')).toEqual(['Christmas=2022-12-25']);
  });
  it('is not a past perfect of another clause joined by `and`', () => {
    expect(tags('He said the roof had been finished and tenants would return in March.')).toEqual(['March=2022-03']);
  });
});

describe('the weekday of a feast\'s name', () => {
  it('is never a bare weekday, whether the name dates its clause or only qualifies a noun', () => {
    expect(tags('The Good Friday walk leaves the square at ten.')).not.toContainEqual(expect.stringMatching(/^Friday=/));
    expect(tags('The choir will sing on Palm Sunday.')).toEqual(['Palm Sunday=2022-04-10']);
  });
  it('still lets a weekday after another capitalized word stand (`Black Friday` is no feast counted from Easter)', () => {
    expect(tags('Shops opened late on Monday.')).toEqual(['Monday=2022-01-03']);
  });
});

describe('days of the church year in a newsletter', () => {
  it('date Advent\'s Sundays from Christmas Day and Lent\'s from Easter', () => {
    expect(tags('Parish notes, 9 January 2022. Mothering Sunday falls on 27 March; the nativity play will be given on the fourth Sunday of Advent.', undefined))
      .toEqual(['9 January 2022=2022-01-09', 'Mothering Sunday=2022-03-27', '27 March=2022-03-27', 'the fourth Sunday of Advent=2022-12-18']);
  });
});

describe('older print', () => {
  it('reads `to-morrow`, `yesterday se\'nnight` and a hyphened clock in a dated report', () => {
    expect(tags("The coroner opened the inquest yesterday se'nnight and will sit again to-morrow at half-past ten.", '1857-10-16'))
      .toEqual(["yesterday se'nnight=1857-10-08", 'to-morrow at half-past ten=1857-10-17T10:30']);
  });
});

describe('the weekend a saying is dated by', () => {
  // Published Thursday 17 February 2022; the story last told Christmas Day 2021.
  const story = 'The centre closed on 3 March last year, and it reopened before Christmas.\n\n';
  it('is in a dated text the one before publication, not the weekend after the day the story told last', () => {
    expect(tags(`${story}Mayor Ann Doyle told a community meeting on the weekend that the roof had leaked.`, '2022-02-17'))
      .toContain('the weekend=2022-W06-WE');
  });
  it('leaves a weekend of what happened to the story', () => {
    expect(tags(`${story}Swimmers packed the pool on the weekend.`, '2022-02-17')).toContain('the weekend=2021-W51-WE');
  });
});

describe('a part of the day before or after a named day', () => {
  it('is that part of the day counted from it, as `the day after Thanksgiving` is the day', () => {
    expect(tags('The clocks will go forward the night before Easter Day.')).toEqual(['the night before Easter Day=2022-04-16TNI']);
    expect(tags('Carols were sung on the evening before Christmas.')).toEqual(['the evening before Christmas=2021-12-24TEV']);
    expect(tags('The lease ends on the morning after 3 March 2023.')).toEqual(['the morning after 3 March 2023=2023-03-04TMO']);
  });
});
