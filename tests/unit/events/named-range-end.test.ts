// `from A until <a happening> in B`: the happening that ends the range is an event of its own at B.
import { describe, expect, it } from 'vitest';
import { extractTimeline } from '../../../src/events/index.js';

const events = (text: string): string[] => extractTimeline(text, { documentDate: '2025-05-05' }).events.map((e) => `${e.start}${e.end ? `..${e.end}` : ''} ${e.title}`);

describe('a happening that ends a range', () => {
  it('is an event at the range’s end, titled by its noun phrase', () => {
    expect(events('He edited the paper from 1951 until his death in 1969.')).toEqual(['1951..1969 He edited the paper', '1969 His death']);
    expect(events('The line carried coal from 1880 until the closure in March 1966.')).toEqual(['1880..1966-03 The line carried coal', '1966-03 The closure']);
  });
  it('is not made for a plain range', () => {
    expect(events('He edited the paper from 1951 until 1969.')).toEqual(['1951..1969 He edited the paper']);
  });
});
