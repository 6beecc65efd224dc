// The first view for several article shapes, and where the "earlier"/"later" pills lead.
import { describe, expect, it } from 'vitest';
import type { Precision, TimelineEvent } from '../../../src/model/types.js';
import { prepareTimeline } from '../../../src/render/prepare.js';
import { edgeCounts, focusView, revealSpan } from '../../../src/render/focus.js';
import { eventExtent } from '../../../src/model/timex-value.js';

const precisionOf = (v: string): Precision => (v.length <= 4 ? 'year' : v.length === 7 ? 'month' : v.length === 10 ? 'day' : 'minute');
const timeline = (...starts: string[]) => prepareTimeline(starts.map((start, i): TimelineEvent => ({
  id: `e${i}`, start, precision: precisionOf(start), title: `Event ${i}`, text: `Event ${i}.`, span: { start: 0, end: 1 },
})));
const at = (value: string) => eventExtent({ start: value })!.start;
const YEAR = 365.25 * 86_400_000;
const within = (domain: [number, number], value: string) => at(value) >= domain[0] && eventExtent({ start: value })!.end <= domain[1];

const FLOOD = ['1985-06-02', '2024-06-10', '2024-06-11', '2024-06-11', '2024-06-12', '2024-06-13', '2024-06-14'];

describe('focusView', () => {
  it('opens a flood story of this week on the week, leaving the flood decades back as one event earlier', () => {
    const view = focusView(timeline(...FLOOD));
    expect(view.earlier).toBe(1);
    expect(view.later).toBe(0);
    for (const day of FLOOD.slice(1)) expect(within(view.domain, day)).toBe(true);
    expect(view.domain[1] - view.domain[0]).toBeLessThan(14 * 86_400_000);
  });

  it('shows a history spread evenly over centuries whole', () => {
    const years = Array.from({ length: 12 }, (_, i) => String(1500 + i * 40));
    const p = timeline(...years);
    const view = focusView(p);
    expect(view).toMatchObject({ earlier: 0, later: 0 });
    expect(view.domain[0]).toBeLessThan(at('1500'));
    expect(view.domain[1]).toBeGreaterThan(at('1941'));
  });

  it('leaves out one event 2000 years back', () => {
    const p = prepareTimeline([
      { id: 'old', start: 'BC0031', precision: 'year', title: 'Actium', text: '.', span: { start: 0, end: 1 } },
      ...['2023-03-01', '2023-03-04', '2023-03-09', '2023-03-20'].map((start, i): TimelineEvent => ({ id: `n${i}`, start, precision: 'day', title: 't', text: '.', span: { start: 0, end: 1 } })),
    ]);
    const view = focusView(p);
    expect(view.earlier).toBe(1);
    expect(view.domain[1] - view.domain[0]).toBeLessThan(60 * 86_400_000);
  });

  it('leaves out a plan years ahead as one event later', () => {
    const view = focusView(timeline('2024-06-10', '2024-06-11', '2024-06-12', '2024-06-14', '2035'));
    expect(view).toMatchObject({ earlier: 0, later: 1 });
  });

  it('keeps two clusters of equal weight together, and focuses on the larger of two unequal ones', () => {
    const old = ['1990-03', '1990-05', '1990-06', '1990-09', '1991-01'];
    const now = ['2020-03', '2020-05', '2020-06', '2020-09', '2021-01'];
    expect(focusView(timeline(...old, ...now))).toMatchObject({ earlier: 0, later: 0 });
    const view = focusView(timeline(...old.slice(0, 3), ...now, '2021-02', '2021-03'));
    expect(view).toMatchObject({ earlier: 3, later: 0 });
    expect(within(view.domain, '2020-03')).toBe(true);
  });

  it('leaves background events out on both sides, and a nearer second background event too', () => {
    const view = focusView(timeline('1918', '1985', '2024-06-10', '2024-06-11', '2024-06-12', '2024-06-13', '2024-06-14', '2030'));
    expect(view).toMatchObject({ earlier: 2, later: 1 });
  });

  it('shows a single event and a day of events whole, with room around them', () => {
    const one = focusView(timeline('2024-06-10'));
    expect(one).toMatchObject({ earlier: 0, later: 0 });
    expect(within(one.domain, '2024-06-10')).toBe(true);
    const day = focusView(timeline('2024-06-10T08:00', '2024-06-10T09:30', '2024-06-10T12:00', '2024-06-10T17:45'));
    expect(day).toMatchObject({ earlier: 0, later: 0 });
    expect(within(day.domain, '2024-06-10T17:45')).toBe(true);
  });

  it('does not cut a story whose far event is only a week or two away', () => {
    expect(focusView(timeline('2024-05-30', '2024-06-10', '2024-06-10', '2024-06-10', '2024-06-10'))).toMatchObject({ earlier: 0, later: 0 });
  });

  it('finds the few far events among 100,000', () => {
    const starts = ['1950', '1960'];
    for (let i = 0; i < 100_000; i++) starts.push(new Date(Date.UTC(2020, 0, 1) + i * 900_000).toISOString().slice(0, 16));
    const p = timeline(...starts);
    expect(focusView(p).earlier).toBe(2);
  });
});

describe('edgeCounts and revealSpan', () => {
  const p = timeline(...FLOOD);
  const view = focusView(p).domain;

  it('counts the events beyond each edge of the first view', () => {
    expect(edgeCounts(p, view)).toMatchObject({ earlier: 1, earlierTarget: 0, later: 0, laterTarget: -1 });
  });

  it('takes the reader to the far event, and from there back to the week', () => {
    const there = revealSpan(p, view, 'earlier')!;
    expect(within(there, '1985-06-02')).toBe(true);
    expect(there[1] - there[0]).toBeLessThan(30 * 86_400_000);
    expect(edgeCounts(p, there)).toMatchObject({ earlier: 0, later: 6 });
    const back = revealSpan(p, there, 'later')!;
    for (const day of FLOOD.slice(1)) expect(within(back, day)).toBe(true);
    expect(back[1] - back[0]).toBeLessThan(14 * 86_400_000);
  });

  it('gathers a far group of events into one view', () => {
    const q = timeline('1990-03', '1990-05', '1990-06', '2020-03-01', '2020-03-02', '2020-03-03', '2020-03-04', '2020-03-05', '2020-03-06', '2020-03-07');
    const first = focusView(q);
    expect(first.earlier).toBe(3);
    const span = revealSpan(q, first.domain, 'earlier')!;
    for (const m of ['1990-03', '1990-05', '1990-06']) expect(within(span, m)).toBe(true);
    expect(span[1] - span[0]).toBeLessThan(YEAR);
  });

  it('leaves a nearby neighbour to a pan', () => {
    const q = timeline('2020-03-01', '2020-03-02', '2020-03-03', '2020-03-04');
    expect(revealSpan(q, [at('2020-03-02'), at('2020-03-03')], 'earlier')).toBeNull();
    expect(revealSpan(q, [at('2020-03-02'), at('2020-03-03')], 'later')).toBeNull();
    expect(revealSpan(q, [at('2020-03-05'), at('2020-03-06')], 'later')).toBeNull();
  });
});

describe('day items', () => {
  it('gives day and part-of-day events their own day; a night stays on the day it starts', () => {
    const p = prepareTimeline([{ id: 'n', start: '2022-01-07TNI', precision: 'part-of-day', title: 'Night', text: '.', span: { start: 0, end: 1 } }]);
    const item = p.items[0]!;
    expect(item.day).toEqual([at('2022-01-07'), at('2022-01-08')]);
    expect(item.at).toBeGreaterThanOrEqual(at('2022-01-07'));
    expect(item.at).toBeLessThan(at('2022-01-08'));
    expect(timeline('2022-01-07').items[0]!.day).toEqual([at('2022-01-07'), at('2022-01-08')]);
    expect(timeline('2022-01-07T10:00').items[0]!.day).toBeUndefined();
    expect(timeline('2022-01').items[0]!.day).toBeUndefined();
  });
});
