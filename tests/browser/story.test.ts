/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import type { EventTimeline, TimelineSelectDetail } from '../../src/element/event-timeline.js';
import { $, $$, mountSeed, settle } from './helpers.js';

/** Every `timeline-select` the element fires from now on (their ids, in order). */
function selections(el: EventTimeline): string[] {
  const ids: string[] = [];
  el.addEventListener('timeline-select', (e) => ids.push((e as CustomEvent<TimelineSelectDetail>).detail.id));
  return ids;
}

/** The titles of the events in date order, as the screen-reader list gives them. */
const titlesInOrder = (el: EventTimeline) => $$(el, '.main ol.sr-only li').map((li) => li.textContent!.replace(/^[^:]*: /, '').trim());

function swipe(target: HTMLElement, dx: number, dy: number, secondFinger = false): void {
  const box = target.getBoundingClientRect();
  const x = box.left + box.width / 2;
  const y = box.top + box.height / 2;
  const init = { bubbles: true, composed: true, pointerType: 'touch', pointerId: 7, isPrimary: true };
  target.dispatchEvent(new PointerEvent('pointerdown', { ...init, clientX: x, clientY: y }));
  if (secondFinger) target.dispatchEvent(new PointerEvent('pointerdown', { ...init, pointerId: 8, isPrimary: false, clientX: x + 40, clientY: y }));
  target.dispatchEvent(new PointerEvent('pointerup', { ...init, clientX: x + dx, clientY: y + dy }));
}

describe('<event-timeline> storytelling', () => {
  it('changes nothing without the attribute: no controls, and the arrow keys only move the focus', async () => {
    const el = await mountSeed(960, 420);
    expect($(el, '[part~="story"]')).to.equal(null);
    const fired = selections(el);
    const marker = $(el, '.chart g.event[tabindex="0"]')!;
    marker.focus();
    marker.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }));
    await settle(el);
    expect(fired).to.deep.equal([]);
    expect(el.selected).to.equal(null);
    expect($(el, '.chart [part~="card"]')).to.equal(null);
  });

  it('steps through the events in date order with buttons, each card a slide over a chart that keeps its size and scale', async () => {
    const el = await mountSeed(960, 440, { storytelling: '' });
    const titles = titlesInOrder(el);
    expect(titles.length).to.equal(12);
    const prev = $(el, '[part~="story-previous"]') as HTMLButtonElement;
    const next = $(el, '[part~="story-next"]') as HTMLButtonElement;
    expect(prev.localName).to.equal('button');
    expect(next.localName).to.equal('button');
    expect(prev.getAttribute('aria-label')).to.equal('Previous event');
    expect(next.getAttribute('aria-label')).to.equal('Next event');
    expect(prev.getAttribute('aria-disabled')).to.equal('true');
    const chartBox = $(el, '.chart')!.getBoundingClientRect();
    const fired = selections(el);
    const spans: number[] = [];
    for (let i = 0; i < 4; i++) {
      next.click();
      await settle(el);
      const card = $(el, '.chart [part~="card"]')!;
      expect(card, `slide ${i + 1}`).to.exist;
      expect(card.querySelector('h3')!.textContent).to.equal(titles[i]);
      expect($(el, '.story [role="status"]')!.textContent).to.equal(`Event ${i + 1} of 12: ${titles[i]}`);
      expect($(el, '[part~="story-position"]')!.textContent).to.equal(`${i + 1} / 12`);
      // Its marker is drawn in view, selected.
      const marker = $(el, `.chart g.event[data-id="${el.selected}"]`)!;
      expect(marker.classList.contains('selected')).to.equal(true);
      const m = marker.querySelector('circle.dot')!.getBoundingClientRect();
      // Kept clear of the chart's edges (the view pans when a step would reach one).
      expect(m.left).to.be.within(chartBox.left + chartBox.width * 0.1, chartBox.right - chartBox.width * 0.1);
      const box = $(el, '.chart')!.getBoundingClientRect();
      expect([box.width, box.height]).to.deep.equal([chartBox.width, chartBox.height]);
      const [a, b] = el.domain!;
      spans.push(b.getTime() - a.getTime());
    }
    expect(fired).to.have.length(4);
    expect(fired).to.deep.equal([...new Set(fired)]);
    // The later slides pan (or stay), they do not zoom.
    for (const s of spans.slice(2)) expect(s).to.be.closeTo(spans[1]!, spans[1]! * 1e-6);
    prev.click();
    await settle(el);
    expect($(el, '.chart [part~="card"] h3')!.textContent).to.equal(titles[2]);
    expect(fired).to.have.length(5);
  });

  it('stops at the last event: Next is disabled there and fires nothing', async () => {
    const el = await mountSeed(960, 440, { storytelling: '' });
    const next = $(el, '[part~="story-next"]') as HTMLButtonElement;
    for (let i = 0; i < 12; i++) {
      next.click();
      await settle(el);
    }
    expect($(el, '[part~="story-position"]')!.textContent).to.equal('12 / 12');
    expect(next.getAttribute('aria-disabled')).to.equal('true');
    const fired = selections(el);
    next.click();
    await settle(el);
    expect(fired).to.deep.equal([]);
  });

  it('steps with ← and → on the focused chart and moves the focus along; ↓ still only moves the focus', async () => {
    const el = await mountSeed(960, 440, { storytelling: '' });
    const titles = titlesInOrder(el);
    const fired = selections(el);
    const key = (k: string) => {
      const target = (el.shadowRoot!.activeElement as HTMLElement | null) ?? $(el, '.chart g.event[tabindex="0"]')!;
      target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true }));
    };
    $(el, '.chart g.event[tabindex="0"]')!.focus();
    key('ArrowRight');
    await settle(el);
    key('ArrowRight');
    await settle(el);
    expect(fired).to.have.length(2);
    expect($(el, '.chart [part~="card"] h3')!.textContent).to.equal(titles[1]);
    const focused = el.shadowRoot!.activeElement as HTMLElement;
    expect(focused.getAttribute('data-id')).to.equal(el.selected);
    key('ArrowLeft');
    await settle(el);
    expect($(el, '.chart [part~="card"] h3')!.textContent).to.equal(titles[0]);
    expect($(el, '.story [role="status"]')!.textContent).to.equal(`Event 1 of 12: ${titles[0]}`);
    key('ArrowDown');
    await settle(el);
    expect(fired).to.have.length(3);
    expect((el.shadowRoot!.activeElement as HTMLElement).getAttribute('data-id')).to.not.equal(el.selected);
  });

  it('steps on a horizontal touch swipe, not on a vertical one or a two-finger pinch', async () => {
    const el = await mountSeed(960, 440, { storytelling: '' });
    const chart = $(el, '.chart')!;
    const fired = selections(el);
    swipe(chart, -120, 8);
    await settle(el);
    expect(fired).to.have.length(1);
    swipe(chart, -120, 8);
    await settle(el);
    swipe(chart, 110, -5);
    await settle(el);
    expect(fired).to.have.length(3);
    expect(fired[2]).to.equal(fired[0]);
    swipe(chart, 15, 200);
    swipe(chart, -30, 0);
    swipe(chart, -150, 0, true);
    await settle(el);
    expect(fired).to.have.length(3);
    // A mouse drag pans the chart as ever; it is no swipe.
    chart.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, pointerType: 'mouse', isPrimary: true, clientX: 500, clientY: 200 }));
    chart.dispatchEvent(new PointerEvent('pointerup', { bubbles: true, pointerType: 'mouse', isPrimary: true, clientX: 300, clientY: 200 }));
    await settle(el);
    expect(fired).to.have.length(3);
  });
});
