// Explanations of dates in plain words: no TIMEX codes, no arrows between codes, no ISO dates.
import { describe, expect, it } from 'vitest';
import type { Timex, TimexDerivation } from '../../../src/model/types.js';
import type { Unit } from '../../../src/events/happenings.js';
import { durationWords, explainElsewhere, explainLead, explainReported, explainStamp, explainUnit, relationWords, valueWords } from '../../../src/events/explain.js';

const PUBLISHED = '2022-01-07'; // a Friday
const relative = (anchorValue = PUBLISHED): TimexDerivation => ({ rule: 'test', anchor: 'document-date', anchorValue, explanation: 'resolved' });
const stated: TimexDerivation = { rule: 'test', anchor: 'none', explanation: 'stated in the text' };
let n = 0;
const timex = (text: string, value: string, derivation: TimexDerivation = stated, type: Timex['type'] = 'DATE'): Timex =>
  ({ id: `t${++n}`, start: 0, end: text.length, text, type, value, derivation });
const unit = (kind: Unit['kind'], start: string, timexes: Timex[], end?: string, duration?: Timex): Unit =>
  ({ kind, start, timexes, span: { start: 0, end: 1 }, ...(end ? { end } : {}), ...(duration ? { duration } : {}) });

describe('explainUnit', () => {
  it('says a weekday before publication as the last such day', () => {
    const u = unit('point', '2022-01-05', [timex('Wednesday', '2022-01-05', relative())]);
    expect(explainUnit(u, 'relative', PUBLISHED)).toBe('"Wednesday" → Wednesday, 5 January 2022, the last Wednesday before publication');
  });

  it('says a weekday after publication as the next such day', () => {
    const u = unit('point', '2022-01-10', [timex('Monday', '2022-01-10', relative())]);
    expect(explainUnit(u, 'relative', PUBLISHED)).toBe('"Monday" → Monday, 10 January 2022, the next Monday after publication');
  });

  it('says the publication day, yesterday and days ago', () => {
    expect(explainUnit(unit('point', PUBLISHED, [timex('Friday', PUBLISHED, relative())]), 'relative', PUBLISHED))
      .toBe('"Friday" → Friday, 7 January 2022, the day of publication');
    expect(explainUnit(unit('point', '2022-01-06', [timex('yesterday', '2022-01-06', relative())]), 'relative', PUBLISHED))
      .toBe('"yesterday" → Thursday, 6 January 2022, the day before publication');
    expect(explainUnit(unit('point', '2022-01-04', [timex('three days ago', '2022-01-04', relative())]), 'relative', PUBLISHED))
      .toBe('"three days ago" → Tuesday, 4 January 2022, three days before publication');
  });

  it('says months and years counted from publication', () => {
    expect(explainUnit(unit('point', '2021-12', [timex('last month', '2021-12', relative())]), 'relative', PUBLISHED))
      .toBe('"last month" → December 2021, the month before publication');
    expect(explainUnit(unit('point', '2019', [timex('three years ago', '2019', relative())]), 'relative', PUBLISHED))
      .toBe('"three years ago" → the year 2019, three years before publication');
  });

  it('says a date stated outright as that date alone', () => {
    expect(explainUnit(unit('point', '2011', [timex('in 2011', '2011')]), 'explicit', PUBLISHED)).toBe('"in 2011" → the year 2011');
    expect(explainUnit(unit('point', '2022-01-04', [timex('Jan. 4, 2022', '2022-01-04')]), 'explicit', PUBLISHED)).toBe('"Jan. 4, 2022" → Tuesday, 4 January 2022');
    expect(explainUnit(unit('point', 'BC01', [timex('the 2nd century BC', 'BC01')]), 'explicit', PUBLISHED)).toBe('"the 2nd century BC" → the 2nd century BC');
  });

  it('counts from the date last mentioned in a narrative', () => {
    const d: TimexDerivation = { rule: 'test', anchor: 'narrative', anchorValue: '2022-01-04', explanation: 'resolved' };
    expect(explainUnit(unit('point', '2022-01-05', [timex('the next day', '2022-01-05', d)]), 'relative', PUBLISHED))
      .toBe('"the next day" → Wednesday, 5 January 2022, the day after 4 Jan 2022 (the date last mentioned)');
  });

  it('says a range with shared parts', () => {
    const u = unit('range', '2022-01-04', [timex('January 4', '2022-01-04'), timex('7', '2022-01-07')], '2022-01-07');
    expect(explainUnit(u, 'explicit', PUBLISHED)).toBe('"January 4" to "7" → 4–7 January 2022');
    const r = unit('range', '2022-01-03', [timex('Monday', '2022-01-03', relative()), timex('Wednesday', '2022-01-05', relative())], '2022-01-05');
    expect(explainUnit(r, 'relative', PUBLISHED)).toBe('"Monday" to "Wednesday" → 3–5 January 2022, from the last Monday before publication');
  });

  it('says a duration counted from its start in words', () => {
    const duration = timex('two-week', 'P2W', stated, 'DURATION');
    const u = unit('derived', '2022-01-05', [timex('Wednesday', '2022-01-05', relative()), duration], '2022-01-19', duration);
    expect(explainUnit(u, 'derived', PUBLISHED)).toBe('"two-week" from "Wednesday" → 5–19 January 2022: two weeks from Wednesday, 5 January 2022');
    expect(explainElsewhere(u)).toBe('"two-week" from "Wednesday" → 5–19 January 2022: two weeks from Wednesday, 5 January 2022, the date another sentence gives the same happening');
  });

  it('says what an open-ended `until` starts from', () => {
    const u = unit('until', PUBLISHED, [timex('Sunday', '2022-01-09', relative())], '2022-01-09');
    expect(explainUnit(u, 'derived', PUBLISHED)).toBe('until "Sunday" → 7–9 January 2022, starting at publication');
    const entry = unit('until', '2022-01-07T12:45', [timex('the night', '2022-01-07TNI', relative())], '2022-01-07TNI');
    expect(explainUnit(entry, 'derived', PUBLISHED)).toBe('until "the night" → Friday, 7 January 2022, from 12:45 into the night, starting at the time of this entry');
  });
});

describe('the other explanations', () => {
  it('says live-blog stamps, leads and report dates in words', () => {
    expect(explainStamp(timex('07:45 GMT', '2023-03-03T07:45', stated, 'TIME'), true)).toBe('"07:45 GMT" → Friday, 3 March 2023, 07:45, the time stamp that opens this live-blog entry');
    expect(explainStamp(timex('07:45 GMT', '2023-03-03T07:45', stated, 'TIME'), false)).toBe('"07:45 GMT" → Friday, 3 March 2023, 07:45, taken from the time stamp above this live-blog entry');
    expect(explainLead('have died', PUBLISHED)).toBe('"have died" → Friday, 7 January 2022: the story\'s opening tells what has happened by publication');
    expect(explainReported(unit('point', '2022-01-03', [timex('on Monday', '2022-01-03', relative())]))).toBe('; reported on Monday, 3 January 2022 ("on Monday")');
  });
});

describe('words for values, durations and relations', () => {
  it.each([
    ['2011', 'the year 2011'],
    ['199', 'the 1990s'],
    ['2022-01', 'January 2022'],
    ['2022-01-07TNI', 'the night of Friday, 7 January 2022'],
  ])('valueWords(%s) = %s', (value, words) => expect(valueWords(value)).toBe(words));

  it.each([
    ['P2W', 'two weeks'], ['P1D', 'one day'], ['PT3H', 'three hours'], ['P20Y', '20 years'], ['P1Y6M', 'P1Y6M'],
  ])('durationWords(%s) = %s', (value, words) => expect(durationWords(value)).toBe(words));

  it('counts whole weeks as weeks and says nothing for precisions it cannot count', () => {
    expect(relationWords('2021-12-24', PUBLISHED, 'publication')).toBe('two weeks before publication');
    expect(relationWords('2022-Q1', PUBLISHED, 'publication')).toBe('the quarter of publication');
    expect(relationWords('2021-SU', PUBLISHED, 'publication')).toBe('');
  });
});
