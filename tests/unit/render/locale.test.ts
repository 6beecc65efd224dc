import { beforeAll, describe, expect, it } from 'vitest';
import { eventDatePhrase, formatCount, rangePhrase, resolveLocale, valuePhrase, yearLabel, yearSpanLabel } from '../../../src/render/date-phrase.js';
import { formatTicks } from '../../../src/render/ticks.js';
import { roman } from '../../../src/render/locale.js';
import { loadLocalDates } from '../../../src/render/local-dates.js';

/** Intl puts thin spaces around a range's dash: compared as plain spaces. */
const plain = (s: string): string => s.replace(/[\u2009\u202f\u00a0]/g, ' ');

// The tests here read dates in other languages: a chunk of its own (local-dates.ts).
beforeAll(() => loadLocalDates(() => import('../../../src/render/date-locale.js')));

describe('resolveLocale', () => {
  it.each([
    ['fr', 'fr'], ['FR-ca', 'fr-CA'], ['de-CH', 'de-CH'], ['', 'en'], [null, 'en'], [undefined, 'en'], ['xx', 'en'], ['not a tag!', 'en'],
  ])('%s -> %s', (lang, want) => {
    expect(resolveLocale(lang)).toBe(want);
  });
});

describe('valuePhrase in French, German and Spanish', () => {
  it.each([
    ['2022-01-07', 'fr', 'vendredi 7 janvier 2022'],
    ['2022-01-07', 'de', 'Freitag, 7. Januar 2022'],
    ['2022-01-07', 'es', 'viernes, 7 de enero de 2022'],
    ['2022-01', 'fr', 'janvier 2022'],
    ['2022-01', 'de', 'Januar 2022'],
    ['2022-01', 'es', 'enero de 2022'],
    ['2022', 'fr', '2022'],
    ['BC0044', 'fr', '44 av. J.-C.'],
    ['BC0044', 'de', '44 v. Chr.'],
    ['BC0044', 'es', '44 a. C.'],
    ['0014', 'de', '14 n. Chr.'],
    ['199', 'fr', 'les années 1990'],
    ['199', 'de', 'die 1990er-Jahre'],
    ['199', 'es', 'los años 1990'],
    ['BC004', 'fr', 'les années 40 av. J.-C.'],
    ['18', 'fr', 'le XIXe siècle'],
    ['18', 'de', 'das 19. Jahrhundert'],
    ['18', 'es', 'el siglo XIX'],
    ['BC00', 'fr', 'le Ier siècle av. J.-C.'],
    ['BC02', 'de', 'das 3. Jahrhundert v. Chr.'],
    ['2019-SU', 'fr', 'été 2019'],
    ['2019-SU', 'de', 'Sommer 2019'],
    ['2019-SU', 'es', 'verano de 2019'],
    ['2019-Q2', 'fr', '2e trimestre 2019'],
    ['2019-Q2', 'de', '2. Quartal 2019'],
    ['2019-Q2', 'es', 'segundo trimestre de 2019'],
    ['2021-W40', 'fr', 'semaine du 4 octobre 2021'],
    ['2021-W40-WE', 'de', 'Wochenende vom 9. Oktober 2021'],
    ['2022-01-07TNI', 'fr', 'la nuit du vendredi 7 janvier 2022'],
    ['2022-01-07TNI', 'es', 'la noche del viernes, 7 de enero de 2022'],
  ])('%s in %s: %s', (value, locale, want) => {
    expect(valuePhrase(value, undefined, {}, locale)).toBe(want);
  });

  it('keeps precision: a month never shows a day, a year never a month', () => {
    expect(valuePhrase('2022-01', undefined, { short: true }, 'fr')).toBe('janv. 2022');
    expect(valuePhrase('2022-01', undefined, { short: true }, 'de')).toBe('Jan. 2022');
    expect(valuePhrase('1990', undefined, { short: true }, 'es')).toBe('1990');
  });

  it('says short days without their weekday, for labels', () => {
    expect(valuePhrase('2022-01-07', undefined, { short: true }, 'fr')).toBe('7 janv. 2022');
    expect(valuePhrase('2022-01-07', undefined, { short: true }, 'de')).toBe('7. Jan. 2022');
    expect(valuePhrase('2022-01-07', undefined, { short: true }, 'es')).toBe('7 ene 2022');
  });

  it('falls back to English words, with Intl dates, for languages without a word table', () => {
    expect(valuePhrase('2022-01', undefined, {}, 'it')).toBe('gennaio 2022');
    expect(valuePhrase('199', undefined, {}, 'it')).toBe('the 1990s');
  });

  it('is English, unchanged, for en and its regions', () => {
    expect(valuePhrase('2022-01-07', undefined, {}, 'en')).toBe('Friday, 7 January 2022');
    expect(valuePhrase('2022-01-07', undefined, {}, 'en-US')).toBe('Friday, 7 January 2022');
    expect(valuePhrase('BC0044')).toBe('44 BC');
  });
});

describe('rangePhrase in French, German and Spanish', () => {
  it.each([
    ['2022-01-04', '2022-01-07', 'fr', '4–7 janvier 2022'],
    ['2022-01-04', '2022-01-07', 'de', '4.–7. Januar 2022'],
    ['2022-01-04', '2022-01-07', 'es', '4–7 de enero de 2022'],
    ['2022-01-30', '2022-02-02', 'de', '30. Januar – 2. Februar 2022'],
    ['2022-01', '2022-03', 'de', 'Januar–März 2022'],
    ['1939', '1945', 'fr', '1939–1945'],
    ['BC0044', 'BC0027', 'fr', '44–27 av. J.-C.'],
    ['BC0027', '0014', 'de', '27 v. Chr. – 14 n. Chr.'],
    ['2022-01-07T10:00', '2022-01-07T14:30', 'de', 'Freitag, 7. Januar 2022, 10:00–14:30'],
    ['2022-01-07', '2022-01-07T21:00', 'fr', "vendredi 7 janvier 2022, jusqu'à 21:00"],
  ])('%s/%s in %s: %s', (start, end, locale, want) => {
    expect(plain(rangePhrase(start, end, undefined, false, locale))).toBe(want);
  });

  it('shortens month names for labels', () => {
    expect(eventDatePhrase({ start: '2022-01-04', end: '2022-01-07', precision: 'day' }, true, 'fr')).toBe('4–7 janv. 2022');
  });
});

describe('years and counts', () => {
  it('writes years with their era where English writes BC and AD', () => {
    expect(yearLabel(-43, 'fr')).toBe('44 av. J.-C.');
    expect(yearLabel(2022, 'de')).toBe('2022');
    expect(plain(yearSpanLabel(-26, 14, 'es'))).toBe('27 a. C. – 14 d. C.');
    expect(yearSpanLabel(1939, 1945, 'de')).toBe('1939–1945');
    expect(yearLabel(-43)).toBe('44 BC');
  });

  it('formats counts with Intl', () => {
    expect(formatCount(7, 'fr')).toBe('7');
    expect(formatCount(1234, 'fr')).toBe('1,2\u00a0k');
    expect(formatCount(1234)).toBe('1.2k');
    expect(formatCount(12_345)).toBe('12k');
  });

  it('writes centuries in Roman numerals', () => {
    expect([1, 4, 9, 14, 19, 20, 21].map(roman)).toEqual(['I', 'IV', 'IX', 'XIV', 'XIX', 'XX', 'XXI']);
  });
});

describe('formatTicks in French and German', () => {
  const months = [0, 1, 2, 3].map((i) => new Date(Date.UTC(2021, 10 + i, 1)));
  const days = [1, 2, 3].map((i) => new Date(Date.UTC(2022, 0, i)));

  it('names months as Intl abbreviates them, the year where it changes', () => {
    expect(formatTicks(months, false, 'fr')).toEqual(['nov. 2021', 'déc.', 'janv. 2022', 'févr.']);
    expect(formatTicks(months, false, 'en')).toEqual(['Nov 2021', 'Dec', 'Jan 2022', 'Feb']);
  });

  it('writes days in the language order', () => {
    expect(formatTicks(days, false, 'fr')).toEqual(['1 janv. 2022', '2 janv.', '3 janv.']);
    expect(formatTicks(days, false, 'de')).toEqual(['1. Jan. 2022', '2. Jan.', '3. Jan.']);
  });

  it('writes BC years with their era', () => {
    const years = [-299, -199, -99].map((y) => {
      const d = new Date(0);
      d.setUTCFullYear(y, 0, 1);
      return d;
    });
    expect(formatTicks(years, false, 'de')).toEqual(['300 v. Chr.', '200 v. Chr.', '100 v. Chr.']);
  });
});
