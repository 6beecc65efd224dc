/// <reference types="mocha" />
// Issue 11, "Reading": the wheel, the card, keyboard and screen reader, phones, embedding, initial view and selection.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { EventTimeline, TimelineDeselectDetail, TimelineSelectDetail } from '../../src/element/event-timeline.js';
import { $, $$, mountSeed, nextEvent, settle, showWithText } from './helpers.js';

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

  it('follows its event while the chart is zoomed, never covering it', async () => {
    const el = await mountSeed(1000, 560);
    el.zoomTo(JAN_2, JAN_8);
    await settle(el);
    el.selectEvent('e3');
    await settle(el);
    for (const factor of [1.3, 1.3, 1 / 1.6]) {
      el.zoomBy(factor);
      await settle(el);
      const dot = $(el, '.chart g.event.selected circle.dot');
      if (!dot) continue;
      const card = $(el, '[part~="card"]')!.getBoundingClientRect();
      expect(overlaps(card, dot.getBoundingClientRect()), `after zooming by ${factor}`).to.equal(false);
    }
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

  it('in the list layout, closing the card gives focus back to the event\'s item', async () => {
    const el = await mountSeed(420, 800, { layout: 'list' });
    const item = $(el, '.list .item[data-id="e5"]')!;
    item.click();
    await settle(el);
    $(el, '[part~="card"] button.close')!.focus();
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect($(el, '[part~="card"]')).to.equal(null);
    expect(active(el)).to.equal(item);
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

/** The seed with its article text (show-source), as in the demo. */
async function mountWithSource(width: number, height: number | null): Promise<EventTimeline> {
  const el = await mountSeed(width, height ?? 400, { 'show-source': '' });
  if (height === null) el.style.removeProperty('height');
  const text = await (await fetch('/tests/browser/fixtures/seed-article.txt')).text();
  await showWithText(el, el.timeline!, text);
  return el;
}

/** A pile of same-day events (more than the lanes hold) and a few later ones. */
function pileTimeline() {
  const events = Array.from({ length: 14 }, (_, i) => ({
    id: `p${i}`, start: i < 10 ? '2020-03-01' : `2020-03-${String(2 + i).padStart(2, '0')}`, precision: 'day' as const,
    title: `Statement number ${i} about the flood defences of the harbour town`, text: `Statement ${i}.`, span: { start: 0, end: 1 },
  }));
  return { version: 1 as const, documentDate: '2020-03-20', timexes: [], events };
}

describe('<event-timeline> reading: keyboard and screen reader', () => {
  it('Home and End reach the first and last event without zooming to hour ticks that lose the year', async () => {
    const el = await mountSeed(900, 320);
    el.timeline = pileTimeline();
    await settle(el);
    $(el, '.chart g.event[tabindex="0"], .chart g.cluster[tabindex="0"]')!.focus();
    for (const key of ['End', 'Home', 'End', 'Home']) {
      await sendKeys({ press: key });
      await settle(el);
      const focused = active(el);
      expect(focused, `${key} focuses something in the chart`).to.not.equal(null);
      expect(focused!.matches('g.event, g.cluster'), `${key}: ${focused!.outerHTML.slice(0, 80)}`).to.equal(true);
      const ticks = $$(el, 'g.axis g.tick text').map((t) => t.textContent ?? '');
      expect(ticks.some((t) => /\d\d:\d\d/.test(t)), `${key}: ticks ${ticks.join(' | ')}`).to.equal(false);
      expect(ticks.some((t) => /2020/.test(t)), `${key}: a tick names the year (${ticks.join(' | ')})`).to.equal(true);
      expect(span(el)).to.be.greaterThan(2 * 86_400_000);
    }
  });

  it('the focus tooltip never covers another label (and is left out when the label says it all)', async () => {
    for (const [w, h] of [[1000, 560], [720, 340]] as const) {
      const el = await mountSeed(w, h);
      el.zoomTo(JAN_2, JAN_8);
      await settle(el);
      $(el, '.chart g.event[tabindex="0"]')!.focus();
      for (let i = 0; i < 12; i++) {
        await settle(el);
        const focused = active(el)!;
        const tip = $(el, '[part~="tooltip"]')!;
        if (!tip.hidden) {
          const box = tip.getBoundingClientRect();
          for (const ring of $$(el, '.chart g.event:not(.unlabelled) rect.ring')) {
            if (ring.closest('g.event') === focused) continue;
            expect(overlaps(box, ring.getBoundingClientRect()), `${w}px: the tooltip of ${focused.dataset.start} covers a label`).to.equal(false);
          }
        } else if (focused.matches('g.event')) {
          expect(focused.classList.contains('unlabelled')).to.equal(false);
        }
        await sendKeys({ press: 'ArrowRight' });
      }
    }
  });

  it('names each marker by its date and whole title, as written and the same at every zoom', async () => {
    const el = await mountSeed(1000, 420);
    const names = () => new Map($$(el, '.chart g.event').map((g) => [g.dataset.id!, g.getAttribute('aria-label')]));
    el.zoomTo(JAN_2, JAN_8);
    await settle(el);
    const week = names();
    el.zoomTo(Date.UTC(2022, 0, 3), Date.UTC(2022, 0, 8, 12));
    await settle(el);
    const close = names();
    el.fit();
    await settle(el);
    const all = names();
    let compared = 0;
    for (const [id, name] of [...close, ...all]) {
      const event = el.timeline!.events.find((e) => e.id === id)!;
      expect(name, id).to.match(new RegExp(`^[^:]+: ${event.title.replace(/…$/, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
      if (week.has(id)) { expect(week.get(id)).to.equal(name); compared++; }
    }
    expect(compared).to.be.greaterThan(3);
    const date = $(el, '.chart g.event text.date')!;
    expect(getComputedStyle(date).textTransform).to.equal('none');
    expect(name0(el)).to.equal(date.textContent!.replace(/: $/, '') + ': ' + el.timeline!.events.find((e) => e.id === date.closest('g.event')!.getAttribute('data-id'))!.title.replace(/…$/, ''));
  });

  it('puts the event list before the article text, and the text is a labelled region with one Tab stop', async () => {
    const el = await mountWithSource(1144, 600);
    const list = $(el, 'ol.sr-only')!;
    const source = $(el, '[part~="source"]')!;
    expect(list.compareDocumentPosition(source) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(source.getAttribute('role')).to.equal('region');
    expect(source.getAttribute('aria-label')).to.equal('Article text');
    const marks = $$(el, '[part~="source"] mark[role="button"]');
    expect(marks.length).to.be.greaterThan(5);
    expect(marks.filter((m) => m.getAttribute('tabindex') === '0')).to.have.length(1);
    marks[0]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    expect(active(el)).to.equal(marks[1]);
    expect(marks[1]!.getAttribute('tabindex')).to.equal('0');
    expect(marks[0]!.getAttribute('tabindex')).to.equal('-1');
    await sendKeys({ press: 'End' });
    await settle(el);
    expect(active(el)).to.equal(marks[marks.length - 1]);
    await sendKeys({ press: 'ArrowLeft' });
    await settle(el);
    expect(active(el)).to.equal(marks[marks.length - 2]);
    await sendKeys({ press: 'Tab' });
    expect(active(el)?.localName ?? 'outside').to.not.equal('mark');
  });
});

function name0(el: EventTimeline): string | null {
  return $(el, '.chart g.event')!.getAttribute('aria-label');
}

describe('<event-timeline> reading: phones', () => {
  it('tapping a sentence opens the card beside it, in view', async () => {
    const el = await mountWithSource(390, null);
    const marks = $$(el, '[part~="source"] mark[role="button"]');
    const mark = marks[marks.length - 2]!;
    mark.scrollIntoView({ block: 'center' });
    mark.click();
    await settle(el);
    await settle(el);
    const card = $(el, '[part~="card"]')!;
    expect(card).to.exist;
    expect(card.closest('[part~="source"]'), 'the card is in the text').to.exist;
    const c = card.getBoundingClientRect();
    const m = mark.getClientRects()[mark.getClientRects().length - 1]!;
    expect(c.top).to.be.at.least(m.bottom - 1);
    expect(c.top - m.bottom).to.be.lessThan(200);
    expect(c.top).to.be.at.least(0);
    expect(c.bottom).to.be.at.most(window.innerHeight + 1);
    // The sentence stays in view too (not scrolled under the top of the article pane).
    const pane = $(el, '[part~="source"]')!.getBoundingClientRect();
    const m2 = mark.getBoundingClientRect();
    expect(m2.top).to.be.at.least(Math.max(0, pane.top) - 1);
    $(el, '[part~="card"] button.close')!.click();
    await settle(el);
    expect(active(el)).to.equal(mark);
    // By keyboard: Enter on a sentence, Escape in its card.
    await sendKeys({ press: 'Enter' });
    await settle(el);
    $(el, '[part~="source"] [part~="card"] button.close')!.focus();
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect($(el, '[part~="card"]')).to.equal(null);
    expect(active(el)).to.equal(mark);
  });

  it('on a phone the article flows with the page, not in a box of its own', async () => {
    const el = await mountWithSource(390, null);
    const source = $(el, '[part~="source"]')!;
    expect(source.scrollHeight).to.be.at.most(source.clientHeight + 1);
    expect(source.getBoundingClientRect().height).to.be.greaterThan(600);
    // A host of fixed height keeps everything inside it: the list and the text then scroll, each a labelled box.
    const fixed = await mountWithSource(390, 700);
    const box = fixed.getBoundingClientRect();
    for (const part of ['list', 'source']) {
      const r = $(fixed, `[part~="${part}"]`)!.getBoundingClientRect();
      expect(r.bottom, part).to.be.at.most(box.bottom + 1);
      expect(r.height, part).to.be.greaterThan(120);
    }
  });

  it('has no unlabelled scroll box', async () => {
    for (const width of [390, 1144]) {
      const el = await mountWithSource(width, width < 500 ? null : 600);
      el.selectEvent('e4');
      await settle(el);
      for (const node of $$(el, '*')) {
        const style = getComputedStyle(node);
        const scrolls = /(auto|scroll)/.test(style.overflowY) && node.scrollHeight > node.clientHeight + 1;
        if (!scrolls) continue;
        const role = node.getAttribute('role') ?? ({ ol: 'list', ul: 'list', section: 'region' } as Record<string, string>)[node.localName];
        expect(role, `${width}px: ${node.className} scrolls without a role`).to.be.a('string');
        expect(node.getAttribute('aria-label'), `${width}px: ${node.className} scrolls without a label`).to.be.a('string');
      }
    }
  });
});

describe('<event-timeline> embedding', () => {
  it('inherits the page\'s font, and measures its labels in it', async () => {
    const wrapper = document.createElement('div');
    wrapper.style.fontFamily = '"Courier New", monospace';
    document.body.append(wrapper);
    try {
      const el = await mountSeed(1000, 560);
      wrapper.append(el);
      await settle(el);
      el.zoomTo(JAN_2, JAN_8);
      await settle(el);
      expect(getComputedStyle(el).fontFamily).to.equal(getComputedStyle(wrapper).fontFamily);
      const title = $(el, '.chart g.event text.title')!;
      expect(getComputedStyle(title).fontFamily).to.equal(getComputedStyle(wrapper).fontFamily);
      expect(getComputedStyle($(el, 'g.axis g.tick text')!).fontFamily).to.equal(getComputedStyle(wrapper).fontFamily);
      for (const g of $$(el, '.chart g.event:not(.unlabelled)')) {
        const ring = g.querySelector('rect.ring')!.getBoundingClientRect();
        for (const text of g.querySelectorAll('text')) {
          const box = text.getBoundingClientRect();
          expect(box.right, `${g.dataset.start}: text inside its label`).to.be.at.most(ring.right + 1);
          expect(box.left).to.be.at.least(ring.left - 1);
        }
      }
      el.style.setProperty('--event-timeline-font', 'Georgia, serif');
      expect(getComputedStyle(el).fontFamily).to.equal('Georgia, serif');
    } finally {
      wrapper.remove();
    }
  });

  it('--event-timeline-font-size scales the chart text, and the labels keep their room', async () => {
    const el = await mountSeed(1000, 640);
    el.zoomTo(JAN_2, JAN_8);
    await settle(el);
    const height = () => $(el, '.chart g.event:not(.unlabelled) text.date')!.getBoundingClientRect().height;
    const h0 = height();
    el.style.setProperty('--event-timeline-font-size', '22.5px');
    await settle(el);
    await settle(el);
    expect(height() / h0).to.be.closeTo(1.5, 0.15);
    const tick = $(el, 'g.axis g.tick text')!.getBoundingClientRect().height;
    expect(tick).to.be.greaterThan(h0 * 1.2);
    const boxes = $$(el, '.chart g.event:not(.unlabelled) rect.ring').map((r) => r.getBoundingClientRect());
    expect(boxes.length).to.be.greaterThan(2);
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i]!, boxes[j]!)).to.equal(false);
    const chart = $(el, '.chart')!.getBoundingClientRect();
    for (const b of boxes) expect(b.top).to.be.at.least(chart.top - 1);
  });

  it('every documented ::part is on a rendered node and takes a style from the page', async () => {
    // The @csspart names of the element's JSDoc (tests/unit/element/docs.test.ts keeps this list in step with them).
    const parts = (await (await fetch('/tests/browser/fixtures/documented-parts.json')).json()) as string[];
    expect(parts.length).to.be.greaterThan(8);
    const style = document.createElement('style');
    style.textContent = parts.map((p) => `event-timeline.parts::part(${p}) { opacity: 0.5; }`).join('\n')
      + `\nevent-timeline.parts::part(axis) { color: rgb(200, 0, 0); }
      event-timeline.parts::part(label) { fill: rgb(0, 120, 0); }
      event-timeline.parts::part(card) { background-color: rgb(1, 2, 3); }
      event-timeline.parts::part(frame) { padding: 3px; }`;
    document.head.append(style);
    try {
      const chart = await mountWithSource(1144, 600);
      chart.classList.add('parts');
      chart.fit();
      await settle(chart);
      chart.selectEvent('e4');
      await settle(chart);
      const tipTarget = $(chart, '.chart g.event')!;
      tipTarget.dispatchEvent(new PointerEvent('pointerenter'));
      await settle(chart);
      const list = await mountSeed(420, 700, { layout: 'list' });
      list.classList.add('parts');
      const broken = await mountSeed(800, 400);
      broken.classList.add('parts');
      broken.timeline = { version: 1, documentDate: null, timexes: [], events: [] };
      await settle(broken);
      const story = await mountSeed(800, 420, { storytelling: '' });
      story.classList.add('parts');
      await settle(story);
      for (const part of parts) {
        const nodes = [chart, list, broken, story].flatMap((el) => $$(el, `[part~="${part}"]`));
        expect(nodes.length, `::part(${part}) is on a rendered node`).to.be.greaterThan(0);
        for (const node of nodes) expect(getComputedStyle(node).opacity, `::part(${part})`).to.equal('0.5');
      }
      expect(getComputedStyle($(chart, 'g.axis g.tick text')!).fill).to.equal('rgb(200, 0, 0)');
      expect(getComputedStyle($(chart, '.chart g.event:not(.unlabelled) text.title')!).fill).to.equal('rgb(0, 120, 0)');
      expect(getComputedStyle($(chart, '[part~="card"]')!).backgroundColor).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle($(chart, '[part~="frame"]')!).paddingTop).to.equal('3px');
    } finally {
      style.remove();
    }
  });
});

describe('<event-timeline> initial view and selection', () => {
  it('view-start and view-end set the first view (ISO dates or TimeML values), kept through a resize', async () => {
    const el = await mountSeed(1000, 500, { 'view-start': '2022-01-05', 'view-end': '2022-01-07' });
    expect(el.viewStart).to.equal('2022-01-05');
    expect(el.domain!.map((d) => d.toISOString())).to.deep.equal(['2022-01-05T00:00:00.000Z', '2022-01-08T00:00:00.000Z']);
    el.style.setProperty('width', '800px');
    await settle(el);
    expect(el.domain![0].toISOString()).to.equal('2022-01-05T00:00:00.000Z');
    el.viewStart = '2011';
    el.viewEnd = '2022-01';
    await settle(el);
    expect(el.domain!.map((d) => d.toISOString())).to.deep.equal(['2011-01-01T00:00:00.000Z', '2022-02-01T00:00:00.000Z']);
    el.viewStart = 'not a date';
    await settle(el);
    expect(el.domain![0].toISOString()).to.equal('2011-01-01T00:00:00.000Z');
  });

  it('selected names the selected event both ways, and timeline-select says how to link to it', async () => {
    const el = await mountSeed(1000, 560, { selected: 'e4' });
    expect($(el, '.chart g.event.selected')!.dataset.id).to.equal('e4');
    expect($(el, '[part~="card"] h3')!.textContent).to.equal(el.timeline!.events.find((e) => e.id === 'e4')!.title);
    const picked = nextEvent<TimelineSelectDetail>(el, 'timeline-select');
    $(el, '.chart g.event[data-id="e3"]')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    const { detail } = await picked;
    expect(detail).to.include({ id: 'e3', hash: '#e3' });
    await settle(el);
    expect(el.getAttribute('selected')).to.equal('e3');
    const closed = nextEvent<TimelineDeselectDetail>(el, 'timeline-deselect');
    $(el, '[part~="card"] button.close')!.click();
    expect((await closed).detail.id).to.equal('e3');
    await settle(el);
    expect(el.hasAttribute('selected')).to.equal(false);
    el.setAttribute('selected', 'e6');
    await settle(el);
    expect($(el, '.chart g.event.selected')!.dataset.id).to.equal('e6');
    const outside = document.createElement('button');
    document.body.append(outside);
    outside.focus();
    el.removeAttribute('selected');
    await settle(el);
    expect($(el, '[part~="card"]')).to.equal(null);
    expect(document.activeElement, 'removing the attribute moves no focus').to.equal(outside);
    outside.remove();
  });

  it('deep-link: #<event-id> selects that event; other hashes are left alone', async () => {
    try {
      history.replaceState(null, '', '#e5');
      const el = await mountSeed(1000, 560, { 'deep-link': '' });
      expect(el.selected).to.equal('e5');
      expect($(el, '.chart g.event.selected')!.dataset.id).to.equal('e5');
      const plain = await mountSeed(1000, 560);
      expect(plain.selected, 'without deep-link the hash is not read').to.equal(null);
      const changed = nextEvent<TimelineSelectDetail>(el, 'timeline-select');
      location.hash = '#e7';
      expect((await changed).detail.id).to.equal('e7');
      await settle(el);
      expect($(el, '[part~="card"] h3')!.textContent).to.equal(el.timeline!.events.find((e) => e.id === 'e7')!.title);
      history.replaceState(null, '', '#comments');
      const other = await mountSeed(1000, 560, { 'deep-link': '' });
      expect(other.selected).to.equal(null);
      expect($(other, '[part~="card"]')).to.equal(null);
      expect(location.hash).to.equal('#comments');
    } finally {
      history.replaceState(null, '', location.pathname + location.search);
    }
  });
});
