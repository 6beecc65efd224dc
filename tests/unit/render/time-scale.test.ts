import { describe, expect, it } from 'vitest';
import { scaleUtc } from '../../../src/render/time-scale.js';
import { zoomIdentity } from '../../../src/render/zoom-transform.js';

const day = (d: number, m = 0, y = 2022): Date => new Date(Date.UTC(y, m, d));
const iso = (dates: Date[]): string[] => dates.map((d) => d.toISOString().slice(0, 16));

describe('scaleUtc', () => {
  it('maps dates linearly onto the range, extrapolating beyond the domain', () => {
    const s = scaleUtc().domain([day(1), day(11)]).range([0, 1000]);
    expect(s(day(1))).toBe(0);
    expect(s(day(6))).toBe(500);
    expect(s(day(11))).toBe(1000);
    expect(s(day(21))).toBe(2000);
    expect(s(Date.UTC(2022, 0, 2))).toBe(100);
    expect(s.domain()).toEqual([day(1), day(11)]);
    expect(s.range()).toEqual([0, 1000]);
  });

  it('inverts to the nearest millisecond', () => {
    const s = scaleUtc().domain([day(1), day(11)]).range([0, 1000]);
    expect(s.invert(500)).toEqual(day(6));
    expect(s.invert(-100)).toEqual(day(0));
    expect(+scaleUtc().domain([0, 3]).range([0, 1]).invert(0.5)).toBe(2); // 1.5 rounds up
  });

  it('handles a descending domain or range, and a zero-width domain (the middle of the range)', () => {
    const s = scaleUtc().domain([day(11), day(1)]).range([0, 1000]);
    expect(s(day(3))).toBe(800);
    expect(s.invert(800)).toEqual(day(3));
    const r = scaleUtc().domain([day(1), day(11)]).range([1000, 0]);
    expect(r(day(3))).toBe(800);
    expect(scaleUtc().domain([day(1), day(1)]).range([0, 1000])(day(5))).toBe(500);
  });

  it('has d3 scaleUtc defaults and rounds number domains', () => {
    const s = scaleUtc();
    expect(s.domain()).toEqual([day(1, 0, 2000), day(2, 0, 2000)]);
    expect(s.range()).toEqual([0, 1]);
    expect(+scaleUtc().domain([0.4, 10.6]).domain()[1]!).toBe(11);
  });

  it('copies independently', () => {
    const s = scaleUtc().domain([day(1), day(11)]).range([0, 1000]);
    const c = s.copy().range([0, 500]);
    expect(c(day(6))).toBe(250);
    expect(s(day(6))).toBe(500);
    expect(c.domain()).toEqual(s.domain());
  });

  it('ticks on round UTC dates, as d3 (checked against d3-scale 4.0 when written)', () => {
    expect(iso(scaleUtc().domain([day(1), day(11)]).ticks(5))).toEqual(
      ['2022-01-02T00:00', '2022-01-04T00:00', '2022-01-06T00:00', '2022-01-08T00:00', '2022-01-10T00:00']);
    expect(iso(scaleUtc().domain([day(15, 0, 2019), day(15, 0, 2024)]).ticks(5))).toEqual(
      ['2020-01-01T00:00', '2021-01-01T00:00', '2022-01-01T00:00', '2023-01-01T00:00', '2024-01-01T00:00']);
    expect(iso(scaleUtc().domain([Date.UTC(2022, 0, 5, 9, 10), Date.UTC(2022, 0, 5, 12)]).ticks(4))).toEqual(
      ['2022-01-05T10:00', '2022-01-05T11:00', '2022-01-05T12:00']);
    // A descending domain ticks in its own order (weeks, Sundays).
    expect(iso(scaleUtc().domain([day(11), day(1)]).ticks(2))).toEqual(['2022-01-09T00:00', '2022-01-02T00:00']);
  });

  it('is what a zoom transform rescales (the domain a view shows)', () => {
    const s = scaleUtc().domain([day(1), day(11)]).range([0, 1000]);
    const shown = zoomIdentity.translate(500, 0).scale(2).translate(-500, 0).rescaleX(s);
    expect(shown.domain()).toEqual([new Date(Date.UTC(2022, 0, 3, 12)), new Date(Date.UTC(2022, 0, 8, 12))]);
    expect(shown.range()).toEqual([0, 1000]);
  });
});
