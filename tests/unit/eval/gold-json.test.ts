import { describe, it, expect } from 'vitest';
import { readGoldJson, findOffset } from '../../eval/gold-json.mjs';

const TEXT = 'On Friday, in the early morning hours of Friday, police said. Friday again.';

describe('readGoldJson', () => {
  it('finds the nth occurrence and alternative extents around it', () => {
    const doc = readGoldJson(TEXT, {
      documentDate: '2022-01-07',
      timex: [
        { text: 'the early morning hours of Friday', alt: ['Friday'], values: ['2022-01-07TMO', '2022-01-07'] },
        { text: 'Friday', occurrence: 3, values: ['2022-01-07'], type: 'DATE' },
      ],
    }, 'a.txt');
    const [a, b] = doc.gold;
    expect(TEXT.slice(a!.start, a!.end)).toBe('the early morning hours of Friday');
    expect(a!.spans[1]!.map((x) => x)).toEqual([TEXT.indexOf('Friday', 20), TEXT.indexOf('Friday', 20) + 6]);
    expect(a!.values).toEqual(['2022-01-07TMO', '2022-01-07']);
    expect(b!.start).toBe(TEXT.lastIndexOf('Friday'));
    expect(doc).toMatchObject({ source: 'gold-json', documentDate: '2022-01-07', referenceDate: null });
  });
  it('names a gold text that is not in the document', () => {
    expect(() => readGoldJson(TEXT, { timex: [{ text: 'Monday', values: ['x'] }] })).toThrow(/gold text not found: "Monday"/);
  });
  it('returns -1 for a missing occurrence', () => {
    expect(findOffset(TEXT, 'Friday', 4)).toBe(-1);
  });
});
