import { describe, expect, it } from 'vitest';
import { eventDatePhrase, valuePhrase, yearLabel } from '../../../src/render/date-phrase.js';

describe('valuePhrase', () => {
  it.each([
    ['2022-01-07', 'Friday, 7 January 2022'],
    ['2022-01-07T19:06', 'Friday, 7 January 2022, 19:06'],
    ['2022-01-07T24:00', 'Friday, 7 January 2022, midnight'],
    ['2022-01-07TMO', 'Friday, 7 January 2022, morning'],
    ['2022-01', 'January 2022'],
    ['2022', '2022'],
    ['2019-Q2', 'second quarter of 2019'],
    ['2019-H1', 'first half of 2019'],
    ['2019-SU', 'summer 2019'],
    ['2021-W40', 'week of 4 October 2021'],
    ['2021-W40-WE', 'weekend of 9 October 2021'],
    ['199', 'the 1990s'],
    ['18', 'the 19th century'],
    ['BC0044', '44 BC'],
    ['BC02', 'the 2nd century BC'],
    ['0014', '14'],
  ])('%s -> %s', (value, phrase) => {
    expect(valuePhrase(value)).toBe(phrase);
  });

  it('keeps values that are not on the calendar as they are', () => {
    expect(valuePhrase('P2W')).toBe('P2W');
    expect(valuePhrase('XXXX-01-07')).toBe('XXXX-01-07');
  });

  it('has a short form for labels', () => {
    expect(valuePhrase('2022-01-07', 'day', { short: true })).toBe('7 Jan 2022');
  });
});

describe('eventDatePhrase', () => {
  it('reads a range with the year once', () => {
    expect(eventDatePhrase({ start: '2022-01-05', end: '2022-01-19', precision: 'day' }))
      .toBe('Wednesday, 5 January – Wednesday, 19 January 2022');
    expect(eventDatePhrase({ start: '2022-01-05', end: '2022-01-19', precision: 'day' }, true)).toBe('5 Jan – 19 Jan 2022');
  });

  it('keeps both years across a new year and for year ranges', () => {
    expect(eventDatePhrase({ start: '2021-12-30', end: '2022-01-02', precision: 'day' }))
      .toBe('Thursday, 30 December 2021 – Sunday, 2 January 2022');
    expect(eventDatePhrase({ start: '1939', end: '1945', precision: 'year' })).toBe('1939 – 1945');
    expect(eventDatePhrase({ start: 'BC0027', end: '0014', precision: 'year' })).toBe('27 BC – AD 14');
  });
});

describe('yearLabel', () => {
  it('writes astronomical years before 1 as BC', () => {
    expect(yearLabel(-43)).toBe('44 BC');
    expect(yearLabel(0)).toBe('1 BC');
    expect(yearLabel(1)).toBe('1');
  });
});
