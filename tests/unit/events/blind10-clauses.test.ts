// Clause-layer faults of issue 10's tenth blind set, seen in event titles; each rule shown on examples of its own.
import { describe, expect, it } from 'vitest';
import { extractTimeline } from '../../../src/events/index.js';
import { clausesOf } from '../../../src/text/clauses.js';

const events = (text: string, documentDate = '2026-05-01'): string[] =>
  extractTimeline(text, { documentDate }).events.map((e) => `${e.start}${e.end ? `..${e.end}` : ''} ${e.title}`);
const subjects = (text: string): (string | undefined)[] => clausesOf(text, { start: 0, end: text.length }).map((c) => c.subject?.text);

describe('a leading prepositional phrase without its comma (`During the storm the roof ...`)', () => {
  it('ends where a determiner or `it` opens a second noun phrase after its noun', () => {
    expect(subjects('Under the plan the council will sell the depot in May.')).toEqual(['the council']);
    expect(events('During the gale the roof was torn off, landing in a field on 3 May.')).toEqual(['2026-05-03 The roof landed in a field']);
    expect(events('After the flood the council closed the road on 4 March.')).toEqual(['2026-03-04 The council closed the road']);
    expect(events('After her death it was sold in 1931.')).toEqual(['1931 It was sold']);
  });
  it('is not cut inside its own `of` phrase, nor when the phrase is a time', () => {
    expect(events('After the end of the war the family moved to Leeds in 1946.')).toEqual(['1946 The family moved to Leeds']);
    expect(subjects('During 1990 he left.')).toEqual(['he']);
  });
});

describe('a relative clause without a comma whose verb group holds an adverb (`who has not been seen`)', () => {
  it('keeps its verb group whole, and ends where a modal opens the main verb', () => {
    expect(events('Police are looking for Tom Reyes from Leeds who has not been seen since Monday night.'))
      .toEqual(['2026-04-27TNI Tom Reyes has not been seen since Monday night']);
    expect(events('The men who have already been charged will appear in court on Monday.')).toEqual(['2026-05-04 The men will appear in court']);
  });
});

describe('the person a `who` clause describes after a place or an appositive', () => {
  it('is the noun phrase before `from` (not after a verb), or the appositive opened by a determiner', () => {
    expect(events('Police renewed their appeal for help in finding Ana Pell, a 30-year-old from Hull who has not been seen since Monday night.'))
      .toEqual(['2026-04-27TNI A 30-year-old has not been seen since Monday night']);
    expect(events('He married Ann Hale of Bristol, who died in 1990.')).toEqual(['1990 Ann Hale died']);
    expect(events('Apologies were received from Cllr J. Rowe, who is abroad until 23 May.')).toEqual(['2026-05-01..2026-05-23 Cllr J. Rowe is abroad']);
  });
});

describe('a leading phrase opened by a preposition of two words (`Subject to approval,`, `Due to the strike,`)', () => {
  it('is an adverbial, not the subject', () => {
    expect(events('Subject to approval, the sale is expected in the third quarter of 2027.')).toEqual(['2027-Q3 The sale is expected']);
    expect(subjects('Due to the strike, the match was moved to 3 June.')).toEqual(['the match']);
  });
});

describe('`the last` or `the next` before a noun (`The next meeting is`)', () => {
  it('opens a noun phrase, not a time', () => {
    expect(subjects('The next meeting is on 4 June.')).toEqual(['The next meeting']);
    expect(subjects('The last train left at 11pm on Sunday.')).toEqual(['The last train']);
  });
});

describe('a second verb after `and` (`heard the case in May and later quashed it`)', () => {
  it('opens its own clause after an irregular past (`heard`, `caught`, `understood`)', () => {
    expect(events('The tribunal heard the claim in March and later rejected it in July.', '2026-09-01'))
      .toEqual(['2026-03 The tribunal heard the claim', '2026-07 The tribunal later rejected it']);
    expect(subjects('Staff caught the leak on Monday.')).toEqual(['Staff']);
  });
  it('also after a time phrase set off by commas (`and, three months later, overturned`)', () => {
    expect(events('The panel heard the appeal on 4 and 5 May 2018 and, three months later, dismissed it.'))
      .toEqual(['2018-05-04..2018-05-05 The panel heard the appeal', '2018-08 The panel dismissed it']);
  });
});

describe('an object relative clause without a comma (`a review that it launched in February`)', () => {
  it('tells its own happening, with the noun before `that` as its object', () => {
    expect(events('Talks began in the summer, after the firm ended a review that it launched in February.'))
      .toEqual(['2026-02 The firm launched a review', '2026-SU Talks began']);
  });
  it('is no relative after a noun whose `that` clause tells what it is, after a verb of telling or saying, or after `so`', () => {
    expect(subjects('Residents voiced fears that it closed in May.')).toEqual(['Residents']);
    expect(subjects('The river was so low that we walked across it in July.').length).toBe(1);
    expect(subjects('The board said last week that it planned to sell the yard.')).not.toContain('last week');
  });
});

describe('a participle in -ed or -en after a determiner and an ordinal, before a noun (`The last confirmed sighting`)', () => {
  it('is an adjective of the subject, not the verb', () => {
    expect(events('The last confirmed sighting was at the harbour shortly before 9pm on Friday.'))
      .toEqual(['2026-05-01T21:00 The last confirmed sighting was at the harbour']);
    expect(subjects('Her first published story appeared in 1908.')).toEqual(['Her first published story']);
  });
  it('but stays the verb before a preposition, and a bare form (`set`) stays a verb', () => {
    expect(events('The first arrived at 9am on Friday.')).toEqual(['2026-05-01T09:00 The first arrived']);
    expect(events('The last set finishes at 8pm on Sunday.')).toEqual(['2026-05-03T20:00 The last set finishes']);
  });
});
