// Titles and happenings from the newgold41 blind set (a cold-case feature, a consultation notice, a press briefing,
// a family history, a match commentary): a participle coordinated with a passive, a date set against the one told,
// a `when` clause without its comma, an object `her` at a title's end.
import { describe, expect, it } from 'vitest';
import { extractTimeline } from '../../../src/events/index.js';

const events = (text: string): string[] => extractTimeline(text, { documentDate: '2026-10-25' }).events.map((e) => `${e.start} ${e.title}`);

describe('a bare participle coordinated with a passive', () => {
  it('shares its auxiliaries', () => {
    expect(events('The driver was questioned on 3 May and released the following week.'))
      .toEqual(['2026-05-03 The driver was questioned', '2026-W19 The driver was released']);
    expect(events('The old pier will be closed in March and demolished in 2027.'))
      .toEqual(['2027 The old pier will be demolished', '2027-03 The old pier will be closed']);
  });
  it('leaves a verb that takes no object, a past that is no participle and a verb with its object alone', () => {
    expect(events('The poet was arrested in 1968 and died in 1971.')).toEqual(['1968 The poet was arrested', '1971 The poet died']);
    expect(events('She was born in 1950 and grew up in Hull in the 1960s.')).toEqual(['1950 She was born', '196 She grew up in Hull']);
    // (The stay joined by `and` to the election runs from it to its bound, 1990..1998, see blind12-bounds; without a date before it,
    // a stay that ended at a bound already past keeps `until 1998` in its title, see blind11-titles.)
    expect(events('He was elected in 1990 and served two terms until 1998.')).toEqual(['1990 He was elected', '1990 He served two terms']);
  });
});

describe('a date set against the one told', () => {
  it('dates nothing and leaves the title with its words', () => {
    expect(events('The lorry left the depot after 4am, not at midnight, with its lights off.'))
      .toEqual(['2026-10-25T04:00 The lorry left the depot with its lights off']);
    expect(events('The final will be played on Saturday rather than on Friday.')).toEqual(['2026-10-31 The final will be played']);
  });
});

describe('a `when` clause without its comma', () => {
  it('ends where a subject pronoun and its verb start', () => {
    expect(events('The shop shut in 2011, and when inspectors visited the site in May 2012 they found it empty.'))
      .toEqual(['2011 The shop shut', '2012-05 Inspectors visited the site']);
  });
  it('keeps a saying whole', () => {
    expect(events('When the coach said they would win on Friday nobody laughed.')).toHaveLength(1);
  });
});

describe('`her` after a past verb at a title end', () => {
  it('is the object, not a determiner left without its noun', () => {
    expect(events('Police interviewed her on 12 March.')).toEqual(['2026-03-12 Police interviewed her']);
  });
});

describe('a section label before a sentence', () => {
  it('heads it as a dateline does, out of its title', () => {
    expect(events('Approval: The trial was approved by the hospital board on 2 March 2024.'))
      .toEqual(['2024-03-02 The trial was approved by the hospital board']);
    expect(events('Coming up: The choir sings at the abbey on Sunday.')).toEqual(['2026-10-25 The choir sings at the abbey']);
  });
  it('is not a weekday or a saying', () => {
    expect(events('Monday: Rain spreads from the west.')).toEqual(['2026-10-19 Rain spreads from the west']);
  });
});

describe('`, then` and a verb', () => {
  it('open a second clause with the first one’s subject', () => {
    expect(events('The exhibition opens in Glasgow on 3 May, then moves to Perth on 9 June.'))
      .toEqual(['2027-05-03 The exhibition opens in Glasgow', '2027-06-09 The exhibition moves to Perth']);
  });
});

describe('a bare clock time after a time of a named day', () => {
  it('ends its range', () => {
    const [e] = extractTimeline('Drop-in session: Westfield Library, Monday 2 November, 3pm to 6pm.', { documentDate: '2026-10-25' }).events;
    expect([e!.start, e!.end, e!.title]).toEqual(['2026-11-02T15:00', '2026-11-02T18:00', 'Westfield Library']);
  });
  it('not after a bare time', () => {
    expect(extractTimeline('The fair runs nightly until 3 January, 5pm to 10pm.', { documentDate: '2026-10-25' }).events.some((e) => e.start.endsWith('T17:00') && e.end !== undefined)).toBe(false);
  });
});

describe('a participle after the subject, dated right after it', () => {
  it('tells a happening of its own when the clause has a date of its own', () => {
    expect(events('The new timetable published last Friday comes into force on 2 November.'))
      .toEqual(['2026-10-23 The new timetable published', '2026-11-02 The new timetable comes into force']);
    expect(events('The chapel built in 1712 was restored in 1988.')).toEqual(['1712 The chapel built', '1988 The chapel was restored']);
  });
});

describe('a noun phrase set off by a comma and cut before its end', () => {
  it('goes whole', () => {
    expect(events('On 9 March 2019 the stolen van was found abandoned in a car park behind the station, its rear doors wide open.'))
      .toEqual(['2019-03-09 The stolen van was found abandoned in a car park behind the station']);
  });
  it('leaves a phrase with a verb of its own alone', () => {
    expect(events('During the spring of 2019, the trust quietly closed the two smallest wards at the old infirmary.')[0])
      .toMatch(/^2019-SP The trust quietly closed/);
  });
});

describe('a sentence that opens with a preposition in -ing', () => {
  it('is no participle clause: the main clause titles the happening', () => {
    expect(events('During the winter of 1947, the village school closed for six weeks.')).toEqual(['1947-WI The village school closed for six weeks']);
  });
});

describe('a participle before a noun and its verb group after `, and`', () => {
  it('describes the second clause’s own subject', () => {
    expect(events('The inquiry opens its public hearings on 4 November, and signed statements must be lodged by 20 October.'))
      .toContain('2026-10-20 Signed statements must be lodged');
  });
});

describe('a `who` clause after a name and a date phrase', () => {
  it('tells a happening of the name', () => {
    expect(events('He first married Alice Grey in 1902, who died of influenza in 1918.'))
      .toEqual(['1902 He first married Alice Grey', '1918 Alice Grey died of influenza']);
  });
});

describe('`was last seen` before a date', () => {
  it('is the clause’s own happening, not a baseline', () => {
    expect(events('The hiker was last seen on the morning of 3 June 2021, leaving a campsite near the loch.'))
      .toEqual(['2021-06-03TMO The hiker was last seen']);
  });
  it('leaves a level last seen at a date a baseline', () => {
    expect(events('On Monday the pound fell to a level last seen in July 2007.')).toEqual(['2026-10-19 The pound fell to a level last seen']);
  });
});

describe('a prefixed irregular participle', () => {
  it('completes its verb group (`was rebuilt`)', () => {
    expect(events('The tower was damaged twice, the last time in 1703, when the spire was rebuilt in timber.'))
      .toEqual(['1703 The tower was damaged twice', '1703 The spire was rebuilt in timber']);
  });
});

describe('an appositive after a date that names its day by what comes before or after it', () => {
  it('goes with the date', () => {
    expect(events('The council will vote on the plan on 14 December, the day before the Christmas recess begins.'))
      .toEqual(['2026-12-14 The council will vote on the plan']);
  });
});
