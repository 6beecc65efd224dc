// Repeats of one happening merge on subject, verb and object; titles left equal are told apart.
import { describe, expect, it } from 'vitest';
import { extractTimeline } from '../../../src/events/index.js';
import { happeningKey } from '../../../src/events/merge.js';
import { clausesOf } from '../../../src/text/clauses.js';

const keyOf = (sentence: string, title: string): string => happeningKey(clausesOf(sentence, { start: 0, end: sentence.length })[0], title);

describe('happeningKey', () => {
  it('is the heads of subject, verb and object, whatever the tense or the words around them', () => {
    const key = keyOf('Tokayev declared a state of emergency on Wednesday.', 'Tokayev declared a state of emergency');
    expect(key).toMatch(/^tokayev\|declar\|stat/);
    expect(keyOf('President Tokayev declares a state of emergency in Almaty.', 'Tokayev declares a state of emergency in Almaty')).toBe(key);
    expect(keyOf('Tokayev dismissed the government.', 'Tokayev dismissed the government')).not.toBe(key);
  });
  it('falls back to the title\'s content words when the clause has no verb', () => {
    expect(keyOf('Storm warning for Friday.', 'Storm warning')).toMatch(/^~/);
  });
});

describe('mergeRepeats', () => {
  it('merges a caption and a body sentence that tell one happening in other words', () => {
    const text = 'Unrest in Kazakhstan\n\nProtests spread across the country.\n\nPresident Tokayev declares a state of emergency in Almaty on Wednesday. (Photo: AP)\n\nOn Wednesday, Tokayev declared a state of emergency in the city.';
    const { events } = extractTimeline(text, { documentDate: '2022-01-07' });
    expect(events).toHaveLength(1);
    expect(events[0]!.spans).toHaveLength(2);
  });
  it('keeps two happenings of one day apart when their verbs differ', () => {
    const text = 'On Wednesday, Tokayev declared a state of emergency. On Wednesday, Tokayev dismissed the government.';
    expect(extractTimeline(text, { documentDate: '2022-01-07' }).events.map((e) => e.title)).toEqual(['Tokayev declared a state of emergency', 'Tokayev dismissed the government']);
  });
  it('numbers one title told on several dates, within 70 characters', () => {
    const text = 'Officials of the regional water authority inspected the northern reservoir dams in 2019 and 2021.';
    const titles = extractTimeline(text, { documentDate: '2022-01-07' }).events.map((e) => e.title);
    expect(titles).toHaveLength(2);
    expect(titles[0]).toMatch(/\(1 of 2\)$/);
    expect(titles[1]).toMatch(/\(2 of 2\)$/);
    for (const t of titles) expect(t.length).toBeLessThanOrEqual(70);
  });
});

describe('anchorDurationsElsewhere', () => {
  const events = (text: string) => extractTimeline(text, { documentDate: '2022-01-07' }).events;

  it('dates a duration told in an undated sentence by the one date its happening has elsewhere, merging the tellings', () => {
    const got = events('On 4 March 2021 the council declared a curfew in the north. Officials declared a two-week curfew. On 4 March 2021 the mayor declared a curfew too.');
    expect(got.map((e) => [e.start, e.end, e.dateSource, e.title])).toEqual([['2021-03-04', '2021-03-18', 'derived', 'The council declared a curfew in the north']]);
    expect(got[0]!.spans).toEqual([{ start: 0, end: 59 }, { start: 98, end: 146 }, { start: 60, end: 97 }]);
  });

  it('keeps every repeat of one happening and its duration as spans of one event', () => {
    const got = events('On 4 March 2021 the council declared a curfew in the north. Officials declared a two-week curfew. '.repeat(40));
    expect(got.map((e) => [e.start, e.end, e.dateSource])).toEqual([['2021-03-04', '2021-03-18', 'derived']]);
    expect(got[0]!.spans).toHaveLength(80);
  });

  it('leaves the duration undated when the happenings it could belong to disagree on the date, however many', () => {
    const text = Array.from({ length: 40 }, (_, i) => `On ${(i % 28) + 1} ${i < 28 ? 'March' : 'April'} 2021 the council declared a curfew in district ${i + 1}. Officials declared a two-week curfew.`).join(' ');
    const got = events(text);
    expect(got).toHaveLength(40);
    expect(got.filter((e) => e.dateSource === 'derived' || e.end !== undefined)).toEqual([]);
  });
});
