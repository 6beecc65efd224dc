// A trailing participle clause with a date of its own (`, retiring in 1990`) tells its own happening, with its subject.
import { describe, expect, it } from 'vitest';
import { extractTimeline } from '../../../src/events/index.js';

const events = (text: string): string[] => extractTimeline(text, { documentDate: '2024-02-01' }).events.map((e) => `${e.start} ${e.title}`).sort();

describe('a trailing participle clause with its own date', () => {
  it('is titled with the subject and the participle’s past form', () => {
    expect(events('The abbey was rebuilt after the fire of 1174, collapsing again in 1220.'))
      .toEqual(['1174 The abbey was rebuilt after the fire', '1220 The abbey collapsed again']);
    expect(events('The mill was sold to a Leeds firm in 1921, closing for good in 1958.'))
      .toEqual(['1921 The mill was sold to a Leeds firm', '1958 The mill closed for good']);
  });
  it('still reads a saying as what was said', () => {
    expect(events('The union walked out on 3 May, warning that the depot would shut in June.'))
      .toContain('2023-06 The depot would shut');
  });
});
