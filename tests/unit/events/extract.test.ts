/// <reference types="node" />
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { extractEvents } from '../../../src/events/extract.js';
import { extractTimeline } from '../../../src/events/index.js';
import type { Timex, TimelineEvent } from '../../../src/model/types.js';
import { goldTimexes, readGold, type GoldFile } from './gold-timexes.js';

const SEED = 'seeds/kazakhstan-csto-global-times-2022-01-07.txt';

function goldEventsFound(events: TimelineEvent[], gold: GoldFile): string[] {
  const missing: string[] = [];
  for (const g of gold.events) {
    const ok = events.some((e) => (!g.start || g.start.includes(e.start)) && (!g.end || g.end.includes(e.end ?? ''))
      && g.any.some((k) => e.title.toLowerCase().includes(k.toLowerCase()) || e.text.toLowerCase().includes(k.toLowerCase())));
    if (!ok) missing.push(`${g.start?.[0]} ${g.any[0]}`);
  }
  return missing;
}

let n = 0;
const timex = (text: string, phrase: string, value: string, type: Timex['type'] = 'DATE', occurrence = 1): Timex => {
  let at = -1;
  for (let k = 0; k < occurrence; k++) at = text.indexOf(phrase, at + 1);
  if (at < 0) throw new Error(phrase);
  return { id: `t${++n}`, start: at, end: at + phrase.length, text: phrase, type, value, derivation: { rule: 'test', anchor: 'none', explanation: 'stated in the text' } };
};

describe('extractEvents on the seed article (gold timexes)', () => {
  const { text, gold } = readGold(SEED);
  const { events, title } = extractEvents(text, goldTimexes(text, gold), gold.documentDate);

  it('finds all 12 gold events with readable titles', () => {
    expect(goldEventsFound(events, gold)).toEqual([]);
    expect(events).toHaveLength(12);
    for (const e of events) {
      expect(e.title.length).toBeGreaterThan(10);
      expect(e.title.length).toBeLessThanOrEqual(70);
      expect(e.title).toMatch(/^[A-Z0-9"“]/);
      expect(e.title).not.toMatch(/…$/);
    }
    expect(title).toBe('Kazakhstan restoring order with help of CSTO’s deployment amid China’s firm support');
  });

  it('merges the two state-of-emergency captions and anchors the two-week emergency at Jan 5', () => {
    const emergency = events.filter((e) => /state of emergency/.test(e.text));
    expect(emergency).toHaveLength(1);
    const e = emergency[0]!;
    expect(e.start).toBe('2022-01-05');
    expect(e.end).toBe('2022-01-19');
    expect(e.dateSource).toBe('derived');
    expect(e.spans).toHaveLength(3);
    expect(e.spans!.map((s) => text.slice(s.start, s.end)).filter((s) => s.includes('on Wednesday'))).toHaveLength(2);
    expect(e.segment).toBe('caption');
  });

  it('puts the CSTO statement on Jan 6 and the 2011 clashes at year precision', () => {
    expect(events.some((x) => x.start === '2022-01-06' && /CSTO/.test(x.title))).toBe(true);
    const clashes = events.find((x) => /Manjystau/.test(x.text))!;
    expect(clashes.start).toBe('2011');
    expect(clashes.precision).toBe('year');
  });

  it('keeps every span exact and explains every date', () => {
    for (const e of events) {
      expect(text.slice(e.span.start, e.span.end)).toBe(e.text);
      expect(e.explanation).toMatch(/^(?:until )?".+" .*→ \S/);
      expect(e.explanation).not.toMatch(/->|\(P\d|\d{4}-\d{2}-\d{2}/);
      for (const s of e.spans ?? []) expect(s.end).toBeLessThanOrEqual(text.length);
    }
    const friday = events.find((x) => /condolences/.test(x.title))!;
    expect(friday.dateSource).toBe('relative');
    expect(friday.explanation).toBe('"Friday" → Friday, 7 January 2022, the day of publication');
    const emergency = events.find((x) => x.end === '2022-01-19')!;
    expect(emergency.explanation).toBe('"two-week" from "Wednesday" → 5–19 January 2022: two weeks from Wednesday, 5 January 2022, the date another sentence gives the same happening');
    expect(events.find((x) => x.start === '2011')!.explanation).toBe('"2011" → the year 2011');
  });

  it('splits a sentence with two happenings into two events', () => {
    const jan2 = events.find((x) => x.start === '2022-01-02')!;
    const gunshots = events.find((x) => x.start === '2022-01-07TMO')!;
    expect(jan2.span).toEqual(gunshots.span);
    expect(jan2.title).toBe('The unrest started as a protest of fuel price hikes');
    expect(gunshots.title).toBe('The unrest seemed to be close to an end despite gunshots being heard');
  });

  it('treats the publication line and title as metadata', () => {
    expect(events.some((x) => /Published/.test(x.text))).toBe(false);
  });
});

describe('extractTimeline with the tagger', () => {
  it('never invents a date: undated sentences give zero events', () => {
    const text = 'The council met to discuss the budget. Residents complained about the noise.\n\nThe mayor promised to look into it. Nobody knows what will happen next.';
    expect(extractTimeline(text).events).toEqual([]);
    expect(extractTimeline(text, { documentDate: '2022-01-07' }).events).toEqual([]);
  });

  it('finds all gold events of the seed and of every annotated article in seeds/', () => {
    for (const f of readdirSync('seeds').filter((x) => x.endsWith('.txt'))) {
      const { text, gold } = readGold(`seeds/${f}`);
      const t = extractTimeline(text, gold.referenceDate ? { referenceDate: gold.referenceDate } : {});
      for (const e of t.events) expect(text.slice(e.span.start, e.span.end)).toBe(e.text);
      if (f.startsWith('kazakhstan')) expect(goldEventsFound(t.events, gold)).toEqual([]);
    }
  });
});

describe('ranges and durations', () => {
  it('reads "from 3 to 17 June 2021" as a range', () => {
    const text = 'The festival ran from 3 to 17 June 2021 in the old town.';
    const { events } = extractEvents(text, [timex(text, '17 June 2021', '2021-06-17')], null);
    expect(events.map((e) => [e.start, e.end])).toEqual([['2021-06-03', '2021-06-17']]);
    expect(events[0]!.title).toBe('The festival ran in the old town');
  });

  it('reads "between 1998 and 2003" and "the 1939-45 war" as ranges', () => {
    const text = 'He lived in Lisbon between 1998 and 2003. His father fought in the 1939-45 war.';
    const { events } = extractEvents(text, [timex(text, '1998', '1998'), timex(text, '2003', '2003'), timex(text, '1939', '1939')], null);
    expect(events.map((e) => [e.start, e.end])).toEqual([['1939', '1945'], ['1998', '2003']]);
  });

  it('puts a negated clause before `until` at its bound, and an open `until` from the publication date', () => {
    const open = 'The bridge will stay shut until 30 April, engineers said.';
    expect(extractEvents(open, [timex(open, '30 April', '2022-04-30')], '2022-01-07').events.map((e) => [e.start, e.end])).toEqual([['2022-01-07', '2022-04-30']]);
    const negated = 'The new bridge will not open until 30 April, engineers said.';
    expect(extractEvents(negated, [timex(negated, '30 April', '2022-04-30')], '2022-01-07').events.map((e) => [e.start, e.end])).toEqual([['2022-04-30', undefined]]);
    const contracted = "Engineers won't finish the deck until March.";
    expect(extractEvents(contracted, [timex(contracted, 'March', '2022-03')], '2022-01-07').events.map((e) => [e.start, e.end])).toEqual([['2022-03', undefined]]);
  });

  it('reads "from Monday night until Wednesday morning" as a range', () => {
    const text = 'Roads were closed from Monday night until Wednesday morning, police said.';
    const { events } = extractEvents(text, [timex(text, 'Monday night', '2022-01-03TNI', 'TIME'), timex(text, 'Wednesday morning', '2022-01-05TMO', 'TIME')], '2022-01-07');
    expect(events).toHaveLength(1);
    expect([events[0]!.start, events[0]!.end]).toEqual(['2022-01-03TNI', '2022-01-05TMO']);
    expect(events[0]!.title).toBe('Roads were closed');
  });

  it('reads "until 30 April" from the publication date', () => {
    const text = 'The museum will stay closed until 30 April.';
    const { events } = extractEvents(text, [timex(text, '30 April', '2022-04-30')], '2022-03-01T10:00');
    expect([events[0]!.start, events[0]!.end, events[0]!.dateSource]).toEqual(['2022-03-01', '2022-04-30', 'derived']);
  });

  it('anchors a duration at the sentence\'s own date', () => {
    const text = 'On Monday the government declared a 30-day state of emergency.';
    const { events } = extractEvents(text, [timex(text, 'Monday', '2022-01-03'), timex(text, '30-day', 'P30D', 'DURATION')], '2022-01-07');
    expect([events[0]!.start, events[0]!.end, events[0]!.dateSource]).toEqual(['2022-01-03', '2022-02-02', 'derived']);
  });

  it('makes no event from a duration, a set or a reference alone, and no range from "40-year-old"', () => {
    const text = 'The talks lasted two weeks. Buses run every hour. Things are calm now. A 40-year-old man was arrested on Monday.';
    const { events } = extractEvents(text, [
      timex(text, 'two weeks', 'P2W', 'DURATION'), timex(text, 'every hour', 'PT1H', 'SET'), timex(text, 'now', 'PRESENT_REF'),
      timex(text, '40-year-old', 'P40Y', 'DURATION'), timex(text, 'Monday', '2022-01-03'),
    ], '2022-01-07');
    expect(events.map((e) => [e.start, e.end])).toEqual([['2022-01-03', undefined]]);
  });
});

describe('inheritance and metadata', () => {
  it('lets a live-blog entry inherit the time stamp heading it, and says so', () => {
    const text = 'Storm live: roads closed\n\n07:45 GMT\n\nHeavy rain flooded the main road into the city. Drivers were told to stay home.\n\n08:10 GMT - The airport suspended all flights.';
    const { events } = extractEvents(text, [timex(text, '07:45 GMT', '2023-03-03T07:45', 'TIME'), timex(text, '08:10 GMT', '2023-03-03T08:10', 'TIME')], '2023-03-03');
    expect(events.map((e) => [e.start, e.dateSource, e.title])).toEqual([
      ['2023-03-03T07:45', 'inherited', 'Heavy rain flooded the main road into the city'],
      ['2023-03-03T08:10', 'explicit', 'The airport suspended all flights'],
    ]);
    expect(events[0]!.explanation).toBe('"07:45 GMT" → Friday, 3 March 2023, 07:45, taken from the time stamp above this live-blog entry');
  });

  it('strips a wire dateline from the title and does not date events by it', () => {
    const text = 'GENEVA, March 3, 2023 (Reuters) - Negotiators agreed on a draft text on Thursday, diplomats said.';
    const { events } = extractEvents(text, [timex(text, 'March 3, 2023', '2023-03-03'), timex(text, 'Thursday', '2023-03-02')], '2023-03-03');
    expect(events.map((e) => [e.start, e.title])).toEqual([['2023-03-02', 'Negotiators agreed on a draft text']]);
  });
});

describe('history and live-blog details', () => {
  it('reads BC year ranges "from 264 to 241 BC" and "(218-201 BC)"', () => {
    const text = 'The First Punic War was fought over Sicily from 264 to 241 BC. The Second Punic War (218-201 BC) is best known for Hannibal.';
    const { events } = extractEvents(text, [timex(text, '241 BC', 'BC0241'), timex(text, '201 BC', 'BC0201')], null);
    expect(events.map((e) => [e.start, e.end, e.title])).toEqual([
      ['BC0264', 'BC0241', 'The First Punic War was fought over Sicily'],
      ['BC0218', 'BC0201', 'The Second Punic War is best known for Hannibal'],
    ]);
  });

  it('keeps the subject when a relative clause is an aside', () => {
    const text = 'Rome, which had little naval experience, built a fleet of 100 warships in 260 BC.';
    const { events } = extractEvents(text, [timex(text, '260 BC', 'BC0260')], null);
    expect(events[0]!.title).toBe('Rome built a fleet of 100 warships');
  });

  it('treats touching timexes ("21:00 tonight") as one expression, and skips greetings when inheriting', () => {
    const text = 'Storm live\n\n- Red warning until 21:00 tonight\n\n07:30 GMT\nGood morning and welcome to our coverage. Ferries were cancelled across the region.';
    const { events } = extractEvents(text, [
      timex(text, '21:00', '2025-02-14T21:00', 'TIME'), timex(text, 'tonight', '2025-02-14TNI', 'TIME'), timex(text, '07:30 GMT', '2025-02-14T07:30', 'TIME'),
    ], '2025-02-14T16:20');
    expect(events.map((e) => [e.start, e.end, e.dateSource, e.title])).toEqual([
      ['2025-02-14', '2025-02-14T21:00', 'derived', 'Red warning'],
      ['2025-02-14T07:30', undefined, 'inherited', 'Ferries were cancelled across the region'],
    ]);
  });

  it('joins hard-wrapped lines into one paragraph', () => {
    const text = 'Officials said the bridge\nwould reopen on Monday after repairs.';
    const { events } = extractEvents(text, [timex(text, 'Monday', '2022-01-10')], '2022-01-07');
    expect(events.map((e) => e.text)).toEqual([text]);
  });
});

describe('hostile input', () => {
  it('returns a timeline for runs of spaces, brackets, digits and connectives', () => {
    const text = `On Friday${' '.repeat(5000)}${'('.repeat(5000)}Jan.${' '.repeat(2000)}4, 2022 ${'1'.repeat(5000)}${' - '.repeat(1000)}${'which '.repeat(1000)}.\n${'Photo: '.repeat(500)}`;
    const t = extractTimeline(text, { documentDate: '2022-01-07' });
    for (const e of t.events) expect(text.slice(e.span.start, e.span.end)).toBe(e.text);
    expect(t.version).toBe(1);
  });
});

describe('every annotated article in seeds/ (gold timexes, so that this tests extraction alone)', () => {
  for (const f of readdirSync('seeds').filter((x) => x.endsWith('.txt'))) {
    it(`${f}: all gold events, exact spans`, () => {
      const { text, gold } = readGold(`seeds/${f}`);
      const { events } = extractEvents(text, goldTimexes(text, gold), gold.documentDate);
      expect(goldEventsFound(events, gold)).toEqual([]);
      for (const e of events) expect(text.slice(e.span.start, e.span.end)).toBe(e.text);
    });
  }
});

describe('a list of dates after a line that ends with a colon', () => {
  it('gives each listed date the happening the line announces', () => {
    const text = 'Holiday bin days\n\nCollections move over the holidays, the council said on Monday.\n\nBin collections will change on these days:\n\n- Friday 2 January\n- Saturday 10 January\n\nResidents should put bins out by 7am.';
    const { events } = extractTimeline(text, { documentDate: '2025-12-22' });
    expect(events.filter((e) => /Bin collections will change/.test(e.title)).map((e) => e.start)).toEqual(['2026-01-02', '2026-01-10']);
  });
});

describe('a section heading of dates alone', () => {
  it('tells no happening; the sentences under it do', () => {
    const text = 'The Varn campaign\n\nThe war began in April 1867.\n\nSummer and autumn\n\nIn July the army rested.';
    expect(extractTimeline(text).events.map((e) => `${e.start} ${e.title}`)).toEqual(['1867-04 The war began', '1867-07 The army rested']);
  });
});
