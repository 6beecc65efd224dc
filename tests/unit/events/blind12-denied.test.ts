// Issue 10's twelfth blind set: dates of happenings the text denies or only supposes make no event; each rule shown on
// examples of its own.
import { describe, expect, it } from 'vitest';
import { extractTimeline } from '../../../src/events/index.js';

const events = (text: string, documentDate = '2026-05-01'): string[] =>
  extractTimeline(text, { documentDate }).events.map((e) => `${e.start}${e.end ? `..${e.end}` : ''} ${e.title}`);

describe('a clause that denies its dated verb', () => {
  it('with `not`, `never` or `n\'t` in the verb group', () => {
    expect(events('The plumber did not come on Tuesday. The boiler was fixed on Thursday.', '2026-03-07'))
      .toEqual(['2026-03-05 The boiler was fixed']);
    expect(events('In 2019 the club never played a home game. It moved to a new ground in 2020.'))
      .toEqual(['2020 It moved to a new ground']);
    expect(events('The gallery will not open on 6 April, a spokesman said.', '2026-03-20')).toEqual([]);
  });
  it('with a denying subject (`Nobody`, `No one`, `Nothing`, `None of`) or existential (`there was still nothing`)', () => {
    expect(events('Nobody answered the door on Friday.', '2026-02-16')).toEqual([]);
    expect(events('No one collected the parcel in March, so it was returned to the sender in April.', '2026-06-01'))
      .toEqual(['2026-04 It was returned to the sender']);
    expect(events('A fortnight later there was still nothing from the insurer.', '2026-06-01')).toEqual([]);
  });
  it('in a `that` complement kept inside the verb\'s clause (`admitted that she had not checked`)', () => {
    expect(events('The driver admitted that she had not checked the tyres in August.', '2026-10-01')).toEqual([]);
  });
  it('but not when the date is a bound of the happening or the time of a noun', () => {
    expect(events('The pool did not reopen until 3 June.', '2026-05-01')).toEqual(['2026-06-03 The pool did not reopen until 3 June']);
    expect(events('The shop has not sold a single bike since the flood in 2021.', '2026-05-01')).toHaveLength(1);
    expect(events('Paper tickets will not be accepted after 30 June.', '2026-05-01').map((e) => e.slice(0, 10))).toEqual(['2026-06-30']);
    expect(events('The farm may not meet the new rules effective 1 July.', '2026-05-01')).toHaveLength(1);
  });
  it('nor when the negation tells a plea, a change or an addition', () => {
    expect(events('He pleaded not guilty at the crown court on Monday.', '2026-05-06')).toEqual(['2026-05-04 He pleaded not guilty at the crown court']);
    expect(events('There will be no bin collections on 25 December.', '2026-12-01')).toHaveLength(1);
  });
  it('nor a date in another clause than the denied verb (after a closing quote, a comma and `and`, or in an aside)', () => {
    expect(events('"We will not raise prices," the chief executive said on Wednesday.', '2026-05-08')).toHaveLength(1);
    expect(events('The vote did not pass, and the bill will return in June.', '2026-05-08')).toHaveLength(1);
    expect(events('The buyers never paid and the bank sold the house on Friday.', '2026-05-08')).toHaveLength(1);
    expect(events('The new library, due in September, was not finished.', '2026-05-08')).toHaveLength(1);
  });
});

describe('the condition of a hypothetical (`If ... this week, she would ...`)', () => {
  it('dates no event when the consequence is in the conditional mood', () => {
    expect(events('If the council rejects the plan on Thursday, the developer could appeal.', '2026-05-04')).toEqual([]);
    expect(events('If nobody else stands by Friday, Ms Okafor would be elected unopposed.', '2026-05-04')).toEqual([]);
  });
  it('still dates a plan whose consequence is in the future', () => {
    expect(events('If the weather holds on Saturday, the fair will open at the park.', '2026-05-04')).toHaveLength(1);
  });
});

describe('a statement of the present time joined to a clause by `and` or `but` (`It is now November and ...`)', () => {
  it('dates no event', () => {
    expect(events('It is now June and the repairs have still not started.', '2026-06-10')).toEqual([]);
    expect(events("It's now 2026 but the station is still a car park.", '2026-06-10')).toEqual([]);
  });
});
