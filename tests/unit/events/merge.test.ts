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
