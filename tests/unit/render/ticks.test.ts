import { describe, expect, it } from 'vitest';
import { formatTicks, historicalTicks } from '../../../src/render/ticks.js';

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
