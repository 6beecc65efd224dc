/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { EventTimeline, TimelineZoomDetail, TimelineSelectDetail } from '../../src/element/event-timeline.js';
import { $, $$, markerX, mountSeed, nextEvent, settle, showWithText } from './helpers.js';

const JAN_2 = Date.UTC(2022, 0, 1, 12);

/** The seed with its article shown beside the chart (as in the demo). */
async function mountWithSource(width: number, height: number): Promise<EventTimeline> {
  const el = await mountSeed(width, height, { 'show-source': '' });
  const text = await (await fetch('/tests/browser/fixtures/seed-article.txt')).text();
  await showWithText(el, el.timeline!, text);
  return el;
}
const JAN_8 = Date.UTC(2022, 0, 8);

describe('<event-timeline> chart', () => {
  it('draws a time axis with readable ticks', async () => {
    const el = await mountSeed();
    const ticks = $$(el, 'g.axis g.tick text').map((t) => t.textContent);
    expect(ticks.length).to.be.greaterThan(3);
    expect(ticks).to.include('4 Jan');
    el.fit();
    await settle(el);
    const years = $$(el, 'g.axis g.tick text').map((t) => t.textContent);
    expect(years.every((t) => /^\d{4}$/.test(t ?? ''))).to.equal(true);
    expect(years).to.include('2022');
    expect($(el, '[part~="axis"] path.domain')).to.exist;
  });

  it('opens on the story\'s busy week, with the background event counted at the edge', async () => {
    const el = await mountSeed();
    const [a, b] = el.domain!;
    expect(a.getTime()).to.be.lessThan(Date.UTC(2022, 0, 2));
    expect(b.getTime()).to.be.greaterThan(Date.UTC(2022, 0, 8));
    expect(b.getTime() - a.getTime()).to.be.lessThan(20 * 86_400_000);
    expect($(el, '.chart g.event[data-start="2022-01-02"]')).to.exist;
    const edge = $(el, '.chart g.edge')!;
    expect(edge.textContent).to.equal('‹ 1 event earlier');
    edge.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await settle(el);
    expect($(el, '.chart g.event[data-start="2011"]')).to.exist;
  });

  it('accounts for every event with a marker or a counted cluster', async () => {
    const el = await mountSeed();
    el.fit();
    await settle(el);
    const markers = $$(el, '.chart [part~="event"]');
    const counted = $$(el, '.chart [part~="cluster"]').reduce((n, c) => n + Number(c.dataset.count), 0);
    expect(markers.length + counted).to.equal(12);
    expect(markers.map((m) => m.dataset.start)).to.include('2011');
  });

  it('gives one marker per event, in time order, once zoomed to the week', async () => {
    // Tall enough for the seven events of 6-7 January stacked as whole two-line labels (the seed's titles run to 89 characters).
    const el = await mountSeed(1000, 960);
    el.zoomTo(JAN_2, JAN_8);
    await settle(el);
    const markers = $$(el, '.chart g.event');
    expect(markers.length).to.equal(11);
    expect($$(el, '.chart g.cluster').length).to.equal(0);
    const starts = markers.map((m) => m.dataset.start!);
    expect(starts.slice(0, 3)).to.deep.equal(['2022-01-02', '2022-01-04', '2022-01-05']);
    expect(starts.indexOf('2022-01-07TMO')).to.be.lessThan(starts.lastIndexOf('2022-01-07'));
    const xs = markers.map(markerX);
    for (let i = 1; i < xs.length; i++) expect(xs[i]).to.be.at.least(xs[i - 1]!);
    expect(starts[0]).to.equal('2022-01-02');
    expect(markers.every((m) => m.dataset.id && m.getAttribute('tabindex') !== null)).to.equal(true);
  });

  it('never lets labels overlap', async () => {
    const el = await mountSeed(1000, 760);
    el.zoomTo(JAN_2, JAN_8);
    await settle(el);
    const boxes = $$(el, '.chart g.event:not(.unlabelled) .label rect.ring').map((r) => r.getBoundingClientRect());
    expect(boxes.length).to.be.greaterThan(5);
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        const overlap = a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
        expect(overlap, `labels ${i} and ${j} overlap`).to.equal(false);
      }
    }
  });

  it('labels every event of the opening view, or counts it in a cluster (never a bare mark)', async () => {
    for (const [w, h] of [[1144, 600], [960, 420], [700, 520]] as const) {
      const el = w > 1100 ? await mountWithSource(w, h) : await mountSeed(w, h);
      const events = $$(el, '.chart g.event');
      expect(events.length, `${w}px`).to.be.greaterThan(0);
      for (const e of events) {
        expect(e.classList.contains('unlabelled'), `${e.dataset.start} unlabelled at ${w}px`).to.equal(false);
        expect(e.querySelector('text.title')!.textContent!.length).to.be.greaterThan(6);
      }
      const counted = $$(el, '.chart g.cluster').reduce((n, c) => n + Number(c.dataset.count), 0);
      const edges = $$(el, '.chart g.edge').reduce((n, c) => n + Number(c.dataset.count), 0);
      expect(events.length + counted + edges, `${w}px`).to.equal(12);
    }
  });

  it('labels the range (state of emergency) at the start of its bar, with its dates', async () => {
    const el = await mountWithSource(1144, 600);
    expect($(el, '[part~="source"]')).to.exist;
    const range = $(el, '.chart g.event.range')!;
    expect(range).to.exist;
    expect(range.classList.contains('unlabelled')).to.equal(false);
    expect(range.querySelector('text.date')!.textContent).to.match(/^5–19 Jan 2022/i);
    const ring = range.querySelector('.label rect.ring')!.getBoundingClientRect();
    const bar = range.querySelector('rect.extent')!.getBoundingClientRect();
    expect(ring.width).to.be.greaterThan(100);
    expect(Math.abs(ring.left - bar.left)).to.be.lessThan(12);
  });

  it('lets labels run past 35 characters when the chart has room, cut at a word', async () => {
    const el = await mountSeed(1200, 700);
    el.zoomTo(JAN_2, JAN_8);
    await settle(el);
    const titles = $$(el, '.chart g.event text.title').map((t) => t.textContent ?? '');
    expect(Math.max(...titles.map((t) => t.length))).to.be.greaterThan(45);
    for (const t of titles) if (t.endsWith('…')) expect(t.slice(0, -1)).to.not.match(/\s$/);
  });

  it('show-source: the chart gets the larger share beside a text column that scrolls on its own', async () => {
    const el = await mountWithSource(1144, 600);
    const chart = $(el, '.chart')!.getBoundingClientRect();
    const source = $(el, '[part~="source"]')!;
    const box = source.getBoundingClientRect();
    expect(chart.width).to.be.greaterThan(box.width * 1.6);
    expect(box.left).to.be.greaterThan(chart.right - 1);
    expect(box.height).to.be.at.most($(el, '.body')!.getBoundingClientRect().height + 1);
    expect(source.scrollHeight).to.be.greaterThan(source.clientHeight);
    el.style.setProperty('width', '760px');
    await settle(el);
    await settle(el);
    const below = $(el, '[part~="source"]')!.getBoundingClientRect();
    const chart2 = $(el, '.chart')!.getBoundingClientRect();
    expect(below.top).to.be.at.least(chart2.bottom - 1);
    expect(chart2.height).to.be.greaterThan(250);
  });

  it('draws precision: a band for a year, a bar for a range, dashed for a derived date', async () => {
    const el = await mountSeed(1000, 760);
    el.fit();
    await settle(el);
    const year = $(el, '.chart g.event[data-start="2011"]')!;
    expect(year.classList.contains('band')).to.equal(true);
    expect(Number(year.querySelector('rect.extent')!.getAttribute('width'))).to.be.greaterThan(20);
    el.zoomTo(JAN_2, Date.UTC(2022, 0, 20));
    await settle(el);
    const range = $(el, '.chart g.event[data-end="2022-01-19"]')!;
    expect(range.classList.contains('range')).to.equal(true);
    expect(range.classList.contains('tentative')).to.equal(true);
    // Stems are drawn in a layer under all markers, so that they pass behind other labels.
    const stem = $(el, `.chart .stems line.stem[data-id="${range.dataset.id!}"]`)!;
    expect(getComputedStyle(stem).strokeDasharray).to.not.equal('none');
  });

  it('selects on click: card with the reader date, the sentence with its date phrase marked, and timeline-select', async () => {
    const el = await mountSeed(1000, 760);
    el.zoomTo(JAN_2, JAN_8);
    await settle(el);
    const marker = $(el, '.chart g.event[data-start="2022-01-04"]')!;
    const selected = nextEvent<TimelineSelectDetail>(el, 'timeline-select');
    marker.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    const { detail } = await selected;
    expect(detail.event.start).to.equal('2022-01-04');
    await settle(el);
    const card = $(el, '[part~="card"]')!;
    expect(card.querySelector('.when')!.textContent).to.equal('Tuesday, 4 January 2022');
    expect(card.querySelector('blockquote')!.textContent).to.contain('liquefied petroleum gas');
    expect(card.querySelector('blockquote mark')!.textContent).to.equal('Jan. 4, 2022');
    expect(card.querySelector('.how')!.textContent).to.contain('absolute date');
  });

  it('shows the title and date in a tooltip on hover', async () => {
    const el = await mountSeed(1000, 760);
    $(el, '.chart g.event[data-start="2022-01-04"]')!.dispatchEvent(new PointerEvent('pointerenter'));
    await settle(el);
    const tip = $(el, '[part~="tooltip"]')!;
    expect(tip.hidden).to.equal(false);
    expect(tip.textContent).to.contain('Tuesday, 4 January 2022');
    expect(tip.textContent).to.contain('People rally to protest against the price rise');
  });

  it('keeps markers where the scale puts them while dragging (layers move by one transform)', async () => {
    const el = await mountSeed(1000, 760);
    el.zoomTo(JAN_2, JAN_8);
    await settle(el);
    const dotX = () => {
      const r = $(el, '.chart g.event[data-start="2022-01-04"] circle.dot')!.getBoundingClientRect();
      return r.left + r.width / 2;
    };
    const before = dotX();
    const svg = $(el, '.chart svg')!;
    const box = svg.getBoundingClientRect();
    const at = (dx: number) => ({ view: window, clientX: box.left + 500 + dx, clientY: box.top + 100, button: 0, bubbles: true, cancelable: true });
    svg.dispatchEvent(new MouseEvent('mousedown', at(0)));
    for (const dx of [-30, -60, -90, -120]) {
      window.dispatchEvent(new MouseEvent('mousemove', at(dx)));
      await settle(el);
    }
    window.dispatchEvent(new MouseEvent('mouseup', at(-120)));
    await settle(el);
    expect(dotX() - before).to.be.closeTo(-120, 1.5);
    const [a, b] = el.domain!;
    // A day is wide here: the event is a band over its day, its dot where the day starts.
    const expected = ((Date.UTC(2022, 0, 4) - a.getTime()) / (b.getTime() - a.getTime())) * box.width + box.left;
    expect(dotX()).to.be.closeTo(expected, 1.5);
  });

  it('keeps every label in its lane while a crowded view is dragged', async () => {
    // Two events a day for three months: more labels than the lanes hold, so packing is tight.
    const events = Array.from({ length: 180 }, (_, i) => {
      const day = new Date(Date.UTC(2023, 0, 1) + Math.floor(i / 2) * 86_400_000).toISOString().slice(0, 10);
      return { id: `e${i}`, start: day, precision: 'day' as const, title: `Council vote number ${i} on the harbour plan`, text: `Vote ${i}.`, span: { start: 0, end: 1 } };
    });
    const el = await mountSeed(1000, 560);
    el.timeline = { version: 1, documentDate: '2023-04-01', timexes: [], events };
    await settle(el);
    el.zoomTo(Date.UTC(2023, 0, 20), Date.UTC(2023, 1, 10));
    await settle(el);
    const lanes = () => new Map($$(el, '.chart g.event:not(.unlabelled)').map((g) => [g.dataset.id, g.querySelector('g.label')!.getAttribute('transform')]));
    const svg = $(el, '.chart svg')!;
    const box = svg.getBoundingClientRect();
    const at = (dx: number) => ({ view: window, clientX: box.left + 500 + dx, clientY: box.top + 100, button: 0, bubbles: true, cancelable: true });
    svg.dispatchEvent(new MouseEvent('mousedown', at(0)));
    let kept = 0;
    for (let step = 1; step <= 12; step++) {
      const before = lanes();
      window.dispatchEvent(new MouseEvent('mousemove', at(-10 * step)));
      await settle(el);
      const after = lanes();
      for (const [id, lane] of after) {
        if (!before.has(id)) continue;
        expect(lane, `label of ${id} after ${step} steps`).to.equal(before.get(id));
        kept++;
      }
    }
    window.dispatchEvent(new MouseEvent('mouseup', at(-120)));
    expect(kept).to.be.greaterThan(100);
  });

  it('hides the tooltip while a wheel zoom is under way, and shows it again after', async () => {
    const el = await mountSeed(1000, 760);
    const marker = () => $(el, '.chart g.event[data-start="2022-01-04"]')!;
    marker().dispatchEvent(new PointerEvent('pointerenter'));
    await settle(el);
    const tip = $(el, '[part~="tooltip"]')!;
    expect(tip.hidden).to.equal(false);
    const svg = $(el, '.chart svg')!;
    const box = svg.getBoundingClientRect();
    svg.dispatchEvent(new WheelEvent('wheel', { deltaY: -20, ctrlKey: true, clientX: box.left + 300, clientY: box.top + 200, bubbles: true, cancelable: true }));
    await settle(el);
    expect(tip.hidden).to.equal(true);
    marker().dispatchEvent(new PointerEvent('pointerenter'));
    await settle(el);
    expect(tip.hidden).to.equal(true);
    await new Promise((r) => setTimeout(r, 250)); // the zoom behaviour ends a wheel gesture after 150 ms (as d3-zoom)
    marker().dispatchEvent(new PointerEvent('pointerenter'));
    await settle(el);
    expect(tip.hidden).to.equal(false);
  });

  it('expands a cluster on click by zooming in', async () => {
    const el = await mountSeed(960, 420);
    el.fit();
    await settle(el);
    const cluster = $(el, '.chart g.cluster')!;
    expect(cluster).to.exist;
    const before = el.domain!;
    const zoomed = nextEvent<TimelineZoomDetail>(el, 'timeline-zoom');
    cluster.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await zoomed;
    await settle(el);
    const after = el.domain!;
    expect(after[1].getTime() - after[0].getTime()).to.be.lessThan((before[1].getTime() - before[0].getTime()) / 10);
  });

  it('zooms with Ctrl + wheel (a pinch): markers spread apart', async () => {
    const el = await mountSeed(1000, 760);
    el.zoomTo(JAN_2, JAN_8);
    await settle(el);
    // Two days in the middle of the view, drawn as bands from the start of their day.
    const spread = () => markerX($(el, '.chart g.event[data-start="2022-01-05"]')!) - markerX($(el, '.chart g.event[data-start="2022-01-04"]')!);
    const before = spread();
    const svg = $(el, '.chart svg')!;
    const r = svg.getBoundingClientRect();
    const zoomed = nextEvent<TimelineZoomDetail>(el, 'timeline-zoom');
    svg.dispatchEvent(new WheelEvent('wheel', { deltaY: -30, ctrlKey: true, clientX: r.left + r.width / 2, clientY: r.top + 100, bubbles: true, cancelable: true, composed: true }));
    const { detail } = await zoomed;
    expect(detail.k).to.be.greaterThan(1);
    expect(detail.domain[0]).to.be.instanceOf(Date);
    await settle(el);
    expect(spread()).to.be.greaterThan(before * 1.2);
  });

  it('double-click zooms in around the pointer', async () => {
    const el = await mountSeed();
    const span = () => el.domain![1].getTime() - el.domain![0].getTime();
    const before = span();
    const svg = $(el, '.chart svg')!;
    const r = svg.getBoundingClientRect();
    svg.dispatchEvent(new MouseEvent('dblclick', { clientX: r.left + 40, clientY: r.top + 60, bubbles: true, cancelable: true, composed: true }));
    await settle(el);
    expect(span()).to.be.closeTo(before / 2, before * 0.02);
  });

  it('zoom buttons change the domain and fit restores it', async () => {
    const el = await mountSeed();
    const span = () => el.domain![1].getTime() - el.domain![0].getTime();
    const first = span();
    $(el, 'button.zoom-in')!.click();
    await settle(el);
    expect(span()).to.be.lessThan(first * 0.8);
    $(el, 'button.zoom-out')!.click();
    $(el, 'button.zoom-out')!.click();
    await settle(el);
    expect(span()).to.be.greaterThan(first);
    $(el, 'button.zoom-fit')!.click();
    await settle(el);
    expect(el.domain![0].getTime()).to.be.lessThan(Date.UTC(2011, 0, 1));
    expect(el.domain![1].getTime()).to.be.greaterThan(Date.UTC(2022, 0, 8));
  });

  it('works by keyboard alone: Tab to an event, arrows move, Enter selects, +/- zoom', async () => {
    const el = await mountSeed(1000, 760);
    el.zoomTo(JAN_2, JAN_8);
    await settle(el);
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' }); // zoom out
    await sendKeys({ press: 'Tab' }); // zoom in
    await sendKeys({ press: 'Tab' }); // fit
    await sendKeys({ press: 'Tab' }); // first event (roving tabindex); edge buttons come after
    let active = el.shadowRoot!.activeElement as HTMLElement;
    expect(active?.getAttribute('part')).to.equal('event');
    expect(active.dataset.start).to.equal('2022-01-02');
    await sendKeys({ press: 'ArrowRight' });
    active = el.shadowRoot!.activeElement as HTMLElement;
    expect(active.dataset.start).to.equal('2022-01-04');
    await sendKeys({ press: 'End' });
    active = el.shadowRoot!.activeElement as HTMLElement;
    expect(active.dataset.start).to.match(/^2022-01-07/);
    await sendKeys({ press: 'Home' });
    active = el.shadowRoot!.activeElement as HTMLElement;
    expect(active.dataset.start).to.equal('2011');
    const selected = nextEvent<TimelineSelectDetail>(el, 'timeline-select');
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail.event.start).to.equal('2011');
    await settle(el);
    expect($(el, '[part~="card"] .when')!.textContent).to.equal('2011');
    const span = () => el.domain![1].getTime() - el.domain![0].getTime();
    const s0 = span();
    const zin = nextEvent<TimelineZoomDetail>(el, 'timeline-zoom');
    await sendKeys({ press: '+' });
    await zin;
    expect(span()).to.be.lessThan(s0);
    const s1 = span();
    await sendKeys({ press: '-' });
    expect(span()).to.be.greaterThan(s1);
    before.remove();
  });
});
