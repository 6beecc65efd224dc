// A letter's heading (place and date before the salutation) dates the letter and tells no happening.
import { describe, expect, it } from 'vitest';
import { extractTimeline } from '../../../src/events/index.js';

const titles = (text: string): string[] => extractTimeline(text).events.map((e) => `${e.start} ${e.title}`);

describe('letter headings', () => {
  it('make no event', () => {
    const text = [
      'Collected letters of Thomas Hale',
      '',
      'Greyfriars Lodge, Whitby, 4th June 1871',
      '',
      'Dear Edward,',
      'The boat from Hull arrived on 2nd June 1871 with your books.',
      '',
      '22 Albion Street, Leeds, 9th August 1871',
      '',
      'My dearest Mother,',
      'We took the house on 1st August 1871.',
    ].join('\n');
    expect(titles(text)).toEqual(['1871-06-02 The boat from Hull arrived with your books', '1871-08-01 We took the house']);
  });
  it('need the salutation: a line of a place and a date in a list stays an event', () => {
    const text = 'The war in outline.\n\nBattle of Alma, 20 September 1854\n\nBattle of Inkerman, 5 November 1854\n\nThe siege ended in 1855.';
    expect(titles(text).map((t) => t.split(' ')[0])).toEqual(['1854-09-20', '1854-11-05', '1855']);
  });
});
