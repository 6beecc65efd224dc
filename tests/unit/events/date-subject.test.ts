// A date that is the subject of its clause (`Thursday brings rain`) stays in the title: without it the title has no subject.
import { describe, expect, it } from 'vitest';
import { extractTimeline } from '../../../src/events/index.js';

const titles = (text: string, documentDate = '2025-01-13'): string[] => extractTimeline(text, { documentDate }).events.map((e) => e.title);

describe('a date as the subject of its clause', () => {
  it('stays in the title before its verb', () => {
    expect(titles('Wednesday brings gales to the west coast.')).toEqual(['Wednesday brings gales to the west coast']);
    expect(titles('Next month marks fifty years since the mine closed.')).toEqual(['Next month marks fifty years since the mine closed']);
    expect(titles('The weekend turns colder.')).toEqual(['The weekend turns colder']);
  });
  it('goes when it only opens the clause before another subject', () => {
    expect(titles('Tuesday the board approved the merger.')).toEqual(['The board approved the merger']);
    expect(titles('Last year exports fell 3%.')).toEqual(['Exports fell 3%']);
  });
});
