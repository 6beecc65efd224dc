// Clause boundaries that a date phrase hides: a coordinated clause opened by a date phrase or with a date in its
// subject, and a dated phrase fronted before an adverbial clause and the main clause.
import { describe, expect, it } from 'vitest';
import { extractTimeline } from '../../../src/events/index.js';
import { segmentText } from '../../../src/text/sentences.js';
import { clausesOf } from '../../../src/text/clauses.js';
import { mendClauses } from '../../../src/events/mend-clauses.js';

const events = (text: string, documentDate = '2025-09-15'): string[] =>
  extractTimeline(text, { documentDate }).events.map((e) => `${e.start} ${e.title}`).sort();

describe('a coordinated clause behind a date phrase', () => {
  it('is its own happening when a long date phrase opens it', () => {
    expect(events('A charter of 1201 grants the town a market, and by the middle of the 14th century the guilds were running its affairs.'))
      .toEqual(['1201 A charter grants the town a market', '13 The guilds were running its affairs']);
  });
  it('is its own happening when its subject has an of-phrase after the date phrase', () => {
    expect(events('In the 1950s the mill closed, and during the 1980s the population of the old town fell by half.'))
      .toEqual(['195 The mill closed', '198 The population of the old town fell by half']);
  });
  it('is its own happening when a date sits in its subject', () => {
    expect(events('Sales rose 4% in May, and exports in June were down 2%.'))
      .toEqual(['2025-05 Sales rose 4%', '2025-06 Exports were down 2%']);
  });
  it('leaves a plain list after `, and` alone', () => {
    expect(events('The firm opened offices in Lyon in 2019, and in Turin in 2021.').map((e) => e.split(' ')[0])).toEqual(['2019', '2021']);
  });
});

describe('a dated phrase fronted before an adverbial clause', () => {
  it('dates the main clause after them, whose words are the title', () => {
    expect(events('On Friday, after the vote was counted, the mayor conceded defeat.')).toEqual(['2025-09-12 The mayor conceded defeat']);
    expect(events('Shortly after 06:00 on 2 August, while descending towards the runway, the pilot reported smoke in the cabin.'))
      .toEqual(['2025-08-02T06:00 The pilot reported smoke in the cabin']);
  });
});

describe('mendClauses', () => {
  it('changes nothing where the clause layer made the cut already', () => {
    const text = 'The bridge opened in 1932, and in 1967 it was widened.';
    const s = segmentText(text).sentences[0]!;
    const clauses = clausesOf(text, s);
    const dates = [{ start: text.indexOf('1932'), end: text.indexOf('1932') + 4 }, { start: text.indexOf('1967'), end: text.indexOf('1967') + 4 }];
    expect(mendClauses(text, s, clauses, dates)).toBe(clauses);
  });
  it('keeps the asides after the clauses that follow one another, with their parents', () => {
    const text = 'The council, which met on Monday, approved the budget, and in the spring of next year the works on the new bridge will begin.';
    const s = segmentText(text).sentences[0]!;
    const at = (w: string): { start: number; end: number } => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length });
    const mended = mendClauses(text, s, clausesOf(text, s), [at('Monday'), at('the spring of next year')]);
    const kinds = mended.map((c) => c.kind);
    expect(kinds.slice(0, 2)).toEqual(['main', 'coordinated']);
    expect(kinds.slice(2)).toEqual(['relative']);
    expect(mended[2]!.parent).toBe(0);
    expect(mended[1]!.parent).toBe(0);
  });
});
