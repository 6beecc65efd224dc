/// <reference types="node" />
import { describe, expect, it } from 'vitest';
import { precisionOfValue, timexValueToInterval } from '../../../src/parse/index.js';

const iso = (v: string): [string, string] | null => {
  const r = timexValueToInterval(v);
  return r ? [r.start.toISOString(), r.end.toISOString()] : null;
};

describe('timexValueToInterval', () => {
  it.each([
    ['2022', '2022-01-01T00:00:00.000Z', '2023-01-01T00:00:00.000Z'],
    ['2022-01', '2022-01-01T00:00:00.000Z', '2022-02-01T00:00:00.000Z'],
    ['2022-01-07', '2022-01-07T00:00:00.000Z', '2022-01-08T00:00:00.000Z'],
    ['2022-01-07T19:06', '2022-01-07T19:06:00.000Z', '2022-01-07T19:07:00.000Z'],
    ['2022-01-07TMO', '2022-01-07T00:00:00.000Z', '2022-01-07T12:00:00.000Z'],
    ['2022-01-07TEV', '2022-01-07T18:00:00.000Z', '2022-01-08T00:00:00.000Z'],
    ['2022-W01', '2022-01-03T00:00:00.000Z', '2022-01-10T00:00:00.000Z'],
    ['2021-W52-WE', '2022-01-01T00:00:00.000Z', '2022-01-03T00:00:00.000Z'],
    ['2022-Q2', '2022-04-01T00:00:00.000Z', '2022-07-01T00:00:00.000Z'],
    ['2024-H2', '2024-07-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z'],
    ['2019-SU', '2019-06-01T00:00:00.000Z', '2019-09-01T00:00:00.000Z'],
    ['2021-WI', '2021-12-01T00:00:00.000Z', '2022-03-01T00:00:00.000Z'],
    ['199', '1990-01-01T00:00:00.000Z', '2000-01-01T00:00:00.000Z'],
    ['18', '1800-01-01T00:00:00.000Z', '1900-01-01T00:00:00.000Z'],
    ['0079', '0079-01-01T00:00:00.000Z', '0080-01-01T00:00:00.000Z'],
    ['BC0044', '-000043-01-01T00:00:00.000Z', '-000042-01-01T00:00:00.000Z'],
    ['BC02', '-000298-01-01T00:00:00.000Z', '-000198-01-01T00:00:00.000Z'],
  ])('%s -> [%s, %s)', (value, start, end) => {
    expect(iso(value)).toEqual([start, end]);
  });

  it.each(['P2W', 'PT2H', 'PXD', 'PRESENT_REF', 'PAST_REF', 'XXXX-01-02', 'XXXX-WXX-5', '2022-02-30', '2022-13', 'nonsense', ''])(
    '%s is not a calendar interval',
    (value) => {
      expect(timexValueToInterval(value)).toBeNull();
    },
  );
});

describe('precisionOfValue', () => {
  it.each([
    ['2022', 'year'], ['2022-01', 'month'], ['2022-01-07', 'day'], ['2022-01-07T19:06', 'minute'],
    ['2022-01-07TMO', 'part-of-day'], ['2022-W01', 'week'], ['2022-W01-WE', 'week'], ['2022-Q2', 'quarter'],
    ['2024-H2', 'half'], ['2019-SU', 'season'], ['199', 'decade'], ['18', 'century'], ['BC0044', 'year'],
    ['BC02', 'century'], ['XXXX-01-02', 'day'],
  ])('%s -> %s', (value, precision) => {
    expect(precisionOfValue(value)).toBe(precision);
  });
  it('is null for durations, sets and references', () => {
    expect([precisionOfValue('P2W'), precisionOfValue('PRESENT_REF')]).toEqual([null, null]);
  });
});
