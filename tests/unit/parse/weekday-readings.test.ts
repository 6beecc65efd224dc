// Weekdays whose side of the publication date their construction tells (written for these cases; DCT noted per case).
import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/parse/index.js';

const valueOf = (text: string, documentDate: string, expression: string): string | undefined =>
  tagTimexes(text, { documentDate }).find((t) => t.text === expression)?.value;

describe('a bound ahead: past, until, no later than', () => {
  const cases: readonly [string, string, string, string][] = [
    // [text, document date, expression, value]
    ['Sorry, I can\'t stay past Friday.', '2022-01-07', 'Friday', '2022-01-07'],
    ['Sorry, I can\'t stay past Friday.', '2022-01-06', 'Friday', '2022-01-07'],
    ['The permit is not valid past Sunday.', '2022-01-10', 'Sunday', '2022-01-16'],
    ['He stayed past Wednesday.', '2022-01-07', 'Wednesday', '2022-01-05'],
    ['You may keep the keys until Friday.', '2022-01-06', 'Friday', '2022-01-07'],
    ['Entries must reach us no later than Friday.', '2022-01-07', 'Friday', '2022-01-07'],
    ['The hall stays open past March.', '2022-01-07', 'March', '2022-03'],
  ];
  for (const [text, dct, expression, value] of cases) it(`${text} (${dct}): ${expression} = ${value}`, () => expect(valueOf(text, dct, expression)).toBe(value));
});

describe('a plan told in the past points neither way', () => {
  const cases: readonly [string, string, string, string][] = [
    ['The fair was meant to open this Tuesday but was called off.', '2022-01-07', 'this Tuesday', '2022-01-04'],
    ['The repairs were scheduled to begin this Wednesday, before the frost.', '2022-01-07', 'this Wednesday', '2022-01-05'],
    ['The repairs are scheduled to begin this Wednesday.', '2022-01-07', 'this Wednesday', '2022-01-12'],
  ];
  for (const [text, dct, expression, value] of cases) it(`${text} (${dct}): ${expression} = ${value}`, () => expect(valueOf(text, dct, expression)).toBe(value));
});

describe('next and a weekday: never the day after (that is tomorrow)', () => {
  const cases: readonly [string, string, string, string][] = [
    ['The ferry sails next Tuesday.', '2022-01-10', 'next Tuesday', '2022-01-18'],
    ['The ferry sails next Tuesday.', '2022-01-07', 'next Tuesday', '2022-01-11'],
    ['The ferry sails next Sunday.', '2022-01-10', 'next Sunday', '2022-01-16'],
    ['The ferry sails next Saturday afternoon.', '2022-01-07', 'next Saturday afternoon', '2022-01-15TAF'],
    ['The ferry sails this coming Tuesday.', '2022-01-10', 'this coming Tuesday', '2022-01-11'],
    ['The ferry sails on Tuesday next.', '2022-01-10', 'Tuesday next', '2022-01-18'],
  ];
  for (const [text, dct, expression, value] of cases) it(`${text} (${dct}): ${expression} = ${value}`, () => expect(valueOf(text, dct, expression)).toBe(value));
});

describe('a weekday excepted from a recurrence', () => {
  const cases: readonly [string, string, string, string][] = [
    ['The shop is open every day except Saturday.', '2022-01-10', 'Saturday', 'XXXX-WXX-6'],
    ['Buses run daily but not on Sunday.', '2022-01-10', 'Sunday', 'XXXX-WXX-7'],
    ['The pool opens every morning except Monday and Tuesday.', '2022-01-07', 'Tuesday', 'XXXX-WXX-2'],
    // Told in the past, a day of one week.
    ['It snowed every day except Saturday.', '2022-01-10', 'Saturday', '2022-01-08'],
    // In a text bound to days ahead, the event's such day.
    ['The book fair opens Thursday, Jan. 20, and runs through Sunday. Stalls close at 6 p.m. each day, except Sunday, when they close at noon.', '2022-01-07', 'Sunday', '2022-01-23'],
  ];
  for (const [text, dct, expression, value] of cases) it(`${text} (${dct}): ${expression} = ${value}`, () => expect(tagTimexes(text, { documentDate: dct }).filter((t) => t.text === expression).at(-1)?.value).toBe(value));
});

describe('a booking told in the present looks ahead', () => {
  const cases: readonly [string, string, string, string][] = [
    // Said on a Saturday: the coming Friday, not the day before.
    ['We\'re booked for Friday.', '2022-01-08', 'Friday', '2022-01-14'],
    ['The minibus is reserved for Friday night.', '2022-01-08', 'Friday night', '2022-01-14TNI'],
    ['The village hall is booked on Friday.', '2022-01-08', 'Friday', '2022-01-14'],
    ['The inn is fully booked on Friday.', '2022-01-08', 'Friday', '2022-01-14'],
    ['The inn was fully booked on Friday.', '2022-01-08', 'Friday', '2022-01-07'],
  ];
  for (const [text, dct, expression, value] of cases) it(`${text} (${dct}): ${expression} = ${value}`, () => expect(valueOf(text, dct, expression)).toBe(value));
});

describe('a weekday told after another of its sentence, in the past', () => {
  it('is the first such day after the one before it', () => {
    const found = tagTimexes('The survey ship reached Lerwick on 5 July 1887. Her boats went out on Monday and came back on Wednesday.');
    expect(found.map((t) => `${t.text}=${t.value}`)).toEqual(['5 July 1887=1887-07-05', 'Monday=1887-07-04', 'Wednesday=1887-07-06']);
  });
  it('not after publication, nor when the words between tell another order', () => {
    expect(valueOf('The boats went out on Thursday and came back on Saturday.', '2022-01-07', 'Saturday')).toBe('2022-01-01');
    expect(valueOf('The boats came back on Wednesday, having gone out on Monday.', '2022-01-07', 'Monday')).toBe('2022-01-03');
  });
});

describe('a day counted after an aside', () => {
  it('counts from the last day stated when the aside lies before it', () => {
    const text = 'The mill reopened on 2 May 2023.\n\nWorkers returned on 8 May. The mill had last closed in 1998.\n\nThe next day the first cloth was woven.';
    expect(valueOf(text, '2024-01-10', 'The next day')).toBe('2023-05-09');
  });
  it('gives no day when the story moved on to a month after it', () => {
    const text = 'The mill reopened on 2 May 2023.\n\nWorkers drifted back, and the manager left in June.\n\nThe next day his deputy took over.';
    expect(valueOf(text, '2024-01-10', 'The next day')).toBe('XXXX-XX-XX');
  });
});

describe('days counted from a BC day', () => {
  // (A BC day keeps no part of day or clock: the model reads no time after one.)
  it('counts days and nights on from it', () => {
    const found = tagTimexes('The fleet sailed on the Nones of July 190 BC. Two days later it sighted land. On the fifth night the wind dropped, and at dawn the crews rowed ashore.');
    expect(found.map((t) => `${t.text}=${t.value}`)).toEqual([
      'the Nones of July 190 BC=BC0190-07-07', 'Two days later=BC0190-07-09', 'the fifth night=BC0190-07-11', 'dawn=BC0190-07-11',
    ]);
  });
  it('reads BC days in the calendar (astronomical years: 1 BC is year 0)', async () => {
    const { parseYmd, formatYmd } = await import('../../../src/parse/calendar.js');
    expect(parseYmd('BC0044-03-15')).toEqual({ y: -43, m: 3, d: 15 });
    expect(parseYmd('BC0001-12-31T10:00')).toEqual({ y: 0, m: 12, d: 31 });
    expect(formatYmd(parseYmd('BC0044-03-15')!)).toBe('BC0044-03-15');
    expect(parseYmd('BC0044')).toBeNull();
  });
});
