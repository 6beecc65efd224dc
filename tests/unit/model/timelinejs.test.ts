import { describe, expect, it } from 'vitest';
import { fromTimelineJS, toTimelineJS } from '../../../src/model/timelinejs.js';
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

describe('fromTimelineJS validation', () => {
  const slide = (extra: Record<string, unknown>) => ({ start_date: { year: 2022, month: 1, day: 5 }, text: { headline: 'x' }, ...extra });
  const messages = (input: unknown): string[] => {
    const r = fromTimelineJS(input);
    return r.ok ? [] : r.errors.map((e) => `${e.path}: ${e.message}`);
  };

  it('applies the parseTimeline rules, with paths into the TimelineJS input', () => {
    expect(messages({ events: [
      slide({ unique_id: 'a' }),
      slide({ unique_id: 'a' }),
      slide({ unique_id: 'b\r\nc' }),
      slide({ end_date: { year: 2021 } }),
      { start_date: { year: 2020, month: 13 } },
      slide({ unique_id: 7 }),
    ] })).toEqual([
      '$.events[1].unique_id: duplicate id "a", already used by $.events[0]: every event needs its own id',
      '$.events[2].unique_id: contains a control character (U+000D at position 1): use printable characters only',
      '$.events[3].end_date: "2021" begins before the start "2022-01-05": an event cannot end before it starts (swap start and end, or fix the date)',
      '$.events[4].start_date.month: expected a month number from 1 to 12',
      '$.events[5].unique_id: expected a string',
    ]);
  });

  it('numbers slides without a unique_id and never throws', () => {
    const r = fromTimelineJS({ events: [slide({ unique_id: 'e2' }), slide({}), slide({ unique_id: '' })] });
    expect(r.ok && r.timeline.events.map((e) => e.id)).toEqual(['e2', 'e2-2', 'e3']);
    for (const v of [null, 1, 'x', '[]', { events: null }, { events: [null, 1, [], { start_date: null }, slide({ end_date: 'x' })] }]) {
      const bad = fromTimelineJS(v);
      expect(bad.ok).toBe(false);
      if (!bad.ok) for (const e of bad.errors) expect(e.path).toMatch(/^\$/);
    }
    expect(fromTimelineJS({ title: 5, events: [] }).ok).toBe(true);
  });

  it('round-trips our export with colliding ids', () => {
    const events = ['a.b', 'a-b', 'a b'].map((id, i) => ({ id, start: `2022-01-0${i + 1}`, precision: 'day' as const, title: id, text: id, span: { start: 0, end: 1 } }));
    const back = fromTimelineJS(JSON.parse(JSON.stringify(toTimelineJS({ events }))));
    expect(back.ok && back.timeline.events.map((e) => [e.id, e.start])).toEqual([['a-b', '2022-01-01'], ['a-b-2', '2022-01-02'], ['a-b-3', '2022-01-03']]);
  });
});
