// Events-layer faults of round 24's blind sets (newgold82-84), each rule shown on examples of its own.
import { describe, expect, it } from 'vitest';
import { extractTimeline } from '../../../src/events/index.js';

const events = (text: string, documentDate = '2026-05-01'): string[] =>
  extractTimeline(text, { documentDate }).events.map((e) => `${e.start}${e.end ? `..${e.end}` : ''} ${e.title}`);

describe('a break a date names, after a preposition of time (`by the August break`)', () => {
  it('goes out of the title with its date', () => {
    expect(events('The council hopes to approve the budget before the Whitsun recess.')).toEqual(['2026-05-24 The council hopes to approve the budget']);
  });
  it('stays when the break is the happening', () => {
    expect(events('Parliament breaks for the Easter recess on 26 March.', '2026-02-27')).toEqual(['2026-03-26 Parliament breaks for the Easter recess']);
  });
});

describe('a hedge before the date (`sometime around 1450`, `more than two years`)', () => {
  it('goes out of the title with it', () => {
    expect(events('Then, sometime around 1450, a rockfall blocked the pass.')).toEqual(['1450 A rockfall blocked the pass']);
  });
});

describe('a direct question that asks for what is unknown (`Walter, what are people saying tonight?`)', () => {
  it('tells no happening', () => {
    expect(events('Who won the derby on Sunday? Walter, what are people there saying tonight?')).toEqual([]);
    expect(events('She asked: "What will the club do on Friday?"')).toEqual([]);
  });
  it('a yes-no question may still tell or propose one', () => {
    expect(events('Could we meet on Saturday afternoon?').length).toBe(1);
  });
});

describe('a second clause after `, and` whose subject has a phrase of its own (`, and elections to a national assembly were held`)', () => {
  it('tells its own happening', () => {
    expect(events('On 2 March the council approved the plan, and objections from the public were heard in late April.')).toEqual([
      '2026-03-02 The council approved the plan', '2026-04 Objections from the public were heard']);
    expect(events('Sales data is due on Monday, and figures on rents and house prices will follow on Thursday.')).toEqual([
      '2026-05-04 Sales data is due', '2026-05-07 Figures on rents and house prices will follow']);
  });
});

describe('an amount of time before `after` or `before` opening the sentence (`A week after the storm flattened the town, ...`)', () => {
  it('opens its leading clause, so the title is the main clause', () => {
    expect(events('A month after the floods swept the valley, the first aid lorries reached it on Friday.')).toEqual(['2026-05-01 The first aid lorries reached it']);
  });
});

describe('a coordinator opening the sentence before a leading phrase (`And in sports, Norway\'s Bjorn Dahlie won`)', () => {
  it('is no part of the subject', () => {
    expect(events('And in rugby, Wales defeated Scotland on Saturday.')).toEqual(['2026-04-25 Wales defeated Scotland']);
  });
});

describe('a speaker\'s label in capitals opening a transcript\'s sentence (`WALTER RODGERS, CNN CORRESPONDENT:`)', () => {
  it('is no part of the title', () => {
    expect(events('ANNA BELL, BBC NEWS: The ferry sank early this morning.')).toEqual(['2026-05-01TMO The ferry sank']);
  });
});

describe('a month and day right after a passive or perfect verb, with no preposition (`was arrested Nov. 2 in Las Vegas`)', () => {
  it('goes out of the title, as with `on`', () => {
    expect(events('Derek Hollis was arrested Nov. 2 in Las Vegas after more than two years on the run.', '2013-12-10'))
      .toEqual(['2013-11-02 Derek Hollis was arrested in Las Vegas after more than two years']);
  });
  it('stays after a participle that describes its noun (`the quarter ended Sept. 30`)', () => {
    expect(events('Sales in the three months ended Sept. 30 climbed 6%.', '2013-10-20')).toEqual(['2013-09-30 Sales in the three months ended Sept. 30 climbed 6%']);
  });
});
