import { describe, expect, it } from 'vitest';
import { formatYmd } from '../../../src/parse/calendar.js';
import { solarEventDay } from '../../../src/parse/equinox.js';

describe('equinoxes and solstices', () => {
  // Days in Universal Time from published almanac tables.
  const KNOWN: readonly [number, 'march' | 'june' | 'september' | 'december', string][] = [
    [1900, 'march', '1900-03-21'], [1900, 'december', '1900-12-22'], [2000, 'march', '2000-03-20'], [2000, 'december', '2000-12-21'],
    [2022, 'march', '2022-03-20'], [2022, 'june', '2022-06-21'], [2022, 'september', '2022-09-23'], [2022, 'december', '2022-12-21'],
    [1931, 'september', '1931-09-24'], [2023, 'december', '2023-12-22'], [2024, 'june', '2024-06-20'], [2024, 'september', '2024-09-22'], [2026, 'september', '2026-09-23'],
  ];
  for (const [year, event, day] of KNOWN) {
    it(`${event} ${year} is ${day}`, () => expect(formatYmd(solarEventDay(year, event))).toBe(day));
  }
  it('falls on the 19th to 24th of its month every year from 1900 to 2100', () => {
    for (let y = 1900; y <= 2100; y++) {
      for (const [event, month] of [['march', 3], ['june', 6], ['september', 9], ['december', 12]] as const) {
        const d = solarEventDay(y, event);
        expect(d.y).toBe(y);
        expect(d.m).toBe(month);
        expect(d.d).toBeGreaterThanOrEqual(19);
        expect(d.d).toBeLessThanOrEqual(24);
      }
    }
  });
});
