import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { TimelineEvent } from '../../../src/model/types.js';
import { fitDomain, lowerBound, prepareTimeline, upperBound } from '../../../src/render/prepare.js';
import { packLanes, rangeRows } from '../../../src/render/lanes.js';
import { labelPlacements, layoutView, type PlacedEvent, type ViewLayout } from '../../../src/render/layout.js';
import { nextIndex } from '../../../src/render/keyboard.js';
import { truncateLabel } from '../../../src/render/text.js';
import { highlightSpans } from '../../../src/render/highlight.js';

const ev = (id: string, start: string, extra: Partial<TimelineEvent> = {}): TimelineEvent => ({
  id, start, precision: start.length === 4 ? 'year' : start.length === 7 ? 'month' : 'day', title: `Event ${id}`, text: `Event ${id}.`,
  span: { start: 0, end: 1 }, ...extra,
});

describe('prepareTimeline', () => {
  it('sorts by start, classifies marks and keeps undated events aside', () => {
    const p = prepareTimeline([
      ev('b', '2022-01-07'), ev('a', '2011'), ev('c', '2022-01-05', { end: '2022-01-19', dateSource: 'derived' }), ev('x', 'P2W'),
    ]);
    expect(p.items.map((i) => i.event.id)).toEqual(['a', 'c', 'b']);
    expect(p.items.map((i) => i.kind)).toEqual(['band', 'range', 'point']);
    expect(p.items[1]!.tentative).toBe(true);
    expect(p.undated.map((e) => e.id)).toEqual(['x']);
    expect(new Date(p.items[1]!.end).toISOString()).toBe('2022-01-20T00:00:00.000Z');
  });

  it('survives junk events', () => {
    const p = prepareTimeline([null as unknown as TimelineEvent, { id: 'q' } as TimelineEvent, ev('ok', '2020')]);
    expect(p.items).toHaveLength(1);
  });

  it('fits a domain with a margin, and a lone instant gets room either side', () => {
    const [a, b] = fitDomain([0, 100 * 86_400_000]);
    expect(a).toBeLessThan(0);
    expect(b).toBeGreaterThan(100 * 86_400_000);
    const [c, d] = fitDomain([5, 5]);
    expect(d - c).toBeGreaterThan(86_400_000);
  });
});

describe('day bands', () => {
  it('draws a day event as a band over its day once a day is 12 px wide, else as a dot at noon', () => {
    const p = prepareTimeline([ev('d', '2022-01-07'), ev('n', '2022-01-07TNI', { precision: 'part-of-day' })]);
    const t0 = Date.UTC(2022, 0, 1);
    const wide = layoutView(p, { domain: [t0, t0 + 30 * 86_400_000], width: 1000, lanes: 4, labelWidth: () => 100 });
    const day = wide.events.find((e) => e.item.event.id === 'd')!;
    expect(day.dayBand).toBe(true);
    expect(day.x0).toBeCloseTo((6 * 1000) / 30, 3);
    expect(day.x1).toBeCloseTo((7 * 1000) / 30, 3);
    expect(day.x).toBeCloseTo(day.x0, 3);
    // The night of the 7th is on the 7th, not on the 8th where most of its hours fall.
    const night = wide.events.find((e) => e.item.event.id === 'n')!;
    expect([night.x0, night.x1]).toEqual([day.x0, day.x1]);
    const narrow = layoutView(p, { domain: [t0, t0 + 365 * 86_400_000], width: 1000, lanes: 4, labelWidth: () => 100 });
    const dot = narrow.events.find((e) => e.item.event.id === 'd')!;
    expect(dot.dayBand).toBeUndefined();
    expect(dot.x).toBeCloseTo((6.5 * 1000) / 365, 3);
  });
});

/** A label's backplate as drawn (markers.ts: the ring), px. */
function labelBox(e: PlacedEvent): [number, number] {
  const shift = e.flip ? e.shift : -e.shift;
  const left = e.x + (e.flip ? -e.labelWidth : 0) - 2 + shift;
  return [left, left + e.labelWidth + 4];
}

/** Pairs of labels one above the other (backplates overlapping in x) whose stack is out of date order or that share a lane. */
function stackFaults(layout: ViewLayout): string[] {
  const labelled = layout.events.filter((e) => e.lane >= 0);
  const faults: string[] = [];
  for (const a of labelled) {
    for (const b of labelled) {
      if (a === b || a.item.order > b.item.order) continue;
      const [a0, a1] = labelBox(a);
      const [b0, b1] = labelBox(b);
      if (a1 <= b0 || b1 <= a0) continue;
      // a is the earlier: its label lies wholly below b's.
      if (a.lane + a.span > b.lane) faults.push(`${a.item.event.id}@${a.lane}+${a.span} / ${b.item.event.id}@${b.lane}`);
    }
  }
  return faults;
}

describe('binary search', () => {
  const sorted = Float64Array.from([1, 2, 2, 3]);
  it('finds bounds', () => {
    expect(lowerBound(sorted, 2)).toBe(1);
    expect(upperBound(sorted, 2)).toBe(3);
    expect(lowerBound(sorted, 9)).toBe(4);
  });
});

describe('packLanes', () => {
  it('puts overlapping labels in higher lanes and reuses freed lanes', () => {
    expect(packLanes([{ x0: 0, x1: 100 }, { x0: 50, x1: 150 }, { x0: 120, x1: 200 }], 3)).toEqual([0, 1, 0]);
  });

  it('returns -1 when no lane has room', () => {
    expect(packLanes([{ x0: 0, x1: 100 }, { x0: 10, x1: 100 }], 1)).toEqual([0, -1]);
  });

  it('gives ranges bar rows on their time extents (overlapping ones stacked, the rest share the top row), other items none', () => {
    const p = prepareTimeline([
      ev('r1', '2022-01-05', { end: '2022-01-15' }), ev('p', '2022-01-10'), ev('r2', '2022-01-08', { end: '2022-01-20' }),
      ev('r3', '2022-01-16', { end: '2022-01-18' }), ev('r4', '2022-01-09', { end: '2022-01-12' }), ev('r5', '2022-01-11', { end: '2022-01-13' }),
      // Starts the day after r1's last day (ends are exclusive): r1's row is free again, and r6 (shorter, first) takes it.
      ev('r6', '2022-01-16', { end: '2022-01-17' }),
    ]);
    const rows = rangeRows(p.items, 3);
    const rowOf = (id: string) => rows[p.items.findIndex((i) => i.event.id === id)];
    expect(['r1', 'r2', 'r4', 'r5', 'r3', 'r6', 'p'].map(rowOf)).toEqual([0, 1, 2, 2, 2, 0, -1]);
  });
});

describe('layoutView', () => {
  const day = (d: number) => `2022-01-${String(d).padStart(2, '0')}`;
  const domain: [number, number] = [Date.UTC(2022, 0, 1), Date.UTC(2022, 0, 31)];

  it('labels every event when there is room, with no overlapping labels in a lane', () => {
    const p = prepareTimeline([1, 8, 15, 22].map((d) => ev(String(d), day(d))));
    const layout = layoutView(p, { domain, width: 1000, lanes: 3, labelWidth: () => 150 });
    expect(layout.mode).toBe('detail');
    expect(layout.events.map((e) => e.lane)).toEqual([0, 0, 0, 0]);
    expect(layout.clusters).toEqual([]);
  });

  it('folds events that do not fit into one counted cluster', () => {
    const p = prepareTimeline(Array.from({ length: 6 }, (_, i) => ev(`e${i}`, day(10))));
    const layout = layoutView(p, { domain, width: 1000, lanes: 2, labelWidth: () => 150 });
    expect(layout.events).toHaveLength(2);
    expect(layout.clusters).toHaveLength(1);
    expect(layout.clusters[0]!.count).toBe(4);
  });

  it('gives a range a label at its start, and a lone event with no room becomes a cluster of one', () => {
    // p has a clock time: a dot at noon (a day event on this wide a day would be a band from its start, as the range).
    const p = prepareTimeline([ev('p', `${day(5)}T12:00`, { precision: 'minute' }), ev('r', day(5), { end: day(19), dateSource: 'derived' }), ev('q', day(9))]);
    const roomy = layoutView(p, { domain, width: 1000, lanes: 2, labelWidth: () => 150 });
    const range = roomy.events.find((e) => e.item.event.id === 'r')!;
    expect(range.lane).toBeGreaterThanOrEqual(0);
    expect(range.x).toBeCloseTo((4 * 1000) / 30, 3);
    expect(range.labelWidth).toBe(150);
    const tight = layoutView(p, { domain, width: 1000, lanes: 1, labelWidth: () => 150 });
    expect(tight.events.map((e) => e.item.event.id)).toEqual(['r']);
    expect(tight.clusters.map((c) => c.count)).toEqual([1, 1]);
  });

  it('uses the widest label cap that labels every event, and widens labels into free room', () => {
    const p = prepareTimeline([1, 10, 19, 28].map((d) => ev(String(d), day(d))));
    const layout = layoutView(p, { domain, width: 1000, lanes: 2, labelWidth: () => 450, labelCaps: [450, 300, 120] });
    expect(layout.clusters).toEqual([]);
    expect(layout.events.every((e) => e.lane >= 0)).toBe(true);
    expect(Math.max(...layout.events.map((e) => e.labelWidth))).toBeGreaterThan(120);
    const lone = layoutView(prepareTimeline([ev('a', day(2))]), { domain, width: 1000, lanes: 2, labelWidth: () => 450, labelCaps: [300, 120] });
    expect(lone.events[0]!.labelWidth).toBe(300);
  });

  it('moves a point label to the other side of its stem when that side has more room', () => {
    // One lane: both fit only at the narrow cap; then b's right side is short (c is near) but its left is free.
    const p = prepareTimeline([ev('b', day(16)), ev('c', day(20))]);
    const layout = layoutView(p, { domain, width: 1000, lanes: 1, labelWidth: () => 400, labelCaps: [400, 100] });
    const b = layout.events.find((e) => e.item.event.id === 'b')!;
    expect(layout.events).toHaveLength(2);
    expect(b.flip).toBe(true);
    expect(b.labelWidth).toBe(400);
    expect(layout.events.find((e) => e.item.event.id === 'c')!.labelWidth).toBeGreaterThan(300);
  });

  it('never leaves an event of a small view without a label or a cluster', () => {
    const p = prepareTimeline(Array.from({ length: 30 }, (_, i) => ev(`e${i}`, day(1 + (i % 9)))));
    const layout = layoutView(p, { domain, width: 700, lanes: 6, labelWidth: () => 260, labelCaps: [260, 180] });
    const labelled = layout.events.filter((e) => e.lane >= 0).length;
    expect(labelled).toBe(layout.events.length);
    expect(labelled + layout.clusters.reduce((n, c) => n + c.count, 0)).toBe(30);
  });

  it('switches to counted columns and a density strip for many events, whatever N is', () => {
    const events = Array.from({ length: 5000 }, (_, i) => ev(`e${i}`, day(1 + (i % 28))));
    const layout = layoutView(prepareTimeline(events), { domain, width: 800, lanes: 4, labelWidth: () => 150, detailLimit: 400 });
    expect(layout.mode).toBe('dense');
    expect(layout.visibleCount).toBe(5000);
    expect(layout.clusters.length).toBeLessThanOrEqual(800 / 44);
    const counted = layout.clusters.reduce((n, c) => n + c.count, 0) + layout.events.length;
    expect(counted).toBe(5000);
    expect(Array.from(layout.density!).reduce((a, b) => a + b, 0)).toBe(5000);
  });

  it('stacks labels in date order: the earlier of two labels one above the other is nearer the axis', () => {
    // z's long label holds lane 0 over a; a then takes lane 1; b, later than a, must not slip into lane 0 under a.
    const p = prepareTimeline([ev('z', day(2)), ev('a', day(4)), ev('b', day(8)), ev('c', day(9))]);
    const widths: Record<string, number> = { z: 200, a: 300, b: 150, c: 120 };
    const layout = layoutView(p, { domain, width: 1000, lanes: 6, labelWidth: (item) => widths[item.event.id]! });
    expect(layout.events.every((e) => e.lane >= 0)).toBe(true);
    const lane = (id: string) => layout.events.find((e) => e.item.event.id === id)!.lane;
    expect(lane('z')).toBe(0);
    expect(lane('a')).toBe(1);
    expect(lane('b')).toBeGreaterThan(lane('a'));
    expect(lane('c')).toBeGreaterThan(lane('b'));
    expect(stackFaults(layout)).toEqual([]);
  });

  it('stacks by date where marks and dates differ: a part of a day (drawn from midnight on a wide day) above an earlier hour', () => {
    const p = prepareTimeline([
      ev('afternoon', '2025-09-16TAF', { precision: 'part-of-day' }), ev('early', '2025-09-16T02:30', { precision: 'minute' }),
      ev('day', '2025-09-16'),
    ]);
    const layout = layoutView(p, { domain: [Date.UTC(2025, 8, 12), Date.UTC(2025, 8, 24)], width: 1000, lanes: 8, labelWidth: () => 300 });
    const placed = (id: string) => layout.events.find((e) => e.item.event.id === id)!;
    expect(placed('afternoon').dayBand).toBe(true);
    expect(placed('afternoon').x).toBeLessThan(placed('early').x);
    expect(['day', 'early', 'afternoon'].map((id) => placed(id).lane)).toEqual([0, 1, 2]);
    expect(stackFaults(layout)).toEqual([]);
  });

  it('keeps every stack in date order through any pan and zoom (property)', () => {
    const event = fc.record({ day: fc.integer({ min: 0, max: 59 }), hour: fc.integer({ min: 0, max: 23 }), width: fc.integer({ min: 40, max: 420 }) });
    const move = fc.record({ pan: fc.double({ min: -0.5, max: 0.5, noNaN: true }), zoom: fc.double({ min: 0.5, max: 2, noNaN: true }) });
    fc.assert(fc.property(fc.array(event, { minLength: 1, maxLength: 60 }), fc.array(move, { maxLength: 6 }), fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 300, max: 1400 }), (specs, moves, lanes, width) => {
        const events = specs.map((s, i) => ev(`e${i}`, new Date(Date.UTC(2022, 0, 1 + s.day, s.hour)).toISOString().slice(0, 16), { precision: 'minute' }));
        const widths = new Map(events.map((e, i) => [e.id, specs[i]!.width]));
        const p = prepareTimeline(events);
        const options = { width, lanes, labelWidth: (item: { event: TimelineEvent }) => widths.get(item.event.id)!, labelCaps: [420, 240, 120] };
        let view: [number, number] = [Date.UTC(2022, 0, 1), Date.UTC(2022, 2, 1)];
        let layout = layoutView(p, { ...options, domain: view });
        expect(stackFaults(layout)).toEqual([]);
        for (const { pan, zoom } of moves) {
          const span = (view[1] - view[0]) / zoom;
          const mid = (view[0] + view[1]) / 2 + pan * span;
          view = [mid - span / 2, mid + span / 2];
          layout = layoutView(p, { ...options, domain: view, previous: labelPlacements(layout) });
          expect(stackFaults(layout)).toEqual([]);
          const counted = layout.events.length + layout.clusters.reduce((n, c) => n + c.count, 0);
          expect(counted).toBe(layout.visibleCount);
        }
      }), { numRuns: 300 });
  });

  it('keeps labels in their lanes while the view pans, where fresh packing would reshuffle them', () => {
    // Dense enough that lanes fill up: every pan step brings events in at an edge.
    const events = Array.from({ length: 120 }, (_, i) => ev(`e${i}`, `2022-${String(1 + Math.floor(i / 28)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`));
    const p = prepareTimeline(events);
    const span = 30 * 86_400_000;
    const options = { width: 1000, lanes: 4, labelWidth: () => 200, labelCaps: [200, 120] };
    const lanesOf = (l: ReturnType<typeof layoutView>) => new Map(l.events.filter((e) => e.lane >= 0).map((e) => [e.item.order, e.lane]));
    // Towards earlier dates (events come in at the left) and towards later ones (at the right).
    for (const direction of [-1, 1]) {
      const view = (step: number): [number, number] => {
        const start = Date.UTC(2022, 1, 1) + direction * step * 86_400_000 / 2;
        return [start, start + span];
      };
      let fresh = layoutView(p, { ...options, domain: view(0) });
      let stable = fresh;
      let freshMoves = 0;
      let stableMoves = 0;
      for (let step = 1; step <= 10; step++) {
        const nextFresh = layoutView(p, { ...options, domain: view(step) });
        const nextStable = layoutView(p, { ...options, domain: view(step), previous: labelPlacements(stable) });
        const [a, b, c, d] = [lanesOf(fresh), lanesOf(nextFresh), lanesOf(stable), lanesOf(nextStable)];
        for (const [order, lane] of b) if (a.has(order) && a.get(order) !== lane) freshMoves++;
        for (const [order, lane] of d) if (c.has(order) && c.get(order) !== lane) stableMoves++;
        // Still no overlap in a lane, every stack in date order, and every visible event labelled or counted.
        for (let lane = 0; lane < 4; lane++) {
          const slots = nextStable.events.filter((e) => e.lane === lane).map((e) => (e.flip ? [e.x - e.labelWidth, e.x] : [e.x, e.x + e.labelWidth]) as [number, number]).sort((x, y) => x[0] - y[0]);
          for (let i = 1; i < slots.length; i++) expect(slots[i]![0]).toBeGreaterThan(slots[i - 1]![1]);
        }
        const counted = nextStable.events.length + nextStable.clusters.reduce((n, cl) => n + cl.count, 0);
        expect(counted).toBe(nextStable.visibleCount);
        expect(stackFaults(nextStable)).toEqual([]);
        fresh = nextFresh;
        stable = nextStable;
      }
      expect(freshMoves).toBeGreaterThan(10);
      // Towards later dates no label moves; towards earlier ones only where an event coming in stacks under a label
      // (and its stack lifts), far less often than fresh packing reshuffles.
      if (direction > 0) expect(stableMoves).toBe(0);
      else expect(stableMoves).toBeLessThan(freshMoves / 2);
    }
  });

  it('labels an earlier event coming into view beneath a stack (lifting it), and keeps a folded one from moving labels', () => {
    const p = prepareTimeline([ev('n', day(5)), ev('k', day(8)), ev('m', day(9))]);
    const options = { width: 1000, lanes: 6, labelWidth: () => 200 };
    // n is out of view; k and m stack (k below).
    const before = layoutView(p, { ...options, domain: [Date.UTC(2022, 0, 7), Date.UTC(2022, 1, 6)] });
    expect(before.events.map((e) => [e.item.event.id, e.lane])).toEqual([['k', 0], ['m', 1]]);
    // Panned to earlier dates: n comes in and its label stacks under k's, which lifts with m's.
    const after = layoutView(p, { ...options, domain: [Date.UTC(2022, 0, 2), Date.UTC(2022, 1, 1)], previous: labelPlacements(before) });
    expect(after.events.map((e) => [e.item.event.id, e.lane])).toEqual([['n', 0], ['k', 1], ['m', 2]]);
    expect(stackFaults(after)).toEqual([]);
    // Folded in the last frame (no room then), n waits for room behind k and m instead.
    const folded = new Map(labelPlacements(before)).set(0, { lane: -1, flip: false, width: 0, shift: 0 });
    const waited = layoutView(p, { ...options, domain: [Date.UTC(2022, 0, 2), Date.UTC(2022, 1, 1)], previous: folded });
    expect(waited.events.map((e) => [e.item.event.id, e.lane])).toEqual([['k', 0], ['m', 1]]);
    expect(waited.clusters.map((c) => c.count)).toEqual([1]);
  });

  it('wraps labels that do not fit one line at the narrowest whole width, and never lets multi-lane labels share a lane', () => {
    // Natural 400 px (one line, two lanes); wrapped whole at 220 px it takes three lanes.
    const p = prepareTimeline(Array.from({ length: 8 }, (_, i) => ev(`e${i}`, day(10 + (i % 3)))));
    const options = {
      domain, width: 1000, lanes: 14, labelWidth: () => 400, labelCaps: [300, 180], labelMinWidth: () => 220,
      labelSpan: (_item: unknown, w: number) => (w >= 400 ? 2 : 3), baseSpan: 2, labelWhole: () => true,
    };
    const layout = layoutView(p, options);
    const labelled = layout.events.filter((e) => e.lane >= 0);
    expect(labelled.length).toBeGreaterThan(2);
    for (const e of labelled) {
      // Never cut below its whole two-line width, never grown to a wider two-line label.
      expect(e.labelWidth === 220 || e.labelWidth >= 400).toBe(true);
      expect(e.span).toBe(e.labelWidth >= 400 ? 2 : 3);
      expect(e.lane + e.span).toBeLessThanOrEqual(14);
    }
    for (let i = 0; i < labelled.length; i++) {
      for (let j = i + 1; j < labelled.length; j++) {
        const [a, b] = [labelled[i]!, labelled[j]!];
        const ax = a.flip ? [a.x - a.labelWidth, a.x] : [a.x, a.x + a.labelWidth];
        const bx = b.flip ? [b.x - b.labelWidth, b.x] : [b.x, b.x + b.labelWidth];
        const xOverlap = ax[0]! < bx[1]! && bx[0]! < ax[1]!;
        const laneOverlap = a.lane < b.lane + b.span && b.lane < a.lane + a.span;
        expect(xOverlap && laneOverlap, `${a.item.event.id} and ${b.item.event.id}`).toBe(false);
      }
    }
    const counted = layout.events.length + layout.clusters.reduce((n, c) => n + c.count, 0);
    expect(counted).toBe(8);
  });

  it('moves a label with no room on either side of its stem back across it, inside the plot, at its full width', () => {
    const p = prepareTimeline([ev('mid', day(16))]);
    const layout = layoutView(p, { domain, width: 600, lanes: 2, labelWidth: () => 500 });
    const e = layout.events[0]!;
    expect(e.labelWidth).toBe(500);
    expect(e.shift).toBeGreaterThan(0);
    const [x0, x1] = e.flip ? [e.x + e.shift - e.labelWidth, e.x + e.shift] : [e.x - e.shift, e.x - e.shift + e.labelWidth];
    expect(x0).toBeGreaterThanOrEqual(0);
    expect(x1).toBeLessThanOrEqual(600);
    // Wider than the plot: narrowed to it.
    const wide = layoutView(p, { domain, width: 300, lanes: 2, labelWidth: () => 500 }).events[0]!;
    expect(wide.labelWidth).toBeLessThanOrEqual(300);
  });

  it('flips labels at the right edge', () => {
    const p = prepareTimeline([ev('late', day(30))]);
    const layout = layoutView(p, { domain, width: 600, lanes: 2, labelWidth: () => 150 });
    expect(layout.events[0]!.flip).toBe(true);
  });
});

describe('nextIndex', () => {
  it('moves and clamps', () => {
    expect(nextIndex('ArrowRight', 0, 3)).toBe(1);
    expect(nextIndex('ArrowRight', 2, 3)).toBe(2);
    expect(nextIndex('ArrowLeft', 0, 3)).toBe(0);
    expect(nextIndex('End', 0, 3)).toBe(2);
    expect(nextIndex('Home', 2, 3)).toBe(0);
    expect(nextIndex('Home', 0, 0)).toBe(-1);
  });
});

describe('text helpers', () => {
  it('cuts a sentence into plain and highlighted pieces, skipping bad spans', () => {
    expect(highlightSpans('On Friday, it rained.', [{ start: 3, end: 9 }, { start: 50, end: 60 }, { start: 4, end: 5 }])).toEqual([
      { text: 'On ', highlight: false }, { text: 'Friday', highlight: true }, { text: ', it rained.', highlight: false },
    ]);
  });

  it('truncates at a word boundary with an ellipsis', () => {
    expect(truncateLabel('The president signed a decree on gas prices', 22)).toBe('The president signed…');
    expect(truncateLabel('Short', 20)).toBe('Short');
  });
});
