// Titles and happenings from the events-layer faults of issue 10's blind articles (a Wikipedia politician, a wire
// story, a police blotter, parish minutes, a CV, a gardening column, annals), each rule shown on examples of its own.
import { describe, expect, it } from 'vitest';
import { extractTimeline } from '../../../src/events/index.js';

/** `null`: a text with no publication date. */
const events = (text: string, documentDate: string | null = '2026-03-07'): string[] =>
  extractTimeline(text, documentDate === null ? {} : { documentDate }).events.map((e) => `${e.start}${e.end ? `..${e.end}` : ''} ${e.title}`);

describe('a birth date in brackets with `born` after the name that opens a biography', () => {
  it('is the person\'s birth, beside the other dates of the sentence', () => {
    expect(events('Oskar Lind (born 2 May 1960) is a Swedish chemist who led the Uppsala laboratory from 1995 to 2010.', null))
      .toEqual(['1960-05-02 Oskar Lind was born', '1995..2010 A Swedish chemist led the Uppsala laboratory']);
  });
  it('is the birth, not the state the sentence tells, when it is its only date', () => {
    expect(events('Marta de la Cruz (b. 1972) is a Chilean novelist.', null)).toEqual(['1972 Marta de la Cruz was born']);
  });
});

describe('dates listed before the noun they modify', () => {
  it('stay in the title with their noun, each item alike', () => {
    expect(events('The team played in the 1998 and 2002 World Cups.'))
      .toEqual(['1998 The team played in the 1998 and 2002 World Cups (1 of 2)', '2002 The team played in the 1998 and 2002 World Cups (2 of 2)']);
  });
  it('still go, as adverbials, when no noun follows them', () => {
    expect(events('The club won the title in 2011 and 2014.')).toEqual(['2011 The club won the title (1 of 2)', '2014 The club won the title (2 of 2)']);
  });
});

describe('an -ing word before a verb of starting or ending after `when`', () => {
  it('is that verb\'s subject, and the clause tells no participle of the main clause\'s subject', () => {
    expect(events('Shops will reopen when voting closes at 10 p.m.')).toEqual(['2026-03-07T22:00 Shops will reopen']);
  });
  it('leaves a participle with its object a participle, whose lone date dates the clause it hangs on', () => {
    expect(events('He slipped while crossing streets on Friday.')).toEqual(['2026-03-06 He slipped']);
  });
});

describe('an amount of time before a cut `after` or `before` clause', () => {
  it('goes with the clause', () => {
    expect(events('The appeal, lodged at 4 p.m. on Monday, came days after the court ruled.')).toEqual(['2026-03-02T16:00 The appeal came']);
    expect(events('The ferry sank on 3 May, two days before the inquiry opened.', '2025-06-01')).toEqual(['2025-05-03 The ferry sank']);
  });
  it('stays when it is the verb\'s object', () => {
    expect(events('The strike lasted three weeks in May.', '2025-06-01')).toEqual(['2025-05 The strike lasted three weeks']);
  });
});

describe('a verb after `and` right after a time phrase opened by `after`', () => {
  it('is coordinated with the verb before the phrase, not the phrase\'s own verb', () => {
    expect(events('A cyclist was stopped shortly after midnight on Saturday and fined for speeding.', '2026-03-09'))
      .toEqual(['2026-03-07T24:00 A cyclist was stopped']);
  });
});

describe('a bare hour that opens a range of clock times', () => {
  it('goes out of the title with the range', () => {
    expect(events('A shed was burgled between 4 and 5:30 p.m. Sunday.', '2026-03-09')).toEqual(['2026-03-08T17:30 A shed was burgled']);
    expect(events('The hall will be used from 6 to 9 p.m. on Friday.')).toEqual(['2026-03-13T18:00..2026-03-13T21:00 The hall will be used']);
  });
});

describe('a saying whose reported words hold a relative clause set off by a comma with a date of its own', () => {
  it('is a happening of its own, and the relative clause another', () => {
    expect(events('In May 2019 the coach said he would leave after the cup final, which was played that July.', null))
      .toEqual(['2019-05 The coach said he would leave after the cup final', '2019-07 The cup final was played']);
  });
  it('still reports a date of what was said', () => {
    expect(events('The board said on Monday that the plant would close on Friday.')).toEqual(['2026-03-13 The plant would close']);
  });
});

describe('a participle after the subject with a date of its own', () => {
  it('tells what was done to the noun right before it, when the clause\'s own verb has no date', () => {
    expect(events('The report of the inquiry published on 4 March was discussed.')).toEqual(['2026-03-04 The inquiry published']);
  });
  it('is no verb of a subject without a determiner when a verb follows its date', () => {
    expect(events('Trees felled in 2018 regrew in 2023.')).toEqual(['2018 Trees felled', '2023 Trees regrew']);
    expect(events('Onions sown in 2024 were lifted in 2025.')).toEqual(['2024 Onions sown', '2025 Onions were lifted']);
  });
  it('leaves a participle that names the date of a period in its clause', () => {
    const got = events('Profits rose in the quarter ended June 30.', '2025-08-01');
    expect(got).toHaveLength(1);
    expect(got[0]!.startsWith('2025-Q2 Profits rose')).toBe(true);
  });
  it('is an aside after an adverb of time that opens it, a verb of saying too', () => {
    expect(events('The pothole, first reported in October, is still open.', '2026-03-07'))
      .toEqual(['2025-10 The pothole was reported']);
    expect(events('The barn, originally built in 1820, burned down in 1990.')).toEqual(['1820 The barn was built', '1990 The barn burned down']);
  });
});

describe('a CV line: dates, a colon, a role and an organisation', () => {
  it('is titled by the role and the organisation', () => {
    expect(events('June 2010 - August 2014: Staff Nurse, Royal Infirmary', null)).toEqual(['2010-06..2014-08 Staff Nurse, Royal Infirmary']);
    expect(events('April 2019 - present: Lecturer in Law, Kingsbridge College', null)).toEqual(['2019-04 Lecturer in Law, Kingsbridge College']);
  });
});

describe('a year heading an annals\' entry (`1204. ...`)', () => {
  it('dates the entry\'s first clause, also when only a clause coordinated after it has a date of its own', () => {
    expect(events('1204. The abbot fell ill, and he died in May.\n\n1206. The barns were rebuilt.', null))
      .toEqual(['1204 The abbot fell ill', '1204-05 He died', '1206 The barns were rebuilt']);
  });
  it('dates no entry without a verb', () => {
    expect(events('1205. Nothing of note.\n\n1206. The barns were rebuilt.', null)).toEqual(['1206 The barns were rebuilt']);
  });
});

describe('a second clause after a comma', () => {
  it('with no coordinator, a pronoun or possessive subject and a date of its own, is a happening of its own', () => {
    expect(events("Mia says she can't stay past 6 March, her flight leaves on 7 March.", '2026-03-04'))
      .toEqual(['2026-03-06 Mia says she can\'t stay past 6 March', '2026-03-07 Her flight leaves']);
  });
  it('that asks the reader (`, so please ...`) stays out of the title', () => {
    expect(events('Voting ends at noon on 13 March, so please send your form today.')).toEqual(['2026-03-13T12:00 Voting ends']);
    expect(events('Tickets go on sale on Monday, please book early.')).toEqual(['2026-03-09 Tickets go on sale']);
  });
});
