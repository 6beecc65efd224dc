// A reported `it` stands for the one who said it only when that one is no person the text names.
import { describe, expect, it } from 'vitest';
import { extractTimeline } from '../../../src/events/index.js';
import { personNames } from '../../../src/events/persons.js';

const titles = (text: string): string[] => extractTimeline(text, { documentDate: '2025-06-02' }).events.map((e) => e.title);

describe('personNames', () => {
  it('finds the surnames after role words and honorifics', () => {
    const found = personNames('Finance minister Ana Duarte spoke first. Later Mr. Okoye and Judge Hal Price arrived. The State Department declined.');
    expect([...found].sort()).toEqual(['duarte', 'okoye', 'price']);
  });
});

describe('a reported `it` after a person', () => {
  it('stays `it`', () => {
    expect(titles('Company founder Tomas Berg showed the new console. Berg said it would ship in October.')).toEqual(['It would ship']);
  });
  it('still stands for a company that said it', () => {
    expect(titles('Norvik Shipping said it would open a route to Bergen in October.')).toEqual(['Norvik Shipping would open a route to Bergen']);
  });
});
