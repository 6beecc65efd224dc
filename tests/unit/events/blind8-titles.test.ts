// Titles from the events-layer faults of issue 10's eighth blind set (a Commons debate), each rule shown on examples of its own.
import { describe, expect, it } from 'vitest';
import { extractTimeline } from '../../../src/events/index.js';

const events = (text: string, documentDate = '2027-02-25'): string[] =>
  extractTimeline(text, { documentDate }).events.map((e) => `${e.start}${e.end ? `..${e.end}` : ''} ${e.title}`);

describe('a speaker\'s name before a colon in a transcript', () => {
  it('is no part of the pronoun subject after it, with or without a bracket', () => {
    expect(events('The Minister for Transport (Ms Ruth Abley): I will open the new station next month.')).toEqual(['2027-03 I will open the new station']);
    expect(events('Mr Dale (Hull North) (Con): We met the growers on Tuesday.')).toEqual(['2027-02-23 We met the growers']);
  });
  it('leaves a clock time before a dash alone', () => {
    expect(events('Radio log\n\n02:15 – Amara explains how the ship left Halifax on 3 May 1921.')).toEqual(['1921-05-03 Amara explains how the ship left Halifax']);
  });
});

describe('a subordinate clause inside a relative aside without commas', () => {
  it('ends the aside: its verb tells its own happening, and the main clause keeps its own title', () => {
    expect(events('On Monday we met farmers who have waited for an answer since the review began in the spring of 2022.'))
      .toEqual(['2022-SP The review began', '2027-02-22 We met farmers']);
    expect(events('Yesterday I spoke to nurses who had been on shift before the alarm sounded at 3am.'))
      .toEqual(['2027-02-24 I spoke to nurses', '2027-02-24T03:00 The alarm sounded']);
  });
  it('is not a date phrase after the subordinator (`before March`), where the main verb follows', () => {
    expect(events('Tenants who paid for the 2027 permit before March will get a refund.')).not.toContain('2027 Tenants paid for the 2027 permit');
  });
});

describe('a saying whose verb follows a modal or an auxiliary after a pronoun', () => {
  it('is a saying: what was said, with its own date, is titled by its own clause', () => {
    expect(events('The plan will be published soon, and I can tell the House today that the first contracts will be signed in June.'))
      .toEqual(['2027-06 The first contracts will be signed']);
    expect(events('He has said the new ward will open in 2029.')).toEqual(['2029 The new ward will open']);
  });
});

describe('a present verb in -s with a time of its own after `and` and a past verb', () => {
  it('is a second happening of the same subject', () => {
    expect(events('Maud joined the bakery in 1988 and retires on 31 March 2027.')).toEqual(['1988 Maud joined the bakery', '2027-03-31 Maud retires']);
    expect(events('The comet was found in 2019 and returns in May 2031.')).toEqual(['2019 The comet was found', '2031-05 The comet returns']);
  });
  it('is not a plural noun after `and` or `or` (`and deposits of`, `or months of`)', () => {
    expect(events('The bank had assets of $5 million and deposits of $4 million as of 30 September 2026.')).toEqual(['2026-09-30 The bank had assets of $5 million and deposits of $4 million']);
  });
});

describe('a present verb in -s after a name set off by commas', () => {
  it('is the verb of the subject the name is in apposition to', () => {
    expect(events('The head teacher, Mr Adams, leaves in July 2027 after ten years at the school.')).toEqual(['2027-07 The head teacher leaves after ten years at the school']);
  });
});

describe('the first end of a clock range left at the head of a title', () => {
  it('goes when the range\'s other end was cut (`9.30– Session 1`), as does a chapter stamp before a dash', () => {
    // (Titles only: whether the tagger reads `10.15–11.45am` whole or only its second end, no `10.15–` heads the title.)
    const titles = extractTimeline('Programme\n\nFriday 5 March\n10.15–11.45am Panel 2: Salt marshes.\n7pm Dinner', { documentDate: '2027-03-01' }).events.map((e) => e.title);
    expect(titles).toEqual(['Panel 2: Salt marshes', 'Dinner']);
  });
});

describe('a statement of the present time (`It is now 2027,`)', () => {
  it('tells no happening at the publication date', () => {
    expect(events('It is now 2027, and the road has not been built.', '2027-02-25')).toEqual([]);
  });
  it('stays when the date is not the present one or a clause goes on with it', () => {
    expect(events('It is now 1999 in the story.', '2027-02-25')).toEqual(['1999 It is now 1999 in the story']);
  });
});

describe('objects of one verb listed each with its own date', () => {
  it('give each happening a title with its own object only', () => {
    expect(events('She had a knee operation in 2019 and a hip replacement in 2021.')).toEqual(['2019 She had a knee operation', '2021 She had a hip replacement']);
    expect(events('The club won the league in 1998 and the cup in 2002.')).toEqual(['1998 The club won the league', '2002 The club won the cup']);
  });
  it('leave a second subject, `again` or a second verb alone', () => {
    expect(events('Dornau fell on 15 July 1943 and Kessel on 19 July 1943.')).not.toContain('1943-07-19 Dornau fell Kessel');
    expect(events('She was re-elected in 2000 and again in 2003.')).toEqual(['2000 She was re-elected (1 of 2)', '2003 She was re-elected (2 of 2)']);
  });
});

describe('a participle after a clause whose subject is a time', () => {
  it('is titled by that clause, not by the time as its doer (`The afternoon left`)', () => {
    expect(events('The morning is free for the walk to the lighthouse, leaving at 10am.', '2027-09-15'))
      .toEqual(['2027-09-15T10:00 The morning is free for the walk to the lighthouse']);
  });
  it('keeps a doer subject with the participle\'s own verb', () => {
    expect(events('The crew sailed from Hull, reaching Bergen on 3 May.', '2027-09-15')).toEqual(['2027-05-03 The crew reached Bergen']);
  });
});
