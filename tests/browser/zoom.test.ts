/// <reference types="mocha" />
// The chart's zoom behaviour (src/element/zoom-behaviour.ts) under touch: one finger pans, two pinch, a double-tap
// zooms in. Mouse, wheel and keys are covered in event-timeline,
// reading and story tests.
import { expect } from '@open-wc/testing';
import type { EventTimeline } from '../../src/element/event-timeline.js';
import type { Timeline } from '../../src/model/types.js';
import { $, $$, markerX, mountSeed, settle } from './helpers.js';

const span = (el: EventTimeline) => el.domain![1].getTime() - el.domain![0].getTime();

/** Dispatches a touch pointer event at (x, y) px from the chart's top left. */
function finger(el: EventTimeline, type: string, id: number, x: number, y: number): void {
  const svg = $(el, '.chart svg')!;
  const r = svg.getBoundingClientRect();
  const init = { bubbles: true, cancelable: true, composed: true, pointerType: 'touch', pointerId: id, isPrimary: id === 1, clientX: r.left + x, clientY: r.top + y };
  // Down on the chart; moves and ups reach the window as a captured touch's do.
  (type === 'pointerdown' ? svg : window).dispatchEvent(new PointerEvent(type, init));
}

describe('<event-timeline> zoom behaviour: touch', () => {
  it('pans with one finger, the time under it following it', async () => {
    const el = await mountSeed(1000, 500);
    el.zoomTo(Date.UTC(2021, 11, 1), Date.UTC(2022, 1, 1));
    await settle(el);
    const [a0, b0] = el.domain!.map(Number) as [number, number];
    const width = $(el, '.chart svg')!.getBoundingClientRect().width;
    finger(el, 'pointerdown', 1, 700, 80);
    for (let i = 1; i <= 6; i++) finger(el, 'pointermove', 1, 700 - 25 * i, 80);
    finger(el, 'pointerup', 1, 550, 80);
    await settle(el);
    const [a1, b1] = el.domain!.map(Number) as [number, number];
    expect(b1 - a1).to.be.closeTo(b0 - a0, 1000);
    expect(((a1 - a0) / (b0 - a0)) * width).to.be.closeTo(150, 0.5);
    // A pan moves the layers by one transform: the stems' layer with the markers', each stem under its marker.
    const shift = (layer: string) => markerX($(el, layer)!) || 0; // no transform: not moved
    const markers = $$(el, 'g.event');
    expect(markers.length).to.be.above(0);
    for (const marker of markers) {
      const stem = $(el, `g.stems line[data-id="${marker.getAttribute('data-id')}"]`)!;
      expect(Number(stem.getAttribute('x1')) + shift('g.stems')).to.be.closeTo(markerX(marker) + shift('g.events'), 0.01);
    }
  });

  it('pinches: two fingers spreading from 100 to 200 px apart zoom in twice about their midpoint', async () => {
    const el = await mountSeed(1000, 500);
    el.zoomTo(Date.UTC(2021, 11, 1), Date.UTC(2022, 1, 1));
    await settle(el);
    const before = span(el);
    const [a0] = el.domain!.map(Number) as [number, number];
    const width = $(el, '.chart svg')!.getBoundingClientRect().width;
    const mid = a0 + (550 / width) * before;
    finger(el, 'pointerdown', 1, 500, 80);
    finger(el, 'pointerdown', 2, 600, 80);
    for (let i = 1; i <= 5; i++) {
      finger(el, 'pointermove', 1, 500 - 10 * i, 80);
      finger(el, 'pointermove', 2, 600 + 10 * i, 80);
    }
    finger(el, 'pointerup', 2, 650, 80);
    // The finger left pans on from where it is, without a jump.
    const pinched = el.domain!.map(Number);
    finger(el, 'pointermove', 1, 450, 80);
    expect(el.domain!.map(Number)).to.deep.equal(pinched);
    finger(el, 'pointerup', 1, 450, 80);
    await settle(el);
    expect(before / span(el)).to.be.closeTo(2, 0.001);
    const [a1] = el.domain!.map(Number) as [number, number];
    expect(a1 + (550 / width) * span(el)).to.be.closeTo(mid, 60_000);
  });

  it('zooms in on a double-tap, not on two taps far apart in time', async () => {
    const el = await mountSeed(1000, 500);
    el.zoomTo(Date.UTC(2021, 11, 1), Date.UTC(2022, 1, 1));
    await settle(el);
    const before = span(el);
    const tap = () => {
      finger(el, 'pointerdown', 1, 400, 80);
      finger(el, 'pointerup', 1, 400, 80);
    };
    tap();
    await new Promise((r) => setTimeout(r, 600));
    tap();
    await settle(el);
    expect(span(el)).to.equal(before);
    tap();
    await settle(el);
    expect(before / span(el)).to.be.closeTo(2, 0.001);
  });
});

describe('<event-timeline> edge pills', () => {
  it('measures the pill texts while idle after new data, so that zoom frames need not', async () => {
    const el = await mountSeed(1000, 500);
    // 1,200 events over ten years: zooming in counts hundreds and thousands beyond the edges.
    el.timeline = { events: Array.from({ length: 1200 }, (_, i) => ({ start: `${2010 + (i % 10)}-0${1 + (i % 9)}-1${i % 10}`, title: `Event ${i}` })) } as unknown as Timeline;
    await settle(el);
    // Measured once the chart has been idle for a moment, by hidden copies that are gone again.
    await new Promise((r) => setTimeout(r, 1500));
    expect($(el, 'g.pill-measure')).to.equal(null);
    const measure = SVGTextElement.prototype.getComputedTextLength;
    let calls = 0;
    SVGTextElement.prototype.getComputedTextLength = function (this: SVGTextElement) { calls++; return measure.call(this); };
    try {
      for (const factor of [3, 5, 10]) {
        el.zoomBy(factor);
        await settle(el);
      }
    } finally {
      SVGTextElement.prototype.getComputedTextLength = measure;
    }
    const pills = $$(el, '.chart g.edge');
    expect(pills.length).to.equal(2);
    expect(calls).to.equal(0);
    // Each pill as wide as its text as drawn, as when it was measured on the spot.
    for (const pill of pills) {
      const text = pill.querySelector('text')!;
      expect(Number(pill.querySelector('rect')!.getAttribute('width'))).to.equal(Math.ceil(20 + text.getComputedTextLength()));
    }
  });
});

describe('<event-timeline> cluster pills through a wheel gesture', () => {
  /** 3,000 events over thirty years: the fitted view and the first zoom steps show columns of counts. */
  const many = () => ({ events: Array.from({ length: 3000 }, (_, i) => ({
    start: `${1995 + (i % 30)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`, title: `Event ${i}` })) }) as unknown as Timeline;
  const pills = (el: EventTimeline) => $$(el, '.chart g.cluster');
  const wheel = (el: EventTimeline) => {
    const svg = $(el, '.chart svg')!;
    const r = svg.getBoundingClientRect();
    svg.dispatchEvent(new WheelEvent('wheel', { deltaY: -60, ctrlKey: true, clientX: r.left + r.width / 2, clientY: r.top + 100,
      bubbles: true, cancelable: true, composed: true }));
  };
  /** What a pill says to a screen reader and in its data, against the count it shows. */
  const named = (pill: HTMLElement) => {
    const count = Number(pill.dataset.count);
    const label = pill.getAttribute('aria-label') ?? '';
    const shown = pill.querySelector('text.count')!.textContent;
    return { count, label, shown };
  };

  it('counts on every frame, and names each pill (data-count, aria-label) once the gesture ends', async () => {
    const el = await mountSeed(1100, 500);
    el.timeline = many();
    await settle(el);
    const before = pills(el).map((p) => p.querySelector('text.count')!.textContent).join(' ');
    for (let i = 0; i < 4; i++) {
      wheel(el);
      await settle(el);
    }
    // During the gesture the counts drawn follow the zoom.
    expect(pills(el).length).to.be.greaterThan(3);
    expect(pills(el).map((p) => p.querySelector('text.count')!.textContent).join(' ')).to.not.equal(before);
    await new Promise((r) => setTimeout(r, 300)); // a wheel gesture ends 150 ms after its last wheel event
    const events = $$(el, '.chart g.event').length;
    const edges = $$(el, '.chart g.edge').reduce((n, e) => n + Number(e.dataset.count), 0);
    let counted = 0;
    for (const pill of pills(el)) {
      const { count, label, shown } = named(pill);
      counted += count;
      expect(shown, label).to.equal(count >= 1000 ? shown : String(count));
      expect(label, shown ?? '').to.match(count === 1 ? /^1 event on / : new RegExp(`^${count.toLocaleString('en')} events from `));
      expect(pill.dataset.start, label).to.match(/^\d{4}-\d{2}-\d{2}$/);
    }
    // Every event is still reachable: labelled, counted in a named pill, or beyond an edge.
    expect(events + counted + edges).to.equal(3000);
  });
});
