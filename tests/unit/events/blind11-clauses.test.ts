// Clause-layer faults of issue 10's eleventh blind set, seen in event titles; each rule shown on examples of its own.
import { describe, expect, it } from 'vitest';
import { extractTimeline } from '../../../src/events/index.js';
import { clausesOf } from '../../../src/text/clauses.js';

const events = (text: string, documentDate = '2026-05-01'): string[] =>
  extractTimeline(text, { documentDate }).events.map((e) => `${e.start}${e.end ? `..${e.end}` : ''} ${e.title}`);
const verbs = (text: string): (string | undefined)[] => clausesOf(text, { start: 0, end: text.length }).map((c) => c.verb?.head);

describe('an absolute `with` phrase whose participle has its own date (`, with funding agreed last month`)', () => {
  it('is a clause of its own, titled apart from the main clause', () => {
    expect(events('The museum will reopen its east wing in the autumn, with the roof repaired in March.', '2026-06-10'))
      .toEqual(['2026-03 The roof repaired', '2026-FA The museum will reopen its east wing']);
  });
  it('after a pronoun and an adverb before a plural present (`We also plan`)', () => {
    expect(verbs('We also plan to open a shop in May.')).toEqual(['plan']);
    expect(verbs('They still hope to sign him in June.')).toEqual(['hope']);
  });
});
describe('an attribution after a `since` clause (`..., the agency said on Tuesday`)', () => {
  it('reports the main clause, which titles the dated statement', () => {
    expect(events('Otters have had their best year since surveys began, the wildlife trust said on Tuesday.', '2026-07-23'))
      .toEqual(['2026-07-21 Otters have had their best year']);
    expect(events('The river reached its highest level since records began in 1921, the agency said on Monday.', '2026-07-23'))
      .toEqual(['2026-07-20 The river reached its highest level']);
  });
});
