import { describe, expect, it } from 'vitest';
import { eventDatePhrase, formatCount, valuePhrase, yearLabel } from '../../../src/render/date-phrase.js';
import { formatTicks } from '../../../src/render/ticks.js';
import { loadLocalDates, localDates } from '../../../src/render/local-dates.js';

describe('loadLocalDates', () => {
  it('writes other languages in English until their Intl dates are loaded, then in the language', async () => {
    expect(localDates()).toBe(null);
    expect(valuePhrase('2022-01', 'month', {}, 'fr')).toBe('January 2022');
    expect(eventDatePhrase({ start: '2022-01-07', precision: 'day' }, false, 'de')).toBe('Friday, 7 January 2022');
    expect(yearLabel(-43, 'es')).toBe('44 BC');
    expect(formatCount(1234, 'fr')).toBe('1.2k');
    expect(formatTicks([new Date(Date.UTC(2022, 0, 1)), new Date(Date.UTC(2022, 1, 1))], false, 'fr')).toEqual(['Jan 2022', 'Feb']);
    const importer = () => import('../../../src/render/date-locale.js');
    const loaded = await loadLocalDates(importer);
    expect(localDates()).toBe(loaded);
    expect(await loadLocalDates(importer)).toBe(loaded); // once
    expect(valuePhrase('2022-01', 'month', {}, 'fr')).toBe('janvier 2022');
    expect(eventDatePhrase({ start: '2022-01-07', precision: 'day' }, false, 'de')).toBe('Freitag, 7. Januar 2022');
    expect(formatTicks([new Date(Date.UTC(2022, 0, 1)), new Date(Date.UTC(2022, 1, 1))], false, 'fr')).toEqual(['janv. 2022', 'févr.']);
    // English is unchanged.
    expect(valuePhrase('2022-01', 'month', {}, 'en')).toBe('January 2022');
  });
});
