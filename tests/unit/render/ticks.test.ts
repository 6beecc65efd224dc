import { describe, expect, it } from 'vitest';
import { chooseTicks, dayTicks, formatTicks, hasTimedEvents, historicalTicks } from '../../../src/render/ticks.js';
import { prepareTimeline } from '../../../src/render/prepare.js';
import type { Precision, TimelineEvent } from '../../../src/model/types.js';

const utc = (y: number, m = 1, d = 1, h = 0) => { const x = new Date(Date.UTC(2000, m - 1, d, h)); x.setUTCFullYear(y); return x; };

describe('formatTicks', () => {
  it('labels yearly ticks with years, BC included', () => {
    expect(formatTicks([utc(-100), utc(-50), utc(0), utc(50)])).toEqual(['101 BC', '51 BC', '1 BC', 'AD 50']);
  });

  it('labels monthly ticks with months and the year where it changes', () => {
    expect(formatTicks([utc(2021, 11), utc(2021, 12), utc(2022, 1), utc(2022, 2)])).toEqual(['Nov 2021', 'Dec', 'Jan 2022', 'Feb']);
  });

  it('labels daily ticks with day and month', () => {
    expect(formatTicks([utc(2022, 1, 2), utc(2022, 1, 3), utc(2022, 1, 4)])).toEqual(['2 Jan 2022', '3 Jan', '4 Jan']);
  });

  it('labels hourly ticks with times and the day where it changes', () => {
    expect(formatTicks([utc(2022, 1, 6, 18), utc(2022, 1, 7, 0), utc(2022, 1, 7, 6)])).toEqual(['6 Jan 18:00', '7 Jan 00:00', '06:00']);
  });

  it('returns nothing for no ticks', () => {
    expect(formatTicks([])).toEqual([]);
  });
});

describe('historicalTicks', () => {
  it('moves BC year ticks to round historical years', () => {
    const labels = formatTicks(historicalTicks([utc(-800), utc(-600), utc(-400), utc(-200), utc(0), utc(200)]));
    expect(labels).toEqual(['800 BC', '600 BC', '400 BC', '200 BC', 'AD 1', 'AD 200']);
  });

  it('leaves AD and sub-year ticks alone', () => {
    const ticks = [utc(2020), utc(2021)];
    expect(historicalTicks(ticks)).toEqual(ticks);
    const days = [utc(-5, 1, 1), utc(-5, 1, 2)];
    expect(historicalTicks(days)).toEqual(days);
  });
});

describe('ticks follow the finest precision of the visible events', () => {
  const ev = (start: string, precision: Precision): TimelineEvent => ({ id: start, start, precision, title: 't', text: '.', span: { start: 0, end: 1 } });
  const hours = [utc(2022, 1, 6, 18), utc(2022, 1, 7, 0), utc(2022, 1, 7, 6), utc(2022, 1, 7, 12)];
  const domain: [number, number] = [utc(2022, 1, 6, 12).getTime(), utc(2022, 1, 7, 18).getTime()];

  it('knows whether an event with a clock time is in view', () => {
    const p = prepareTimeline([ev('2022-01-07', 'day'), ev('2022-01-07TNI', 'part-of-day'), ev('2022-02-01T10:00', 'minute')]);
    expect(hasTimedEvents(p, domain)).toBe(false);
    expect(hasTimedEvents(p, [utc(2022, 1, 31).getTime(), utc(2022, 2, 2).getTime()])).toBe(true);
  });

  it('keeps hour ticks when a visible event has a clock time', () => {
    expect(chooseTicks(hours, domain, 6, true)).toEqual(hours);
    expect(formatTicks(hours, true)).toEqual(['6 Jan 18:00', '7 Jan 00:00', '06:00', '12:00']);
  });

  it('turns hour ticks into day ticks, never a 12:00, when no visible event has a clock time', () => {
    const ticks = chooseTicks(hours, domain, 6, false);
    expect(ticks).toEqual([utc(2022, 1, 7)]);
    expect(formatTicks(ticks, false)).toEqual(['7 Jan 2022']);
    expect(formatTicks(hours, false).some((l) => /\d:\d/.test(l))).toBe(false);
  });

  it('leaves day and coarser ticks alone', () => {
    const days = [utc(2022, 1, 2), utc(2022, 1, 3), utc(2022, 1, 4)];
    expect(chooseTicks(days, [days[0]!.getTime(), days[2]!.getTime()], 6, false)).toEqual(days);
  });

  it('spaces day ticks by 1, 2, 3, 7 or 14 days to keep to the count, on UTC midnights', () => {
    const a = utc(2022, 1, 1, 5).getTime();
    expect(dayTicks([a, a + 3 * 86_400_000], 6).map((d) => d.toISOString().slice(0, 10))).toEqual(['2022-01-02', '2022-01-03', '2022-01-04']);
    const month = dayTicks([a, a + 30 * 86_400_000], 5);
    expect(month.length).toBeLessThanOrEqual(5);
    expect(month.every((d) => d.getUTCHours() === 0)).toBe(true);
  });

  it('labels a lone tick by where it falls', () => {
    expect(formatTicks([utc(2022, 1, 7)])).toEqual(['7 Jan 2022']);
    expect(formatTicks([utc(2022, 3, 1)])).toEqual(['Mar 2022']);
    expect(formatTicks([utc(2022)])).toEqual(['2022']);
    expect(formatTicks([utc(1)])).toEqual(['AD 1']);
  });
});
