import { describe, expect, it } from 'vitest';
import { daysFromCivil, eventExtent, valueExtent } from '../../../src/render/time-value.js';

describe('valueExtent', () => {
  it('gives a plain day the same extent as Date.UTC, across leap years and centuries', () => {
    for (const [y, m, d] of [[1000, 1, 1], [1600, 2, 29], [1900, 3, 1], [1970, 1, 1], [2000, 2, 29], [2022, 1, 7], [2024, 12, 31], [9999, 12, 31]]) {
      expect(daysFromCivil(y!, m!, d!) * 86_400_000).toBe(Date.UTC(y!, m! - 1, d!));
      const v = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
      expect(valueExtent(v)).toEqual([Date.UTC(y!, m! - 1, d!), Date.UTC(y!, m! - 1, d! + 1)]);
    }
  });

  it('rejects impossible days and falls back for other values', () => {
    expect(valueExtent('2021-02-29')).toBeNull();
    expect(valueExtent('1900-02-29')).toBeNull();
    expect(valueExtent('2022-01')).toEqual([Date.UTC(2022, 0, 1), Date.UTC(2022, 1, 1)]);
    expect(eventExtent({ start: '2022-01-05', end: '2022-01-19' })).toEqual({ start: Date.UTC(2022, 0, 5), end: Date.UTC(2022, 0, 20) });
  });
});

describe('valueExtent fast path', () => {
  it('agrees with the tagger converter on years, months, days and minutes', async () => {
    const { timexValueToInterval } = await import('../../../src/render/time-value.js');
    for (const v of ['1999', '2022-12', '2024-02', '2022-01-07', '2022-01-07T19:06', '2022-12-31T23:59', '1066-10-14']) {
      const slow = timexValueToInterval(v)!;
      expect(valueExtent(v), v).toEqual([slow.start.getTime(), slow.end.getTime()]);
    }
  });
});
