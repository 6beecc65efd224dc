// Every value the tagger emits is a well-formed TIMEX3 value, and every calendar date in it exists:
// a property test over generated sentences (a seeded generator, so a failure can be replayed).
import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/parse/index.js';

const PART = '(?:MO|MI|AF|EV|NI|DT)';
// A clock time: hour, minutes, seconds with a fraction, and the zone it was said in (`Z` or an offset up to 14 hours).
const CLOCK = '\\d{2}(?::\\d{2}(?::\\d{2}(?:\\.\\d{1,3})?)?)?(?:Z|[+-](?:0\\d|1[0-3]):[0-5]\\d|[+-]14:00)?';
const DATE = new RegExp(`^(?:BC\\d{1,3}|BC\\d{4}(?:-(?:SP|SU|FA|WI|\\d{2}(?:-\\d{2})?))?|\\d{1,4}|[\\dX]{4}(?:-(?:Q[1-4X]|H[12]|SP|SU|FA|WI|W(?:\\d{2}|XX)(?:-(?:WE|[1-7]))?(?:T${PART})?|[\\dX]{2}(?:-[\\dX]{2}(?:T(?:${PART}|${CLOCK}))?)?))?|XXXX-WXX-[1-7](?:T(?:${PART}|${CLOCK}))?|PRESENT_REF|PAST_REF|FUTURE_REF)$`);
const DURATION = /^(?:P(?:\d+(?:\.\d+)?|X)(?:Y|M|W|D|DE|CE|ML|Q|FN)|PT(?:(?:\d+(?:\.\d+)?|X)H)?(?:(?:\d+(?:\.\d+)?|X)M)?(?:(?:\d+(?:\.\d+)?|X)S)?)$/;

function valid(value: string, type: string): boolean {
  if (type === 'DURATION') return DURATION.test(value) && value !== 'PT';
  if (type === 'SET') return DURATION.test(value) || DATE.test(value);
  if (!DATE.test(value)) return false;
  // A BC day is checked in its astronomical year (44 BC is -43).
  const day = /^(BC)?(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (day) {
    const [y, m, d] = [day[1] ? 1 - Number(day[2]) : Number(day[2]), Number(day[3]), Number(day[4])];
    const date = new Date(Date.UTC(2000, m - 1, d));
    date.setUTCFullYear(y);
    if (m < 1 || m > 12 || date.getUTCDate() !== d) return false;
  }
  const month = /^(?:BC)?\d{4}-(\d{2})$/.exec(value);
  if (month && (Number(month[1]) < 1 || Number(month[1]) > 12)) return false;
  const week = /^\d{4}-W(\d{2})/.exec(value);
  if (week && (Number(week[1]) < 1 || Number(week[1]) > 53)) return false;
  return !/^1\d{4}/.test(value);
}

/** A small seeded generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pieces = {
  month: ['January', 'Feb.', 'February', 'March', 'Apr', 'May', 'June', 'Sept.', 'December'],
  weekday: ['Monday', 'Tuesday', 'Friday', 'Sunday', 'Saturday nights', 'Mondays'],
  shift: ['last', 'next', 'this', 'the following', 'the previous', 'that'],
  unit: ['day', 'week', 'weekend', 'month', 'quarter', 'year', 'decade', 'century', 'spring', 'winter'],
  count: ['two', 'a', '3', 'several', '29', '31', '1.5', 'twelve hundred', 'a few'],
  year: ['1999', '2023', '2024', '44 BC', '9999', "'87", '1939-45', '2016-11', '0001'],
  glue: ['on', 'in', 'by', 'since', 'until', 'through', 'the', 'at', 'of', 'and', 'or', '-', ','],
  clock: ['9 a.m.', '10:45pm', '18:30', 'noon', 'midnight', 'a quarter to nine', '7 in the evening', '10:30:15 GMT', '11 am utc+02:45',
    '23:00 ET', '8 p.m. Pacific', '14:20 +0530', '07:55:12 -0700', '20:29:29.79', '6 pm (GMT-2:30)', '2008-05-16T09', '1800 hours', 'at 12.30',
    'ten minutes to three', '11 tonight', 'half past noon', '12 in the morning', 'late afternoon'],
  word: ['ago', 'later', 'earlier', 'every', 'each', 'times a', 'the day after tomorrow', 'Easter', 'Christmas', 'the sixties', 'the 40s'],
};
type Kind = keyof typeof pieces;
const kinds = Object.keys(pieces) as Kind[];

describe('TIMEX3 values', () => {
  it('are well formed and name real days, for 3,000 generated sentences and publication dates', () => {
    const next = random(20261206);
    const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
    const bad: string[] = [];
    for (let n = 0; n < 3000; n++) {
      const words: string[] = [];
      for (let k = 0, len = 3 + Math.floor(next() * 7); k < len; k++) {
        const kind = pick(kinds);
        words.push(kind === 'month' && next() < 0.5 ? `${pick(pieces.month)} ${1 + Math.floor(next() * 31)}` : pick(pieces[kind]));
      }
      const text = `It happened ${words.join(' ')}.`;
      const y = 1990 + Math.floor(next() * 40);
      const documentDate = `${y}-${String(1 + Math.floor(next() * 12)).padStart(2, '0')}-${String(1 + Math.floor(next() * 28)).padStart(2, '0')}`;
      for (const t of tagTimexes(text, { documentDate })) if (!valid(t.value, t.type)) bad.push(`${t.type} ${t.value} <- "${t.text}" in "${text}" (${documentDate})`);
    }
    expect(bad.slice(0, 10)).toEqual([]);
  }, 30_000);
  it('moves a `since` February 29 back to the leap year before, never to a 29 February of a common year', () => {
    expect(tagTimexes('Prices have risen since Feb. 29.', { documentDate: '2024-02-10' }).map((t) => t.value)).toEqual(['2020-02-29']);
  });
  it('moves February 29 to a leap year and names BC decades as BC values', () => {
    expect(tagTimexes('It opened on Feb. 29.', { documentDate: '2023-03-01' }).map((t) => t.value)).toEqual(['2020-02-29']);
    expect(tagTimexes('It will open on Feb. 29.', { documentDate: '2023-03-01' }).map((t) => t.value)).toEqual(['2024-02-29']);
    expect(tagTimexes('Rome grew in the 40s BC.', { documentDate: '2023-03-01' }).map((t) => t.value)).toEqual(['BC004']);
  });
});
