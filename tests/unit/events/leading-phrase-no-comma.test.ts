// A leading `after`/`before`/`since` phrase without its comma ends where a subject and its verb start: the date in
// the phrase dates the clause after it, which titles the event.
import { describe, expect, it } from 'vitest';
import { extractTimeline } from '../../../src/events/index.js';

const events = (text: string): string[] => extractTimeline(text, { documentDate: '2027-01-22' }).events.map((e) => `${e.start} ${e.title}`);

describe('a leading prepositional phrase without its comma', () => {
  it('ends before a pronoun subject and its verb', () => {
    expect(events('We have been here before: after a break-in in March 2023 we fitted new locks to every door.'))
      .toEqual(['2023-03 We fitted new locks to every door']);
  });
  it('ends before a noun phrase right after its date', () => {
    expect(events('After the flood in 2019 the council built a new wall.')).toEqual(['2019 The council built a new wall']);
    expect(events('Before the election in June 2021 the mayor opened a new library.')).toEqual(['2021-06 The mayor opened a new library']);
  });
  it('leaves a clause with its own verb alone', () => {
    expect(events('After the vote in May 2024, the party split.')).toEqual(['2024-05 The party split']);
  });
});
