import { describe, it, expect } from 'vitest';
import { median, formatRate, formatBytes } from '../../bench/tagger/stats.mjs';
import { ADVERSARIAL, fill } from '../../bench/tagger/inputs.mjs';

describe('bench helpers', () => {
  it('takes the median of odd and even lists', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
  it('formats rates and sizes', () => {
    expect(formatRate(4_600_000)).toBe('4.60 M');
    expect(formatRate(12_300)).toBe('12.3 k');
    expect(formatBytes(1024 * 1024)).toBe('1 MB');
    expect(formatBytes(100 * 1024)).toBe('100 KB');
  });
  it('builds every adversarial input at exactly the size asked', () => {
    for (const [name, make] of Object.entries(ADVERSARIAL)) expect([name, make(12345).length]).toEqual([name, 12345]);
    expect(fill('ab', 5)).toBe('ababa');
  });
  it('puts long space runs between the tokens of the second ... fourth input', () => {
    expect(ADVERSARIAL['second ... fourth']!(1000)).toMatch(/^second {400,}fourth {400,}$/);
  });
});
