import { describe, it, expect } from 'vitest';
import { outcomesOf, diffOutcomes } from '../../eval/outcomes.mjs';

const doc = { name: 'd', gold: [{ start: 0, end: 6, type: 'DATE', value: '2022-01-07', text: 'Friday' }] };

describe('outcomes', () => {
  it('records each gold timex and each false positive', () => {
    const o = outcomesOf(doc, [{ start: 0, end: 6, type: 'DATE', value: '2022-01-07', text: 'Friday' }, { start: 10, end: 14, type: 'DATE', value: '2011', text: '2011' }]);
    expect(o['d@0-6']!.status).toBe('right');
    expect(o['d@10-14:fp']!.status).toBe('false positive');
  });
  it('sorts changes into better and worse', () => {
    const before = outcomesOf(doc, [{ start: 10, end: 14, type: 'DATE', value: '2011', text: '2011' }]);
    const after = outcomesOf(doc, [{ start: 0, end: 6, type: 'DATE', value: '2022-01-14', text: 'Friday' }]);
    const { better, worse } = diffOutcomes(before, after);
    expect(better).toEqual(['d@0-6 "Friday": missed -> wrong value ("Friday"=2022-01-14) want 2022-01-07', 'd@10-14 "2011": false positive (2011) -> absent']);
    expect(worse).toEqual([]);
    expect(diffOutcomes(after, before).worse).toHaveLength(2);
  });
});
