// A verb of intent after `and` before `to` (`and expect to finish by Friday`) opens a second verb group with the
// first one's subject: each dated verb group has its own title.
import { describe, expect, it } from 'vitest';
import { extractTimeline } from '../../../src/events/index.js';

const events = (text: string): string[] => extractTimeline(text, { documentDate: '2027-01-22' }).events.map((e) => `${e.start} ${e.title}`).sort();

describe('a verb of intent coordinated after a dated verb group', () => {
  it('is titled apart', () => {
    expect(events('We began writing to every affected customer yesterday and expect to finish by Friday 29 January.'))
      .toEqual(['2027-01-21 We began writing to every affected customer', '2027-01-29 We expect to finish']);
    expect(events('The players arrived in Lisbon on Tuesday and hope to train on 25 January.'))
      .toEqual(['2027-01-19 The players arrived in Lisbon', '2027-01-25 The players hope to train']);
  });
  it('leaves a noun after `and` alone', () => {
    expect(events('The council approved the budget and plan to cut costs on 12 January.'))
      .toEqual(['2027-01-12 The council approved the budget and plan to cut costs']);
  });
});
