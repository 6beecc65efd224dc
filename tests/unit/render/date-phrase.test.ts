import { describe, expect, it } from 'vitest';
import { countPhrase, eventDatePhrase, valuePhrase, yearLabel, yearSpanLabel } from '../../../src/render/date-phrase.js';

describe('valuePhrase', () => {
  it.each([
    ['2022-01-07', 'Friday, 7 January 2022'],
    ['2022-01-07T19:06', 'Friday, 7 January 2022, 19:06'],
    ['2022-01-07T24:00', 'Friday, 7 January 2022, midnight'],
    ['2022-01-07TMO', 'the morning of Friday, 7 January 2022'],
    ['2022-01-07TNI', 'the night of Friday, 7 January 2022'],
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
    ['BC0044-03-15', 'Friday, 15 March 44 BC'],
    ['BC0044-03', 'March 44 BC'],
    ['BC0218-SP', 'spring 218 BC'],
    ['BC02', 'the 3rd century BC'],
    ['BC01', 'the 2nd century BC'],
    ['BC00', 'the 1st century BC'],
    ['BC0', 'the 1st millennium BC'],
    ['BC1', 'the 2nd millennium BC'],
    ['BC004', 'the 40s BC'],
    ['00', 'the 1st century'],
    ['0', 'the 1st millennium'],
    ['020', 'the 200s AD'],
    ['0014', 'AD 14'],
    ['0001', 'AD 1'],
    ['0999', 'AD 999'],
    ['1000', '1000'],
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
    expect(eventDatePhrase({ start: '2022-01-05', end: '2022-01-19', precision: 'day' })).toBe('5–19 January 2022');
    expect(eventDatePhrase({ start: '2022-01-04', end: '2022-01-07', precision: 'day' }, true)).toBe('4–7 Jan 2022');
    expect(eventDatePhrase({ start: '2022-01-30', end: '2022-02-02', precision: 'day' })).toBe('30 January – 2 February 2022');
    expect(eventDatePhrase({ start: '2022-01-30', end: '2022-02-02', precision: 'day' }, true)).toBe('30 Jan – 2 Feb 2022');
  });

  it('keeps both years across a new year and for year ranges', () => {
    expect(eventDatePhrase({ start: '2021-12-30', end: '2022-01-02', precision: 'day' })).toBe('30 December 2021 – 2 January 2022');
    expect(eventDatePhrase({ start: '1939', end: '1945', precision: 'year' })).toBe('1939–1945');
    expect(eventDatePhrase({ start: 'BC0044', end: 'BC0027', precision: 'year' })).toBe('44–27 BC');
    expect(eventDatePhrase({ start: 'BC0027', end: '0014', precision: 'year' })).toBe('27 BC – AD 14');
  });
});

describe('eventDatePhrase, one day said once', () => {
  it('says a day and its night as the night of that day', () => {
    expect(eventDatePhrase({ start: '2023-02-07', end: '2023-02-07TNI', precision: 'day' })).toBe('the night of Tuesday, 7 February 2023');
    expect(eventDatePhrase({ start: '2023-02-07', end: '2023-02-07TNI', precision: 'day' }, true)).toBe('night of 7 Feb 2023');
    expect(eventDatePhrase({ start: '2023-02-07TNI', precision: 'part-of-day' }, true)).toBe('night of 7 Feb 2023');
  });

  it('shares the day of two clock times', () => {
    expect(eventDatePhrase({ start: '2022-01-07T10:00', end: '2022-01-07T14:30', precision: 'minute' }, true)).toBe('7 Jan 2022, 10:00–14:30');
    expect(eventDatePhrase({ start: '2022-01-07', end: '2022-01-07T14:30', precision: 'day' }, true)).toBe('7 Jan 2022, until 14:30');
    expect(eventDatePhrase({ start: '2025-02-14T12:45', end: '2025-02-14TNI', precision: 'minute' })).toBe('Friday, 14 February 2025, from 12:45 into the night');
  });

  it('shares the year of two months and keeps mixed precisions whole', () => {
    expect(eventDatePhrase({ start: '2022-01', end: '2022-03', precision: 'month' })).toBe('January–March 2022');
    expect(eventDatePhrase({ start: '2021-12', end: '2022-02', precision: 'month' }, true)).toBe('Dec 2021 – Feb 2022');
    expect(eventDatePhrase({ start: '2022-01-05', end: '2022-03', precision: 'day' }, true)).toBe('5 Jan – Mar 2022');
  });
});

describe('yearLabel', () => {
  it('writes astronomical years before 1 as BC and small AD years with AD', () => {
    expect(yearLabel(-43)).toBe('44 BC');
    expect(yearLabel(0)).toBe('1 BC');
    expect(yearLabel(1)).toBe('AD 1');
    expect(yearLabel(476)).toBe('AD 476');
    expect(yearLabel(2022)).toBe('2022');
  });

  it('writes spans with the era once', () => {
    expect(yearSpanLabel(2019, 2022)).toBe('2019–2022');
    expect(yearSpanLabel(-43, -26)).toBe('44–27 BC');
    expect(yearSpanLabel(-26, 14)).toBe('27 BC – AD 14');
    expect(yearSpanLabel(-26, 2022)).toBe('27 BC – AD 2022');
    expect(yearSpanLabel(14, 476)).toBe('AD 14–476');
    expect(yearSpanLabel(2022, 2022)).toBe('2022');
  });
});

describe('countPhrase', () => {
  it('says one event in the singular and many in the plural', () => {
    expect(countPhrase(1)).toBe('1 event');
    expect(countPhrase(0)).toBe('0 events');
    expect(countPhrase(3)).toBe('3 events');
    expect(countPhrase(1234)).toBe('1.2k events');
    expect(countPhrase(45_000)).toBe('45k events');
  });
});
