/// <reference types="mocha" />
// Issue 11, "Reading": the wheel, the card, keyboard and screen reader, phones, embedding, initial view and selection.
import { expect } from '@open-wc/testing';
import type { EventTimeline } from '../../src/element/event-timeline.js';
import { $, mountSeed, settle } from './helpers.js';

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
