// Happenings from the events-layer faults of issue 10's eighth blind set (a ship's log, a Victorian report, a hospital
// discharge summary, a Commons debate), each rule shown on examples of its own.
import { describe, expect, it } from 'vitest';
import { extractTimeline } from '../../../src/events/index.js';
import { sentenceSpans } from '../../../src/text/sentences.js';

const events = (text: string, documentDate: string | null = '2027-03-19'): string[] =>
  extractTimeline(text, documentDate === null ? {} : { documentDate }).events.map((e) => `${e.start}${e.end ? `..${e.end}` : ''} ${e.title}`);
const sentences = (t: string): string[] => sentenceSpans(t, 0, t.length).map((s) => t.slice(s.start, s.end));

describe('a day written out as the first sentence of a log or diary entry', () => {
  it('heads the entry: the first sentence after it with a verb takes its date, and the day itself is no happening', () => {
    expect(events('Tuesday 6 April. We left the harbour. The wind rose.')).toEqual(['2027-04-06 We left the harbour']);
    expect(events('Thursday 8 April 1790. Sighted Fair Isle to the west.', null)).toEqual(['1790-04-08 Sighted Fair Isle to the west']);
  });
  it('dates no verbless note (`Heavy rain all day.`), and a sentence with a date of its own keeps that date', () => {
    expect(events('Wednesday 7 April. Heavy rain all day.\n\nSaturday 10 April. Anchored off Lerwick at 6 p.m.'))
      .toEqual(['2027-04-10T18:00 Anchored off Lerwick']);
  });
  it('is not a day count or a numeric date', () => {
    expect(events('12/04/2027. The vote was held.')).not.toContain('2027-04-12 The vote was held');
  });
});

describe('a masthead over a report or a signature under it', () => {
  it('dates no happening: names set off by commas, then the date, on the first or the last line', () => {
    expect(events('THE KELSO GAZETTE, MONDAY, MAY 4, 1868.\n\nThe new bridge was opened on 2 May.', null)).toEqual(['1868-05-02 The new bridge was opened']);
    expect(events('The ward reopened on 3 May.\n\nDr Ann Rowe, FY2 Surgery, 19 May 2027')).toEqual(['2027-05-03 The ward reopened']);
  });
  it('leaves a line that names a happening before its date (`Grand Opening, 5 May 2027`), and a line with a verb', () => {
    expect(events('All are welcome.\n\nGrand Opening, 5 May 2027')).toEqual(['2027-05-05 Grand Opening']);
    expect(events('Doors open at noon.\n\nGrand Opening, Saturday 5 May 2027')).toContain('2027-05-05 Grand Opening');
    expect(events('The shop opened in 1990.\n\nSigned on 20 January 2027 at Kelso.')).toEqual(['1990 The shop opened', '2027-01-20 Signed at Kelso']);
  });
});

describe('an amount of time before the date it ends on', () => {
  it('ends there (`for seven days, finishing on 26 March`, `for two weeks ending 9 May`)', () => {
    expect(events('Take the tablets for seven days, finishing on 26 March.')).toEqual(['2027-03-19..2027-03-26 Take the tablets for seven days']);
    expect(events('The festival ran for a week, ending on 14 March.')).toEqual(['2027-03-07..2027-03-14 The festival ran for a week']);
  });
  it('still starts at a date it runs from', () => {
    expect(events('She stayed for three days from 4 May.')).toEqual(['2027-05-04..2027-05-07 She stayed for three days']);
  });
});

describe('sentence ends after abbreviations of debates, logs and old letters', () => {
  it('do not come after `hon.`, `Wm.` or a coordinate\'s `long.` before its degrees', () => {
    expect(sentences('I thank the hon. Member for Leeds. He sat down.')).toEqual(['I thank the hon. Member for Leeds.', 'He sat down.']);
    expect(sentences('A seaman, Wm. Hale, fell. We crossed the Line in long. 27 W. at noon.')).toEqual(['A seaman, Wm. Hale, fell.', 'We crossed the Line in long. 27 W. at noon.']);
  });
  it('still come after `long.` ending a sentence', () => {
    expect(sentences('The day was long. Then we slept.')).toEqual(['The day was long.', 'Then we slept.']);
  });
});

describe('a day\'s opening hours in a list of them (`Christmas Eve: 8.30am to 1pm`)', () => {
  it('are a range of that day, titled by the line, where a line of dates alone would head a section', () => {
    expect(events('Opening hours\n\nOur hours over the holiday are below.\n\nChristmas Eve: 9am to 1pm\nBoxing Day: closed\n', '2027-12-01'))
      .toEqual(['2027-12-24T09:00..2027-12-24T13:00 Christmas Eve: 9am to 1pm', '2027-12-26 Closed']);
  });
  it('leave a bare range after `until` a date alone (opening hours of no one day)', () => {
    expect(events('The exhibition is open until 3 January, 4pm to 9pm.', '2026-12-10')).not.toContain('2027-01-03T16:00..2027-01-03T21:00 The exhibition is open');
  });
});

describe('a title cut to fit', () => {
  it('keeps `up to` with its amount, or drops both', () => {
    expect(events('Our annual stocktake sale at the old mill runs for two weeks from 2 January, with up to 30% off tools.', '2026-12-10'))
      .toEqual(['2027-01-02..2027-01-16 Our annual stocktake sale at the old mill runs for two weeks']);
  });
});
