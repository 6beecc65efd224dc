// Headline titles: subject + verb + complement, no attribution or asides, at most 70 characters, never cut with "…".
import { describe, expect, it } from 'vitest';
import { extractTimeline } from '../../../src/events/index.js';
import { dropRoleWords, fitTitle } from '../../../src/events/headline.js';

const titles = (text: string, documentDate = '2022-01-07'): string[] => extractTimeline(text, { documentDate }).events.map((e) => e.title);

describe('dropRoleWords', () => {
  it('keeps the name after role and nationality words', () => {
    expect(dropRoleWords('Kazakh President Kassym-Jomart Tokayev')).toBe('Kassym-Jomart Tokayev');
    expect(dropRoleWords('Chinese Foreign Ministry spokesperson Wang Wenbin')).toBe('Wang Wenbin');
    expect(dropRoleWords('Secretary of State James Baker')).toBe('James Baker');
  });
  it('leaves a subject without a name alone', () => {
    expect(dropRoleWords('The president')).toBe('The president');
    expect(dropRoleWords('Police')).toBe('Police');
  });
});

describe('fitTitle', () => {
  it('ends at a phrase boundary within 70 characters, never with an ellipsis or a function word', () => {
    const t = 'Kassym-Jomart Tokayev declared a state of emergency in the Kazakh city of Almaty and the Mangystau Region';
    const fitted = fitTitle(t, 'Kassym-Jomart Tokayev declared'.length);
    expect(fitted.length).toBeLessThanOrEqual(70);
    expect(t.startsWith(fitted)).toBe(true);
    expect(fitted).not.toMatch(/(?:…|\b(?:of|the|in|and|a))$/);
  });
  it('does not cut inside a number or before `of`, nor leave `in connection` or a bare amount of time', () => {
    expect(fitTitle('Over 3,000 people have been detained in Kazakhstan in connection with the riots in the south', 20)).toBe('Over 3,000 people have been detained in Kazakhstan');
    expect(fitTitle('The president called a snap election for June 30, less than two years after the last general vote', 10)).toBe('The president called a snap election for June 30');
    expect(fitTitle('Power has been restored to about 12,000 homes across the county after the storm passed overnight', 20)).toBe('Power has been restored to about 12,000 homes across the county');
  });
});

describe('headline', () => {
  it('is the seed\'s happening in its own words, without the role words, the date or the place of the cut', () => {
    const text = 'Kazakh President Kassym-Jomart Tokayev declared a state of emergency in the Kazakh city of Almaty and the Mangystau Region in southwest Kazakhstan on Wednesday.';
    expect(titles(text)).toEqual(['Kassym-Jomart Tokayev declared a state of emergency']);
  });
  it('drops attribution, asides and a leading subordinate clause', () => {
    expect(titles('Over 3,000 people have been detained, state media reported on Friday, citing a source.')).toEqual(['Over 3,000 people have been detained']);
    expect(titles('Okafor, the chief judge since 2019, ordered a recount on Tuesday.')).toEqual(['Okafor ordered a recount']);
    expect(titles('After talks failed, the envoy left the capital on Tuesday.')).toEqual(['The envoy left the capital']);
  });
  it('restores an elided or pronoun subject', () => {
    expect(titles('The firm broke ground in 2021 and opened the plant in 2023.')).toEqual(['The firm broke ground', 'The firm opened the plant']);
    expect(titles('Acme said on Monday it will cut 300 jobs by the end of the year.')).toEqual(['Acme will cut 300 jobs']);
  });
  it('tells a relative clause as its own happening with the noun it describes', () => {
    expect(titles('The mayor thanked Anna Berg, who retired in 2020.')).toEqual(['Anna Berg retired']);
    expect(titles('The firm sold a plant in Ohio, that it had bought in 2015.', '2024-05-01')).toEqual(['The firm had bought a plant in Ohio']);
  });
  it('lets a date in parentheses date the clause around it', () => {
    const text = 'The Second Punic War (218-201 BC) is best known for the campaign of Hannibal.';
    expect(titles(text)).toEqual(['The Second Punic War is best known for the campaign of Hannibal']);
  });
});

describe('headline repairs', () => {
  it('reads a leading participle phrase (`Led by ...,`) as no subject', () => {
    expect(titles('Led by its oat-based cereal line, General Mills has gained an estimated 2% share so far this year.', '1989-10-27'))
      .toEqual(['General Mills has gained an estimated 2% share']);
  });
  it('keeps a one-word role before a one-word name (`President Tokayev`, `General Mills`)', () => {
    expect(dropRoleWords('President Tokayev')).toBe('President Tokayev');
    expect(dropRoleWords('General Mills')).toBe('General Mills');
  });
  it('lends a verb-first title the subject of the clause before it', () => {
    expect(titles('At a meeting, the holders of the preferred shares on Monday approved the plan.', '1989-10-27')[0]).toMatch(/^The holders of the preferred shares approved the plan$/);
  });
  it('never leaves a quotation mark open after a cut', () => {
    const [t] = titles('"We anticipate that steel market conditions will exhibit a further softening over the next months," the chairman said on Friday.');
    expect((t!.match(/"/g) ?? []).length % 2).toBe(0);
  });
});

describe('title ends', () => {
  it('reads TeX-style quotes as a pair and drops the comma left inside a closing quote', () => {
    expect(titles("President Bush on Wednesday denounced Saddam's ``ruinous policies of war,'' and vowed to hold firm.", '1990-08-16')[0])
      .toBe('President Bush denounced Saddam\'s "ruinous policies of war"');
  });
  it('does not end on a grouped number after a preposition', () => {
    expect(titles('It cut the dividend on Monday due to its third-quarter loss of $992,000.', '1989-10-31')).toEqual(['It cut the dividend due to its third-quarter loss']);
  });
});

describe('titles on scrambled text', () => {
  it('are whole, 3 to 70 characters, and every span is exact, whatever the mix of clause words, dates and marks', () => {
    const parts = ['On Friday, ', 'said ', 'that ', ', who ', ', which ', 'the ', 'Jan. 4, 2022', ' and ', '(', ')', ' -- ', '"', '“', '”', ',', '.', ' ',
      '\n', 'Tokayev', 'declared', 'had been', 'in 2011', 'since 1998', 'a year earlier', 'from $3m', 'Born in Leeds', '10:45 GMT\n', 'ü', '🙂',
      'starting on Monday', 'Led by', 'until at least', "''", '``', '$1,000', 'of', 'New York', 'Mr.', 'U.S.'];
    let seed = 1;
    const rnd = (): number => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let i = 0; i < 400; i++) {
      let text = '';
      for (let k = Math.floor(rnd() * 40); k > 0; k--) text += parts[Math.floor(rnd() * parts.length)];
      for (const e of extractTimeline(text, { documentDate: '2022-01-07' }).events) {
        expect(text.slice(e.span.start, e.span.end)).toBe(e.text);
        expect(e.title.length).toBeGreaterThanOrEqual(3);
        expect(e.title.length).toBeLessThanOrEqual(70);
        expect(e.title).not.toMatch(/…$/);
      }
    }
  });
});

describe('titles on hard sentences', () => {
  it('does not end on a participle whose phrase was cut', () => {
    expect(titles('The chairman of the regional water board, Ian Holt, has issued a long statement describing the closure as "a painful but unavoidable step" on Friday.'))
      .toEqual(['The chairman has issued a long statement describing the closure']);
    expect(titles('The company\'s chief executive, Martin Oakes, who took over in 2019, has issued a statement calling the walkout "deeply regrettable" on Friday.'))
      .toContain('The company\'s chief executive has issued a statement');
  });
  it('cuts the words that join two dates with them', () => {
    expect(titles('The board met the owners on Monday and again on Thursday and agreed a price.'))
      .toEqual(['The board met the owners (1 of 2)', 'The board met the owners (2 of 2)']);
  });
  it('keeps a date that is the subject of its clause', () => {
    expect(titles('Last winter was the wettest on record in the valley.')).toEqual(['Last winter was the wettest on record in the valley']);
  });
  it('does not take the hearer of a saying for its subject', () => {
    expect(titles('A baker in Ryde told us she lost twenty orders on Wednesday.')).toEqual(['A baker in Ryde lost twenty orders']);
  });
});

describe('headline: a quotation whose first words were a date', () => {
  it('keeps the quote mark against the first word left, capitalized', () => {
    const t = titles('"Last week we were told the bridge would reopen," the mayor said.', '2026-11-13');
    expect(t.some((x) => /^"We were told the bridge would reopen/.test(x))).toBe(true);
    expect(t.every((x) => !/^"\s/.test(x))).toBe(true);
  });
});

describe('headline: dates after a verb phrase and hedged dates', () => {
  it('drops a bare date after `take effect` and a date with `shortly before`', () => {
    expect(titles('The new tariffs take effect June 1, officials said.', '2026-03-19')).toEqual(['The new tariffs take effect']);
    expect(titles('Firefighters arrived shortly after 4 a.m. on Saturday.', '2026-03-19')).toEqual(['Firefighters arrived']);
  });
  it('gives a subject relative clause its antecedent, not the main clause\'s subject', () => {
    expect(titles('Police want to trace anyone who saw the van on Friday.', '2026-03-19')).toEqual(['Anyone saw the van']);
  });
});

describe('headline: what a cut date leaves behind', () => {
  it('drops a participle aside left with only its verb, and the second year of a slashed pair', () => {
    expect(titles('The regatta, staged on 4 July 1908, drew 20,000 people.', '2026-03-19')).toEqual(['The regatta drew 20,000 people']);
    const t = extractTimeline('Rovers have not won the league since the 2011/12 season.', { documentDate: '2026-03-19' }).events;
    expect(t.map((e) => [e.start, e.end, e.title])).toEqual([['2011', '2012', 'Rovers have not won the league']]);
  });
});

describe('a date compared with', () => {
  it('is no happening, and leaves the title with its `than` (the whole of the 1980s)', () => {
    const t = extractTimeline('The wet winter of 2014 flooded more homes than the whole of the 1980s.', { documentDate: '2026-04-22' }).events;
    expect(t.map((e) => [e.start, e.title])).toEqual([['2014-WI', 'The wet winter of 2014 flooded more homes']]);
    expect(titles('Sales grew faster in March than in 2019.', '2026-04-22')).toEqual(['Sales grew faster']);
  });
});

describe('dates that are the subject, and ranges into a day', () => {
  it('keeps two joined dates that open the clause before its verb', () => {
    expect(titles('Saturday and Sunday will be the busiest days of the festival.', '2026-10-29')).toEqual(['Saturday and Sunday will be the busiest days of the festival']);
  });
  it('reads `from Friday evening into Sunday morning` as one range', () => {
    const t = extractTimeline('The flood warning runs from Friday evening into Sunday morning.', { documentDate: '2026-10-29' }).events;
    expect(t.map((e) => [e.start, e.end])).toEqual([['2026-10-30TEV', '2026-11-01TMO']]);
  });
});

describe('a long subject shortened to its head noun phrase', () => {
  it('keeps an -ed adjective after a determiner or an adverb, and drops a dangling `shortly`', () => {
    // (The `when` clause after the date is a happening of that day too: when-after-date.test.ts.)
    expect(titles('A refitted lifeboat is expected to return to service on 14 January, when the harbour master has inspected her hull.'))
      .toEqual(['A refitted lifeboat is expected to return to service', 'The harbour master has inspected her hull']);
    expect(titles('The night bus broke down on Wednesday shortly after leaving the depot, and passengers walked home.'))
      .toEqual(['The night bus broke down']);
  });
});

describe('a segue at the head of a title', () => {
  it('drops `Elsewhere` and its kin, with or without the comma a cut date took', () => {
    expect(titles('Elsewhere, the county council closed two libraries on Tuesday.')).toEqual(['The county council closed two libraries']);
    expect(titles('Nevertheless on Monday the union called off the strike.')).toEqual(['The union called off the strike']);
  });
});

describe('amounts in long titles', () => {
  it('keeps `per cent` with its number in the subject, and leaves no `every two` without its noun', () => {
    expect(titles('From 1 April, the 25 per cent single-person discount will be reviewed every two years rather than annually.'))
      .toEqual(['The 25 per cent single-person discount will be reviewed']);
  });

  it('gives a second thing said (`and that it ...`) the one who said it as its subject', () => {
    expect(titles('The Lanford union said it was angry and that it would strike in May.')).toEqual(['The Lanford union would strike']);
  });
});
