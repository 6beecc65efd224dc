// Titles and happenings from the newgold57 blind set (parish council minutes, a CV, a sky guide, a UK local story, a
// gardening column, a group chat, a crowdfunding update, medieval annals), each rule shown on examples of its own.
import { describe, expect, it } from 'vitest';
import { extractTimeline } from '../../../src/events/index.js';

const events = (text: string, documentDate = '2026-03-07'): string[] =>
  extractTimeline(text, { documentDate }).events.map((e) => `${e.start}${e.end ? `..${e.end}` : ''} ${e.title}`);

describe('a day and the hours of that day, side by side', () => {
  it('are one happening at those hours, whichever comes first', () => {
    expect(events('The plant sale is on Saturday 14 March, from 9am until noon, in the church hall.'))
      .toEqual(['2026-03-14T09:00..2026-03-14T12:00 The plant sale is in the church hall']);
    expect(events('Volunteers will clear the towpath from 10am to 3pm on Sunday.'))
      .toEqual(['2026-03-08T10:00..2026-03-08T15:00 Volunteers will clear the towpath']);
  });
  it('take a clock time at midnight as a time of the day it closes', () => {
    expect(events('Nominations close this Friday at midnight.', '2026-03-10'))
      .toEqual(['2026-03-13T24:00 Nominations close']);
  });
  it('leave hours of another day a happening of their own', () => {
    expect(events('The market opens on Saturday and runs from 9am to 1pm on Sunday.'))
      .toEqual(['2026-03-07 The market opens', '2026-03-08T09:00..2026-03-08T13:00 The market runs']);
  });
});
