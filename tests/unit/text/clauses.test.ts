// The clause layer: clause kinds, subjects (own or inherited), verb groups, asides as holes.
import { describe, expect, it } from 'vitest';
import { clauseAt, clausesOf, type Clause } from '../../../src/text/clauses.js';
import { wordsOf } from '../../../src/text/words.js';

const clauses = (s: string): Clause[] => clausesOf(s, { start: 0, end: s.length });
/** `kind[subject|verb head]` per clause, with `^` before an inherited subject. */
const shape = (s: string): string[] =>
  clauses(s).map((c) => `${c.kind}[${c.subject ? (c.subject.inherited ? '^' : '') + c.subject.text : '-'}|${c.verb?.head ?? '-'}]`);

describe('words', () => {
  it('glues names, possessives, initialisms, amounts and non-ASCII letters into words', () => {
    const words = wordsOf("Kassym-Jomart Tokayev's U.S. aide in Zürich paid $1.6 billion (38%) for 1,000 shares.").map((w) => w.text);
    expect(words).toEqual(['Kassym-Jomart', "Tokayev's", 'U.S.', 'aide', 'in', 'Zürich', 'paid', '$1.6', 'billion', '(', '38%', ')', 'for', '1,000', 'shares', '.']);
  });

  it('reads words of any number of glued tokens, in long texts and one call after another, with their offsets', () => {
    // A word of 1,201 tokens (more than the token window first holds), then many short words (the window moves on).
    const long = Array.from({ length: 601 }, (_, k) => `w${k % 10}`).join('-').replace(/\d/g, 'x');
    const text = `${long} and ${'so on, '.repeat(200)}end.`;
    const words = wordsOf(text);
    expect(words[0]).toMatchObject({ text: long, start: 0, end: long.length, kind: 'word' });
    expect(words.length).toBe(2 + 600 + 2);
    expect(words.slice(-3).map((w) => w.text)).toEqual([',', 'end', '.']);
    for (const w of words) expect(text.slice(w.start, w.end)).toBe(w.text);
    // A later call reads its own text, not what the last one left in the window.
    expect(wordsOf('Mr. Smith left.', 4).map((w) => w.text)).toEqual(['Smith', 'left', '.']);
  });
});

describe('clausesOf', () => {
  it('splits what was said from the saying, with its own subject and tense', () => {
    const s = 'The ministry said on Monday that talks would resume on Thursday.';
    expect(shape(s)).toEqual(['main[The ministry|said]', 'reported[talks|resume]']);
    expect(clauses(s)[1]!.verb).toMatchObject({ tense: 'future', modal: true, negated: false });
    expect(clauses(s)[1]!.lead).toBe('that');
  });

  it('reads `before` or `after` that ends a time noun as an adverb (`the season before and lost`), not a subordinator', () => {
    expect(shape('They had won the year before and lost their captain in May.')).toEqual(['main[They|won]', 'coordinated[^They|lost]']);
  });

  it('reads an opening `Two days later` as a time phrase, not a subject and a verb', () => {
    expect(shape('Two days later a relief column reached the fort but was ambushed at dusk.'))
      .toEqual(['main[Two days later a relief column|reached]', 'coordinated[^Two days later a relief column|ambushed]']);
  });

  it('opens a second thing said at `and that` before a subject and its verb', () => {
    expect(shape('The union said it was angry and that it would strike in May.'))
      .toEqual(['main[The union|said]', 'reported[it|was]', 'coordinated[it|strike]']);
  });

  it('does not break a clause at the colon of a clock time, and opens one at `, and` before a one-word subject and its verb', () => {
    expect(shape('The bridge, near the old mill, closed at 04:15 on Friday.')).toEqual(['main[The bridge, near the old mill,|closed]']);
    expect(shape('The road will reopen next week, and residents have been told to wait.')).toEqual(['main[The road|reopen]', 'coordinated[residents|told]']);
  });

  it('finds a reported clause whose subject holds a prepositional phrase, but not an object before a participle', () => {
    expect(shape('The firm said net income for its fiscal first quarter rose 12%.')).toEqual(['main[The firm|said]', 'reported[net income for its fiscal first quarter|rose]']);
    expect(shape('The firm reported a loss of $3 million for the quarter ended Aug. 31.')).toEqual(['main[The firm|reported]']);
  });

  it('reads a present verb in -s after a singular noun phrase that opens the sentence (`The harbour market opens`)', () => {
    expect(shape('The harbour market opens for the season on Saturday, and will run every weekend.')).toEqual(['main[The harbour market|opens]', 'coordinated[^The harbour market|run]']);
    expect(shape('The chief officers of the ship arrived on Monday.')).toEqual(['main[The chief officers of the ship|arrived]']);
  });
  it('reads a present verb in -s before a number in words, after an opening time phrase with `the` or an aside (`By the early 1980s, though, the shop employs six people`)', () => {
    expect(shape('In 1982 the shop hires six people, and in 1988 he buys the building.')).toEqual(['main[the shop|hires]', 'coordinated[he|buys]']);
    expect(shape('By the early 1980s, though, the shop employs six people, and in 1988 he buys the building.')).toEqual(['main[the shop|employs]', 'coordinated[he|buys]']);
    // (Not after a phrase that names no time: no verb is read there.)
    expect(shape('In the city centre the market opens six stalls.')).toEqual(['main[-|-]']);
  });
  it('reads a present verb in -s after the subject of an object relative (`which a local press publishes in 2015`)', () => {
    expect(shape('She wrote a memoir, which a local press publishes in 2015.').map((c) => c.split('|')[1])).toEqual(['wrote]', 'publishes]']);
  });
  it('finds a reported clause without `that`, after a bounded detour (`told reporters Tuesday`)', () => {
    expect(shape('The coach told reporters on Tuesday the squad had recovered.')).toEqual(['main[The coach|told]', 'reported[the squad|recovered]']);
  });

  it('gives a relative aside the name it describes as subject, and keeps the main subject around it', () => {
    const s = 'Lenz, who took over in 2021, said the company would hold an investor day.';
    expect(shape(s)).toEqual(['main[Lenz|said]', 'reported[the company|hold]', 'relative[^Lenz|took]']);
    expect(clauses(s)[0]!.holes.map((h) => s.slice(h.start, h.end))).toEqual([', who took over in 2021,']);
  });

  it('reads a relative pronoun with no comma after a noun (`a pause that followed`) as an aside', () => {
    const s = 'Talks resumed after a long pause that followed the collapse of an earlier round.';
    const relative = clauses(s).find((c) => c.kind === 'relative')!;
    expect(relative.antecedent).toBe('a long pause');
    expect(relative.verb?.head).toBe('followed');
  });

  it('opens with a subordinate clause, then the main clause after its comma', () => {
    expect(shape('After the talks failed, the envoy left the capital.')).toEqual(['subordinate[the talks|failed]', 'main[the envoy|left]']);
  });

  it('lets a coordinated verb and a participial clause inherit the subject', () => {
    expect(shape('The firm broke ground in 2022 and had planned to open a plant.')).toEqual(['main[The firm|broke]', 'coordinated[^The firm|planned]']);
    expect(shape('The council approved the line, ending a long debate.')).toEqual(['main[The council|approved]', 'participial[^The council|-]']);
  });

  it('marks a short trailing saying as attribution', () => {
    expect(shape('Over 3,000 people have been detained, state media reported on Friday.')).toEqual(['main[Over 3,000 people|detained]', 'attribution[state media|reported]']);
  });

  it('skips a leading adverbial and an appositive to find the subject', () => {
    expect(shape('On Friday, the minister resigned.')).toEqual(['main[the minister|resigned]']);
    expect(shape("Okafor, the court's chief judge, ordered a recount.")).toEqual(['main[Okafor|ordered]', 'appositive[-|-]']);
    expect(shape('In response to questions on what the bloc could do, a spokesman said it would help.')[0]).toBe('main[a spokesman|said]');
  });

  it('takes a participle after a noun and before a phrase as describing the noun (`a statement released by`)', () => {
    expect(shape('A statement released by the bank on Thursday said rates would rise.')).toEqual(['main[A statement released by the bank on Thursday|said]', 'reported[rates|rise]']);
  });

  it('reads plural present verbs and participles used as adjectives', () => {
    expect(shape('Residents rally to protest against the price of liquefied gas.')).toEqual(['main[Residents|rally]']);
  });

  it('keeps a whole leading participial phrase over its commas (`Born in Leeds, England, on ...`)', () => {
    expect(shape('Born in Leeds, England, on March 14, 1936, Ellison studied physics.')).toEqual(['participial[-|-]', 'main[Ellison|studied]']);
  });

  it('finds the innermost clause of a span, an aside before the clause around it', () => {
    const s = 'Lenz, who took over in 2021, said the company would hold an investor day on Nov. 12.';
    const cs = clauses(s);
    expect(cs[clauseAt(cs, s.indexOf('2021'), s.indexOf('2021') + 4)]!.kind).toBe('relative');
    expect(cs[clauseAt(cs, s.indexOf('Nov. 12'), s.indexOf('Nov. 12') + 7)]!.kind).toBe('reported');
  });

  it('handles an endless sentence of clause words in bounded steps', () => {
    const s = 'after Monday, when 2024 ended, who said "but not" since that week and '.repeat(3000);
    const cs = clauses(s);
    expect(cs.length).toBeGreaterThan(100);
    for (const c of cs) expect(c.end).toBeGreaterThanOrEqual(c.start);
  });
});

describe('subjects across ages and phrases', () => {
  it('finds the name of a relative clause across an age (`Sandra Whitcombe, 54, who ...`)', () => {
    const s = 'Sandra Whitcombe, 54, who has lived on Mill Lane since 1991, said she was shocked.';
    expect(clauses(s).find((c) => c.kind === 'relative')?.subject?.text).toBe('Sandra Whitcombe');
  });
  it('keeps a phrase inside a reported subject (`said a man in his 70s was found`)', () => {
    expect(shape('Police said a man in his 70s was found in a car.')).toEqual(['main[Police|said]', 'reported[a man in his 70s|found]']);
  });
});

describe('clause bounds', () => {
  it('ends a relative clause without commas where the main verb resumes', () => {
    const s = 'The number of stocks that fell in price yesterday exceeded 1,000.';
    const main = clauses(s)[0]!;
    expect(main.holes.map((h) => s.slice(h.start, h.end))).toEqual(['that fell in price yesterday']);
    expect(main.verb?.head).toBe('exceeded');
  });
  it('finds a subordinate clause\'s verb before the next connective only', () => {
    const s = 'The sanctions will stay after the invasion of Kuwait until inspectors certify the result.';
    expect(clauses(s).map((c) => `${c.kind}:${c.lead}`)).toEqual(['main:', 'subordinate:until']);
  });
});

describe('clauses opened by time phrases', () => {
  it('does not take a clause that runs on from a preposition for an adverbial', () => {
    expect(shape('In 1910 she won a place at the college.')).toEqual(['main[she|won]']);
  });
  it('opens a coordinated clause at `and` followed by a time phrase, with its own subject or the first one', () => {
    expect(shape('In March the board asked her to survey the valley, and on 30 September she presented a plan.'))
      .toEqual(['main[the board|asked]', 'coordinated[she|presented]']);
    expect(shape('She graduated in 1913 and that autumn joined the firm.')).toEqual(['main[She|graduated]', 'coordinated[^She|joined]']);
  });
  it('joins `, and` after a subordinate clause set off by commas to the clause it hangs on', () => {
    expect(shape('The war began in 264 BC, when both cities sent troops, and ended in 241 BC.'))
      .toEqual(['main[The war|began]', 'subordinate[both cities|sent]', 'coordinated[^The war|ended]']);
  });
});

describe('clauses at the very end of a text', () => {
  it('opens no clause after a saying or a connective that ends the text', () => {
    expect(shape('said that')).toEqual(['main[-|said]']);
    expect(shape('The talks ended and')).toEqual(['main[The talks|ended]']);
  });
});

describe('a sentence that opens with a subordinate clause after `But` or inside a quotation', () => {
  it('splits the subordinate clause from the main one', () => {
    expect(shape('But if the pumps failed again, the road would close.')).toEqual(['subordinate[the pumps|failed]', 'main[the road|close]']);
    expect(shape('"When the river has dropped, we will start clearing," the mayor said.')).toEqual(['subordinate[the river|dropped]', 'main[we|start]', 'attribution[the mayor|said]']);
  });
  it('reads `anyone who` with `anyone` as the relative clause\'s subject', () => {
    const c = clauses('Police asked anyone who saw the van to call them.').find((x) => x.kind === 'relative');
    expect(c?.subject?.text).toBe('anyone');
  });
});

describe('on or about', () => {
  it('is a pair of prepositions, not two clauses', () => {
    expect(clauses('Police said the van was stolen on or about 4 May.')).toHaveLength(2);
    expect(shape('The jury heard the van was stolen on or about 4 May.').some((x) => x.startsWith('coordinated'))).toBe(false);
  });
});

describe('clauses found on a memoir and a legislative story (round 14)', () => {
  it('opens a coordinated clause at `, and two years later it ...` (a counted time before the subject)', () => {
    expect(shape('The mill closed in 1962, and three years later it burned down.')).toEqual(['main[The mill|closed]', 'coordinated[three years later it|burned]']);
  });
  it('reads `, with <noun> set to <verb>` as an absolute phrase of its own, its verb the plan participle', () => {
    const c = clauses('The club signed him on Monday, with talks due to resume in June.').find((x) => x.kind === 'participial');
    expect(c?.subject?.text).toBe('talks');
    expect(c?.verb?.head).toBe('due');
  });
  it('takes a name without a determiner as the antecedent of `which` (`Silver Lake, which opens ...`)', () => {
    const c = clauses('Silver Lake, which opens on Friday, was filmed in Wales.').find((x) => x.kind === 'relative');
    expect(c?.subject?.text).toBe('Silver Lake');
  });
});

describe('a coordinated clause with a singular subject and a present verb in -s (round 14)', () => {
  it('opens at `, and the knockout round starts ...` as it does at `, and it starts`', () => {
    expect(shape('The sale runs until Friday, and the winter range opens on Monday.')).toEqual(['main[The sale|runs]', 'coordinated[the winter range|opens]']);
    expect(shape('The league ends in May, and the round of 16 begins in June.')).toEqual(['main[The league|ends]', 'coordinated[the round of 16|begins]']);
  });
});

describe('a coordinated clause whose subject is a bare noun phrase', () => {
  it('opens after `, and` before a plain two- or three-word subject and its verb', () => {
    const s = 'The old mill shut in 1968, and cotton spinning ended a year later.';
    const clauses = clausesOf(s, { start: 0, end: s.length });
    expect(clauses.map((c) => [c.kind, s.slice(c.start, c.end)])).toEqual([['main', 'The old mill shut in 1968'], ['coordinated', 'and cotton spinning ended a year later.']]);
  });
});

describe('subjects that open with an amount or stand after adverbial phrases', () => {
  it('opens a clause at `, but` or `, and` before an amount and its verb, not at `, or` restating an amount', () => {
    expect(shape('Crews cleared the road overnight, but more than 300 cars were still stuck on Monday.'))
      .toEqual(['main[Crews|cleared]', 'coordinated[more than 300 cars|stuck]']);
    expect(shape('The plant cut jobs in May, and 40 more went in June.')).toEqual(['main[The plant|cut]', 'coordinated[40 more|went]']);
    expect(shape('The bank had a loss of $4 million, or 20 cents a share, in May.')).toEqual(['main[The bank|had]']);
  });
  it('leaves phrases set off by commas before the subject out of it, inside a quotation too', () => {
    expect(clauses('"By 2040, on present trends, the glacier will be gone," she said.')[0]!.subject?.text).toBe('the glacier');
  });
});

describe('a present verb in -s after a time phrase or a heading', () => {
  it('reads `crosses` as the verb after `On Monday the train` and after `Day 3: The train`', () => {
    expect(shape('On Monday the train crosses to Kyle, and the group takes a coach.')).toEqual(['main[the train|crosses]', 'coordinated[the group|takes]']);
    expect(shape('Day 3: The train crosses to Kyle.')).toEqual(['main[The train|crosses]']);
  });
});
