import { describe, expect, it } from 'vitest';
import { toTimelineJS } from '../../../src/model/timelinejs.js';
import type { TimelineEvent } from '../../../src/model/types.js';

const event = (id: string): TimelineEvent => ({ id, start: '2022-01-07', precision: 'day', title: id, text: id, span: { start: 0, end: 1 } });
const ids = (list: string[]): string[] => toTimelineJS({ events: list.map(event) }).events.map((s) => s.unique_id);

describe('toTimelineJS unique_id', () => {
  it('keeps ids that are already unique and safe', () => {
    expect(ids(['e1', 'e2', 'a_b-c'])).toEqual(['e1', 'e2', 'a_b-c']);
  });

  it('makes ids that collide after sanitizing unique with -2, -3 in order', () => {
    expect(ids(['a.b', 'a-b', 'a b', 'a/b'])).toEqual(['a-b', 'a-b-2', 'a-b-3', 'a-b-4']);
  });

  it('skips suffixes that another event already has, and names empty ids event, event-2, ...', () => {
    expect(ids(['a-b-2', 'a.b', 'a-b', 'a-b'])).toEqual(['a-b-2', 'a-b', 'a-b-3', 'a-b-4']);
    expect(ids(['', '', 'event', '%', '-'])).toEqual(['event', 'event-2', 'event-3', '-', '--2']);
  });

  it('is deterministic and unique for many equal ids', () => {
    const list = Array.from({ length: 20_000 }, (_, i) => (i % 2 ? 'x.y' : 'x-y'));
    const out = ids(list);
    expect(new Set(out).size).toBe(list.length);
    expect(out.slice(0, 3)).toEqual(['x-y', 'x-y-2', 'x-y-3']);
    expect(ids(list)).toEqual(out);
  });
});
