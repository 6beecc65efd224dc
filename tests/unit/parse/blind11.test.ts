// Constructions the eleventh blind set showed (newgold80): each test is written from examples of our own, with the rules'
// document date 2022-01-07 (a Friday) unless a test says otherwise.
import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/parse/index.js';
import { numericDateOrderOf } from '../../../src/parse/date-order.js';

const DCT = '2022-01-07';
const tags = (text: string, documentDate = DCT): string[] =>
  tagTimexes(text, documentDate ? { documentDate } : {}).map((t) => `${t.text}=${t.value}`);

describe('a date going on from a schedule ahead', () => {
  it('still goes on into the next year within the coming twelve months', () => {
    expect(tags('The exhibition opens on 12 October and closes on 9 February.', '2022-07-04'))
      .toEqual(['12 October=2022-10-12', '9 February=2023-02-09']);
  });
  it('is never moved more than a year past publication: past that it is the first one after publication', () => {
    expect(tags('The term runs from Monday 9 January to Friday 31 March. The office stays shut over the Christmas break, from 24 December to 2 January.', '2022-06-15'))
      .toEqual(['Monday 9 January=2023-01-09', 'Friday 31 March=2023-03-31', 'Christmas=2022-12-25', '24 December=2022-12-24', '2 January=2023-01-02']);
  });
});

describe('a day of the month told in the past just after its anchor', () => {
  it('is that month\'s day under a diary entry\'s heading', () => {
    expect(tags('Month and year: March 1917\n\n2nd March\nRain. A draft of forty men joined on the 3rd.', ''))
      .toEqual(['March 1917=1917-03', '2nd March=1917-03-02', 'the 3rd=1917-03-03']);
  });
  it('is still the month before when it lies well ahead of the publication date', () => {
    expect(tags('The company said the contract was signed on the 28th.')).toEqual(['the 28th=2021-12-28']);
  });
});

describe('a document\'s one-word name before `issued` on its own line', () => {
  it('labels the publication date', () => {
    const found = tagTimexes('Notice issued Monday 10 January 2022\n\nThe pool closed on Wednesday.', {});
    expect(found.map((t) => `${t.text}=${t.value}`)).toEqual(['Monday 10 January 2022=2022-01-10', 'Wednesday=2022-01-05']);
    expect(found[0]!.documentDate).toBe(true);
  });
  it('leaves a sentence of prose alone', () => {
    const found = tagTimexes('The council said it issued a notice on 10 January 2022.', {});
    expect(found[0]!.documentDate).toBeUndefined();
  });
});

describe('the text\'s own numeric date order', () => {
  it('is day first after a date that can only be day first', () => {
    expect(numericDateOrderOf('Lodged 23/09/2021, heard 05/02/2022.')).toBe('DMY');
    expect(tags('The lease began on 23/09/2021 and the tenant must leave by 05/02/2022.'))
      .toEqual(['23/09/2021=2021-09-23', '05/02/2022=2022-02-05']);
  });
  it('stays month first when a date can only be month first', () => {
    expect(numericDateOrderOf('Lodged 23/09/2021, heard 09/23/2022.')).toBeUndefined();
    expect(tags('Filed 12/23/2021; the hearing is on 05/02/2022.')).toEqual(['12/23/2021=2021-12-23', '05/02/2022=2022-05-02']);
  });
  it('gives way to the order a caller sets', () => {
    expect(tagTimexes('From 23/09/2021 to 05/02/2022.', { documentDate: DCT, numericDateOrder: 'MDY' }).map((t) => t.value))
      .toEqual(['2021-09-23', '2022-05-02']);
  });
});

describe('`plan` after a noun taken as many', () => {
  it('is the verb, looking ahead, after `the` and its noun opening the clause', () => {
    expect(tags('She graduated from Durham in 2012 and moved to Leeds in 2014. The pair met at a dance in the autumn of 2016. He proposed on a beach in Devon on 3 August 2019.\n\nThe couple plan a trip to Norway in March.'))
      .toEqual(['2012=2012', '2014=2014', 'the autumn of 2016=2016-FA', '3 August 2019=2019-08-03', 'March=2022-03']);
  });
  it('leaves the noun after a longer phrase alone', () => {
    expect(tags('In 2019 the council drew up a repair plan. Under the new repair plan a year later, work ended in May.'))
      .toEqual(['2019=2019', 'a year later=2020', 'May=2021-05']);
  });
});

describe('a story\'s weekday said with `the` after `until`', () => {
  it('is the one after the day just told: a span ends after it begins', () => {
    expect(tags('The new students arrive on Tuesday 11 January, and induction runs until the Saturday.'))
      .toEqual(['Tuesday 11 January=2022-01-11', 'Saturday=2022-01-15']);
  });
  it('stays the nearest one without the bound', () => {
    expect(tags('We reach Oban on Wednesday 12 January. We meet on the Monday.')).toEqual(['Wednesday 12 January=2022-01-12', 'Monday=2022-01-10']);
  });
});

describe('times within each part of the day', () => {
  it('are a recurrence of that part', () => {
    expect(tags('Once lambing starts, check the ewes at least twice a night.')).toEqual(['twice a night=XXXX-XX-XXTNI']);
  });
});

describe('a date joined by `and` or `or` to a bound just read', () => {
  it('is bounded with it, in a sentence that names a recurrence', () => {
    expect(tags('Top the paddocks every fortnight through May and June.')).toEqual(['every fortnight=P2W', 'May=2022-05', 'June=2022-06']);
  });
  it('leaves months of a schedule with no bound those of every year', () => {
    expect(tags('The cafe is open daily in May and June.')).toEqual(['daily=P1D', 'May=XXXX-05', 'June=XXXX-06']);
  });
});

describe('a past verb after a name set off by commas after its subject', () => {
  it('is the subject\'s verb, telling the past', () => {
    expect(tags('The ferry company\'s owner, Ana Ruiz, resigned in March.')).toEqual(['March=2021-03']);
    expect(tagTimexes('A second study, TRIAL-2, completed enrolment in July and will report next year.', { documentDate: DCT })[0]!.derivation.tense).toBe('past');
  });
  it('leaves a participle after a clause with its own verb an aside', () => {
    expect(tagTimexes('The council approved the plan, a two-year scheme, backed in March by the mayor.', { documentDate: DCT })[0]!.derivation.tense).toBeUndefined();
  });
});

describe('a holiday in a plan told in the past', () => {
  it('is the next one after the past day the story just told', () => {
    expect(tags('The team stood bottom on 20 October 2021. Its coach said later that he expected to be sacked before Thanksgiving.'))
      .toEqual(['20 October 2021=2021-10-20', 'Thanksgiving=2021-11-25']);
    expect(tags('On 2 May 2021 the shop closed. The owners hoped to reopen by Memorial Day.'))
      .toEqual(['2 May 2021=2021-05-02', 'Memorial Day=2021-05-31']);
  });
  it('still looks ahead of publication for a plan still ahead (`is now expected to`)', () => {
    expect(tags('The road was supposed to reopen on 2 October 2021 but is now expected to reopen before Thanksgiving.', '2021-10-20'))
      .toEqual(['2 October 2021=2021-10-02', 'now=PRESENT_REF', 'Thanksgiving=2021-11-25']);
    expect(tags('The shop closed on 3 January. It is expected to reopen before Memorial Day.')).toEqual(['3 January=2022-01-03', 'Memorial Day=2022-05-30']);
  });
});
