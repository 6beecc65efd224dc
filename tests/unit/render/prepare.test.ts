import { describe, expect, it } from 'vitest';
import { KIND_RANGE, markKindOf, prepareTimeline } from '../../../src/render/prepare.js';
import { rangeRows, rangeRowsOf } from '../../../src/render/lanes.js';
import { parseTimeline, parseWithExtents } from '../../../src/model/parse-timeline.js';
import { eventExtent } from '../../../src/model/timex-value.js';
import type { TimelineEvent } from '../../../src/model/types.js';

const event = (i: number, start: string, end?: string): TimelineEvent => ({
  id: `e${i}`, start, precision: 'day', title: 't', text: 't', span: { start: 0, end: 0 }, ...(end ? { end } : {}),
});

/** The order prepareTimeline promises above 5,000 items: by start, equal starts in input order. */
function reference(events: TimelineEvent[]): string[] {
  return events.map((e, i) => ({ id: e.id, start: eventExtent(e)?.start, i }))
    .filter((x) => x.start !== undefined)
    .sort((a, b) => a.start! - b.start! || a.i - b.i).map((x) => x.id);
}

describe('prepareTimeline sort of large timelines', () => {
  const values = ['2022-01-05', '2022-01-05T10:30', '2022', '2022-03', '1995-12-31', 'BC0044', '0099', '2022-01-05T10:30:15', '2022-W03', 'P2W'];
  const make = (n: number, pick: (i: number) => string) => Array.from({ length: n }, (_, i) => event(i, pick(i)));

  it('keeps ties in input order on whole-minute starts, BC years included', () => {
    const events = make(6000, (i) => values[(i * 7919) % 7]!);
    expect(prepareTimeline(events).items.map((x) => x.event.id)).toEqual(reference(events));
  });

  it('keeps ties in input order on whole-minute starts more than 2^32 minutes apart', () => {
    const wide = ['BC5000', '2022-01-05', 'BC5000', '2022', '1995-12-31T10:30', '2022-01-05'];
    const events = make(6000, (i) => wide[(i * 7919) % wide.length]!);
    expect(prepareTimeline(events).items.map((x) => x.event.id)).toEqual(reference(events));
  });

  it('falls back for starts off the minute (seconds) and still sorts stably', () => {
    const events = make(6000, (i) => values[(i * 7919) % 9]!);
    const prepared = prepareTimeline(events);
    expect(prepared.items.map((x) => x.event.id)).toEqual(reference(events));
    expect(prepared.undated.map((e) => e.id)).toEqual(events.filter((e) => e.start === 'P2W').map((e) => e.id));
    expect(prepared.items.every((x, i) => x.order === i && prepared.starts[i] === x.start)).toBe(true);
  });

  it('sorts whole-day starts out of order, BC years among them, ties in input order', () => {
    const days = ['2022-01-05', '1995-12-31', '2022', 'BC0044', '2022-01-05', '2022-03', '0099', '1995-12-31'];
    const events = make(6000, (i) => days[(i * 7919) % days.length]!);
    expect(prepareTimeline(events).items.map((x) => x.event.id)).toEqual(reference(events));
  });

  it('sorts starts close together (one radix pass) out of order, ties in input order', () => {
    const days = make(6000, (i) => `2022-${String(1 + ((i * 7) % 12)).padStart(2, '0')}-${String(1 + ((i * 13) % 28)).padStart(2, '0')}`);
    expect(prepareTimeline(days).items.map((x) => x.event.id)).toEqual(reference(days));
    const minutes = make(6000, (i) => `2022-01-${String(1 + ((i * 13) % 28)).padStart(2, '0')}T${String((i * 7) % 24).padStart(2, '0')}:${String((i * 11) % 60).padStart(2, '0')}`);
    expect(prepareTimeline(minutes).items.map((x) => x.event.id)).toEqual(reference(minutes));
  });

  it('takes the extents parseWithExtents read, with the same result', () => {
    const events = make(6000, (i) => values[(i * 7919) % 8]!);
    const parsed = parseWithExtents(events);
    if (!parsed.ok) throw new Error('invalid');
    const withExtents = prepareTimeline(parsed.timeline.events, parsed.extents);
    const without = prepareTimeline(parsed.timeline.events);
    expect(withExtents.items.map((x) => [x.event.id, x.start, x.end, x.kind])).toEqual(without.items.map((x) => [x.event.id, x.start, x.end, x.kind]));
    expect(Array.from(withExtents.starts)).toEqual(Array.from(without.starts));
    expect(withExtents.extent).toEqual(without.extent);
  });

  it('gives day events their day and an already sorted input its own order', () => {
    const events = make(6000, (i) => `2022-01-${String(1 + (i % 28)).padStart(2, '0')}`).sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
    const prepared = prepareTimeline(events);
    expect(prepared.items.map((x) => x.event)).toEqual(events);
    expect(prepared.items[0]!.day).toEqual([Date.UTC(2022, 0, 1), Date.UTC(2022, 0, 2)]);
    expect(prepared.extent).toEqual([Date.UTC(2022, 0, 1), Date.UTC(2022, 0, 29)]);
  });
});

describe('prepareTimeline items and arrays', () => {
  // Plain values and others, ranges among them.
  const starts = ['2022-01-05', '2022-01-05T10:30', '2022', '2022-03', '1995-12-31', 'BC0044', '2022-W03', '2022-01-07TNI', '2022-01-05T10:30:15'];
  const events = Array.from({ length: 60 }, (_, i) => ({
    id: `e${i + 1}`, start: starts[i % starts.length]!, title: `t${i}`, ...(i % 4 === 1 ? { group: `g${i % 3}` } : {}),
    ...(i % 7 === 3 ? { end: i % 2 ? '2023-06' : '2024' } : {}), ...(i % 5 === 0 ? { dateSource: 'derived' } : {}),
  }));
  const parsed = parseTimeline({ events });
  if (!parsed.ok) throw new Error('invalid');
  const prepared = prepareTimeline(parsed.timeline.events);

  it('makes each item once, with the extent, kind and group of its event', () => {
    expect(prepared.item(3)).toBe(prepared.item(3));
    expect(prepared.items[3]).toBe(prepared.item(3));
    expect(prepared.count).toBe(60);
    expect(prepared.timed).toBe(true);
    expect(prepared.groups).toEqual(['g1', 'g2', 'g0']);
    prepared.items.forEach((x, i) => {
      expect([x.start, x.end]).toEqual([eventExtent(x.event)!.start, eventExtent(x.event)!.end]);
      expect([prepared.starts[i], prepared.ends[i]]).toEqual([x.start, x.end]);
      expect(x.kind).toBe(markKindOf(x.event));
      expect(x.group).toBe(x.event.group ? prepared.groups.indexOf(x.event.group) : -1);
      expect(x.tentative).toBe(x.event.dateSource === 'derived');
      expect(prepared.timedAt(i)).toBe(x.event.precision === 'minute' || x.event.precision === 'hour');
    });
  });

  it('packs range rows on the arrays as on the items', () => {
    expect(Array.from(rangeRowsOf(prepared.starts, prepared.ends, prepared.kinds, KIND_RANGE, 3))).toEqual(Array.from(rangeRows(prepared.items, 3)));
  });
});
