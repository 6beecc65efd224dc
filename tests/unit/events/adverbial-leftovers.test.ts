// Words of a date phrase the tagger leaves outside the expression go with it when a title cuts the date.
import { describe, expect, it } from 'vitest';
import { extractTimeline } from '../../../src/events/index.js';
import { cutSpans } from '../../../src/events/adverbials.js';

const titles = (text: string, documentDate = '1851-06-12'): string[] => extractTimeline(text, { documentDate }).events.map((e) => e.title);

describe('a post-posed `last` or `next` after a day or a month', () => {
  it('goes with the cut day', () => {
    expect(titles('My brother arrived from Calcutta on Thursday last.')).toEqual(['My brother arrived from Calcutta']);
    expect(titles('The vestry meets on Friday next, at the rectory.')).toEqual(['The vestry meets at the rectory']);
  });
  it('stays when a noun follows it, or no day was cut', () => {
    const text = 'They met on Monday last week.';
    expect(cutSpans(text, { start: 0, end: text.length }, [{ start: text.indexOf('on Monday'), end: text.indexOf(' last') }])).toBe('They met  last week.');
  });
});

describe('a share of a period (`most of`, `much of`) before a date', () => {
  it('goes with the cut date', () => {
    expect(titles('The harbour was closed for much of March.')).toEqual(['The harbour was closed']);
    expect(titles('The dynasty ruled Bithynia for most of the 3rd century BC.')).toEqual(['The dynasty ruled Bithynia']);
  });
  it('stays as the object of a verb of spending time', () => {
    expect(titles('She spent most of 1848 in Naples.')).toEqual(['She spent most of 1848 in Naples']);
  });
});

describe('a time adjective before its noun (`on current trends`)', () => {
  it('stays in the title, and a quoted title keeps the subject after the adverbial phrases', () => {
    expect(titles('"By 2040, on current trends, the glacier will be gone," she said.', '2026-10-14')).toEqual(['"The glacier will be gone," she said']);
    expect(titles('Under present rules, the permit will expire in 2028.', '2026-10-14')).toEqual(['The permit will expire']);
  });
});

describe('a date set off by commas between a subject and its verb', () => {
  it('goes with both its commas', () => {
    expect(titles('The strike, in 1984, closed the pit.')).toEqual(['The strike closed the pit']);
    expect(titles('The last flood, in March 1847, left the mill empty.')).toEqual(['The last flood left the mill empty']);
  });
  it('leaves a comma before a connective or an -ing phrase', () => {
    const text = 'Sales rose, in 2019, and fell, in 2020, leaving a loss.';
    const cut = [{ start: text.indexOf('in 2019'), end: text.indexOf('in 2019') + 8 }, { start: text.indexOf('in 2020'), end: text.indexOf('in 2020') + 8 }];
    expect(cutSpans(text, { start: 0, end: text.length }, cut)).toBe('Sales rose,  and fell,  leaving a loss.');
  });
});

describe('the bound of a negated clause (`was not unveiled until 1966`)', () => {
  it('stays in the title, which would say the opposite without it', () => {
    expect(titles('A statue of the founder was not unveiled until 1921.')).toEqual(['A statue of the founder was not unveiled until 1921']);
    expect(titles('The line did not reopen until March 1852.')).toEqual(['The line did not reopen until March 1852']);
    expect(titles('The club had not won away since 1848.')).toEqual(['The club had not won away since 1848']);
  });
});

describe('a date quoted on its own', () => {
  it('dates the happening when it is words said in lower case, and goes from the title with its quotation marks', () => {
    expect(titles('The mayor said the bridge would reopen "next spring".', '2013-09-11')).toEqual(['The bridge would reopen']);
  });
  it('dates nothing when it is a capitalized name (a programme called "This Week")', () => {
    expect(titles('Baker, speaking on ABC\'s "This Week," said the request was fair.', '2013-09-11')).toEqual([]);
  });
});
