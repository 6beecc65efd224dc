// The happening model: which dates make an event, which are context, which make none.
import { describe, expect, it } from 'vitest';
import { extractTimeline } from '../../../src/events/index.js';
import { isSuperlativeBaseline } from '../../../src/events/roles.js';

const events = (text: string, documentDate = '2025-06-12'): string[] =>
  extractTimeline(text, { documentDate }).events.map((e) => `${e.start}${e.end ? `..${e.end}` : ''} ${e.title}${e.reportedOn ? ` [reported ${e.reportedOn}]` : ''}`);

describe('reported speech', () => {
  it('makes what was said the happening and keeps the saying as its report date', () => {
    expect(events('The ministry said on Monday that talks would resume on Thursday.')).toEqual(['2025-06-12 Talks would resume [reported 2025-06-09]']);
    const e = extractTimeline('The ministry said on Monday that talks would resume on Thursday.', { documentDate: '2025-06-12' }).events[0]!;
    expect(e.explanation).toContain('reported on Monday, 9 June 2025 ("Monday")');
    expect(e.timexIds).toHaveLength(2);
  });
  it('dates the saying with its content when what was said carries no date of its own', () => {
    expect(events('The league said on Tuesday that the referee had made a mistake.')).toEqual(['2025-06-10 The league said the referee had made a mistake']);
  });
  it('keeps an announcement as news of its own beside the plan it announces', () => {
    expect(events('The airline announced on Wednesday that it would drop the route in October.'))
      .toEqual(['2025-06-11 The airline announced it would drop the route', '2025-10 The airline would drop the route']);
  });
  it('drops a trailing attribution\'s date when the clause has its own', () => {
    expect(events('The bridge reopened on Sunday, the council said on Monday.')).toEqual(['2025-06-08 The bridge reopened [reported 2025-06-09]']);
  });
});

describe('dates that make no event', () => {
  it('ignores the baseline of a comparison, but not a happening told inside it', () => {
    expect(events('Profit rose to $412 million in the second quarter from $361 million a year earlier.')).toEqual(['2025-Q2 Profit rose to $412 million from $361 million']);
    expect(events('Sales reached 2.1 million units, up from 1.8 million in 2023.')).toEqual([]);
    expect(events('The fund was set up with a grant of 12 million euros awarded in 2019.')).toEqual(["2019 The fund was set up with a grant of 12 million euros"]);
  });
  it('ignores a year-ago amount, whether after the amount or opening a sentence of its own', () => {
    expect(events('Net profit rose to 40 million francs, or 2.10 francs a share, from 31 million francs, or 1.60 francs a share, a year ago.')).toEqual([]);
    expect(events('The mill earned $3.1 million in the second quarter. A year earlier, it earned $2.4 million, or 24 cents a share.'))
      .toEqual(['2025-Q2 The mill earned $3.1 million']);
    expect(events('A year ago, the mill moved its offices to Leeds.')).toEqual(['2024 The mill moved its offices to Leeds']);
  });
  it('ignores the baseline of a superlative or an ordinal', () => {
    expect(isSuperlativeBaseline('It was their second defeat since ')).toBe(true);
    expect(events('It was the wettest June since 1998.')).toEqual(['2025-06 It was the wettest June']);
    expect(events('The club lost on Saturday, its second defeat since March.')).toEqual(['2025-06-07 The club lost, its second defeat']);
  });
  it('ignores a vague time', () => {
    expect(events('The mayor visited the site a week or so ago.')).toEqual([]);
    expect(events('Some years ago, the plant closed.')).toEqual([]);
    expect(events('The plant closed about two years ago.')).toEqual([]);
  });
  it('lets an exact date stand for the relative time it restates', () => {
    expect(events('The wall fell in 1989. The country was reunified less than a year later, on Oct. 3, 1990.'))
      .toEqual(['1989 The wall fell', '1990-10-03 The country was reunified']);
  });
  it('keeps a date that is part of what the clause says only when the clause has no other date', () => {
    expect(events('"The third quarter was weak," analysts wrote on Wednesday.')).toEqual(['2025-06-11 "The third quarter was weak," analysts wrote']);
  });
});

describe('one predicate with several dates', () => {
  it('gives one event per date with titles told apart', () => {
    expect(events('The club won the title in 1998, 2003 and 2011.'))
      .toEqual(['1998 The club won the title (1 of 3)', '2003 The club won the title (2 of 3)', '2011 The club won the title (3 of 3)']);
  });
  it('reads two days in a row joined by `and` as one stretch', () => {
    expect(events('Schools will stay closed Monday and Tuesday.')).toEqual(['2025-06-16..2025-06-17 Schools will stay closed']);
  });
});

describe('live blogs', () => {
  it('dates an entry\'s first undated sentence by its time stamp, and a dated sentence by its own date', () => {
    const text = 'Ferry strike: live\n\n10:45 BST\n\nPickets gathered at the port gates. Talks are due to restart on Friday.\n\n11:20 BST - Unions said the walkout would continue.';
    expect(events(text)).toEqual([
      '2025-06-12T10:45+01:00 Pickets gathered at the port gates',
      '2025-06-12T11:20+01:00 Unions said the walkout would continue',
      '2025-06-13 Talks are due to restart',
    ]);
  });
});

describe('undated main clauses', () => {
  it('dates a live-blog entry\'s first sentence by its stamp when only an aside carries a date', () => {
    const text = 'Strike live\n\n08:15 BST\n\nThe chief executive, Martin Oakes, who took over in 2021, has issued a statement.';
    expect(events(text)).toEqual(['2021 Martin Oakes took over', '2025-06-12T08:15+01:00 The chief executive has issued a statement']);
  });
  it('dates a news lead in the present perfect at publication, but not a quotation', () => {
    expect(events('Three people have died after the river burst its banks, in the worst flooding since 1953.')).toEqual(['2025-06-12 Three people have died']);
    expect(events('"We have waited a long time," the coach said.')).toEqual([]);
  });
});

describe('bounds, clauses and attributions', () => {
  it('reads `no earlier than 2040` as a bound on a date, not a comparison', () => {
    expect(events('The agency is studying a mission, with a launch planned no earlier than 2040.')).toEqual(['2040 The agency is studying a mission, with a launch planned']);
  });
  it('treats a `since` clause after a superlative as a baseline', () => {
    expect(events('His 31 goals are the most since Danny Hale scored 27 in 1998.')).toEqual([]);
  });
  it('ends a trailing attribution at its comma, so that what follows is a clause of its own', () => {
    expect(events('Talks will resume on Thursday, the ministry said on Wednesday, a week after a deadly clash.'))
      .toEqual(['2025-06-12 Talks will resume [reported 2025-06-11]']);
  });
  it('times a happening by a duration of its own clause only', () => {
    expect(events('Schools will stay closed until at least next Wednesday, and the rail line would remain shut for two weeks.'))
      .toEqual(['2025-06-12..2025-06-18 Schools will stay closed']);
  });
  it('drops an amount of time left at a title\'s end by a cut subordinate clause', () => {
    expect(events('He was charged in February 2023, eight months after the inquiry opened.', '2024-11-13')).toEqual(['2023-02 He was charged']);
  });
});

describe('time phrases after a comma and subordinate dates', () => {
  it('lets `, starting on Monday,` time the clause before it, with that clause\'s duration', () => {
    expect(events('He said Orlovia wanted a two-week ceasefire along the river, starting on Monday.', '2025-10-22'))
      .toEqual(['2025-10-27..2025-11-10 Orlovia wanted a two-week ceasefire along the river']);
  });
  it('dates an entry\'s main clause by its stamp when only a subordinate clause has a date', () => {
    const text = 'Ferry strike live\n\n07:05 BST\n\nEvery crossing has been cancelled after talks broke down late yesterday evening.';
    expect(events(text)).toEqual(['2025-06-11TEV Talks broke down', '2025-06-12T07:05+01:00 Every crossing has been cancelled']);
  });
  it('makes no lead event of a perfect that lasts `since` a date', () => {
    expect(events('Similar bans have been blocked since the court overturned the law in June 2022.')).toEqual(['2022-06 The court overturned the law']);
  });
});
