// A count of days (`Day 1.`, `Day 2:` opening their paragraphs) dates each paragraph from the day the text stated before it.
import { describe, expect, it } from 'vitest';
import { extractTimeline } from '../../../src/events/index.js';

const events = (text: string): string[] => extractTimeline(text).events.map((e) => `${e.start} ${e.title}`);

describe('day-count headings', () => {
  const trip = 'Across the moor\n\nPosted 20 May 2025\n\nWe left Ashby on Friday 9 May with a tent and two maps.\n\n'
    + 'Day 1. Eighteen miles in rain. We camped by the river.\n\nDay 2: My boots split. That night the wind tore the fly sheet.\n\n'
    + 'Day 3 - We reached the coast at noon and caught the bus home.';
  it('dates each day from the day the text stated before its Day 1, and the sentence after the heading tells it', () => {
    expect(events(trip)).toEqual([
      '2025-05-09 We left Ashby with a tent and two maps',
      '2025-05-09 Eighteen miles in rain',
      '2025-05-10 My boots split',
      '2025-05-10TNI The wind tore the fly sheet',
      '2025-05-11T12:00 We reached the coast',
    ]);
  });
  it('dates nothing when no day was stated before the count', () => {
    expect(events('Notes\n\nDay 2. We walked on. Day 3. We rested.')).toEqual([]);
  });
});
