/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { EventTimeline, TimelineSelectDetail } from '../../src/element/event-timeline.js';
import { $, $$, mountSeed, nextEvent, settle, showWithText } from './helpers.js';

interface AxeResult { violations: Array<{ id: string; impact: string; nodes: Array<{ target: unknown; failureSummary?: string }> }> }
interface Axe { run(context: Element, options?: object): Promise<AxeResult> }

async function loadAxe(): Promise<Axe> {
  const w = window as unknown as { axe?: Axe };
  if (!w.axe) {
    await new Promise<void>((resolve, reject) => {
      const script = document.createElement('script');
      script.src = '/node_modules/axe-core/axe.min.js';
      script.onload = () => resolve();
      script.onerror = () => reject(new Error('axe-core did not load'));
      document.head.append(script);
    });
  }
  return w.axe!;
}

async function violations(el: EventTimeline): Promise<string[]> {
  const axe = await loadAxe();
  const result = await axe.run(el, { resultTypes: ['violations'] });
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`).join('; ')}`);
}

describe('<event-timeline> accessibility and layouts', () => {
  it('axe-core finds no violations (light, card open)', async () => {
    const el = await mountSeed(1000, 560, { theme: 'light' });
    el.selectEvent(el.timeline!.events[2]!.id);
    await settle(el);
    expect(await violations(el)).to.deep.equal([]);
  });

  it('axe-core finds no violations (dark theme)', async () => {
    document.body.style.setProperty('background', '#020617');
    const el = await mountSeed(1000, 560, { theme: 'dark' });
    el.selectEvent(el.timeline!.events[1]!.id);
    await settle(el);
    const found = await violations(el);
    document.body.style.removeProperty('background');
    expect(found).to.deep.equal([]);
  });

  it('axe-core finds no violations in storytelling mode (light and dark, a slide shown)', async () => {
    for (const theme of ['light', 'dark']) {
      if (theme === 'dark') document.body.style.setProperty('background', '#020617');
      const el = await mountSeed(1000, 560, { theme, storytelling: '' });
      ($(el, '[part~="story-next"]') as HTMLButtonElement).click();
      await settle(el);
      ($(el, '[part~="story-next"]') as HTMLButtonElement).click();
      await settle(el);
      const found = await violations(el);
      document.body.style.removeProperty('background');
      expect(found, theme).to.deep.equal([]);
    }
  });

  it('axe-core finds no violations in the list layout with show-source', async () => {
    const el = await mountSeed(420, 900, { layout: 'list' });
    expect(await violations(el)).to.deep.equal([]);
  });

  it('exposes an accessible list of dates and titles', async () => {
    const el = await mountSeed();
    const items = $$(el, 'ol.sr-only li').map((li) => li.textContent ?? '');
    expect(items).to.have.length(12);
    expect(items[1]).to.match(/^Sunday, 2 January 2022: The unrest started/);
    expect($(el, 'section.frame')!.getAttribute('aria-label')).to.contain('Kazakhstan');
  });

  it('keeps the screen-reader list through hovers and focus, and gives the events of new data', async () => {
    const el = await mountSeed();
    const before = $$(el, 'ol.sr-only li');
    const texts = before.map((li) => li.textContent);
    const marker = $(el, '.chart g.event')!;
    marker.dispatchEvent(new MouseEvent('mouseover', { bubbles: true, composed: true }));
    marker.focus();
    await settle(el);
    expect($(el, '.tooltip')!.textContent).to.not.equal('');
    const after = $$(el, 'ol.sr-only li');
    expect(after).to.have.length(12);
    after.forEach((li, i) => expect(li).to.equal(before[i]));
    expect(after.map((li) => li.textContent)).to.deep.equal(texts);
    el.events = [{ start: '2020-03-01', title: 'Second' }, { start: '2019-05-04', title: 'First' }];
    await settle(el);
    expect($$(el, 'ol.sr-only li').map((li) => li.textContent)).to.deep.equal(['Saturday, 4 May 2019: First', 'Sunday, 1 March 2020: Second']);
  });

  it('switches to the vertical list below the width breakpoint', async () => {
    const el = await mountSeed(400, 800);
    expect($(el, '.chart')).to.equal(null);
    const items = $$(el, '[part~="list"] [part~="event"]');
    expect(items).to.have.length(12);
    expect(items[0]!.textContent).to.contain('2011');
    const selected = nextEvent<TimelineSelectDetail>(el, 'timeline-select');
    items[3]!.click();
    expect((await selected).detail.event.end).to.equal('2022-01-19');
    await settle(el);
    expect(items[3]!.querySelector('.when')!.textContent).to.equal('5–19 January 2022');
    expect($(el, '[part~="list"] [part~="card"] blockquote')!.textContent).to.contain('state of emergency');
    el.style.setProperty('width', '900px');
    await settle(el);
    expect($(el, '.chart')).to.exist;
  });

  it('themes: dark colours differ from light, set through custom properties', async () => {
    const light = await mountSeed(800, 400, { theme: 'light' });
    const dark = await mountSeed(800, 400, { theme: 'dark' });
    expect(getComputedStyle(light).backgroundColor).to.equal('rgb(255, 255, 255)');
    expect(getComputedStyle(dark).backgroundColor).to.equal('rgb(15, 23, 42)');
    dark.style.setProperty('--event-timeline-background', 'rgb(1, 2, 3)');
    expect(getComputedStyle(dark).backgroundColor).to.equal('rgb(1, 2, 3)');
  });

  it('theme auto follows prefers-color-scheme', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    try {
      const el = await mountSeed(800, 400);
      expect(getComputedStyle(el).backgroundColor).to.equal('rgb(15, 23, 42)');
      el.setAttribute('theme', 'light');
      expect(getComputedStyle(el).backgroundColor).to.equal('rgb(255, 255, 255)');
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });

  it('BC years render on the axis and in dates', async () => {
    const el = await mountSeed();
    el.timeline = { version: 1, documentDate: null, timexes: [], events: [
      { id: 'a', start: 'BC0044', precision: 'year', title: 'Caesar is assassinated', text: 'Caesar is assassinated in 44 BC.', span: { start: 0, end: 31 } },
      { id: 'b', start: '0014', precision: 'year', title: 'Augustus dies', text: 'Augustus dies in AD 14.', span: { start: 32, end: 55 } },
    ] };
    await settle(el);
    const ticks = $$(el, 'g.axis g.tick text').map((t) => t.textContent ?? '');
    expect(ticks.some((t) => / BC$/.test(t))).to.equal(true);
    expect(ticks.some((t) => /^AD \d+$/.test(t)), ticks.join(' | ')).to.equal(true);
    expect($$(el, 'ol.sr-only li')[0]!.textContent).to.equal('44 BC: Caesar is assassinated');
  });

  it('show-source: the article text links to events both ways', async () => {
    const el = await mountSeed(1100, 520, { 'show-source': '' });
    const text = await (await fetch('/tests/browser/fixtures/seed-article.txt')).text();
    const timeline = el.timeline!;
    await showWithText(el, timeline, text);
    const marks = $$(el, '[part~="source"] mark[role="button"]');
    expect(marks.length).to.be.greaterThan(8);
    const target = marks.find((m) => m.dataset.id === timeline.events[1]!.id)!;
    const selected = nextEvent<TimelineSelectDetail>(el, 'timeline-select');
    target.click();
    expect((await selected).detail.event.id).to.equal(timeline.events[1]!.id);
    await settle(el);
    expect(target.classList.contains('current')).to.equal(true);
    const sel = $(el, '.chart g.event.selected');
    expect(sel, `selected marker; events: ${$$(el, '.chart g.event').map((g) => g.dataset.id).join(',')} domain ${el.domain}`).to.exist;
    expect(sel!.dataset.id).to.equal(timeline.events[1]!.id);
  });
});
