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

describe('a clause after `, so` or `, but` with its own subject and a date after its verb', () => {
  it('is a happening of its own, when the words before it tell one at a date of their own', () => {
    expect(events('The ferry docks at 7am, so the crew will unload the cargo at noon.'))
      .toEqual(['2026-03-07T07:00 The ferry docks', '2026-03-07T12:00 The crew will unload the cargo']);
    expect(events('The library shut on 2 March, but the reading room reopens on 12 March.'))
      .toEqual(['2026-03-02 The library shut', '2026-03-12 The reading room reopens']);
  });
  it('reads a pronoun with a contracted auxiliary as its subject', () => {
    expect(events("My cousin arrives on 13 March, so we'll go to the coast on 14 March."))
      .toEqual(['2026-03-13 My cousin arrives', "2026-03-14 We'll go to the coast"]);
    expect(events("I'm working on 12 March, but I'm off on 13 March."))
      .toEqual(["2026-03-12 I'm working", "2026-03-13 I'm off"]);
  });
  it('leaves `so` that opens no clause of its own, or a clause with no date, in its sentence', () => {
    expect(events('Prices rose in May, so far as we know, by 3%.', '2025-09-15')).toEqual(['2025-05 Prices rose, so far as we know, by 3%']);
    expect(events('The pool closed on Monday, so swimmers went elsewhere.')).toEqual(['2026-03-02 The pool closed, so swimmers went elsewhere']);
  });
});

describe('`her` after a bare verb that follows a modal', () => {
  it('is the verb\'s object, which a title may end on', () => {
    expect(events("She lands on 13 March, so I'll visit her on 14 March.")).toEqual(['2026-03-13 She lands', "2026-03-14 I'll visit her"]);
    expect(events('The coach will drop her on 14 March.')).toEqual(['2026-03-14 The coach will drop her']);
  });
});

describe('a chat message stamped in brackets or before a dash, with its sender', () => {
  const chat = (text: string): string[] => extractTimeline(text).events.map((e) => `${e.start} ${e.dateSource} ${e.title}`);
  it('dates the message\'s first happening, and its stamp and sender stay out of the title', () => {
    expect(chat('[21/05/2026, 08:30] Sam: Left the house, traffic is awful.\n[21/05/2026, 09:55] Jo: We parked by the pier.'))
      .toEqual(['2026-05-21T08:30 explicit Left the house, traffic is awful', '2026-05-21T09:55 explicit We parked by the pier']);
    expect(chat('21/05/2026, 08:30 - Sam Price: The bakery on Mill Road reopens on 3 June.'))
      .toEqual(['2026-06-03 relative The bakery on Mill Road reopens']);
  });
  it('gives a reply of a few words no happening: the next sentence of the message takes the stamp', () => {
    expect(chat('[21/05/2026, 18:02] Jo: Thanks! We found the car park.\n[21/05/2026, 21:40] Sam: Great evening. Home by ten.'))
      .toEqual(['2026-05-21T18:02 inherited We found the car park', '2026-05-21T21:40 inherited Home by ten']);
  });
});

describe('a list of verb phrases in the present, each with its own time', () => {
  it('gives each verb after a comma, and the `and` that ends the list, the clause\'s subject', () => {
    expect(events('The book fair opens on 13 March, moves to the town hall on 14 March and closes on 15 March.'))
      .toEqual(['2026-03-13 The book fair opens', '2026-03-14 The book fair moves to the town hall', '2026-03-15 The book fair closes']);
    expect(events('The transit starts at 13:05 on 9 March, peaks at 14:40 and ends as the Sun sets.'))
      .toEqual(['2026-03-09T13:05 The transit starts', '2026-03-09T14:40 The transit peaks']);
  });
  it('leaves a participle after a verb group alone', () => {
    const told = events('Revenue for the three months ended 31 January was £4 million, compared with £3 million a year earlier.');
    expect(told).toHaveLength(1);
    expect(told[0]).toMatch(/^2026-01-31 .*was £4 million, compared with £3 million$/);
  });
});
