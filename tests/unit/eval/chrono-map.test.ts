import { describe, it, expect } from 'vitest';
import { componentsToValue, resultToTimexes, referenceDateOf, type ChronoComponents } from '../../eval/chrono-map.mjs';

/** A stand-in for chrono's ParsedComponents: known values are certain, implied ones are not. */
function comps(known: Record<string, number>, implied: Record<string, number> = {}): ChronoComponents {
  const all = { year: 2022, month: 1, day: 7, hour: 12, minute: 0, ...implied, ...known };
  return { isCertain: (k) => k in known, get: (k) => (all as Record<string, number>)[k] ?? null };
}

describe('componentsToValue', () => {
  it('maps known components to the precision they imply', () => {
    expect(componentsToValue(comps({ year: 2011 }), '2011').value).toBe('2011');
    expect(componentsToValue(comps({ year: 2011, month: 3 }), 'March 2011').value).toBe('2011-03');
    expect(componentsToValue(comps({ weekday: 3 }, { day: 5 }), 'Wednesday')).toEqual({ type: 'DATE', value: '2022-01-05' });
    expect(componentsToValue(comps({ hour: 19, minute: 6 }), '7:06 pm')).toEqual({ type: 'TIME', value: '2022-01-07T19:06' });
  });
  it('does not take a clock time from a relative phrase and maps parts of day', () => {
    expect(componentsToValue(comps({ year: 2022, month: 1, day: 5, hour: 11 }), 'two days ago').value).toBe('2022-01-05');
    expect(componentsToValue(comps({ weekday: 5 }, { hour: 6 }), 'Friday morning').value).toBe('2022-01-07TMO');
  });
});

describe('resultToTimexes', () => {
  it('trims a leading preposition', () => {
    const [t] = resultToTimexes({ index: 10, text: 'on Friday', start: comps({ weekday: 5 }) });
    expect(t).toMatchObject({ start: 13, end: 19, text: 'Friday', value: '2022-01-07' });
  });
  it('splits a range at its connector', () => {
    const ts = resultToTimexes({ index: 0, text: 'Jan 3 to Jan 5', start: comps({ month: 1, day: 3 }), end: comps({ month: 1, day: 5 }) });
    expect(ts.map((t) => [t.text, t.start, t.end, t.value])).toEqual([['Jan 3', 0, 5, '2022-01-03'], ['Jan 5', 9, 14, '2022-01-05']]);
  });
});

describe('referenceDateOf', () => {
  it('builds a local noon date from a day value and null from junk', () => {
    const d = referenceDateOf('1998-01-08')!;
    expect([d.getFullYear(), d.getMonth(), d.getDate(), d.getHours()]).toEqual([1998, 0, 8, 12]);
    expect(referenceDateOf('PRESENT_REF')).toBeNull();
  });
});
