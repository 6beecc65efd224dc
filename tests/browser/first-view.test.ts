/// <reference types="mocha" />
// Issue 11, items 3, 5 and 6 in the chart: the first view of unseen article shapes, pills that count and
// reach the events left out, day events drawn as days, no clock ticks without clock times, plain words.
import { expect, fixture, html } from '@open-wc/testing';
import type { TimelineEvent } from '../../src/model/types.js';
import type { EventTimeline } from '../../src/element/event-timeline.js';
import '../../src/element/define.js';
import { $, $$, markerX, settle } from './helpers.js';

const ev = (id: string, start: string, precision: TimelineEvent['precision'], title: string, end?: string): TimelineEvent => ({
  id, start, precision, title, text: `${title}.`, span: { start: 0, end: 1 }, ...(end ? { end } : {}),
});

async function mount(events: TimelineEvent[], width = 1000, height = 420): Promise<EventTimeline> {
  const el = await fixture<EventTimeline>(html`<event-timeline layout="horizontal"></event-timeline>`);
  el.style.setProperty('width', `${width}px`);
  el.style.setProperty('height', `${height}px`);
  el.events = events;
  await settle(el);
  return el;
}

/** A flood this week that recalls a flood decades earlier. */
const FLOOD = [
  ev('old', '1985-06-02', 'day', 'The river burst its banks in 1985'),
  ev('a', '2024-06-10', 'day', 'Heavy rain began'),
  ev('b', '2024-06-11', 'day', 'Schools closed'),
  ev('c', '2024-06-12', 'day', 'The river peaked'),
  ev('d', '2024-06-13', 'day', 'Evacuations ordered'),
  ev('e', '2024-06-14', 'day', 'Water began to recede'),
];

describe('first view of unseen article shapes', () => {
  it('gives the week of a flood story most of the width, with the flood decades back on a pill', async () => {
    const el = await mount(FLOOD);
    const xs = ['a', 'b', 'c', 'd', 'e'].map((id) => markerX($(el, `.chart g.event[data-id="${id}"]`)!));
    expect(Math.max(...xs) - Math.min(...xs)).to.be.greaterThan(500);
    expect($(el, '.chart g.event[data-id="old"]')).to.equal(null);
    const pill = $(el, '.chart g.edge.earlier')!;
    expect(pill.textContent).to.equal('‹ 1 event earlier');
    expect($(el, '.chart g.edge.later')).to.equal(null);
  });

  it('takes the reader to the far event with the pill, and back with the other pill', async () => {
    const el = await mount(FLOOD);
    $(el, '.chart g.edge.earlier')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await settle(el);
    const old = $(el, '.chart g.event[data-id="old"]')!;
    expect(old).to.exist;
    expect(el.shadowRoot!.activeElement).to.equal(old);
    const [a, b] = el.domain!;
    expect(b.getTime() - a.getTime()).to.be.lessThan(30 * 86_400_000);
    const back = $(el, '.chart g.edge.later')!;
    expect(back.textContent).to.equal('5 events later ›');
    back.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    await settle(el);
    expect($$(el, '.chart g.event').map((e) => e.dataset.id).sort()).to.deep.equal(['a', 'b', 'c', 'd', 'e']);
  });

  it('shows a history spread over centuries whole, without pills', async () => {
    const el = await mount(Array.from({ length: 8 }, (_, i) => ev(`h${i}`, String(1300 + i * 90), 'year', `Reign ${i + 1} began`)));
    expect($$(el, '.chart g.edge')).to.have.length(0);
    const counted = $$(el, '.chart g.cluster').reduce((n, c) => n + Number(c.dataset.count), 0);
    expect($$(el, '.chart g.event').length + counted).to.equal(8);
  });

  it('leaves an event 2000 years back on a pill and writes the era on the axis when there', async () => {
    const el = await mount([ev('old', 'BC0031', 'year', 'Battle of Actium'), ...FLOOD.slice(1)]);
    expect($(el, '.chart g.edge.earlier')!.textContent).to.equal('‹ 1 event earlier');
    el.fit();
    await settle(el);
    const ticks = $$(el, 'g.axis g.tick text').map((t) => t.textContent ?? '');
    expect(ticks.some((t) => /^AD \d{1,3}$/.test(t)), ticks.join(' | ')).to.equal(true);
    expect(ticks.some((t) => /^\d{1,3}$/.test(t))).to.equal(false);
  });
});

describe('day events are days', () => {
  it('draws a day event as a band over its day once zoomed in, and no clock ticks', async () => {
    const el = await mount(FLOOD.slice(1));
    const marker = $(el, '.chart g.event[data-id="c"]')!;
    expect(marker.classList.contains('day')).to.equal(true);
    const width = Number(marker.querySelector('rect.extent')!.getAttribute('width'));
    const plotWidth = Number($(el, '.chart svg')!.getAttribute('width'));
    const dayPx = plotWidth / ((el.domain![1].getTime() - el.domain![0].getTime()) / 86_400_000);
    expect(width).to.be.closeTo(dayPx, 2);
    el.zoomBy(8);
    await settle(el);
    const ticks = $$(el, 'g.axis g.tick text').map((t) => t.textContent ?? '');
    expect(ticks.length).to.be.greaterThan(0);
    expect(ticks.some((t) => /\d:\d\d/.test(t)), ticks.join(' | ')).to.equal(false);
  });

  it('keeps clock ticks for events with a clock time', async () => {
    const el = await mount([ev('t1', '2024-06-10T08:00', 'minute', 'Alarm raised'), ev('t2', '2024-06-10T11:30', 'minute', 'Bridge closed'), ev('t3', '2024-06-10T17:45', 'minute', 'Power cut')]);
    const ticks = $$(el, 'g.axis g.tick text').map((t) => t.textContent ?? '');
    expect(ticks.some((t) => /\d:\d\d/.test(t))).to.equal(true);
  });

  it('puts a night event on its own day', async () => {
    const el = await mount([ev('n', '2022-01-07TNI', 'part-of-day', 'Shots were heard overnight'), ev('d7', '2022-01-07', 'day', 'A curfew began'), ev('d8', '2022-01-08', 'day', 'Calm returned')]);
    const night = $(el, '.chart g.event[data-id="n"]')!;
    const seventh = $(el, '.chart g.event[data-id="d7"]')!;
    const eighth = $(el, '.chart g.event[data-id="d8"]')!;
    expect(Math.abs(markerX(night) - markerX(seventh))).to.be.lessThan(Math.abs(markerX(night) - markerX(eighth)));
    expect(night.querySelector('text.date')!.textContent).to.contain('night of 7 Jan 2022');
  });
});
