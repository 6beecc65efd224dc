// Amounts of time written with a plus or minus sign (a log's or a planner's shorthand): an offset from the time of
// writing, or from the day right before them. Examples of our own, with the document date 2022-01-07 (a Friday).
import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/parse/index.js';
import { amountIn, amountParts } from '../../../src/parse/amount-parts.js';

const tags = (text: string, documentDate = '2022-01-07T09:30'): string[] =>
  tagTimexes(text, { documentDate }).map((t) => `${t.text}=${t.value}`);

describe('a signed amount of time', () => {
  it('counts on or back from the time of writing, in its smallest unit', () => {
    expect(tags('Next check: +45 minutes.')).toEqual(['+45 minutes=2022-01-07T10:15']);
    expect(tags('Rollback window +2h30m from the alert.')).toEqual(['+2h30m=2022-01-07T12:00']);
    expect(tags('Backups older than -14 days are purged.')).toEqual(['-14 days=2021-12-24']);
    expect(tags('Data since -2y is kept.')).toEqual(['-2y=2020']);
    expect(tags('Review at +1 day 6 hours.')).toEqual(['+1 day 6 hours=2022-01-08T15:30']);
  });
  it('joins a `now` before it, with spaces around the sign', () => {
    expect(tags('Alarm set for now + 20 minutes.')).toEqual(['now + 20 minutes=2022-01-07T09:50']);
  });
  it('counts from a day written right before it', () => {
    expect(tags('Deadline 2022-03-01 -7days for drafts.')).toEqual(['2022-03-01 -7days=2022-02-22']);
  });
  it('is no sign when glued to a word or number before it, or spaced without `now`', () => {
    expect(tags('The Lakers won 3-2 days after the trade.')).toEqual(['2 days=P2D']);
    expect(tags('Delays - 3 days - are likely.')).toEqual(['3 days=P3D']);
    expect(tags('It ran 2h30m.')).toEqual([]);
  });
  it('keeps `+5m` (as often millions) and months with days apart', () => {
    expect(tags('Profit +5m on the year.')).toEqual([]);
    expect(tags('Due +2 months, 5 days.')).toEqual(['2 months, 5 days=P2M5D']);
  });
});

describe('amounts by their parts', () => {
  it('tells an amount down into a smaller unit, and not months into days', () => {
    expect(amountIn(amountParts({ kind: 'abs', type: 'DURATION', value: 'P1DT21H' })!, 'H')).toBe(45);
    expect(amountIn(amountParts({ kind: 'abs', type: 'DURATION', value: 'P2Y3M' })!, 'M')).toBe(27);
    expect(amountIn(amountParts({ kind: 'abs', type: 'DURATION', value: 'P2W' })!, 'D')).toBe(14);
    expect(amountIn(amountParts({ kind: 'abs', type: 'DURATION', value: 'P2M5D' })!, 'D')).toBeNull();
    expect(amountIn(amountParts({ kind: 'abs', type: 'DURATION', value: 'PT30M' })!, 'H')).toBeNull();
  });
});
