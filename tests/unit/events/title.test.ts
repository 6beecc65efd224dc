import { describe, expect, it } from 'vitest';
import { cutTitle, makeTitle, stripAttribution } from '../../../src/events/title.js';

const title = (sentence: string, ...timexes: string[]): string => {
  const remove = timexes.map((t) => ({ start: sentence.indexOf(t), end: sentence.indexOf(t) + t.length }));
  const all = { start: 0, end: sentence.length };
  return makeTitle({ text: sentence, sentence: all, window: all, remove, focus: remove[0] });
};

describe('makeTitle', () => {
  it('cuts the temporal adverbial with its preposition and the commas around it', () => {
    expect(title('On Friday, Xi sent condolences to Tokayev.', 'Friday')).toBe('Xi sent condolences to Tokayev');
    expect(title('The talks opened on Monday after a pause.', 'Monday')).toBe('The talks opened after a pause');
    expect(title('Tokayev said Friday that order was restored.', 'Friday')).toBe('Tokayev said that order was restored');
  });
  it('keeps a temporal expression that is a subject, a possessive or an adjective', () => {
    expect(title('"The third quarter flattered the numbers," they wrote.', 'The third quarter')).toBe('"The third quarter flattered the numbers," they wrote');
    expect(title("The move follows Friday's declaration by Ford.", 'Friday')).toBe("The move follows Friday's declaration by Ford");
    expect(title('Profit rose in third-quarter trading.', 'third-quarter')).toBe('Profit rose in third-quarter trading');
  });
  it('drops a trailing attribution and cuts long titles at a word boundary', () => {
    expect(stripAttribution('Over 3,000 people have been detained, state media reported on Friday, citing a source')).toBe('Over 3,000 people have been detained');
    const long = cutTitle('word '.repeat(40).trim());
    expect(long.length).toBeLessThanOrEqual(90);
    expect(long.endsWith('word…')).toBe(true);
  });
});

describe('makeTitle punctuation', () => {
  it('tidies the punctuation a removed date leaves behind', () => {
    expect(title('The mission was launched on July 30, 2020, from Cape Canaveral.', 'July 30, 2020')).toBe('The mission was launched from Cape Canaveral');
    expect(title('Data will issue shares; as of Sept. 30, the company had 73 million.', 'Sept. 30')).toBe('Data will issue shares; the company had 73 million');
    expect(title('Baker, speaking on "This Week," said the request gives authority.', 'This Week')).toBe('Baker, speaking on "This Week," said the request gives authority');
  });
});

describe('splitting two happenings in one sentence', () => {
  it('splits at the comma or the "and" between two dates', async () => {
    const { extractEvents } = await import('../../../src/events/extract.js');
    const mk = (text: string, phrase: string, value: string) => ({ id: phrase, start: text.indexOf(phrase), end: text.indexOf(phrase) + phrase.length, text: phrase, type: 'DATE' as const, value, derivation: { rule: 't', anchor: 'none' as const, explanation: 'stated' } });
    const a = 'The council on Monday approved a tram line, ending a debate that began in 2009.';
    expect(extractEvents(a, [mk(a, 'Monday', '2019-05-13'), mk(a, '2009', '2009')], '2019-05-14').events.map((e) => e.title))
      .toEqual(['A debate that began', 'The council approved a tram line']);
    const b = 'Construction will start in early 2020 and the first trams will run by the end of 2023.';
    expect(extractEvents(b, [mk(b, '2020', '2020'), mk(b, 'the end of 2023', '2023')], '2019-05-14').events.map((e) => e.title))
      .toEqual(['Construction will start', 'The first trams will run']);
  });
  it('drops a baseline date in a comparison when the sentence has its own happening', async () => {
    const { extractEvents } = await import('../../../src/events/extract.js');
    const mk = (text: string, phrase: string, value: string) => ({ id: phrase, start: text.indexOf(phrase), end: text.indexOf(phrase) + phrase.length, text: phrase, type: 'DATE' as const, value, derivation: { rule: 't', anchor: 'none' as const, explanation: 'stated' } });
    const c = 'Profit for the third quarter rose to $412 million from $361 million a year earlier.';
    expect(extractEvents(c, [mk(c, 'the third quarter', '2024-Q3'), mk(c, 'a year earlier', '2023-Q3')], '2024-10-24').events.map((e) => e.start)).toEqual(['2024-Q3']);
  });
});
