// Calendar date forms: dates with an era, two-digit years, dates joined by dashes, slashes and dots, day ranges
// sharing a month or year, and numbers that are no dates. Document date: Friday 2022-01-07 unless stated.
import { describe, expect, it } from 'vitest';
import type { TagOptions } from '../../../src/model/types.js';
import { tagTimexes } from '../../../src/parse/index.js';

const DOC: TagOptions = { documentDate: '2022-01-07' };
const pairs = (text: string, options: TagOptions = DOC): string[] => tagTimexes(text, options).map((t) => `${t.text} = ${t.value}`);

describe('dates with an era', () => {
  it.each([
    ['The senate met on 1 January 43 BC.', '1 January 43 BC = BC0043-01-01'],
    ['Hannibal crossed in October 218 BC.', 'October 218 BC = BC0218-10'],
    ['Cannae was fought on August 2, 216 BC.', 'August 2, 216 BC = BC0216-08-02'],
    ['The fleet sailed in the summer of 260 BC.', 'the summer of 260 BC = BC0260-SU'],
    ['Nero died on 9 June 68 AD.', '9 June 68 AD = 0068-06-09'],
    ['Augustus died on August 19, 14 CE.', 'August 19, 14 CE = 0014-08-19'],
  ])('%s', (text, expected) => {
    expect(pairs(text)).toEqual([expected]);
  });

  it('shares the era of the last member of a list', () => {
    expect(pairs('The temple burned in 480 or 479 BC.')).toEqual(['480 = BC0480', '479 BC = BC0479']);
    expect(pairs('Bronze coins of the 4th and 3rd centuries BC')).toEqual(['the 4th = BC03', '3rd centuries BC = BC02']);
    expect(pairs('Pottery from the 520s BC')).toEqual(['the 520s BC = BC052']);
  });

  it('keeps a BC month that a story reaches by a bare month name', () => {
    expect(pairs('The siege began in 149 BC. In March the walls were breached.', {})).toEqual(['149 BC = BC0149', 'March = BC0149-03']);
  });
});

describe('two-digit years after a day and month', () => {
  it.each([
    ['The shop opened Nov 3, 87 and closed in 2001.', 'Nov 3, 87 = 1987-11-03', '2001 = 2001'],
    ['The shop opened Nov 3 87.', 'Nov 3 87 = 1987-11-03'],
    ['The shop opened 3 Nov 87.', '3 Nov 87 = 1987-11-03'],
    ['The shop opened 3rd Nov 87.', '3rd Nov 87 = 1987-11-03'],
    ["The shop opened 3 Nov '07.", "3 Nov '07 = 2007-11-03"],
  ])('%s', (text, ...expected) => {
    expect(pairs(text)).toEqual(expected);
  });

  it('takes the century nearest the document date: up to 80 years before it, up to 20 after', () => {
    expect(pairs('The lease ends Jun 30, 45.', { documentDate: '2022-01-07' })).toEqual(['Jun 30, 45 = 1945-06-30']);
    expect(pairs('The lease ends Jun 30, 45.', { documentDate: '2030-01-07' })).toEqual(['Jun 30, 45 = 2045-06-30']);
    expect(pairs('The lease ended Jun 30, 95.', { documentDate: '1998-01-07' })).toEqual(['Jun 30, 95 = 1995-06-30']);
    expect(pairs('The lease ended Jun 30, 05.', { documentDate: '1998-01-07' })).toEqual(['Jun 30, 05 = 2005-06-30']);
  });

  it('leaves a count alone', () => {
    expect(pairs('By Nov 3, 87 families had left.')).toEqual(['Nov 3 = 2021-11-03']);
    expect(pairs('On 3 Nov 87 pupils sat the exam.')).toEqual(['3 Nov = 2021-11-03']);
  });
});

describe('date forms', () => {
  it.each([
    ['The form was signed 21-October-2019.', '21-October-2019 = 2019-10-21'],
    ['The form was signed 21/October/2019.', '21/October/2019 = 2019-10-21'],
    ['The form was signed 21-October 2019.', '21-October 2019 = 2019-10-21'],
    ['The form was signed October-21-2019.', 'October-21-2019 = 2019-10-21'],
    ['The form was signed October/21/2019.', 'October/21/2019 = 2019-10-21'],
    ['The form was signed October-21, 2019.', 'October-21, 2019 = 2019-10-21'],
    ['The form was signed 21/oct/2019.', '21/oct/2019 = 2019-10-21'],
    ['The form was signed 2019/OCT/21.', '2019/OCT/21 = 2019-10-21'],
    ['The form was signed 2019.10.21.', '2019.10.21 = 2019-10-21'],
    ['The form was signed 21.10.2019.', '21.10.2019 = 2019-10-21'],
    ['The form was signed 10.21.2019.', '10.21.2019 = 2019-10-21'],
    ['The form was signed 21.10.19.', '21.10.19 = 2019-10-21'],
    ['The form was signed Mon 21Oct at the desk.', 'Mon 21Oct = 2021-10-21'],
    ['The form was signed Monday, October, 21st 2019.', 'Monday, October, 21st 2019 = 2019-10-21'],
    ['The form was signed October twenty-first, 2019.', 'October twenty-first, 2019 = 2019-10-21'],
    ['The form is due October twenty-first.', 'October twenty-first = 2022-10-21'],
    ['The form is due Twenty-first of October.', 'Twenty-first of October = 2022-10-21'],
    ['Last login: Mon Oct 21 08:30:15 2019 from the office', 'Mon Oct 21 08:30:15 2019 = 2019-10-21T08:30:15'],
  ])('%s', (text, expected) => {
    expect(pairs(text)).toEqual([expected]);
  });

  it('reads a slashed date day first with the DMY option, and the other way when the first reading names no day', () => {
    expect(pairs('signed 03/04/2019', { ...DOC, numericDateOrder: 'DMY' })).toEqual(['03/04/2019 = 2019-04-03']);
    expect(pairs('signed 03/24/2019', { ...DOC, numericDateOrder: 'DMY' })).toEqual(['03/24/2019 = 2019-03-24']);
  });

  it.each(['due 9/31/2019', 'due 2/29/2019', 'due 2019/14/03', 'due 31.02.2019', 'due 2019-02-29'])('tags nothing in the impossible date %j', (text) => {
    expect(pairs(text)).toEqual([]);
  });
});

describe('day ranges and lists sharing a month or year', () => {
  it.each([
    ['The fair runs 12 to 15 June.', ['12 = 2022-06-12', '15 June = 2022-06-15']],
    ['The fair ran 12 - 15 June 2019.', ['12 = 2019-06-12', '15 June 2019 = 2019-06-15']],
    ['The fair ran 12-15 June 2019.', ['12 = 2019-06-12', '15 June 2019 = 2019-06-15']],
    ['The fair ran twelfth to fifteenth June 2019.', ['twelfth = 2019-06-12', 'fifteenth June 2019 = 2019-06-15']],
    ['The fair ran June twelfth - fifteenth, 2019.', ['June twelfth - fifteenth, 2019 = 2019-06-12']],
    ['The fair ran 28 November - 2 December 2019.', ['28 November = 2019-11-28', '2 December 2019 = 2019-12-02']],
    ['The fair ran 28 December - 2 January 2020.', ['28 December = 2019-12-28', '2 January 2020 = 2020-01-02']],
  ])('%s', (text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });
});

describe('numbers that are no dates', () => {
  it.each([
    'Some 1500 dead soldiers were buried there.',
    'It is a 1200 kilometer drive.',
    'Scores ranged 7.5 - 7.10 on the day.',
    'Version 2.4.1 - 2019-05-02',
  ])('%s', (text) => {
    expect(pairs(text).filter((p) => !p.startsWith('2019-05-02'))).toEqual([]);
  });
  it('keeps a year before a plural that is no count', () => {
    expect(pairs('the 2000 elections')).toEqual(['2000 = 2000']);
  });
});
