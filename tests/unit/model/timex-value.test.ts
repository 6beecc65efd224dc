// What a TIMEX3 value means: one module (src/model/timex-value.ts) read by the tagger, extraction, the
// model's formats and the layout. These are its only tests.
import { describe, expect, it } from 'vitest';
import {
  CALENDAR_VALUE_SOURCE, addDuration, daysFromCivil, daysInMonth, eventExtent, isCalendarValue, isoWeekOneMonday, parseDuration,
  precisionOfValue, timexValueToInterval, utcDate, valueExtent, valueStartTime, withDay,
} from '../../../src/model/timex-value.js';

const iso = (v: string): [string, string] | null => {
  const r = timexValueToInterval(v);
  return r ? [r.start.toISOString(), r.end.toISOString()] : null;
};

describe('the interval a value denotes', () => {
  it.each([
    ['2022', '2022-01-01T00:00:00.000Z', '2023-01-01T00:00:00.000Z'],
    ['2022-01', '2022-01-01T00:00:00.000Z', '2022-02-01T00:00:00.000Z'],
    ['2022-12', '2022-12-01T00:00:00.000Z', '2023-01-01T00:00:00.000Z'],
    ['2022-01-07', '2022-01-07T00:00:00.000Z', '2022-01-08T00:00:00.000Z'],
    ['2022-01-07T19', '2022-01-07T19:00:00.000Z', '2022-01-07T20:00:00.000Z'],
    ['2022-01-07T19:06', '2022-01-07T19:06:00.000Z', '2022-01-07T19:07:00.000Z'],
    ['2022-01-07T19:06:30', '2022-01-07T19:06:30.000Z', '2022-01-07T19:06:31.000Z'],
    ['2022-01-07T24:00', '2022-01-08T00:00:00.000Z', '2022-01-08T00:01:00.000Z'],
    ['2022-01-07T19:06:30.25', '2022-01-07T19:06:30.250Z', '2022-01-07T19:06:30.260Z'],
    ['2022-01-07T19:06:30.5', '2022-01-07T19:06:30.500Z', '2022-01-07T19:06:30.600Z'],
    // A zoned clock time lies at the time it states, on the article's clock (the zone stays in the value).
    ['2022-01-07T19:06Z', '2022-01-07T19:06:00.000Z', '2022-01-07T19:07:00.000Z'],
    ['2020-09-16T11:00+02:45', '2020-09-16T11:00:00.000Z', '2020-09-16T11:01:00.000Z'],
    ['2022-01-07T23:30-05:00', '2022-01-07T23:30:00.000Z', '2022-01-07T23:31:00.000Z'],
    ['2022-01-01T01:00+05:30', '2022-01-01T01:00:00.000Z', '2022-01-01T01:01:00.000Z'],
    ['2022-01-07T09-08:00', '2022-01-07T09:00:00.000Z', '2022-01-07T10:00:00.000Z'],
    ['2005-02-01T16:13:33+13:00', '2005-02-01T16:13:33.000Z', '2005-02-01T16:13:34.000Z'],
    ['2022-01-07T24:00+01:00', '2022-01-08T00:00:00.000Z', '2022-01-08T00:01:00.000Z'],
    ['2022-01-07TMO', '2022-01-07T00:00:00.000Z', '2022-01-07T12:00:00.000Z'],
    ['2022-01-07TEV', '2022-01-07T18:00:00.000Z', '2022-01-08T00:00:00.000Z'],
    ['2022-01-07TNI', '2022-01-07T20:00:00.000Z', '2022-01-08T06:00:00.000Z'],
    ['2022-W01', '2022-01-03T00:00:00.000Z', '2022-01-10T00:00:00.000Z'],
    ['2021-W52-WE', '2022-01-01T00:00:00.000Z', '2022-01-03T00:00:00.000Z'],
    ['2020-W53', '2020-12-28T00:00:00.000Z', '2021-01-04T00:00:00.000Z'],
    ['2022-Q2', '2022-04-01T00:00:00.000Z', '2022-07-01T00:00:00.000Z'],
    ['2024-H2', '2024-07-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z'],
    ['2019-SU', '2019-06-01T00:00:00.000Z', '2019-09-01T00:00:00.000Z'],
    ['2021-WI', '2021-12-01T00:00:00.000Z', '2022-03-01T00:00:00.000Z'],
    ['199', '1990-01-01T00:00:00.000Z', '2000-01-01T00:00:00.000Z'],
    ['18', '1800-01-01T00:00:00.000Z', '1900-01-01T00:00:00.000Z'],
    ['1', '1000-01-01T00:00:00.000Z', '2000-01-01T00:00:00.000Z'],
    ['0079', '0079-01-01T00:00:00.000Z', '0080-01-01T00:00:00.000Z'],
    ['0079-08-24', '0079-08-24T00:00:00.000Z', '0079-08-25T00:00:00.000Z'],
    ['BC0044', '-000043-01-01T00:00:00.000Z', '-000042-01-01T00:00:00.000Z'],
    ['BC004', '-000048-01-01T00:00:00.000Z', '-000038-01-01T00:00:00.000Z'],
    ['BC02', '-000298-01-01T00:00:00.000Z', '-000198-01-01T00:00:00.000Z'],
    ['BC01', '-000198-01-01T00:00:00.000Z', '-000098-01-01T00:00:00.000Z'],
    ['BC00', '-000098-01-01T00:00:00.000Z', '0001-01-01T00:00:00.000Z'],
    // A month, day or season of a BC year, in its astronomical year (44 BC is -43; 45 BC, -44, is a leap year).
    ['BC0044-03-15', '-000043-03-15T00:00:00.000Z', '-000043-03-16T00:00:00.000Z'],
    ['BC0044-03', '-000043-03-01T00:00:00.000Z', '-000043-04-01T00:00:00.000Z'],
    ['BC0218-SP', '-000217-03-01T00:00:00.000Z', '-000217-06-01T00:00:00.000Z'],
    ['BC0045-02-29', '-000044-02-29T00:00:00.000Z', '-000044-03-01T00:00:00.000Z'],
    ['BC0001-12-31', '0000-12-31T00:00:00.000Z', '0001-01-01T00:00:00.000Z'],
  ])('%s -> [%s, %s)', (value, start, end) => {
    expect(iso(value)).toEqual([start, end]);
  });

  it.each([
    'P2W', 'PT2H', 'PXD', 'PRESENT_REF', 'PAST_REF', 'XXXX-01-02', 'XXXX-WXX-5', '2022-02-30', '2021-02-29', '1900-02-29', '2022-13',
    '2022-00', '2022-01-00', '2022-W54', '2022-W00', '2022-H3', '2022-01-07T25', '2022-01-07T24:30', '2022-01-07T19:60',
    '2022-01-07T19:06:60', '2022-01-07T19:06+15:00', '2022-01-07T19:06+02:60', '2022-01-07Z', '2022-01-07+01:00',
    '2022-01-07TMOZ', '2022-01Z', '2022-01-07T19:06+0100', '2022-01-07T19:06:30.1234', 'XXXX-XX-XXT19:06Z',
    'BC0000', 'BC0000-01', 'BC0044-02-29', 'BC0044-13', 'BC0044-Q1', 'BC0044-03-15T10:00', 'BC044-03', ' 2022', '2022-01-07 ', 'nonsense', '',
  ])('%j is not a calendar interval', (value) => {
    expect(timexValueToInterval(value)).toBeNull();
    expect(isCalendarValue(value)).toBe(false);
    expect(valueStartTime(value)).toBeNaN();
  });

  it('reads plain days with the same arithmetic as Date.UTC, across leap years and centuries', () => {
    for (const [y, m, d] of [[1000, 1, 1], [1600, 2, 29], [1900, 3, 1], [1970, 1, 1], [2000, 2, 29], [2022, 1, 7], [2024, 12, 31], [9999, 12, 31]]) {
      expect(daysFromCivil(y!, m!, d!) * 86_400_000).toBe(Date.UTC(y!, m! - 1, d!));
      const v = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
      expect(valueExtent(v)).toEqual([Date.UTC(y!, m! - 1, d!), Date.UTC(y!, m! - 1, d! + 1)]);
    }
  });

  it('counts days through overflowing months and before year 1 (astronomical year 0 is 1 BC)', () => {
    expect(daysFromCivil(2022, 13, 1)).toBe(daysFromCivil(2023, 1, 1));
    expect(daysFromCivil(2022, 0, 1)).toBe(daysFromCivil(2021, 12, 1));
    expect(daysFromCivil(2022, 3, 0)).toBe(daysFromCivil(2022, 2, 28));
    expect(utcDate(-43, 3, 15).toISOString()).toBe('-000043-03-15T00:00:00.000Z');
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(0, 2)).toBe(29);
    expect(isoWeekOneMonday(2021).toISOString()).toBe('2021-01-04T00:00:00.000Z');
    expect(isoWeekOneMonday(2026).toISOString()).toBe('2025-12-29T00:00:00.000Z');
  });

  it('states BC months, days and seasons in the schema grammar, and no finer BC value', () => {
    const grammar = new RegExp(CALENDAR_VALUE_SOURCE);
    expect(['BC0044-03-15', 'BC0044-03', 'BC0218-SP', 'BC0044', 'BC004'].map((v) => grammar.test(v))).toEqual([true, true, true, true, true]);
    expect(['BC0044-Q1', 'BC0044-W10', 'BC0044-03-15T10:00', 'BC004-03'].map((v) => grammar.test(v))).toEqual([false, false, false, false]);
  });

  it('gives every value it accepts the grammar the schema states', () => {
    const grammar = new RegExp(CALENDAR_VALUE_SOURCE);
    const parts = ['', '0', '1', '2', '9', '-', 'T', ':', 'W', 'Q', 'H', 'BC', 'WE', 'SU', 'NI', 'X', ' ', 'Z', '+', '.'];
    let accepted = 0;
    // Random strings over the grammar's own alphabet: whatever the reader accepts, the schema must accept too.
    let seed = 7;
    const next = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
    for (let i = 0; i < 20_000; i++) {
      let v = String(1000 + Math.floor(next() * 9000)).slice(0, 1 + Math.floor(next() * 4));
      for (let k = Math.floor(next() * 6); k > 0; k--) v += parts[Math.floor(next() * parts.length)];
      if (isCalendarValue(v)) {
        accepted++;
        expect(grammar.test(v), v).toBe(true);
      }
    }
    expect(accepted).toBeGreaterThan(500);
  });
});

describe("an event's extent", () => {
  it('runs from the start of its start to the end of its end', () => {
    expect(eventExtent({ start: '2022-01-05', end: '2022-01-19' })).toEqual({ start: Date.UTC(2022, 0, 5), end: Date.UTC(2022, 0, 20) });
    expect(eventExtent({ start: '1939', end: '1945' })).toEqual({ start: Date.UTC(1939, 0, 1), end: Date.UTC(1946, 0, 1) });
  });
  it('ignores an end before its start or one that is no value, and is null without a start', () => {
    expect(eventExtent({ start: '2022-01-05', end: '2021' })).toEqual({ start: Date.UTC(2022, 0, 5), end: Date.UTC(2022, 0, 6) });
    expect(eventExtent({ start: '2022-01-05', end: 'soon' })).toEqual({ start: Date.UTC(2022, 0, 5), end: Date.UTC(2022, 0, 6) });
    expect(eventExtent({ start: 'P2W' })).toBeNull();
  });
});

describe('the precision of a value', () => {
  it.each([
    ['2022', 'year'], ['2022-01', 'month'], ['2022-01-07', 'day'], ['2022-01-07T19', 'hour'], ['2022-01-07T19:06', 'minute'],
    ['2022-01-07TMO', 'part-of-day'], ['2022-W01', 'week'], ['2022-W01-WE', 'week'], ['2022-Q2', 'quarter'],
    ['2024-H2', 'half'], ['2019-SU', 'season'], ['199', 'decade'], ['18', 'century'], ['1', 'millennium'], ['BC0044', 'year'],
    ['BC004', 'decade'], ['BC02', 'century'], ['BC0044-03-15', 'day'], ['BC0044-03', 'month'], ['BC0218-SP', 'season'], ['XXXX-01-02', 'day'], ['2022-XX', 'month'],
  ])('%s -> %s', (value, precision) => {
    expect(precisionOfValue(value)).toBe(precision);
  });
  it('reads a zoned or fractional clock time at its clock precision', () => {
    expect(precisionOfValue('2020-09-16T11:00+02:45')).toBe('minute');
    expect(precisionOfValue('2022-01-07T23:00Z')).toBe('minute');
    expect(precisionOfValue('2008-05-16T09')).toBe('hour');
    expect(precisionOfValue('2008-05-16T09-05:00')).toBe('hour');
    expect(precisionOfValue('2000-12-29T20:29:29.79')).toBe('minute');
  });

  it('is null for durations, sets and references', () => {
    expect([precisionOfValue('P2W'), precisionOfValue('PRESENT_REF'), precisionOfValue('')]).toEqual([null, null, null]);
  });
});

describe('operations on values', () => {
  it('reads simple durations and refuses vague or compound ones', () => {
    expect(parseDuration('P2W')).toEqual({ amount: 2, unit: 'W' });
    expect(parseDuration('PT48H')).toEqual({ amount: 48, unit: 'H' });
    expect(parseDuration('PT30M')).toEqual({ amount: 30, unit: 'MIN' });
    expect(parseDuration('P1.5Y')).toEqual({ amount: 1.5, unit: 'Y' });
    expect([parseDuration('PXD'), parseDuration('P1Y2M'), parseDuration('2022')]).toEqual([null, null, null]);
  });

  it('adds a duration at the start value’s own precision', () => {
    expect(addDuration('2022-01-05', { amount: 2, unit: 'W' })).toBe('2022-01-19');
    expect(addDuration('2022-01', { amount: 1, unit: 'Y' })).toBe('2023-01');
    expect(addDuration('2011', { amount: 3, unit: 'Y' })).toBe('2014');
    expect(addDuration('2022-01-07T19:06', { amount: 48, unit: 'H' })).toBe('2022-01-09T19:06');
    expect(addDuration('2022-W01', { amount: 3, unit: 'D' })).toBe('2022-01-06');
  });

  it('adds to a zoned time on its own clock, keeping its zone', () => {
    expect(addDuration('2020-09-16T11:00+02:45', { unit: 'H', amount: 2 })).toBe('2020-09-16T13:00+02:45');
    expect(addDuration('2022-01-07T23:00Z', { unit: 'D', amount: 1 })).toBe('2022-01-08T23:00Z');
  });

  it('refuses what it cannot compute', () => {
    expect(addDuration('2022-01-05', { amount: 1.5, unit: 'Y' })).toBeNull();
    expect(addDuration('P2W', { amount: 1, unit: 'D' })).toBeNull();
    expect(addDuration('9999-06', { amount: 1, unit: 'Y' })).toBeNull();
  });

  it('replaces the day of a day value only with a day that exists', () => {
    expect(withDay('2021-06-17', 3)).toBe('2021-06-03');
    expect(withDay('2021-02-17', 30)).toBeNull();
    expect(withDay('2021-06', 3)).toBeNull();
  });
});

describe('zoneLabel', () => {
  it('names the zone a clock time was stated in, and nothing otherwise', async () => {
    const { zoneLabel } = await import('../../../src/model/timex-value.js');
    expect(zoneLabel('2025-06-12T07:40+01:00')).toBe('UTC+01:00');
    expect(zoneLabel('2026-03-16T09:00-07:00')).toBe('UTC−07:00');
    expect(zoneLabel('2024-10-24T13:30Z')).toBe('UTC');
    expect(zoneLabel('2024-10-24T13:30')).toBe('');
    expect(zoneLabel('2024-10-24')).toBe('');
  });
});

