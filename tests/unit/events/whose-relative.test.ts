// A `whose` relative clause after a name (`the chef Lucy Orr, whose first cookbook came out in 2019`) tells a
// happening of the named one's thing: the title says whose.
import { describe, expect, it } from 'vitest';
import { extractTimeline } from '../../../src/events/index.js';

const events = (text: string): string[] => extractTimeline(text, { documentDate: '2026-09-04' }).events.map((e) => `${e.start} ${e.title}`);

describe('a whose relative after a name', () => {
  it('names the owner', () => {
    expect(events('The panel includes the novelist Tom Ridley, whose first book came out in 2011.')).toEqual(['2011 Tom Ridley\'s first book came out']);
    expect(events('The fund bought Harlow Mills, whose shares began trading in May 1999.')).toEqual(["Harlow Mills' shares began trading"].map((t) => `1999-05 ${t}`));
  });
  it('leaves it when no name stands before it', () => {
    expect(events('We met the Hale family, whose farm burned in 1990.')[0]).not.toMatch(/Hale/);
  });
});
