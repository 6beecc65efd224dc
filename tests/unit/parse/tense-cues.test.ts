// Tense cues that pick the year or week of a date without one, found on fresh news text.
import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/parse/index.js';

const valueOf = (text: string, phrase: string, documentDate: string): string | undefined =>
  tagTimexes(text, { documentDate }).find((t) => t.text === phrase)?.value;

describe('tense of the clause around a date', () => {
  it('reads a past form after a modal and its verb as describing a noun (`will flood low-lying fields`, `could reach stranded cars`)', () => {
    // Published Monday 2026-11-23.
    expect(valueOf('Storms will flood neglected fields on Thursday.', 'Thursday', '2026-11-23')).toBe('2026-11-26');
    expect(valueOf('Rescuers could reach stranded hikers by Friday.', 'Friday', '2026-11-23')).toBe('2026-11-27');
    expect(valueOf('In May we voted.', 'May', '2026-11-23')).toBe('2026-05');
  });
  it('reads an -ed word after a preposition as an adjective (`to exposed coasts`), and `expect` as looking ahead', () => {
    // Published Monday 2026-11-23.
    expect(valueOf('Forecasters expect snow on Wednesday, bringing drifts to sheltered valleys.', 'Wednesday', '2026-11-23')).toBe('2026-11-25');
  });
  it('reads `a scheduled` or `the expected` before a noun as an adjective, not a plan', () => {
    // Published 2026-06-18: the inspection was in the past.
    expect(valueOf('The pump failed during a scheduled inspection on 12 March.', '12 March', '2026-06-18')).toBe('2026-03-12');
  });
  it('reads a day that is the subject of `could be` or `may be` as foretold', () => {
    // Published Monday 2026-11-23.
    expect(valueOf('Saturday could be the wettest day of the month.', 'Saturday', '2026-11-23')).toBe('2026-11-28');
    expect(valueOf('Officials said the blaze on Saturday could be arson.', 'Saturday', '2026-11-23')).toBe('2026-11-21');
  });
  it('reads a bare `end` after a plural subject or a relative pronoun as the scheduled present', () => {
    // Published Friday 2013-06-14: the mourning ends tomorrow, whatever the tense of the clause it hangs on.
    expect(valueOf('She called four days of prayer, which end on Saturday.', 'Saturday', '2013-06-14')).toBe('2013-06-15');
    expect(valueOf('The hearings end on Tuesday.', 'Tuesday', '2013-06-14')).toBe('2013-06-18');
    expect(valueOf('At the end on Tuesday, the crowd left.', 'Tuesday', '2013-06-14')).toBe('2013-06-11');
  });
  it('reads `would have` before an object as the future (`would have an operation`), not the perfect', () => {
    // Published Monday 2013-11-18.
    expect(valueOf('The coach said the keeper would have a scan on Wednesday.', 'Wednesday', '2013-11-18')).toBe('2013-11-20');
  });
  it('reads a fixture in the present (`hosts`, `visit`) as scheduled', () => {
    // Published Monday 2013-11-18.
    expect(valueOf('Lyon hosts Nantes on Saturday.', 'Saturday', '2013-11-18')).toBe('2013-11-23');
    expect(valueOf('The Hawks visit Dallas on Sunday.', 'Sunday', '2013-11-18')).toBe('2013-11-24');
  });
  it('takes no tense from `for next year` that names what a noun is for', () => {
    // Published Thursday 1989-11-02: the forecast was cut last Tuesday.
    expect(valueOf('He trimmed his forecast for next year to 3% on Tuesday.', 'Tuesday', '1989-11-02')).toBe('1989-10-31');
  });
  it('reads an -ed word after a relative pronoun as the clause\'s verb (`which ended on Friday`), but not before `to`', () => {
    // Published Tuesday 2026-09-08: the dig ended last Friday.
    expect(valueOf('The six-week dig, which ended on Friday, found a hearth.', 'Friday', '2026-09-08')).toBe('2026-09-04');
  });
  it('reads `plan` as a noun unless `to` follows (`a repair plan on Monday`, not `plans to`)', () => {
    // Published Wednesday 2025-10-15: the vote on the plan was last Monday.
    expect(valueOf('Governors backed a new housing plan on Monday.', 'Monday', '2025-10-15')).toBe('2025-10-13');
    expect(valueOf('The firm plans to list its shares on Monday.', 'Monday', '2025-10-15')).toBe('2025-10-20');
  });

  it('stops at a subordinate clause that follows the date without a comma: it has its own tense', () => {
    // Published Tuesday 2026-02-10: the works are ahead, the approval behind.
    const text = 'The road will close from the autumn after the board approved the works on Monday evening.';
    expect(valueOf(text, 'the autumn', '2026-02-10')).toBe('2026-FA');
    expect(valueOf(text, 'Monday evening', '2026-02-10')).toBe('2026-02-09TEV');
    // With a comma the clause after it does not cut the date's own: `On Friday, before the vote, she resigned`.
    expect(valueOf('On Friday, before the vote, she resigned.', 'Friday', '2026-02-10')).toBe('2026-02-06');
  });

  it('reads a timeline entry told in the present (a line opening with its date and a dash) as looking back', () => {
    // Published Friday 2025-11-28.
    expect(valueOf('Key dates\n\n29 September – The first walkout begins.', '29 September', '2025-11-28')).toBe('2025-09-29');
    expect(valueOf('Key dates\n\nMonday: Ministers appoint a mediator.', 'Monday', '2025-11-28')).toBe('2025-11-24');
    // ... unless the entry says it lies ahead.
    expect(valueOf('Key dates\n\n2 December – Talks will resume.', '2 December', '2025-11-28')).toBe('2025-12-02');
  });

  it('does not read a capitalized word inside a sentence as a verb (`the Met Office said`)', () => {
    // Published Thursday 2025-01-16: the warning runs until the coming Saturday.
    expect(valueOf('A warning is in force until Saturday, the Met Office said.', 'Saturday', '2025-01-16')).toBe('2025-01-18');
  });

  it('stops at a coordinated verb after the date, and reads a directive\'s infinitive as looking ahead', () => {
    const text = 'Rail firms have cancelled trains for Friday and warned passengers to check before travelling over the weekend.';
    expect(valueOf(text, 'Friday', '2025-01-16')).toBe('2025-01-17');
    expect(valueOf(text, 'the weekend', '2025-01-16')).toBe('2025-W03-WE');
  });

  it('reads a present perfect with an adverb inside (`has since issued`) as a perfect, and `as planned` as no verb', () => {
    // Published Thursday 2025-09-18: the warning is for the coming weekend.
    expect(valueOf('The agency has since issued a warning for rain from Friday evening until Sunday.', 'Sunday', '2025-09-18')).toBe('2025-09-21');
    // Published Wednesday 2025-10-22.
    expect(valueOf('If the truce holds and the talks run from Thursday to Saturday as planned, a second round may follow.', 'Saturday', '2025-10-22')).toBe('2025-10-25');
    // Published 2025-08-07: `sooner than expected` does not make the plant's opening a plan.
    expect(valueOf('A new plant opened in April, sooner than expected.', 'April', '2025-08-07')).toBe('2025-04');
  });

  it('does not give a bare month the year of a relative clause set off by commas before it', () => {
    expect(valueOf('Bream, who joined the firm in 2016, pleaded not guilty in May.', 'May', '2024-11-13')).toBe('2024-05');
    expect(valueOf('The firm moved to Leeds in 2016 and opened a plant in May.', 'May', '2024-11-13')).toBe('2016-05');
  });

  it('reads `last`/`next` of a season under way as the one before or after it', () => {
    expect(valueOf('Plans fell through last summer.', 'last summer', '2024-07-30')).toBe('2023-SU');
    expect(valueOf('It opens next winter.', 'next winter', '2025-01-20')).toBe('2025-WI');
    expect(valueOf('Plans fell through last summer.', 'last summer', '2024-10-15')).toBe('2024-SU');
  });

  it('counts a decade from an early year as a three-digit value, and `a decade later` as ten years', () => {
    expect(tagTimexes('The fort was built in AD 43. The following decade it burned.', { documentDate: '2024-05-20' }).map((t) => t.value)).toEqual(['0043', '005']);
    expect(tagTimexes('The fort was built in AD 43. A decade later it burned.', { documentDate: '2024-05-20' }).map((t) => t.value)).toEqual(['0043', '0053']);
    expect(tagTimexes('The line opened in 1990. Two decades later it closed.', { documentDate: '2024-05-20' }).map((t) => t.value)).toEqual(['1990', '2010']);
  });

  it('gives a relative clause set off by commas its own tense (`Ruiz, who took over in March, will speak`)', () => {
    expect(tagTimexes('The coach, who arrived in March, will leave on 2 June.', { documentDate: '2025-10-27' }).map((t) => t.value)).toEqual(['2025-03', '2026-06-02']);
    expect(tagTimexes('The plant, which will open in March, was built in May.', { documentDate: '2025-10-27' }).map((t) => t.value)).toEqual(['2026-03', '2025-05']);
  });

  it('reads a present-tense verb such as `seeks` as looking ahead (not back a year)', () => {
    expect(valueOf('The lawsuit seeks a new map before the Nov. 5 general election.', 'Nov. 5', '2024-03-06')).toBe('2024-11-05');
  });

  it('dates the saying when a reporting verb sits right before the weekday, despite a later `would`', () => {
    expect(valueOf('Republican leaders said Tuesday they would appeal any ruling.', 'Tuesday', '2024-03-06')).toBe('2024-03-05');
    expect(valueOf('The company said on Monday it will cut jobs.', 'Monday', '2024-03-06')).toBe('2024-03-04');
  });

  it('reads a deadline after an infinitive as ahead of the past-tense verb that ordered it', () => {
    expect(valueOf('The judge ordered both sides to file briefs by 5 p.m. Friday.', '5 p.m. Friday', '2024-03-06')).toBe('2024-03-08T17:00');
  });

  it('does not read a participle with its agent after a noun (a reduced relative) as the past verb', () => {
    expect(valueOf('The airline will add flights by August to reach towns untouched by the storm.', 'August', '2024-02-13')).toBe('2024-08');
    expect(valueOf('Ministers closed the border by the end of August.', 'the end of August', '2024-02-13')).toBe('2023-08');
  });

  it('does not read an infinitive of result or purpose as future', () => {
    expect(valueOf('Mbeki scored in the 94th minute to beat Hartley on Saturday night.', 'Saturday night', '2024-04-14')).toBe('2024-04-13TNI');
    expect(valueOf('Negotiators worked late into Thursday night to settle the clause.', 'Thursday night', '2023-03-03')).toBe('2023-03-02TNI');
  });

  it('reads the scheduled present (`go on sale`) and ignores a participle after a comma', () => {
    expect(valueOf('Tickets go on sale at 9 a.m. on Tuesday, priced from 45 pounds, the FA said.', '9 a.m. on Tuesday', '2024-04-14')).toBe('2024-04-16T09:00');
    expect(valueOf('The trial begins Tuesday, officials said.', 'Tuesday', '2024-04-14')).toBe('2024-04-16');
    expect(valueOf('At 10:30 on Sunday, witnesses said.', '10:30 on Sunday', '2022-01-07')).toBe('2022-01-02T10:30');
  });
});

describe('a month after a year in the same sentence', () => {
  it('keeps that year whatever the tense', () => {
    expect(valueOf('The firm was founded in 2011 and listed in October.', 'October', '2024-04-14')).toBe('2011-10');
  });

  it('counts `since October` up to the publication date instead', () => {
    expect(valueOf('Hartley, who lost in the semifinals in 2022, had not conceded four goals since October.', 'October', '2024-04-14')).toBe('2023-10');
  });
});

describe('unit-long adjectives', () => {
  it.each([
    ['a decade-long study', 'decade-long', 'P10Y'],
    ['a month-long strike', 'month-long', 'P1M'],
    ['the year-long review', 'year-long', 'P1Y'],
  ])('%s -> %s = %s', (text, phrase, value) => {
    expect(valueOf(text, phrase, '2024-04-14')).toBe(value);
  });
});

describe('the scheduled present', () => {
  it('reads `begins in October` said in November as next October', () => {
    expect(valueOf('The court will hear arguments in its next term, which begins in October.', 'October', '2024-11-18')).toBe('2025-10');
  });
});

describe('tense cues around plans and participles', () => {
  it('reads a plan in the past perfect (`had been due to expire`, `had been scheduled to`) as past', () => {
    expect(valueOf('The permit had been due to lapse Friday evening.', 'Friday evening', '2025-03-10')).toBe('2025-03-07TEV');
    expect(valueOf('The vote had been scheduled to take place on Thursday.', 'Thursday', '2025-03-10')).toBe('2025-03-06');
  });
  it('reads `the plan` and `announced plans` as nouns, not as a future cue', () => {
    expect(valueOf('The council approved the plan May 3.', 'May 3', '2025-06-10')).toBe('2025-05-03');
    expect(valueOf('In April, the firm unveiled plans to expand.', 'April', '2025-06-10')).toBe('2025-04');
  });
  it('reads an -ed word after a determiner as an adjective, not a past verb', () => {
    expect(valueOf('The bonus would be paid on a still undisclosed date in March.', 'March', '2025-06-10')).toBe('2026-03');
  });
  it('looks ahead after `effective` and back after a participle set off by a comma', () => {
    expect(valueOf('The firm also named a new finance chief, effective Jan. 2.', 'Jan. 2', '2025-11-20')).toBe('2026-01-02');
    expect(valueOf('Under the deal, announced Friday, holders would receive cash.', 'Friday', '2025-11-24')).toBe('2025-11-21');
  });
});

describe('a saying with its hearers before the date', () => {
  it('dates the saying in `told reporters Tuesday that ...`', () => {
    expect(valueOf('The minister told reporters Tuesday that his delegation would arrive.', 'Tuesday', '2025-10-22')).toBe('2025-10-21');
  });
});

describe('participles used as adjectives after an adverb', () => {
  it('reads `is running but fully booked until Saturday` as looking ahead', () => {
    expect(valueOf('The service is running but fully booked until Saturday.', 'Saturday', '2025-06-12')).toBe('2025-06-14');
  });
});

describe('bounds and clock times', () => {
  it('reads `through`/`until` a weekday as ahead unless the clause is past', () => {
    expect(valueOf('The strike runs through Monday.', 'Monday', '2022-01-05')).toBe('2022-01-10');
    expect(valueOf('The strike ran through Monday.', 'Monday', '2022-01-05')).toBe('2022-01-03');
  });
  it('gives a clock time the day its sentence has named', () => {
    expect(valueOf('On Tuesday the meeting started at 9 a.m. and ended at noon.', '9 a.m.', '2022-01-05')).toBe('2022-01-04T09:00');
    expect(valueOf('The meeting started at 9 a.m.', '9 a.m.', '2022-01-05')).toBe('2022-01-05T09:00');
  });
});

describe('a future told from a past date (`would`)', () => {
  // Published Friday 2026-11-13.
  const doc = '2026-11-13';
  it('puts a bare season or month on or after the earlier date its sentence names', () => {
    expect(valueOf('"Twelve months ago we were assured the pool would reopen by the summer," one swimmer said.', 'the summer', doc)).toBe('2026-SU');
    expect(valueOf('In March the trust said the pool would reopen by the summer.', 'the summer', doc)).toBe('2026-SU');
    expect(valueOf('In 2023 the club promised the new stand would be ready in August.', 'August', doc)).toBe('2023-08');
    expect(valueOf('This time last year the builders insisted the roof would be on by the spring.', 'the spring', doc)).toBe('2026-SP');
  });
  it('keeps the publication date as the clock when the sentence names no earlier date, or a later one', () => {
    expect(valueOf('The builders said the roof would be on by the spring.', 'the spring', doc)).toBe('2027-SP');
    expect(valueOf('On Monday the builders said the roof would be on by June.', 'June', doc)).toBe('2027-06');
  });
});

describe('a date that opens its sentence before a reporting verb', () => {
  // Published Friday 2026-11-13.
  it('dates the saying, not the future the saying reports', () => {
    expect(valueOf('On Monday the trust said it would close two wards.', 'Monday', '2026-11-13')).toBe('2026-11-09');
    expect(valueOf('In March, the club said it would sell the ground.', 'March', '2026-11-13')).toBe('2026-03');
  });
  it('leaves a date whose own clause looks ahead alone', () => {
    expect(valueOf('On Monday the trust will announce the closures.', 'Monday', '2026-11-13')).toBe('2026-11-16');
  });
});

describe('take effect', () => {
  it('is a scheduled present that looks ahead', () => {
    // Published Thursday 2026-03-19.
    expect(valueOf('The new parking charges take effect on Monday.', 'Monday', '2026-03-19')).toBe('2026-03-23');
    expect(valueOf('The new parking charges took effect on Monday.', 'Monday', '2026-03-19')).toBe('2026-03-16');
  });
});

describe('scheduling and the bare form of a scheduled verb', () => {
  it('gives a date set for later the nearest occurrence, whatever the tense of the setting', () => {
    // Published Wednesday 2024-11-13.
    expect(valueOf('The inquest had been listed for February.', 'February', '2024-11-13')).toBe('2025-02');
    expect(valueOf('The final was scheduled for September.', 'September', '2024-11-13')).toBe('2024-09');
  });
  it('finds the setting verb before a short object (`booked a room for June`), and one set now looks ahead', () => {
    // Published Wednesday 2024-11-13: June and May are both half a year away.
    expect(valueOf('We have booked a cottage for June.', 'June', '2024-11-13')).toBe('2025-06');
    expect(valueOf('The hearing is set for May 2.', 'May 2', '2024-11-13')).toBe('2025-05-02');
    expect(valueOf('The club booked the hall for March.', 'March', '2024-11-13')).toBe('2025-03');
    expect(valueOf('She rented a flat in May.', 'May', '2024-11-13')).toBe('2024-05');
  });
  it('reads `start` after an adjective as a noun, and after a plural subject as a scheduled verb', () => {
    // Published Monday 2025-05-26.
    expect(valueOf('Their dismal start in August was the worst in years.', 'August', '2025-05-26')).toBe('2024-08');
    expect(valueOf('Lessons start in September.', 'September', '2025-05-26')).toBe('2025-09');
  });
});

describe('tense cues found on a legislative story, a review and a study (round 14)', () => {
  it('reads `could`, `may` and `might` before a bare verb as looking ahead, not `could have` or `may not`', () => {
    // Published Thursday 2026-09-24.
    expect(valueOf('The mayor said the council could approve the budget as early as Monday.', 'Monday', '2026-09-24')).toBe('2026-09-28');
    expect(valueOf('Officials said the court may rule on Tuesday.', 'Tuesday', '2026-09-24')).toBe('2026-09-29');
    expect(valueOf('She said the talks could have ended on Monday.', 'Monday', '2026-09-24')).toBe('2026-09-21');
  });

  it('reads `set to` and a bare verb without its auxiliary as a plan (`with rates set to rise in March`)', () => {
    // Published Friday 2026-11-20: a March far ahead, not last March.
    expect(valueOf('Banks cut fees on Monday, with rates set to rise in March.', 'March', '2026-11-20')).toBe('2027-03');
  });

  it('reads `plan` with a plural subject and an object as the verb (`the firms plan a merger in the spring`)', () => {
    // Published 2026-10-05: the spring to come.
    expect(valueOf('The two firms plan a merger in the spring.', 'the spring', '2026-10-05')).toBe('2027-SP');
    expect(valueOf('The spring plan was dropped.', 'spring', '2026-10-05')).toBeUndefined();
  });

  it('reads a verb in -s after he, she or it as the present, which does not look back a year', () => {
    // Published 2026-11-20: `it reopens on 5 January` is the coming January even after a past clause.
    expect(valueOf('The museum closed in October, and it reopens on 5 January.', '5 January', '2026-11-20')).toBe('2027-01-05');
    expect(valueOf('She now lives in Leeds and returns on 4 February.', '4 February', '2026-11-20')).toBe('2027-02-04');
  });

  it('lets a reporting verb right after `on <day>` date the saying, and stops the scan at a `that` clause', () => {
    // Published Thursday 1998-02-12.
    expect(valueOf('The minister on Tuesday said the army may leave the border.', 'Tuesday', '1998-02-12')).toBe('1998-02-10');
    expect(valueOf('He dismissed warnings from the union on Monday that strikes could spread.', 'Monday', '1998-02-12')).toBe('1998-02-09');
  });
});

describe('a bare date in a `when` clause on a period lies in that period', () => {
  it('takes the year that puts it inside the period named just before', () => {
    // Published 2026-11-23: Christmas and a March told inside earlier periods.
    expect(valueOf('Flights were cancelled last winter, when snow fell on Christmas Eve.', 'Christmas Eve', '2026-11-23')).toBe('2025-12-24');
    expect(valueOf('Trade slumped in 2019, when on March 3 the port closed.', 'March 3', '2026-11-23')).toBe('2019-03-03');
    // Without `when`, a day told in the past after the season in its sentence goes on from it (round 21).
    expect(valueOf('Flights were cancelled last winter and snow fell on Christmas Eve.', 'Christmas Eve', '2026-11-23')).toBe('2025-12-24');
  });
});

describe('the saying and the day of the month (round 14, second batch)', () => {
  it('lets `said in a blog post on Tuesday` date the saying, but not `said traffic would stay high through ...`', () => {
    // Published Wednesday 2026-02-11.
    expect(valueOf('Fares will rise in April, the operator said in a press release on Tuesday.', 'Tuesday', '2026-02-11')).toBe('2026-02-10');
    // Published Monday 2026-11-23: the holiday lies ahead of the saying.
    expect(valueOf('Officials said roads would stay busy through Christmas Eve.', 'Christmas Eve', '2026-11-23')).toBe('2026-12-24');
  });

  it('reads `the 15th` before a determiner or a pronoun as a day of the story\'s month, not `the 15th floor`', () => {
    const tag = (text: string) => tagTimexes(text, {}).map((t) => `${t.text}=${t.value}`);
    expect(tag('The siege began on 3 May 1455. On the 9th the walls were breached.')).toEqual(['3 May 1455=1455-05-03', 'the 9th=1455-05-09']);
    expect(tag('In June 1700 he moved to the 15th floor.')).toEqual(['June 1700=1700-06']);
  });
});

describe('an undated text is told wholly on its own clock (round 14)', () => {
  const tag = (text: string) => tagTimexes(text, {}).map((t) => `${t.text}=${t.value}`);

  it('moves bare months forward from the story\'s last month, across the turn of a year', () => {
    expect(tag('The frost came in the winter of 1739-40. The Thames froze in December. By January ships were trapped.'))
      .toEqual(['the winter of 1739-40=1739-WI', 'December=1739-12', 'January=1740-01']);
    // In one sentence, `by January` after `in December` is a later bound: the next January.
    expect(tag('The Thames froze in December 1739, and by January ships were trapped.')).toEqual(['December 1739=1739-12', 'January=1740-01']);
  });

  it('gives no day to a time of day, a weekday or a day counted from a story date that names only a month', () => {
    expect(tag('We sailed from Oban in May 1998. That evening the wind rose, and the next morning we turned back. The ferry ran again on Monday.'))
      .toEqual(['May 1998=1998-05', 'That evening=XXXX-XX-XXTEV', 'the next morning=XXXX-XX-XXTMO', 'Monday=XXXX-WXX-1']);
  });
});

describe('entries, stamps and seasons seen from a past date (round 14, third batch)', () => {
  const tag = (text: string, documentDate?: string) => tagTimexes(text, documentDate ? { documentDate } : {}).map((t) => `${t.text}=${t.value}`);

  it('makes a date alone on its line the today of the text under it (a diary\'s or a live page\'s entries)', () => {
    const diary = 'Saturday 1 May 1897\nA fine day.\n\nTuesday 4 May\nThis morning the ice went out. Yesterday it snowed.';
    expect(tag(diary)).toEqual(['Saturday 1 May 1897=1897-05-01', 'Tuesday 4 May=1897-05-04', 'This morning=1897-05-04TMO', 'Yesterday=1897-05-03']);
    // A list of dates announced by a colon is no entry heading: `today` stays the publication date.
    expect(tag('Strikes will take place on:\nMonday 9 March\nFriday 13 March\nCheck before travelling today.', '2026-03-03').at(-1)).toBe('today=2026-03-03');
  });

  it('does not join a date line and a clock stamp on the next line (a live page\'s first entry)', () => {
    expect(tag('Storm live\n\n4 November 2026\n\n08:10 GMT\nWinds are rising.')).toEqual(['4 November 2026=2026-11-04', '08:10 GMT=2026-11-04T08:10Z']);
  });

  it('keeps a season that holds the past date a future is seen from (`In July ... would pass before the summer recess`)', () => {
    expect(tag('In July the minister promised that the bill would pass before the summer recess.', '2026-10-15')).toEqual(['July=2026-07', 'the summer=2026-SU']);
  });

  it('reads past a comma-set aside between an opening date and its reporting verb', () => {
    expect(tag('On Friday, in a statement, the council said it would close the road.', '2026-10-15')).toEqual(['Friday=2026-10-09']);
  });
});

describe('a recurring year defined by its holder names months of every year (round 14)', () => {
  it('leaves the months of `whose fiscal year runs from April to March` without a year, not `the fiscal year that begins Oct. 1`', () => {
    const tag = (text: string) => tagTimexes(text, { documentDate: '2026-09-24' }).map((t) => `${t.text}=${t.value}`);
    expect(tag('The retailer, whose financial year runs from July to June, cut its forecast.')).toEqual(['July=XXXX-07', 'June=XXXX-06']);
    expect(tag("The brewer's tax year ends on 5 April.")).toEqual(['5 April=XXXX-04-05']);
    expect(tag('Congress must pass the bills for the fiscal year that begins Oct. 1.')).toEqual(['Oct. 1=2026-10-01']);
  });
});

describe('a present verb in a clause of time or condition tells the future', () => {
  it('reads `If it passes on Thursday` and `until it reopens on Monday` ahead', () => {
    // Published Saturday 2026-03-14.
    expect(valueOf('If the motion passes on Thursday, building could start in the autumn.', 'Thursday', '2026-03-14')).toBe('2026-03-19');
    expect(valueOf('The pool stays shut until it reopens on Monday.', 'Monday', '2026-03-14')).toBe('2026-03-16');
    expect(valueOf('Unless the union calls off the strike on Wednesday, trains will not run.', 'Wednesday', '2026-03-14')).toBe('2026-03-18');
  });
  it('leaves a date of the main clause and a preposition\'s date alone', () => {
    // Published Thursday 2026-08-06: advice for walkers, `go in June`, is told of this year's June.
    expect(valueOf('If you are planning the walk, go in June: the campsites fill up.', 'June', '2026-08-06')).toBe('2026-06');
    // `before Friday's purchases` is a preposition; the present `is` comes after the date.
    expect(valueOf('Its share before Friday\'s purchases is far below the leaders\'.', 'Friday', '1989-11-01')).toBe('1989-10-27');
  });
});

describe('a scene told at a time on no known day', () => {
  it('keeps the past times after it on that day, not on the publication day', () => {
    const text = 'It was just after 4 a.m. on a Tuesday in March 2016 when the night shift smelled smoke. Within an hour the roof had fallen in. By dawn, the jobs were gone.';
    expect(valueOf(text, 'dawn', '2026-03-14')).toBe('XXXX-XX-XXTMO');
  });
  it('ends at a day the text tells', () => {
    const text = 'Stalls open at 8 a.m. on Saturdays. On Tuesday police arrived at 9am.';
    expect(valueOf(text, '9am', '2026-03-14')).toBe('2026-03-10T09:00');
  });
});

describe('a month with no verb of its own takes the side of the past date before it in its clause', () => {
  it('reads `to a high in June from $29.75 in March` as the same past', () => {
    // Published 1989-10-30: the nearest March would be 1990's.
    expect(valueOf('The stock rose to a high of $42 a share in June from $29.75 in March.', 'March', '1989-10-30')).toBe('1989-03');
    // Published 2026-09-01: the nearest February would be 2027's.
    expect(valueOf('Shares have swung widely, climbing to a peak of $42 in July from $29 in February.', 'February', '2026-09-01')).toBe('2026-02');
  });
  it('does not when a verb or a comma stands between (another clause)', () => {
    // (TimeBank's wsj_0570: the purchase agreed is to come.)
    const text = 'Milton Roy disclosed in May that it was approached for a possible acquisition by Thermo Electron, which agreed to purchase Milton Roy\'s liquid-chromatography line for $22 million in February.';
    expect(valueOf(text, 'February', '1989-10-30')).toBe('1990-02');
  });
});

describe('`the last` as final', () => {
  it('reads `the last Friday before the holidays` as no date counted from publication, and `last` there as no past', () => {
    const t = tagTimexes('Our party will be on the last Friday before the holidays, 18 December.', { documentDate: '2026-09-10' });
    expect(t.map((x) => `${x.text}=${x.value}`)).toEqual(['last Friday=XXXX-WXX-5', '18 December=2026-12-18']);
    expect(valueOf('The fair will be on the last day before the break, 18 December.', '18 December', '2026-09-10')).toBe('2026-12-18');
  });
  it('keeps `last Friday` after a verb and its object (`saw her last Friday`)', () => {
    expect(valueOf('I saw her last Friday.', 'last Friday', '2026-09-10')).toBe('2026-09-04');
  });
});

describe('a day after a year that opens its sentence', () => {
  it('is of that year when told in the past (`In 2025 the ban came in on 4 August`)', () => {
    expect(valueOf('In 2025 the ban came in on 4 August.', '4 August', '2026-08-18')).toBe('2025-08-04');
  });
  it('is not when the year sits in a clause inside the sentence', () => {
    expect(valueOf('Under a program approved by the company in 1987, Nashua had purchased 481,000 shares through Sept. 29.', 'Sept. 29', '1989-10-30')).toBe('1989-09-29');
  });
});

describe('a bound after a present perfect', () => {
  it('looks ahead: a state set up now lasts until it (`has been declared until 11:59pm on Friday`)', () => {
    // Published Thursday 2026-01-15.
    expect(valueOf('A total fire ban has been declared for the region until 11:59pm on Friday.', '11:59pm on Friday', '2026-01-15')).toBe('2026-01-16T23:59');
    expect(valueOf('The road has been closed until Monday.', 'Monday', '2026-01-15')).toBe('2026-01-19');
  });
  it('keeps a bound told in the past or the past perfect in the past', () => {
    expect(valueOf('The road was closed until Monday.', 'Monday', '2026-01-15')).toBe('2026-01-12');
    expect(valueOf('The road had been closed until Monday.', 'Monday', '2026-01-15')).toBe('2026-01-12');
  });
});
