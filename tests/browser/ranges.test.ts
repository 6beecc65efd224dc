/// <reference types="mocha" />
import { expect, fixture, html } from '@open-wc/testing';
import type { TimelineEvent } from '../../src/model/types.js';
import type { EventTimeline } from '../../src/element/event-timeline.js';
import { $, $$, settle } from './helpers.js';

const event = (id: string, start: string, end?: string): TimelineEvent => ({
  id, start, ...(end ? { end } : {}), precision: 'day', title: `Event ${id}`, text: `Event ${id}.`, span: { start: 0, end: 1 },
});

/** A point on 10 January under two overlapping ranges, and a third range clear of both. */
const EVENTS = [
  event('p', '2022-01-10'),
  event('r1', '2022-01-05', '2022-01-15'),
  event('r2', '2022-01-08', '2022-01-20'),
  event('r3', '2022-01-23', '2022-01-26'),
];

async function mount(width = 1000, height = 480): Promise<EventTimeline> {
  const el = await fixture<EventTimeline>(html`<event-timeline layout="horizontal" .events=${EVENTS}></event-timeline>`);
  el.style.setProperty('width', `${width}px`);
  el.style.setProperty('height', `${height}px`);
  await settle(el);
  el.zoomTo(Date.UTC(2022, 0, 2), Date.UTC(2022, 0, 29));
  await settle(el);
  return el;
}

const bar = (el: EventTimeline, id: string) => $(el, `.chart g.event[data-id="${id}"] rect.extent`)!.getBoundingClientRect();
const overlaps = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('<event-timeline> ranges', () => {
  it('draws range bars in their own band above the axis line, clear of the points on it', async () => {
    const el = await mount();
    // The axis line: the top edge of the axis path (its ends are outer ticks that hang below it).
    const line = $(el, '.chart g.axis path.domain')!.getBoundingClientRect().top + 0.5;
    const dot = $(el, '.chart g.event[data-id="p"] circle.dot')!.getBoundingClientRect();
    // The point sits on the axis line.
    expect((dot.top + dot.bottom) / 2).to.be.closeTo(line, 1.5);
    for (const id of ['r1', 'r2', 'r3']) {
      const b = bar(el, id);
      expect(b.height, id).to.be.greaterThan(2);
      expect(b.bottom, `${id} off the axis line`).to.be.lessThan(line - 4);
      expect(overlaps(b, dot), `${id} clear of the point's dot`).to.equal(false);
      // And above the band of the point's day (drawn at this zoom), which stands on the axis.
      const day = $(el, '.chart g.event[data-id="p"] rect.extent')!.getBoundingClientRect();
      expect(day.height, 'a day band').to.be.greaterThan(8);
      expect(b.bottom, `${id} above the day band`).to.be.at.most(day.top);
      // Its stem starts at the bar, not on the axis.
      const stem = $(el, `.chart .stems line.stem[data-id="${id}"]`)!;
      expect(stem.getBoundingClientRect().bottom, `${id}'s stem`).to.be.at.most(b.top + 1);
    }
    // The point's dot lies under r1 and r2 in time: distinguishable only because the bars are off the line.
    expect(dot.left).to.be.greaterThan(bar(el, 'r2').left);
    expect(dot.right).to.be.lessThan(bar(el, 'r1').right);
  });

  it('stacks overlapping ranges in rows and keeps a range clear of others in the lowest row, at every zoom', async () => {
    const el = await mount();
    const check = () => {
      const [r1, r2, r3] = ['r1', 'r2', 'r3'].map((id) => bar(el, id));
      expect(overlaps(r1!, r2!), 'r1 and r2 in different rows').to.equal(false);
      // The earlier range in the lower row; the lone later one back in the lowest row.
      expect(r1!.top).to.be.greaterThan(r2!.top);
      expect(r3!.top).to.be.closeTo(r1!.top, 0.5);
      return r1!.top;
    };
    const row0 = check();
    el.zoomBy(1.5);
    await settle(el);
    el.zoomTo(Date.UTC(2022, 0, 4), Date.UTC(2022, 0, 28));
    await settle(el);
    expect(check()).to.be.closeTo(row0, 0.5);
  });
  it('never sets a cluster pill over the range rows, in the first view, zoomed and panned, nor over the axis labels', async () => {
    // Three stacked ranges over a dense day: 40 events on 10 January have no room for labels and fold into pills.
    const dense = Array.from({ length: 40 }, (_, i) => ({ ...event(`d${i}`, '2022-01-10'), title: `A busy day's event number ${i}` }));
    const el = await fixture<EventTimeline>(html`<event-timeline layout="horizontal" .events=${[...EVENTS, ...dense]}></event-timeline>`);
    el.style.setProperty('width', '900px');
    el.style.setProperty('height', '360px');
    await settle(el);
    const check = (when: string) => {
      const pills = $$(el, '.chart g.cluster rect.pill').map((p) => p.getBoundingClientRect());
      const bars = $$(el, '.chart g.event.range rect.extent').map((b) => b.getBoundingClientRect()).filter((b) => b.width > 0 && b.height > 0);
      expect(pills.length, `${when}: a cluster`).to.be.greaterThan(0);
      expect(bars.length, `${when}: range bars`).to.be.greaterThan(0);
      for (const p of pills) {
        for (const b of bars) expect(overlaps(p, b), `${when}: a pill at ${p.left.toFixed(0)} over a range bar at ${b.top.toFixed(0)}`).to.equal(false);
        for (const t of $$(el, '.chart g.axis g.tick text').map((x) => x.getBoundingClientRect()).filter((r) => r.width > 0)) {
          expect(overlaps(p, t), `${when}: a pill over an axis label`).to.equal(false);
        }
      }
    };
    check('first view');
    el.zoomTo(Date.UTC(2022, 0, 2), Date.UTC(2022, 0, 29));
    await settle(el);
    check('zoomed');
    el.zoomTo(Date.UTC(2022, 0, 6), Date.UTC(2022, 0, 27));
    await settle(el);
    check('panned');
  });

  it('marks ranges in the list layout as bars along the line, points as dots', async () => {
    const el = await fixture<EventTimeline>(html`<event-timeline layout="list" .events=${EVENTS}></event-timeline>`);
    await settle(el);
    const marker = (id: string) => getComputedStyle($(el, `.list .item[data-id="${id}"]`)!.closest('li')!, '::after');
    const bar = marker('r1');
    const dot = marker('p');
    expect(parseFloat(bar.height)).to.be.greaterThan(2 * parseFloat(bar.width));
    expect(parseFloat(dot.height)).to.equal(parseFloat(dot.width));
  });
});
