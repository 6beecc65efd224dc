// A reduced relative whose participle has a place phrase before its date (`letters found in a farmhouse attic in
// 1998`): when the clause's own verb cannot take a past date (a present, a present perfect, a future), the date is
// the participle's.
import { describe, expect, it } from 'vitest';
import { extractTimeline } from '../../../src/events/index.js';

const events = (text: string): string[] => extractTimeline(text, { documentDate: '2026-03-10' }).events.map((e) => `${e.start}${e.end ? `..${e.end}` : ''} ${e.title}`).sort();

describe('a reduced relative with a place phrase before its date', () => {
  it('dates the participle’s happening when the main verb is a future or a present perfect', () => {
    expect(events('The museum will show a collection of letters found in a farmhouse attic in 1998.'))
      .toEqual(['1998 A collection of letters found in a farmhouse attic']);
    expect(events('The page has been updated to reflect the closure of the coast road announced in the northern districts on 4 March.'))
      .toEqual(['2026-03-04 The closure of the coast road announced in the northern districts', '2026-03-10 The page has been updated to reflect the closure of the coast road']);
  });
  it('ends at a coordinator right after its date', () => {
    expect(events('The notice has been revised to cover the curfew imposed across the capital on 2 March and the closure of two border posts.'))
      .toContain('2026-03-02 The curfew imposed across the capital');
  });
  it('leaves the date to a past main verb', () => {
    expect(events('The minister opened the bridge built across the river on Saturday.')).toEqual(['2026-03-07 The minister opened the bridge built across the river']);
  });
});
