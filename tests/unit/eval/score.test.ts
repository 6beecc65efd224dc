import { describe, it, expect } from 'vitest';
import { scoreDocument, metrics, addCounts, emptyCounts, valueShape, groupErrors, negativesHit } from '../../eval/score.mjs';
import type { GoldTimex, PredictedTimex } from '../../eval/score.mjs';

const g = (start: number, end: number, value: string, type = 'DATE', extra: Partial<GoldTimex> = {}): GoldTimex => ({ start, end, value, type, ...extra });
const p = (start: number, end: number, value: string, type = 'DATE', rule = 'r'): PredictedTimex => ({ start, end, value, type, derivation: { rule } });

describe('scoreDocument', () => {
  it('counts an exact span with the right value as strict, relaxed and value match', () => {
    const { counts } = scoreDocument([g(0, 6, '2022-01-07')], [p(0, 6, '2022-01-07')]);
    const m = metrics(counts);
    expect(m.strict).toEqual({ p: 1, r: 1, f1: 1 });
    expect(m.relaxed.f1).toBe(1);
    expect(m.value.f1).toBe(1);
    expect(m.typeAccuracy).toBe(1);
  });

  it('counts an overlapping span as relaxed but not strict, and records the wrong extent', () => {
    const { counts, errors } = scoreDocument([g(4, 18, '2022-01-07TMO', 'TIME')], [p(4, 10, '2022-01-07')]);
    const m = metrics(counts);
    expect(m.strict.f1).toBe(0);
    expect(m.relaxed.f1).toBe(1);
    expect(m.value.f1).toBe(0);
    expect(m.typeAccuracy).toBe(0);
    expect(errors.extent).toHaveLength(1);
    expect(errors.value).toHaveLength(1);
    expect(errors.type[0]!.pred.type).toBe('DATE');
  });

  it('computes precision over predictions and recall over gold', () => {
    // two gold, three predicted: one exact right, one spurious, one gold missed
    const gold = [g(0, 4, '2011'), g(20, 26, 'P2W', 'DURATION')];
    const pred = [p(0, 4, '2011'), p(10, 14, '2012'), p(30, 35, 'PXD', 'DURATION')];
    const { counts, errors } = scoreDocument(gold, pred);
    const m = metrics(counts);
    expect(m.strict.p).toBeCloseTo(1 / 3);
    expect(m.strict.r).toBeCloseTo(1 / 2);
    expect(m.strict.f1).toBeCloseTo(0.4);
    expect(errors.missed.map((e) => e.gold.value)).toEqual(['P2W']);
    expect(errors.spurious.map((e) => e.pred.value)).toEqual(['2012', 'PXD']);
  });

  it('matches without one-to-one alignment, as TempEval-3 does: a gold split in two gives two precise predictions', () => {
    const { counts } = scoreDocument([g(0, 14, '1998-01-08TMO', 'TIME')], [p(0, 6, '1998-01-08'), p(7, 14, '1998-01-08TMO', 'TIME')]);
    expect(counts.relaxedPred).toBe(2);
    expect(counts.relaxedGold).toBe(1);
    expect(counts.valuePred).toBe(1);
    expect(counts.valueGold).toBe(1);
  });

  it('honours alternative extents and acceptable values', () => {
    const gold = [g(0, 33, '2022-01-07TMO', 'TIME', { spans: [[0, 33], [4, 33], [27, 33]], values: ['2022-01-07TMO', '2022-01-07'] })];
    const { counts } = scoreDocument(gold, [p(27, 33, '2022-01-07')]);
    expect(counts.strictGold).toBe(1);
    expect(counts.valueGold).toBe(1);
  });

  it('treats touching spans as not overlapping (end is exclusive)', () => {
    const { counts } = scoreDocument([g(0, 4, '2011')], [p(4, 8, '2011')]);
    expect(counts.relaxedGold).toBe(0);
    expect(counts.relaxedPred).toBe(0);
  });

  it('skips type accuracy for gold without a type', () => {
    const { counts } = scoreDocument([g(0, 4, '2011', '')], [p(0, 4, '2011', 'DATE')]);
    expect(counts.typed).toBe(0);
    expect(metrics(counts).typeAccuracy).toBe(0);
  });

  it('gives zero figures, not NaN, on empty input', () => {
    const m = metrics(scoreDocument([], []).counts);
    expect(m.strict).toEqual({ p: 0, r: 0, f1: 0 });
  });
});

describe('helpers', () => {
  it('adds counts field by field', () => {
    const a = { ...emptyCounts(), gold: 2, valueGold: 1 };
    expect(addCounts(a, a)).toMatchObject({ gold: 4, valueGold: 2, pred: 0 });
  });
  it('masks digits in value shapes', () => {
    expect(valueShape('1998-01-08T10:30')).toBe('9999-99-99T99:99');
    expect(valueShape('PRESENT_REF')).toBe('PRESENT_REF');
  });
  it('groups errors largest group first', () => {
    const groups = groupErrors(['a1', 'b1', 'b2', 'c1'], (s) => s[0]!);
    expect(groups.map(([k, v]) => [k, v.length])).toEqual([['b', 2], ['a', 1], ['c', 1]]);
  });
});

describe('negativesHit', () => {
  it('counts a prediction entirely inside a negative string, once per negative', () => {
    const text = 'About 3,000 people; 3,000 more.';
    const hits = negativesHit(text, ['3,000', 'people'], [p(8, 11, '3000'), p(21, 26, '3000')]);
    expect(hits.map((h) => h.negative)).toEqual(['3,000']);
  });
});
