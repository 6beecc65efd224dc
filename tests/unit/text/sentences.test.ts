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
  it('does not split after circa before a number (`c. 450 BC`, `ca. 1820`)', () => {
    expect(sentences('The shrine was built c. 450 BC and rebuilt later. Its bell dates from ca. 1820 and still rings. A c. Then more.')).toEqual([
      'The shrine was built c. 450 BC and rebuilt later.',
      'Its bell dates from ca. 1820 and still rings.',
      'A c.',
      'Then more.',
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
  it('reads a paragraph that opens with `By` and a date or an article as body text, a name after `By` as a byline', () => {
    const kinds = (t: string) => segmentText(t).paragraphs.map((p) => p.kind);
    expect(kinds('Background\n\nBy the spring of 1916 the front had been quiet. In April the staff drew up plans.')).toEqual(['title', 'body']);
    expect(kinds('The war\n\nBy 1916 the front was static.\n\nIn April the staff drew up plans.')).toEqual(['title', 'body', 'body']);
    expect(kinds('Floods close the valley road\n\nBy Anna Kowalski\n\nThe road closed on Friday.')).toEqual(['title', 'metadata', 'body']);
    expect(kinds('Floods close the valley road\n\nBY JANE DOE, Reuters\n\nThe road closed on Friday.')).toEqual(['title', 'metadata', 'body']);
  });
});

describe('sentence numbers from spans', () => {
  it('numbers the tokens of each sentence span, and each line between spans, in text order', async () => {
    const { sentenceIdsFromSpans, sentenceSpans } = await import('../../../src/text/sentences.js');
    const { tokenize } = await import('../../../src/text/tokens.js');
    const text = 'Storm live\nBy A. Writer\nRain fell on Friday. Roads closed at 9 a.m. Sunday.';
    const body = text.indexOf('Rain');
    const spans = sentenceSpans(text, body, text.length);
    const toks = tokenize(text);
    const ids = sentenceIdsFromSpans(toks, spans);
    const of = (word: string): number => ids[toks.findIndex((t) => t.text === word)]!;
    expect(of('Storm')).toBe(0);
    expect(of('By')).toBe(1);
    expect(of('Rain')).toBe(of('Friday'));
    expect(of('Roads')).toBe(of('Friday') + 1);
    expect(of('Sunday')).toBe(of('Roads'));
  });
});
