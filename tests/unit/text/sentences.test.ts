import { describe, expect, it } from 'vitest';
import { segmentText, sentenceSpans } from '../../../src/text/sentences.js';

const sentences = (t: string): string[] => sentenceSpans(t, 0, t.length).map((s) => t.slice(s.start, s.end));

describe('sentenceSpans', () => {
  it('does not split after month, title and state abbreviations or initialisms', () => {
    expect(sentences('People rally in Aktau, Kazakhstan, Jan. 4, 2022. Mr. Smith met Dr. Jones in Calif. on Monday. The U.S. Army said so. It left the U.S. The end.')).toEqual([
      'People rally in Aktau, Kazakhstan, Jan. 4, 2022.',
      'Mr. Smith met Dr. Jones in Calif. on Monday.',
      'The U.S. Army said so.',
      'It left the U.S.',
      'The end.',
    ]);
  });
  it('keeps quotes with their sentence', () => {
    expect(sentences('He said "No way." Then he left.')).toEqual(['He said "No way."', 'Then he left.']);
  });
});

describe('segmentText', () => {
  it('marks title, byline and publication line as metadata and finds captions', () => {
    const text = 'Big headline here\nBy Staff Reporter Published: Jan 07, 2022 07:06 PM\nThe first body paragraph tells what happened in the city on Friday.\nPeople walk past a shop in Almaty, Kazakhstan, Jan. 6, 2022. Shops reopened.(Photo: Xinhua)\nPhoto:VCG';
    const seg = segmentText(text);
    expect(seg.title).toBe('Big headline here');
    expect(seg.paragraphs.map((p) => p.kind)).toEqual(['title', 'metadata', 'body', 'caption', 'metadata']);
    const caption = seg.sentences.filter((s) => s.kind === 'caption').map((s) => text.slice(s.start, s.end));
    expect(caption).toEqual(['People walk past a shop in Almaty, Kazakhstan, Jan. 6, 2022.', 'Shops reopened.']);
  });
});
