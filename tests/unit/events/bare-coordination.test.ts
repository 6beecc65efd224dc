// A clause coordinated by a bare `and` right after a date (no comma): its own subject and verb, or a verb group
// that shares the subject of the clause holding the date; each side is its own happening with its own title.
import { describe, expect, it } from 'vitest';
import { extractTimeline } from '../../../src/events/index.js';

const events = (text: string, documentDate = '2026-03-10'): string[] =>
  extractTimeline(text, { documentDate }).events.map((e) => `${e.start}${e.end ? `..${e.end}` : ''} ${e.title}`).sort();

describe('a clause coordinated by a bare `and` after a date', () => {
  it('with its own subject is its own happening', () => {
    expect(events('Volunteers cleared the towpath on Saturday and the canal trust reopened the lock gates on Sunday.'))
      .toEqual(['2026-03-07 Volunteers cleared the towpath', '2026-03-08 The canal trust reopened the lock gates']);
  });
  it('with a verb group first shares the subject before it', () => {
    expect(events('The bakery had made a loss every year since 2019 and would shut its doors by the end of June.'))
      .toEqual(['2019 The bakery had made a loss every year', '2026-06 The bakery would shut its doors']);
  });
  it('inside a relative clause shares the relative clause\'s noun', () => {
    expect(events('She joined Corvane, a firm that made radios in 1950 and sold them abroad in 1960.'))
      .toEqual(['1950 A firm made radios', '1960 A firm sold them abroad']);
  });
  it('after the second date of a pair still opens a clause', () => {
    expect(events('Ticket sales rose between January and February and fell sharply in March.'))
      .toEqual(['2026-01..2026-02 Ticket sales rose', '2026-03 Ticket sales fell sharply']);
  });
  it('leaves a pair of dates alone', () => {
    expect(events('The ferry was cancelled on Monday and Tuesday.')).toEqual(['2026-03-09..2026-03-10 The ferry was cancelled']);
    expect(events('Heavy rain fell between Sunday and Monday and flooded the road.')).toEqual(['2026-03-08..2026-03-09 Heavy rain fell']);
  });
});
