// Values met in fresh news text that the rule examples do not already cover.
import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/parse/index.js';

const pairs = (text: string): string[] => tagTimexes(text, { documentDate: '2024-10-24' }).map((t) => `${t.text}=${t.value}`);

describe('fresh values', () => {
  it('keeps the decimals of a measured time', () => {
    expect(pairs('He ran the 100 meters in 9.58 seconds.')).toEqual(['9.58 seconds=PT9.58S']);
  });
  it('reads a century in the `1800s` form with its modifier', () => {
    const t = tagTimexes('The bridge, built in the late 1800s, will close.', { documentDate: '2024-10-24' });
    expect(t.map((x) => [x.text, x.value, x.mod])).toEqual([['the late 1800s', '18', 'END']]);
  });
});
