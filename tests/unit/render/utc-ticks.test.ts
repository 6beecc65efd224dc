import { describe, expect, it } from 'vitest';
import { utcTicks } from '../../../src/render/utc-ticks.js';

// [start, stop, count] and d3-time 3.1's utcTicks for them (recorded from d3-time when utc-ticks.ts replaced it;
// 200,000 random domains from a millisecond to a million years, both ways, agreed then).
const RECORDED: Array<[[number, number, number], string[]]> = [
    [[1641373803250,1641373803900,5], ["2022-01-05T09:10:03.300Z","2022-01-05T09:10:03.400Z","2022-01-05T09:10:03.500Z","2022-01-05T09:10:03.600Z","2022-01-05T09:10:03.700Z","2022-01-05T09:10:03.800Z","2022-01-05T09:10:03.900Z"]],
    [[1641373803000,1641373860000,4], ["2022-01-05T09:10:15.000Z","2022-01-05T09:10:30.000Z","2022-01-05T09:10:45.000Z","2022-01-05T09:11:00.000Z"]],
    [[1641373800000,1641378000000,5], ["2022-01-05T09:15:00.000Z","2022-01-05T09:30:00.000Z","2022-01-05T09:45:00.000Z","2022-01-05T10:00:00.000Z","2022-01-05T10:15:00.000Z"]],
    [[1641344400000,1641434400000,6], ["2022-01-05T03:00:00.000Z","2022-01-05T06:00:00.000Z","2022-01-05T09:00:00.000Z","2022-01-05T12:00:00.000Z","2022-01-05T15:00:00.000Z","2022-01-05T18:00:00.000Z","2022-01-05T21:00:00.000Z","2022-01-06T00:00:00.000Z"]],
    [[1641168000000,1647734400000,8], ["2022-01-09T00:00:00.000Z","2022-01-16T00:00:00.000Z","2022-01-23T00:00:00.000Z","2022-01-30T00:00:00.000Z","2022-02-06T00:00:00.000Z","2022-02-13T00:00:00.000Z","2022-02-20T00:00:00.000Z","2022-02-27T00:00:00.000Z","2022-03-06T00:00:00.000Z","2022-03-13T00:00:00.000Z","2022-03-20T00:00:00.000Z"]],
    [[1635897600000,1666224000000,4], ["2022-01-01T00:00:00.000Z","2022-04-01T00:00:00.000Z","2022-07-01T00:00:00.000Z","2022-10-01T00:00:00.000Z"]],
    [[-87412780800000,-52700112000000,10], ["-000800-01-01T00:00:00.000Z","-000700-01-01T00:00:00.000Z","-000600-01-01T00:00:00.000Z","-000500-01-01T00:00:00.000Z","-000400-01-01T00:00:00.000Z","-000300-01-01T00:00:00.000Z","-000200-01-01T00:00:00.000Z","-000100-01-01T00:00:00.000Z","0000-01-01T00:00:00.000Z","0100-01-01T00:00:00.000Z","0200-01-01T00:00:00.000Z","0300-01-01T00:00:00.000Z"]],
    [[-3600000,3600000,3], ["1969-12-31T23:00:00.000Z","1969-12-31T23:30:00.000Z","1970-01-01T00:00:00.000Z","1970-01-01T00:30:00.000Z","1970-01-01T01:00:00.000Z"]],
];

describe('utcTicks (d3-time\'s, as a pure function)', () => {
  it('picks and steps the intervals as d3-time does: ms, seconds, minutes, hours, days, Sundays, quarters, years', () => {
    for (const [[a, b, count], expected] of RECORDED) expect(utcTicks(a, b, count).map((d) => d.toISOString())).toEqual(expected);
  });

  it('keeps a descending domain\'s order, and gives no ticks for no usable count or domain', () => {
    const [[a, b, count], expected] = RECORDED[4]!;
    expect(utcTicks(b, a, count).map((d) => d.toISOString())).toEqual([...expected].reverse());
    expect(utcTicks(new Date(a), new Date(b), count).length).toBe(expected.length);
    expect(utcTicks(0, 1e9, NaN)).toEqual([]);
    expect(utcTicks(0, 1e12, -3)).toEqual([]);
    expect(utcTicks(NaN, 5, 10)).toEqual([]);
    expect(utcTicks(5, 5, 5).map(Number)).toEqual([5]);
  });
});
