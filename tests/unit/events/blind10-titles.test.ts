// Events-layer faults of issue 10's tenth blind set, each rule shown on examples of its own.
import { describe, expect, it } from 'vitest';
import { extractTimeline } from '../../../src/events/index.js';

const events = (text: string, documentDate = '2026-05-01'): string[] =>
  extractTimeline(text, { documentDate }).events.map((e) => `${e.start}${e.end ? `..${e.end}` : ''} ${e.title}`);

describe('a date printed on a product (`best before`, `use-by date of`)', () => {
  it('is no happening, nor are the dates listed after it', () => {
    expect(events('The jars carry a use-by date of 9 June 2027.')).toEqual([]);
    expect(events('The recall covers the 500ml oat milk with best before dates of 3 January 2027 and 10 January 2027.')).toEqual([]);
    expect(events('The bakery withdrew its rye loaves on Tuesday, all with a best before date of 12 May.').map((e) => e.split(' ')[0])).toEqual(['2026-04-28']);
  });
});

describe('the date of a record named by its number (`quoting incident 332 of 4 May`)', () => {
  it('names the record, not a happening', () => {
    expect(events('Anyone with information should call 101, quoting incident 332 of 4 May.')).toEqual([]);
    expect(events('The fire was reported on 2 May under log 5521 of 2 May.')).toEqual(['2026-05-02 The fire was reported under log 5521']);
  });
});

describe('a condition that something does not happen by a date (`If the bridge has not reopened by 1 June`)', () => {
  it('is a deadline, not a happening; a plan in a condition still dates one', () => {
    expect(events('If the bridge has not reopened by 1 June, the ferry will run again.')).toEqual([]);
    expect(events('If the loan is not repaid by March, the bank can seize the farm.')).toEqual([]);
    expect(events('Unless the pier is repaired this year, the steamer cannot call.')).toEqual([]);
    expect(events('If the talks run from Monday to Wednesday as planned, a deal could follow.')).toEqual(['2026-05-04..2026-05-06 The talks run as planned']);
  });
});

describe('a limit told after the date of its clause (`in the third quarter of 2027, and no later than 31 October`)', () => {
  it('bounds that happening; it is no second one', () => {
    expect(events('The sale is expected in the third quarter of 2027, and no later than 31 October 2027.')).toEqual(['2027-Q3 The sale is expected']);
  });
});

describe('a range opened by `the years` without `from` (`in the years 1920 to 1925`)', () => {
  it('is one range; two years joined by `and` stay two', () => {
    expect(events('The mill stood empty in the years 1920 to 1925.')).toEqual(['1920..1925 The mill stood empty']);
    expect(events('He won the title in the years 1990 and 1995.').map((e) => e.split(' ')[0])).toEqual(['1990', '1995']);
  });
});

describe('two clauses joined by a semicolon, the second dated `the same day` or by a date of its own', () => {
  it('tell two happenings, though the dates are one', () => {
    expect(events('The vote is on 9 July; the ballot will be held the same day.')).toEqual(['2026-07-09 The vote', '2026-07-09 The ballot will be held']);
  });
  it('but a time the story places (`the first night`) stays with the happening that placed it', () => {
    expect(events('The dry spell ended with storms at the end of August 1976; the last page is the first night of rain.'))
      .toEqual(['1976-08 The dry spell ended with storms']);
  });
});

describe('`on or` before a hedged date (`on or around 9 July`)', () => {
  it('belongs to the date: the title drops it, and a second infinitive keeps its own happening', () => {
    expect(events('The trust expects to hold a vote on or around 9 July.')).toEqual(['2026-07-09 The trust expects to hold a vote']);
    expect(events('The trust expects to publish its plan in June and to hold a vote on or around 9 July.'))
      .toEqual(['2026-06 The trust expects to publish its plan', '2026-07-09 The trust expects to hold a vote']);
  });
});

describe('`as` before a participle of a plan (`will be paid as expected on 30 June`)', () => {
  it('is no noun the participle describes: the clause keeps its subject', () => {
    expect(events('The grant will be paid as expected on 30 June.')).toEqual(['2026-06-30 The grant will be paid as expected']);
    expect(events('The bonus, agreed on 2 April, will be paid as planned on 30 June.'))
      .toEqual(['2026-04-02 The bonus was agreed', '2026-06-30 The bonus will be paid as planned']);
  });
});

describe('a title left ending on a subordinator (`at a meeting [next Wednesday] whether`)', () => {
  it('drops it', () => {
    expect(events('The trust, which runs two hospitals, said it would decide at a board meeting next Thursday whether to close the maternity ward in town.'))
      .toEqual(['2026-05-07 The trust would decide at a board meeting']);
  });
});

describe('a verb whose `in` is a particle (`will be sworn in on 12 January`)', () => {
  it('keeps its particle when the date goes', () => {
    expect(events('Maria Vell will be sworn in on 12 January.')).toEqual(['2027-01-12 Maria Vell will be sworn in']);
  });
});

describe('a title too long before an `of` phrase (`the winner of Velsland’s presidential election`)', () => {
  it('is cut before `of`, not inside the phrase, unless a quantifier needs it', () => {
    expect(events('Tomas Brandvold was declared the winner of the Nordmark regional assembly election on Thursday.'))
      .toEqual(['2026-04-30 Tomas Brandvold was declared the winner']);
  });
});

describe('a leading date before a subject with an appositive name (`In 1990 the new governor, Quintus Scipio, arrived`)', () => {
  it('titles the clause by its own noun phrase, once', () => {
    expect(events('In 1990 the new warden, Petra Holm, arrived with two assistants.')).toEqual(['1990 The new warden arrived with two assistants']);
  });
});
