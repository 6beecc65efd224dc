// Event units on constructions met in fresh news text.
import { describe, expect, it } from 'vitest';
import { extractTimeline } from '../../../src/events/index.js';

describe('a part of day refined by a clock time', () => {
  it('makes `tonight at 7:45 p.m.` one happening at the clock time', () => {
    const tl = extractTimeline('City and Coventry meet tonight at 7:45 p.m. at Wembley.', { documentDate: '2024-04-14' });
    expect(tl.events.map((e) => e.start)).toEqual(['2024-04-14T19:45']);
  });

  it('keeps two parts of day apart when they are separate happenings', () => {
    const tl = extractTimeline('The storm hit on Saturday morning, and power returned on Sunday evening.', { documentDate: '2024-04-14' });
    expect(tl.events.map((e) => e.start).sort()).toEqual(['2024-04-13TMO', '2024-04-14TEV']);
  });
});

describe('fresh-text event details', () => {
  const titles = (text: string, documentDate = '2024-06-13'): string[] => extractTimeline(text, { documentDate }).events.map((e) => `${e.start} ${e.title}`);

  it('drops the leading date of a timeline bullet from the title', () => {
    expect(titles('Timeline:\n- March 2021: Helix announces plans for a U.S. plant.\n- May 2023: the company receives federal grants.'))
      .toEqual(['2021-03 Helix announces plans for a U.S. plant', '2023-05 The company receives federal grants']);
  });

  it('lets a date used as an adjective yield to a real date in the same clause', () => {
    expect(titles('Helix will report second-quarter results on July 25.')).toEqual(['2024-07-25 Helix will report second-quarter results']);
  });

  it('keeps it when another clause tells a second happening', () => {
    const got = titles('Nordwind raised its guidance on Thursday after reporting a rise in third-quarter profit.', '2024-10-24');
    expect(got.map((t) => t.split(' ')[0]).sort()).toEqual(['2024-10-24', '2024-Q3']);
  });

  it('gives a coordinated clause that opens with an auxiliary the sentence subject', () => {
    const got = titles('The company broke ground in August 2022 and had planned to start production by the end of this year.');
    expect(got).toContain('2024 The company had planned to start production');
  });
});

describe('a range over the turn of a year', () => {
  const ranges = (text: string, documentDate: string): string[] => extractTimeline(text, { documentDate }).events.map((e) => `${e.start}..${e.end ?? ''}`);

  it('keeps the year of the end nearer the publication date and moves the start back', () => {
    expect(ranges('The season runs from late September to mid-May.', '2024-05-07')).toEqual(['2023-09..2024-05']);
  });

  it('moves the end on when the start is nearer', () => {
    expect(ranges('The exhibition runs from Dec. 10 to Jan. 15.', '2024-12-01')).toEqual(['2024-12-10..2025-01-15']);
  });

  it('leaves stated years alone', () => {
    expect(ranges('Prices fell from 2021 to 2019 levels.', '2024-05-07')).not.toContain('2021..2020');
  });
});

describe('ranges written the American way', () => {
  const events = (text: string): string[] => extractTimeline(text, { documentDate: '2024-11-18' }).events.map((e) => `${e.start}..${e.end ?? ''} ${e.title}`);

  it('reads `Nov. 19-21` as a range of days', () => {
    expect(events('The weather service issued flood warnings for Nov. 19-21.')).toEqual(['2024-11-19..2024-11-21 The weather service issued flood warnings']);
  });

  it('reads `March 20 to 22`, `between March 20 and 22`, `on 20-21 June` and `Nov. 19-21, 2023` as ranges', () => {
    expect(events('Voting takes place March 20 to 22.')).toEqual(['2025-03-20..2025-03-22 Voting takes place']);
    expect(events('Voting takes place between March 20 and 22 in all regions.')).toEqual(['2025-03-20..2025-03-22 Voting takes place in all regions']);
    expect(events('The summit will be held on 20-21 June in Geneva.')).toEqual(['2025-06-20..2025-06-21 The summit will be held in Geneva']);
    expect(events('The conference ran Nov. 19-21, 2023, in Lisbon.')).toEqual(['2023-11-19..2023-11-21 The conference ran in Lisbon']);
  });

  it('does not read an amount after a date as the end of a range', () => {
    expect(events('Shares rose on March 20 to 22 percent.')).toEqual(['2024-03-20.. Shares rose to 22 percent']);
    expect(events('The index fell on March 20 to 22,000 points.')).toEqual(['2024-03-20.. The index fell to 22,000 points']);
  });

  it('reads `Wednesday through Friday` as a range without `from`', () => {
    expect(events('More rain is expected Wednesday through Friday.')).toEqual(['2024-11-20..2024-11-22 More rain is expected']);
  });

  it('puts a bare start time on the day of the end and keeps `10 p.m. Sunday` in one sentence', () => {
    expect(events('Crews worked from 6 a.m. to 10 p.m. Sunday to restore service.')).toEqual(['2024-11-17T06:00..2024-11-17T22:00 Crews worked to restore service']);
  });

  it('reads `will stay closed Monday and Tuesday` as future: two days in a row are one stretch', () => {
    expect(events('Schools will stay closed Monday and Tuesday.')).toEqual(['2024-11-18..2024-11-19 Schools will stay closed']);
    // Days that are not next to each other stay two happenings, told apart.
    expect(events('The court will sit Monday and Thursday.')).toEqual(['2024-11-18.. The court will sit (1 of 2)', '2024-11-21.. The court will sit (2 of 2)']);
  });
  it('reads two months or two years in a row joined by `and` as one stretch, and others apart', () => {
    expect(events('During April and May 2019 the mill stood idle.')).toEqual(['2019-04..2019-05 The mill stood idle']);
    expect(events('The strike, in 1984 and 1985, closed the pit.')).toEqual(['1984..1985 The strike closed the pit']);
    expect(events('Floods hit the town in 1998 and 2003.')).toEqual(['1998.. Floods hit the town (1 of 2)', '2003.. Floods hit the town (2 of 2)']);
  });
});

describe('a short clause window', () => {
  it('widens `until her retirement in 1998` to the `where` clause it hangs on', () => {
    const tl = extractTimeline('The following year she left Poland for Denmark, where she taught until her retirement in 1998.', { documentDate: '2024-09-03' });
    expect(tl.events.find((e) => e.start === '1998')?.title).toBe('She taught until her retirement');
  });
});

describe('business and biography sentences', () => {
  const events = (text: string, documentDate = '2025-09-18'): string[] =>
    extractTimeline(text, { documentDate }).events.map((e) => `${e.start}${e.end ? `..${e.end}` : ''} ${e.title}`);

  it('gives a second verb of the same subject its subject back', () => {
    expect(events('The company was founded in 1998 and went public in 2004.')).toEqual(['1998 The company was founded', '2004 The company went public']);
    expect(events('Smith joined the firm in 2010 and retired in 2019.')).toEqual(['2010 Smith joined the firm', '2019 Smith retired']);
  });

  it('dates a result by the quarter a date closes, and drops the baseline of its comparison', () => {
    const got = events('Veltra reported a loss of $312 million for the quarter that ended Aug. 31, compared with a profit of $95 million a year earlier.');
    expect(got).toHaveLength(1);
    expect(got[0]).toMatch(/^2025-Q3 Veltra reported a loss of \$312 million/);
  });

  it('reads `since January` as the last January, whatever the verb', () => {
    expect(events('Veltra shares have lost nearly half their value since January.')).toEqual(['2025-01 Veltra shares have lost nearly half their value']);
  });
});

describe('titles around relative clauses, quotes and datelines', () => {
  const titleOf = (text: string, start: string, documentDate = '2024-05-02'): string | undefined =>
    extractTimeline(text, { documentDate }).events.find((e) => e.start === start)?.title;

  it('takes the noun a `which` or `who` clause refers to, not the whole head before it', () => {
    expect(titleOf('Polls suggest the center-right opposition, which governed from 2011 to 2015, could win the most seats.', '2011'))
      .toBe('The center-right opposition governed');
    expect(titleOf('The move follows the resignation of Prime Minister Ana Costa, who quit on April 18 amid a corruption investigation.', '2024-04-18'))
      .toBe('Ana Costa quit amid a corruption investigation');
    expect(titleOf('Rovers will face either Manchester City or Coventry, who meet tonight at 7:45 p.m., in the final on May 4.', '2024-05-02T19:45'))
      .toBe('Manchester City or Coventry meet');
  });

  it('resumes the main clause after an aside that holds another date', () => {
    expect(titleOf('Lenz, who took over in 2021 after the departure of co-founder Raj Patel, said the company would hold an investor day on Nov. 12.', '2024-11-12'))
      .toBe('The company would hold an investor day');
  });

  it('finds the subject after a wire dateline, and does not split a quotation at its `but`', () => {
    expect(titleOf('LISBON, May 2 (Reuters) - The president dissolved parliament on Thursday and called a snap election for June 30.', '2024-06-30'))
      .toBe('The president called a snap election for June 30');
    expect(titleOf('"This is a painful but necessary reset," analyst Chris Ober wrote in a note on Thursday.', '2024-05-02'))
      .toContain('This is a painful but necessary reset');
  });
});

describe('obituary and biography sentences', () => {
  const events = (text: string, documentDate = '2024-10-07'): string[] =>
    extractTimeline(text, { documentDate }).events.map((e) => `${e.start}${e.end ? `..${e.end}` : ''} ${e.title}`);

  it('turns an opening `Born ...` into the subject being born, and `before moving` into the subject moving', () => {
    expect(events('Born on March 14, 1936, in Leeds, England, Ellison studied physics at Manchester before moving to the United States in 1961.'))
      .toEqual(['1936-03-14 Ellison was born in Leeds', '1961 Ellison moved to the United States']);
    expect(events('Born in 1950 in Lagos, Adeyemi moved to London in 1975.')).toEqual(['1950 Adeyemi was born in Lagos', '1975 Adeyemi moved to London']);
  });

  it('resumes after a `whose` aside and gives `but continued` its subject', () => {
    expect(events('Margaret Ellison, whose measurements of Antarctic ice helped establish the link between carbon dioxide and rising seas, died on Saturday at her home.'))
      .toEqual(['2024-10-05 Margaret Ellison died at her home']);
    expect(events('She retired in 1995 but continued to publish until 2016.')).toEqual(['1995 She retired', '2016 She continued to publish until 2016']);
  });

  it('does not stretch a date by a duration that times another clause', () => {
    expect(events('Smith worked at the bank for a decade before joining Acme in 2015.')).toEqual(['2015 Smith joined Acme']);
  });
});

describe('match reports', () => {
  const events = (text: string, documentDate = '2025-03-09'): string[] =>
    extractTimeline(text, { documentDate }).events.map((e) => `${e.start}${e.end ? `..${e.end}` : ''} ${e.title}`);

  it('does not time a date by a duration inside a quotation', () => {
    expect(events('"We have waited a long time for a day like this," said manager Elena Brooks, who took charge in the summer of 2022.'))
      .toEqual(['2022-SU Elena Brooks took charge']);
  });

  it('drops a copula left at the end of a title once the date is cut', () => {
    expect(events('The other semi-final is on Sunday.')).toEqual(['2025-03-09 The other semi-final']);
  });
});

describe('court reports', () => {
  const events = (text: string, documentDate = '2023-08-14'): string[] =>
    extractTimeline(text, { documentDate }).events.map((e) => `${e.start} ${e.title}`);

  it('keeps `Roe v. Wade` in one sentence', () => {
    expect(events('Similar bans have been blocked since the U.S. Supreme Court overturned Roe v. Wade in June 2022.'))
      .toEqual(['2022-06 The U.S. Supreme Court overturned Roe v. Wade']);
  });

  it('reads an `arguing that ...` clause from what follows `that`', () => {
    const got = events('Groups filed their lawsuit on July 31, arguing that the ban violates an amendment approved by voters last November.');
    expect(got).toContain('2022-11 The ban violates an amendment approved by voters');
  });
});

describe('data releases', () => {
  it('drops the date of an attribution between commas when the sentence has its own date', () => {
    const got = extractTimeline('Euro zone inflation eased to 2.2% in November, Eurostat data showed on Tuesday, strengthening the case for a cut.', { documentDate: '2024-12-03' })
      .events.map((e) => `${e.start} ${e.title}`);
    expect(got).toEqual(['2024-11 Euro zone inflation eased to 2.2%']);
  });
});

describe('hyphenated compounds', () => {
  it('does not split a clause at `after-hours` or `before-tax`', () => {
    const titles = (text: string) => extractTimeline(text, { documentDate: '2025-09-18' }).events.map((e) => e.title);
    expect(titles("Veltra's shares fell 11% in after-hours trading Wednesday.")).toEqual(["Veltra's shares fell 11% in after-hours trading"]);
    expect(titles('The firm posted a before-tax loss on Tuesday.')).toEqual(['The firm posted a before-tax loss']);
  });
});

describe('reported plans', () => {
  it('makes the reported plan the happening, with the sayer as its subject and the saying as its report date', () => {
    const got = extractTimeline('Veltra Semiconductor said Wednesday it will cut about 2,000 jobs, or 8% of its workforce, by the end of the year.', { documentDate: '2025-09-18' })
      .events.map((e) => `${e.start} ${e.title} (reported ${e.reportedOn})`);
    expect(got).toEqual(['2025 Veltra Semiconductor will cut about 2,000 jobs, or 8% of its workforce (reported 2025-09-17)']);
  });
  it('keeps an announcement as an event of its own beside what it announces', () => {
    const got = extractTimeline('Veltra announced on Wednesday that it would close its Dresden plant in March.', { documentDate: '2025-09-18' })
      .events.map((e) => `${e.start} ${e.title}`);
    expect(got).toEqual(['2025-09-17 Veltra announced it would close its Dresden plant', '2026-03 Veltra would close its Dresden plant']);
  });
});

describe('object relative clauses', () => {
  it('gives `, that it had opened three years ago` the opener as subject and the noun before the comma as object', () => {
    const got = extractTimeline('Earlier this month, the company closed a research center in Austin, Texas, that it had opened just three years ago.', { documentDate: '2025-09-18' })
      .events.map((e) => `${e.start} ${e.title}`);
    expect(got).toEqual(['2022 The company had opened a research center in Austin', '2025-09 The company closed a research center in Austin']);
  });
});

describe('how long a happening lasted', () => {
  it('reads `began on March 1, lasted three weeks` as a derived range', () => {
    const got = extractTimeline('The strike, which began on March 1, lasted three weeks.', { documentDate: '2024-03-15' }).events;
    expect(got.map((e) => `${e.start}..${e.end} ${e.dateSource}`)).toEqual(['2024-03-01..2024-03-22 derived']);
  });
});

describe('history inside a news story', () => {
  const events = (text: string): string[] => extractTimeline(text, { documentDate: '2024-11-09' }).events.map((e) => `${e.start} ${e.title}`);

  it('puts `Nov. 9 that year` in the story\'s year, and keeps `the fall of the Wall` out of the seasons', () => {
    const got = events('Thousands marked the fall of the Berlin Wall on Saturday. Protests swept East Germany in the autumn of 1989. On the evening of Nov. 9 that year, crowds surged through the checkpoints.');
    expect(got).toEqual(['1989-FA Protests swept East Germany', '1989-11-09TEV Crowds surged through the checkpoints', '2024-11-09 Thousands marked the fall of the Berlin Wall']);
  });

  it('lets a stated date stand for `a year later` that it restates', () => {
    expect(events('The Wall fell in 1989. Germany was formally reunified less than a year later, on Oct. 3, 1990.'))
      .toEqual(['1989 The Wall fell', '1990-10-03 Germany was formally reunified']);
  });

  it('cuts `two years after that` whole from a title, as `two years later`', () => {
    expect(events('Their first child was born in August 1966; the second followed two years after that.'))
      .toEqual(['1966-08 Their first child was born', '1968 The second followed']);
  });
});

describe('reported clauses joined by and', () => {
  it('gives `... that the cuts would be completed by December and would save ...` the reported subject', () => {
    const got = extractTimeline('Lenz told analysts that the cuts would be completed by December and would save $400 million a year starting in fiscal 2026.', { documentDate: '2025-09-18' })
      .events.map((e) => `${e.start} ${e.title}`);
    expect(got).toContain('2026 The cuts would save $400 million a year');
  });
});

describe('title leftovers', () => {
  const titles = (text: string) => extractTimeline(text, { documentDate: '2024-05-02' }).events.map((e) => e.title);

  it('keeps a sentence-initial demonstrative `That`', () => {
    expect(titles('That government collapsed in November 2023.')).toEqual(['That government collapsed']);
  });

  it('drops a bare amount of time left at the end (`, less than two years`)', () => {
    expect(titles('The president called a snap election for June 30, less than two years after the last vote.'))
      .toEqual(['The president called a snap election for June 30']);
  });
});

describe('timeline entries and dates of one clause', () => {
  const events = (text: string, documentDate: string) => extractTimeline(text, { documentDate }).events.map((e) => `${e.start} ${e.title}`);

  it('dates a happening by the finer of two dates of its clause, one within the other', () => {
    expect(events('On Monday the walkout began at 6am.', '2025-11-28')).toEqual(['2025-11-24T06:00 The walkout began']);
    expect(events('In March 2021 the plant closed on 14 March after a fire.', '2025-11-28')).toEqual(['2021-03-14 The plant closed after a fire']);
  });

  it("reads a line that opens with a date and a dash as a timeline entry: the date dates it and leaves its title", () => {
    const text = 'Timeline of the dispute\n\n3 June – The board rejects the bid.\n\nLate June – Investors warn of losses before the vote in August.\n\nMonday: The chairman resigns.';
    // Published Thursday 2025-07-10: the entries, told in the present, lie behind it.
    expect(events(text, '2025-07-10')).toEqual([
      // A month sorts at its start.
      '2025-06 Investors warn of losses before the vote',
      '2025-06-03 The board rejects the bid',
      '2025-07-07 The chairman resigns',
    ]);
  });
});

describe('absolute phrases and quantities in titles', () => {
  const events = (text: string, documentDate: string) => extractTimeline(text, { documentDate }).events.map((e) => `${e.start} ${e.title}`);

  it('gives an absolute phrase (`, with rescuers working through the night`) its own title', () => {
    expect(events('Up to 200 people were evacuated from their homes in the valley on Tuesday, with rescuers working through the night in heavy rain.', '2025-01-16'))
      .toEqual(['2025-01-14 Up to 200 people were evacuated from their homes in the valley', '2025-01-14TNI Rescuers working in heavy rain']);
  });
});

describe('a range whose end is a happening with its date', () => {
  it('reads `from 2012 until its collapse in September 2022` as one stretch', () => {
    const e = extractTimeline('Tolley, who led the supplier from 2012 until its collapse in September 2022, denies fraud.', { documentDate: '2024-11-13' }).events;
    // (The collapse that ends the stretch is an event of its own.)
    expect(e.map((x) => [x.start, x.end, x.title])).toEqual([['2012', '2022-09', 'Tolley led the supplier'], ['2022-09', undefined, 'Its collapse']]);
  });
});

describe('titles around time nouns, gerunds and games', () => {
  const events = (text: string, documentDate: string) => extractTimeline(text, { documentDate }).events.map((e) => `${e.start} ${e.title}`);

  it('cuts a time phrase with its time noun (`in the 2003-04 season`) and keeps a gerund after a preposition', () => {
    expect(events('Harbourside last won a trophy in the 2003-04 season, when they were promoted.', '2025-03-16')[0]).toBe('2003 Harbourside last won a trophy');
    expect(events('The club came close to folding in the summer of 2019.', '2025-03-16')).toEqual(['2019-SU The club came close to folding']);
  });

  it('reads a two-letter plural present (`Tickets go on sale`) as the verb, so the next clause keeps its own', () => {
    expect(events('Tickets go on sale on Friday at 10am, and the workshops will run every Saturday until the festival opens.', '2024-07-30'))
      .toEqual(['2024-08-02T10:00 Tickets go on sale']);
  });

  it('carries a shared modal into a coordinated clause with a bare verb', () => {
    expect(events('The firm will close the plant in May and cut 200 jobs in June.', '2025-03-16'))
      .toEqual(['2025-05 The firm will close the plant', '2025-06 The firm will cut 200 jobs']);
    expect(events('The council met on Monday and approved the plan on Friday.', '2025-03-16'))
      .toEqual(['2025-03-10 The council met', '2025-03-14 The council approved the plan']);
  });

  it('does not date a goal by the year: `the second half` of a game is none', () => {
    expect(events('Okonjo scored twice early in the second half on Saturday.', '2025-03-16')).toEqual(['2025-03-15 Okonjo scored twice early in the second half']);
  });

  it('splits a coordinated bare verb with its complement off a bare verb (`Shops open ... and close ...`)', () => {
    expect(events('Polling stations open at 7 a.m. on Thursday and close at 10 p.m. on Friday.', '2025-03-18'))
      .toEqual(['2025-03-20T07:00 Polling stations open', '2025-03-21T22:00 Polling stations close']);
    expect(events('The bank will sell its branches in April and shut two offices in June.', '2025-03-16'))
      .toEqual(['2025-04 The bank will sell its branches', '2025-06 The bank will shut two offices']);
  });

  it('finds the verb after a plural subject and its prepositional phrase (`Talks with Iran resume`)', () => {
    expect(events('Talks with the rebels resume on Monday in Doha.', '2025-03-12')).toEqual(['2025-03-17 Talks with the rebels resume in Doha']);
    expect(events('Entries for the regatta close on 4 April.', '2025-03-12')).toEqual(['2025-04-04 Entries for the regatta close']);
  });

  it('reads a past verb joined by `and` to another as the verb, not a reduced relative', () => {
    expect(events('The river froze on 2 December and did not thaw until March.', '2025-03-12'))
      .toEqual(['2024-12-02 The river froze', '2025-03 The river did not thaw until March']);
  });
});

describe('titles of long sayings and relative asides', () => {
  const events = (text: string, documentDate: string) => extractTimeline(text, { documentDate }).events.map((e) => `${e.start} ${e.title}`);

  it('keeps a name with `of` whole and shortens what was said to its head noun phrase when the title is long', () => {
    expect(events('The Port of Tallin Harbour Authority says passengers with tickets for the cancelled crossings should rebook on Monday.', '2025-06-12'))
      .toEqual(['2025-06-16 Passengers with tickets for the cancelled crossings should rebook']);
    expect(events('At 10:45 the Isle of Wight NHS Trust says patients with hospital appointments on the mainland should contact it directly.', '2025-06-12'))
      .toEqual(['2025-06-12T10:45 The Isle of Wight NHS Trust says patients should contact it directly']);
  });

  it('describes the last determined phrase after a preposition in a relative clause (`a vote after a row that erupted`)', () => {
    expect(events('The mayor will face a vote on Friday after a dispute over parking fees that began last month.', '2025-06-12'))
      .toEqual(['2025-05 A dispute over parking fees began', '2025-06-13 The mayor will face a vote after a dispute over parking fees']);
  });

  it('dates a saying a short detour before its date (`told the Senate on Tuesday that ... would`)', () => {
    expect(events('The minister told the Senate on Tuesday that the bill would pass.', '2025-06-12')).toEqual(['2025-06-10 The minister said the bill would pass']);
  });
});

describe('prepositions before dates, attributions and rankings', () => {
  const events = (text: string, documentDate: string) => extractTimeline(text, { documentDate }).events.map((e) => `${e.start} ${e.title}`);

  it('reads `Since` or `After` before a date at the start of a sentence as a preposition', () => {
    expect(events('Since the 1980s the lake has lost a third of its water.', '2026-04-22')).toEqual(['198 The lake has lost a third of its water']);
    expect(events('After 2010 the mine closed.', '2026-04-22')).toEqual(['2010 The mine closed']);
  });

  it('reads `, according to a report published on Tuesday` as when the happening was reported', () => {
    const e = extractTimeline('Sales fell 3% in 2025, according to a survey published on Tuesday.', { documentDate: '2026-04-22' }).events;
    expect(e.map((x) => [x.start, x.title, x.reportedOn])).toEqual([['2025', 'Sales fell 3%', '2026-04-21']]);
  });

  it('reads `since` after a possessive ordinal as a baseline, and a participle set off by a comma as past', () => {
    expect(events("It was the club's first away win since 2015.", '2025-10-13')).toEqual([]);
    expect(events('The striker, signed on Tuesday after an injury, scored twice.', '2025-10-13').map((x) => x.slice(0, 10))).toEqual(['2025-10-07']);
  });

  it('keeps a year before a name in the title and reads a date after a ranking as its baseline', () => {
    expect(events('Ministers signed up in the 2019 Lisbon charter to cut emissions.', '2026-04-22')).toEqual(['2019 Ministers signed up in the 2019 Lisbon charter to cut emissions']);
    expect(events('Exports fell in 2025, the third-worst year after 2009.', '2026-04-22').map((x) => x.slice(0, 4))).toEqual(['2025']);
  });
});

describe('market reports: datelines without a comma, levels last seen, restated days', () => {
  const events = (text: string, documentDate: string) => extractTimeline(text, { documentDate }).events.map((e) => `${e.start} ${e.title}`);

  it('drops a dateline with no comma (`NEW YORK —`, `LONDON (Reuters) -`) from the title', () => {
    expect(events('Oil slips\n\nLONDON (Reuters) - Oil prices fell on Tuesday.', '2025-11-20')).toEqual(['2025-11-18 Oil prices fell']);
  });

  it('reads `a level last seen in July 2007` as a baseline and `, the day after Thanksgiving` as a restatement', () => {
    expect(events('The yield rose to 5% on Monday, a level last seen in July 2007.', '2025-11-20')).toEqual(['2025-11-17 The yield rose to 5%']);
    expect(events('Shops will open on Friday, Nov. 28, the day after Thanksgiving.', '2025-11-20')).toEqual(['2025-11-28 Shops will open']);
  });
});

describe('datelines and zone names', () => {
  const events = (text: string) => extractTimeline(text).events.map((e) => `${e.start} ${e.title}`);

  it('reads a dateline with a state part and joins a clock time with a written-out zone and its day', () => {
    expect(events('Ferry link returns\n\nPORTLAND, Maine, 2026-05-04 — The ferry service resumes at 8 a.m. Eastern on May 11.'))
      .toEqual(['2026-05-11T08:00-04:00 The ferry service resumes']);
  });
});


describe('titles and roles found on a memoir, a review and a travel story (round 14)', () => {
  const events = (text: string, documentDate = '2026-11-20'): string[] => extractTimeline(text, { documentDate }).events.map((e) => `${e.start} ${e.title}`);

  it('keeps a time that is the object of `spent` (through `most of`) in the title', () => {
    expect(events('The painter spent most of 1998 travelling in Peru.')).toEqual(['1998 The painter spent most of 1998 travelling in Peru']);
    expect(events('The crew spent the winter of 2021 on the ice.')).toEqual(['2021-WI The crew spent the winter of 2021 on the ice']);
  });

  it('drops `on a` with an indefinite weekday: no `on a` is left in the title', () => {
    expect(events('She retired on a Friday in June 2011, after forty years at the mill.')).toEqual(['2011-06 She retired after forty years at the mill']);
  });

  it('reads a date whose possessive owns a record or total as a comparison baseline, not an event', () => {
    expect(events('Turnout on Sunday beat last year\'s record by 4,000.')).toEqual(['2026-11-15 Turnout beat last year\'s record']);
  });

  it('titles the clause after `, and two years later` with its own words', () => {
    expect(events('In 1990 the family bought a farm, and two years later they opened a dairy.', '2026-05-01'))
      .toEqual(['1990 The family bought a farm', '1992 They opened a dairy']);
  });
});

describe('titles found on a court live page, a politics story and a biography (round 14)', () => {
  const events = (text: string, documentDate = '2026-10-15'): string[] => extractTimeline(text, { documentDate }).events.map((e) => `${e.start} ${e.title}`);

  it('leaves the hearer of `told` out of what was said (`told MPs the government would ...`)', () => {
    expect(events('The minister told peers the scheme would open in the spring.')).toEqual(['2027-SP The scheme would open']);
  });
  it('reads `point out that` as the verb and its particle', () => {
    expect(events('Critics point out that the council sold the site in 2019.')).toEqual(['2019 Critics point out that the council sold the site']);
  });
  it('skips every adverbial set off by commas before the subject, and `of that year` holds no clause word', () => {
    expect(events('In 1871, at the age of 30, she opened a school in Leeds.')).toEqual(['1871 She opened a school in Leeds']);
    expect(events('She moved to Paris in 1880. On 2 May of that year she exhibited a painting, a view of the Seine.'))
      .toEqual(['1880 She moved to Paris', '1880-05-02 She exhibited a painting, a view of the Seine']);
  });
  it('dates the main clause from a date in a verbless phrase opened by `after` (`After the war, in 1946, ...`)', () => {
    expect(events('After the flood, in 1953, the town built a sea wall.')).toEqual(['1953 The town built a sea wall']);
  });
});

describe('a day told from a story date that names no day (round 14)', () => {
  it('dates its happening in that period, not on an invented first day of the month', () => {
    const text = 'The crossing\n\nWe sailed from Oban on a windy Monday in May 1998. That evening the wind rose. The next morning we turned back.';
    expect(extractTimeline(text).events.map((e) => `${e.start} ${e.title}`))
      .toEqual(['1998-05 We sailed from Oban', '1998-05 The wind rose', '1998-05 We turned back']);
  });
  it('leaves the period once the text came back to the present (`Now ...`): the later day has no date of its own', () => {
    const text = 'The orchard\n\nThe frost took the blossom in April 2011. "Now we cover the trees."\n\nAnna was ten then. She picked the last apples on the Sunday afternoon.';
    expect(extractTimeline(text, { documentDate: '2022-01-07' }).events.map((e) => `${e.start} ${e.title}`))
      .toEqual(['2011-04 The frost took the blossom']);
  });
});

describe('a story date that names only a month, counted on by weeks; hedged years ago', () => {
  it('dates a happening six weeks on from a month in the month it reaches', () => {
    const text = 'The yard\n\nOn a cold Monday in November 1962 the order came. Six weeks later the last hull left the slip.';
    expect(extractTimeline(text).events.map((e) => `${e.start} ${e.title}`))
      .toEqual(['1962-11 The order came', '1962-12 The last hull left the slip']);
  });
  it('keeps the happening of a hedged count of years ago (`about 9,000 years ago`): it still names its year', () => {
    const tl = extractTimeline('The lake drained about 9,000 years ago.', { documentDate: '2024-05-01' });
    expect(tl.events.map((e) => `${e.start} ${e.title}`)).toEqual(['BC6977 The lake drained']);
    // A hedged count of days stays no date of its own.
    expect(extractTimeline('The lake drained a few days ago.', { documentDate: '2024-05-01' }).events).toEqual([]);
  });
});

describe('titles: coordinated verbs after a `when` clause, indefinite days, gerunds and numbers set off by commas', () => {
  const titles = (text: string, documentDate?: string) => extractTimeline(text, documentDate ? { documentDate } : {}).events.map((e) => `${e.start} ${e.title}`);
  it('gives a verb coordinated after a `when` clause the subject of the clause the `when` clause hangs on', () => {
    expect(titles('He sold the farm when his father died in 1970, and bought a boat in 1972.'))
      .toEqual(['1970 His father died', '1972 He bought a boat']);
    expect(titles('She moved to Hull when the mill shut in 1931 and opened a bakery in 1934.'))
      .toEqual(['1931 The mill shut', '1934 She opened a bakery']);
  });
  it('cuts an indefinite `one` with its day or season', () => {
    expect(titles('One Tuesday in May 1940, the whole street left for the coast.')).toEqual(['1940-05 The whole street left for the coast']);
    expect(titles('One winter, in 1947, the harbour froze.')).toEqual(['1947 The harbour froze']);
  });
  it('keeps the -ing form that completes a bare verb of phase (`will start selling`)', () => {
    expect(titles('Dealers will start selling the new model on March 2.', '2026-02-10')).toEqual(['2026-03-02 Dealers will start selling the new model']);
  });
  it('drops a number set off by commas and never the verb after it', () => {
    expect(titles('The help line, 0800 555 0199, closed on Friday.', '2026-02-10')).toEqual(['2026-02-06 The help line closed']);
  });
});

describe('a biography\'s life dates in brackets', () => {
  const titles = (text: string) => extractTimeline(text).events.map((e) => `${e.start}${e.end ? ` ${e.end}` : ''} ${e.title}`);
  it('date a birth or a death told without a date of its own', () => {
    expect(titles('Margit Olsen (3 April 1902 – 19 May 1977) was a Danish architect. Olsen was born in Aarhus. She built her first house in 1931. She died in Copenhagen after a short illness.'))
      .toEqual(['1902-04-03 1977-05-19 Margit Olsen was a Danish architect', '1902-04-03 Olsen was born in Aarhus', '1931 She built her first house', '1977-05-19 She died in Copenhagen after a short illness']);
    expect(titles('Piet van Loon (born 1961) is a Dutch cyclist. He was born in Delft.')).toEqual(['1961 Piet van Loon was born', '1961 He was born in Delft']);
  });
  it('leaves a death of someone else, and brackets that are no life dates, alone', () => {
    expect(titles('Margit Olsen (1902–1977) was a Danish architect. Her partner died young.')).toEqual(['1902 1977 Margit Olsen was a Danish architect']);
    expect(titles('The bridge (completed in 1932) was painted red. He died there.')).toEqual(['1932 The bridge was painted red']);
  });
});

describe('a verb in -s coordinated with another', () => {
  it('opens a clause of its own that shares the subject (`leaves ... and returns eight days later`)', () => {
    const tl = extractTimeline('The convoy leaves Dover on 3 May and returns ten days later.', { documentDate: '2026-02-10' });
    expect(tl.events.map((e) => `${e.start} ${e.title}`)).toEqual(['2026-05-03 The convoy leaves Dover', '2026-05-13 The convoy returns']);
  });
});

describe('an adverb of sequence before a coordinated verb', () => {
  it('still opens a clause of its own (`and then travels`, `and later became`)', () => {
    const titles = (text: string) => extractTimeline(text, { documentDate: '2025-10-10' }).events.map((e) => `${e.start} ${e.title}`);
    expect(titles('The show closes on 4 January, and then moves to Leeds in the spring.')).toEqual(['2026-01-04 The show closes', '2026-SP The show then moves to Leeds']);
    expect(titles('She joined the bank in 2008 and later became its chair in 2020.')).toEqual(['2008 She joined the bank', '2020 She later became its chair']);
  });
});

describe('a verb coordinated inside a relative aside', () => {
  it('opens its own clause with the relative\'s subject (`, who joined ... in 2019 and became CEO in 2022,`)', () => {
    const tl = extractTimeline('Okoro, who joined the board in 2017 and became chair in March 2021, said profits rose.', { documentDate: '2025-08-07' });
    expect(tl.events.map((e) => `${e.start} ${e.title}`)).toEqual(['2017 Okoro joined the board', '2021-03 Okoro became chair']);
  });
});
