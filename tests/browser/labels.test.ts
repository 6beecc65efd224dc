/// <reference types="mocha" />
import { expect, fixture, html } from '@open-wc/testing';
import type { TimelineEvent } from '../../src/model/types.js';
import type { EventTimeline } from '../../src/element/event-timeline.js';
import { $, $$, seedTimeline, settle } from './helpers.js';
import { LabelTexts } from '../../src/element/label-text.js';
import { prepareTimeline } from '../../src/render/prepare.js';
import { ENGLISH } from '../../src/element/messages.js';

/** Titles of 60-70 characters, as the extractor writes them (complete phrases, never cut). */
const TITLES = [
  'Protesters gathered in the main square of Aktau over the fuel prices',
  'The government of Kazakhstan resigned after a night of heavy unrest',
  'Troops from the security treaty states arrived at the Almaty airport',
  'The president declared a two-week state of emergency in the capital',
  'Internet access was cut across the country for most of the weekend',
];

const event = (i: number, start: string, title: string): TimelineEvent => ({
  id: `e${i}`, start, precision: 'day', title, text: `${title}.`, span: { start: 0, end: 1 },
});

async function mount(events: TimelineEvent[], width: number, height: number): Promise<EventTimeline> {
  const el = await fixture<EventTimeline>(html`<event-timeline layout="horizontal" .events=${events}></event-timeline>`);
  el.style.setProperty('width', `${width}px`);
  el.style.setProperty('height', `${height}px`);
  await settle(el);
  await settle(el);
  return el;
}

describe('<event-timeline> labels', () => {
  it('shows a 60-70 character title whole on two lines in a narrow element', async () => {
    const title = TITLES[0]!;
    expect(title.length).to.be.within(60, 70);
    const el = await mount([event(0, '2022-01-04', title), event(1, '2022-01-20', 'Talks resumed')], 480, 420);
    const label = $(el, '.chart g.event[data-id="e0"]')!;
    expect(label.classList.contains('unlabelled')).to.equal(false);
    const text = label.querySelector('text.title')!;
    expect(text.textContent).to.equal(title);
    expect(text.textContent).to.not.contain('…');
    const lines = Array.from(text.querySelectorAll('tspan.line'));
    expect(lines).to.have.length(2);
    const [a, b] = lines.map((l) => l.getBoundingClientRect());
    expect(b!.top).to.be.greaterThan(a!.bottom - 4);
    // Both lines inside the label's box, and the box inside the chart.
    const ring = label.querySelector('rect.ring')!.getBoundingClientRect();
    const svg = $(el, '.chart svg')!.getBoundingClientRect();
    for (const line of [a!, b!]) {
      expect(line.left).to.be.at.least(ring.left - 1);
      expect(line.right).to.be.at.most(ring.right + 1);
      expect(line.top).to.be.at.least(ring.top - 1);
      expect(line.bottom).to.be.at.most(ring.bottom + 1);
    }
    expect(ring.left).to.be.at.least(svg.left - 1);
    expect(ring.right).to.be.at.most(svg.right + 1);
    // The name is the visible text, date then whole title (the same at every zoom).
    expect(label.getAttribute('aria-label')).to.equal(`${label.querySelector('text.date')!.textContent!.replace(/: $/, '')}: ${title}`);
  });

  it('never lets a stem strike through another label: the label is on top where they cross', async () => {
    const events = TITLES.map((t, i) => event(i, `2022-01-0${2 + i}`, t));
    const el = await mount(events, 640, 640);
    const root = el.shadowRoot!;
    const labelled = $$(el, '.chart g.event:not(.unlabelled)');
    let crossings = 0;
    for (const stem of $$(el, '.chart .stems line.stem')) {
      const s = stem.getBoundingClientRect();
      for (const g of labelled) {
        if (g.dataset.id === stem.dataset.id) continue;
        const r = g.querySelector('rect.ring')!.getBoundingClientRect();
        const x = s.left + s.width / 2;
        const y = r.top + r.height / 2;
        if (x <= r.left + 2 || x >= r.right - 2 || y <= s.top || y >= s.bottom) continue;
        crossings++;
        const hit = root.elementFromPoint(x, y);
        expect(hit?.closest('g.event'), `stem of ${stem.dataset.id} over the label of ${g.dataset.id}`).to.equal(g);
      }
    }
    expect(crossings).to.be.greaterThan(0);
  });

  it('never lets two-line labels overlap each other', async () => {
    // (480 px: narrow enough that these titles take two lines whatever the fonts; at 640 px Debian's Liberation Sans fits
    // them on one.)
    const events = TITLES.map((t, i) => event(i, `2022-01-0${2 + i}`, t));
    const el = await mount(events, 480, 640);
    const labelled = $$(el, '.chart g.event:not(.unlabelled)');
    const twoLine = labelled.filter((g) => g.querySelectorAll('text.title tspan.line').length === 2);
    expect(twoLine.length).to.be.at.least(3);
    for (const g of labelled) expect(g.querySelector('text.title')!.textContent).to.not.contain('…');
    const boxes = labelled.map((g) => g.querySelector('rect.ring')!.getBoundingClientRect());
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        const overlap = a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
        expect(overlap, `labels ${labelled[i]!.dataset.id} and ${labelled[j]!.dataset.id} overlap`).to.equal(false);
      }
    }
    // Every event has a label or is counted.
    const counted = $$(el, '.chart g.cluster').reduce((n, c) => n + Number(c.dataset.count), 0);
    expect(labelled.length + counted).to.equal(events.length);
  });

  it('ends the second line in "…" only for a title longer than two lines, keeping it whole in the name and tooltip', async () => {
    const long = `${TITLES.join(', and ')} while the talks went on`;
    const el = await mount([event(0, '2022-01-04', long), event(1, '2022-01-20', 'Talks resumed')], 480, 420);
    const label = $(el, '.chart g.event[data-id="e0"]')!;
    const text = label.querySelector('text.title')!;
    expect(text.querySelectorAll('tspan.line')).to.have.length(2);
    expect(text.textContent!.endsWith('…')).to.equal(true);
    expect(label.getAttribute('aria-label')).to.contain(long);
    label.dispatchEvent(new PointerEvent('pointerenter'));
    await settle(el);
    expect($(el, '[part~="tooltip"] strong')!.textContent).to.equal(long);
  });
  it('stacks labels in date order: reading a stack upwards from the axis reads it earliest first', async () => {
    // Ten events a day or two apart over three weeks, in a chart narrow enough that their labels stack.
    const events = Array.from({ length: 10 }, (_, i) => event(i, `2022-01-${String(2 + 2 * i + (i % 2)).padStart(2, '0')}`, TITLES[i % TITLES.length]!));
    const el = await mount(events, 900, 640);
    el.zoomBy(1.3);
    await settle(el);
    const labelled = $$(el, '.chart g.event:not(.unlabelled)').map((g) => ({
      start: g.getAttribute('data-start')!, id: g.getAttribute('data-id')!, box: g.querySelector('rect.ring')!.getBoundingClientRect(),
    }));
    let stacked = 0;
    for (const a of labelled) {
      for (const b of labelled) {
        if (a === b || a.start >= b.start || a.box.right <= b.box.left || b.box.right <= a.box.left) continue;
        stacked++;
        // One above the other, the earlier one lower (nearer the axis).
        expect(a.box.top, `${a.id} (${a.start}) under ${b.id} (${b.start})`).to.be.greaterThan(b.box.top);
        expect(a.box.top).to.be.at.least(b.box.bottom - 1);
      }
    }
    expect(stacked).to.be.greaterThan(2);
  });
});

describe('label widths', () => {
  it('are the title and date measured whole, though each word is measured once for every title it is in', async () => {
    const timeline = await seedTimeline();
    const events = [...timeline.events, ...TITLES.map((title, i) => ({ ...timeline.events[i]!, id: `t${i}`, title })),
      { ...timeline.events[0]!, id: 'bc', start: 'BC0044', end: undefined, precision: 'year' as const, title: 'Caesar is assassinated in the Theatre of Pompey' }];
    const prepared = prepareTimeline(events);
    for (const family of ['sans-serif', 'serif', 'Georgia, serif']) {
      const texts = new LabelTexts(family, ENGLISH);
      const ctx = document.createElement('canvas').getContext('2d')!;
      const whole = (text: string, font: string) => {
        ctx.font = font;
        return ctx.measureText(text).width;
      };
      for (let i = 0; i < prepared.count; i++) {
        const item = prepared.item(i);
        const label = texts.of(item);
        const dateWidth = Math.ceil(whole(label.date, `600 11px ${family}`) * 1.04) + 14;
        expect(label.width, `${family}: ${label.title}`).to.equal(Math.max(Math.ceil(whole(label.title, `600 13px ${family}`)) + 14, dateWidth));
      }
    }
  });
});
