/// <reference types="mocha" />
// Issue 11, "Reading": the wheel, the card, keyboard and screen reader, phones, embedding, initial view and selection.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { EventTimeline } from '../../src/element/event-timeline.js';
import { $, $$, mountSeed, settle } from './helpers.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function wheel(el: EventTimeline, init: WheelEventInit): WheelEvent {
  const svg = $(el, '.chart svg')!;
  const r = svg.getBoundingClientRect();
  const event = new WheelEvent('wheel', { deltaY: 120, clientX: r.left + r.width / 2, clientY: r.top + 120, bubbles: true, cancelable: true, composed: true, ...init });
  svg.dispatchEvent(event);
  return event;
}

const span = (el: EventTimeline) => el.domain![1].getTime() - el.domain![0].getTime();

describe('<event-timeline> reading: the wheel', () => {
  it('leaves a plain wheel to the page (not cancelled, no zoom) and shows a short Ctrl + scroll hint', async () => {
    const el = await mountSeed(1000, 500);
    const before = el.domain!.map((d) => d.getTime());
    const hint = $(el, '.wheel-hint')!;
    expect(hint.hidden).to.equal(true);
    expect(hint.getAttribute('aria-hidden')).to.equal('true');
    const event = wheel(el, { deltaY: 120 });
    expect(event.defaultPrevented, 'a cancelled wheel would not scroll the page').to.equal(false);
    await settle(el);
    expect(el.domain!.map((d) => d.getTime())).to.deep.equal(before);
    expect(hint.hidden).to.equal(false);
    expect(hint.textContent).to.match(/^(Ctrl|⌘) \+ scroll to zoom$/);
    const box = hint.getBoundingClientRect();
    const chart = $(el, '.chart')!.getBoundingClientRect();
    expect(box.left).to.be.greaterThan(chart.left);
    expect(box.bottom).to.be.lessThan(chart.bottom);
    await sleep(1700);
    await settle(el);
    expect(hint.hidden, 'the hint hides by itself').to.equal(true);
  });

  it('zooms with Ctrl + wheel (and a pinch) or ⌘ + wheel, without a hint', async () => {
    const el = await mountSeed(1000, 500);
    const s0 = span(el);
    const ctrl = wheel(el, { deltaY: -40, ctrlKey: true });
    expect(ctrl.defaultPrevented).to.equal(true);
    await settle(el);
    const s1 = span(el);
    expect(s1).to.be.lessThan(s0 * 0.8);
    wheel(el, { deltaY: -200, metaKey: true });
    await settle(el);
    expect(span(el)).to.be.lessThan(s1 * 0.9);
    expect($(el, '.wheel-hint')!.hidden).to.equal(true);
  });

  it('wheel-zoom opts back into plain-wheel zooming', async () => {
    const el = await mountSeed(1000, 500, { 'wheel-zoom': '' });
    expect(el.wheelZoom).to.equal(true);
    const s0 = span(el);
    const event = wheel(el, { deltaY: -200 });
    expect(event.defaultPrevented).to.equal(true);
    await settle(el);
    expect(span(el)).to.be.lessThan(s0 * 0.9);
    expect($(el, '.wheel-hint')!.hidden).to.equal(true);
    el.wheelZoom = false;
    await settle(el);
    expect(el.hasAttribute('wheel-zoom')).to.equal(false);
    expect(wheel(el, { deltaY: -200 }).defaultPrevented).to.equal(false);
  });
});

const JAN_2 = Date.UTC(2022, 0, 1, 12);
const JAN_8 = Date.UTC(2022, 0, 8);
const active = (el: EventTimeline) => el.shadowRoot!.activeElement as HTMLElement | null;
/** Centre of a node's box (a selected dot grows, its centre stays). */
const centre = (node: Element) => { const r = node.getBoundingClientRect(); return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)]; };
const rect = (node: Element) => { const r = node.getBoundingClientRect(); return [r.left, r.top, r.width, r.height].map((v) => Math.round(v * 10) / 10); };
const overlaps = (a: DOMRect, b: DOMRect) => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;

describe('<event-timeline> reading: the card', () => {
  it('opens over the chart beside the event: the chart and every marker stay where they were', async () => {
    const el = await mountSeed(1000, 560);
    el.zoomTo(JAN_2, JAN_8);
    await settle(el);
    const chart = $(el, '.chart')!;
    const chartBefore = rect(chart);
    const markers = () => new Map($$(el, '.chart g.event').map((g) => [g.dataset.id, `${centre(g.querySelector('circle.dot')!)} ${rect(g.querySelector('rect.ring')!)}`]));
    const before = markers();
    const marker = $(el, '.chart g.event[data-start="2022-01-04"]')!;
    marker.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await settle(el);
    await settle(el);
    const card = $(el, '[part~="card"]')!;
    expect(card.parentElement).to.equal(chart);
    expect(rect(chart)).to.deep.equal(chartBefore);
    expect([...markers()]).to.deep.equal([...before]);
    const box = card.getBoundingClientRect();
    const c = chart.getBoundingClientRect();
    expect(box.left).to.be.at.least(c.left);
    expect(box.right).to.be.at.most(c.right);
    expect(box.bottom).to.be.at.most(c.bottom - 30);
    expect(overlaps(box, marker.querySelector('rect.ring')!.getBoundingClientRect()), 'the card covers its own event').to.equal(false);
    expect(overlaps(box, marker.querySelector('circle.dot')!.getBoundingClientRect())).to.equal(false);
  });

  it('closing with × or Escape gives focus back to the event\'s marker', async () => {
    const el = await mountSeed(1000, 560);
    el.zoomTo(JAN_2, JAN_8);
    await settle(el);
    const marker = () => $(el, '.chart g.event[data-start="2022-01-04"]')!;
    marker().dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await settle(el);
    $(el, '[part~="card"] button.close')!.click();
    await settle(el);
    expect($(el, '[part~="card"]')).to.equal(null);
    expect(active(el)).to.equal(marker());
    expect(document.activeElement).to.equal(el);
    // Open by keyboard, Tab into the card, Escape.
    await sendKeys({ press: 'Enter' });
    await settle(el);
    $(el, '[part~="card"] button.close')!.focus();
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect($(el, '[part~="card"]')).to.equal(null);
    expect(active(el)?.dataset.start).to.equal('2022-01-04');
  });

  it('keys typed in the card are not chart shortcuts', async () => {
    const el = await mountSeed(1000, 560);
    el.selectEvent('e3');
    await settle(el);
    const before = span(el);
    $(el, '[part~="card"] button.close')!.focus();
    await sendKeys({ press: '+' });
    await settle(el);
    expect(span(el)).to.equal(before);
  });
});
