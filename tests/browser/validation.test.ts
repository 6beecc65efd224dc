/// <reference types="mocha" />
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { EventTimeline, TimelineErrorDetail } from '../../src/element/event-timeline.js';
import type { Timeline, TimelineEvent } from '../../src/model/types.js';
import { $, $$, mountSeed, nextEvent, seedTimeline, settle } from './helpers.js';

/** Assigns bad input and checks the error state: message, `timeline-error` with errors, the last good timeline kept. */
async function expectRejected(el: EventTimeline, assign: () => void, path: RegExp): Promise<TimelineErrorDetail> {
  const before = el.timeline;
  const failed = nextEvent<TimelineErrorDetail>(el, 'timeline-error');
  expect(assign).to.not.throw();
  const { detail } = await failed;
  expect(detail.message).to.match(/not valid/);
  expect(detail.errors?.some((e) => path.test(e.path)), JSON.stringify(detail.errors)).to.equal(true);
  await settle(el);
  expect($(el, '[part~="message"]')!.textContent).to.equal(detail.message);
  expect(el.timeline).to.equal(before);
  expect(el.timeline!.events).to.have.length(12);
  expect($$(el, '.chart [part~="event"]').length).to.be.greaterThan(0);
  return detail;
}

describe('<event-timeline> validates every assignment', () => {
  it('rejects an event whose end is a number (end: 5) without throwing', async () => {
    const el = await mountSeed();
    const bad = await seedTimeline();
    (bad.events[1] as unknown as { end: unknown }).end = 5;
    await expectRejected(el, () => { el.timeline = bad; }, /^\$\.events\[1\]\.end$/);
  });

  it('rejects timexIds that are not an array of strings (timexIds: 5), and selecting still works', async () => {
    const el = await mountSeed();
    const bad = await seedTimeline();
    (bad.events[2] as unknown as { timexIds: unknown }).timexIds = 5;
    await expectRejected(el, () => { el.timeline = bad; }, /^\$\.events\[2\]\.timexIds$/);
    const selected = nextEvent(el, 'timeline-select');
    el.selectEvent(el.timeline!.events[2]!.id);
    await selected;
    await settle(el);
    expect($(el, '[part~="card"]')).to.exist;
  });

  it('rejects events that are not an array, through both properties', async () => {
    const el = await mountSeed();
    await expectRejected(el, () => { el.events = 5 as unknown as TimelineEvent[]; }, /^\$\.events$/);
    await expectRejected(el, () => { el.timeline = { events: 'none' } as unknown as Timeline; }, /^\$\.events$/);
    await expectRejected(el, () => { el.events = [{ id: 'x', start: 'soon', title: 'Talks' } as unknown as TimelineEvent]; }, /^\$\.events\[0\]\.start$/);
  });

  it('accepts minimal events ({ id, start, title }) and fills in the rest', async () => {
    const minimal = [
      { id: 'a', start: '2022-01-04', title: 'Protesters gathered in Aktau' },
      { id: 'b', start: '2011', title: 'Oil workers went on strike' },
      { id: 'c', start: '2022-01', title: 'Fuel prices doubled' },
    ] as unknown as TimelineEvent[];
    const el = await fixture<EventTimeline>(html`<event-timeline layout="horizontal" .events=${minimal}></event-timeline>`);
    el.style.setProperty('width', '900px');
    el.style.setProperty('height', '420px');
    await settle(el);
    expect($(el, '[part~="message"]')).to.equal(null);
    const byId = new Map(el.events.map((e) => [e.id, e]));
    expect(byId.get('a')!.precision).to.equal('day');
    expect(byId.get('b')!.precision).to.equal('year');
    expect(byId.get('c')!.precision).to.equal('month');
    expect(byId.get('a')!.text).to.equal('Protesters gathered in Aktau');
    el.fit();
    await settle(el);
    const counted = $$(el, '.chart [part~="cluster"]').reduce((n, c) => n + Number(c.dataset.count), 0);
    expect($$(el, '.chart [part~="event"]').length + counted).to.equal(3);
    el.selectEvent('a');
    await settle(el);
    expect($(el, '[part~="card"] h3')!.textContent).to.equal('Protesters gathered in Aktau');
  });

  it('finishes a slow src load after being moved to another parent mid-load', async () => {
    const json = JSON.stringify(await seedTimeline());
    const realFetch = window.fetch;
    const release: Array<() => void> = [];
    let calls = 0;
    // A fetch that answers only when released, and rejects on abort like the real one.
    window.fetch = ((_input: RequestInfo | URL, init?: RequestInit) => {
      calls++;
      return new Promise<Response>((resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(new DOMException('The operation was aborted.', 'AbortError')));
        release.push(() => resolve(new Response(json, { headers: { 'content-type': 'application/json' } })));
      });
    }) as typeof fetch;
    const second = document.createElement('div');
    document.body.append(second);
    const errors: string[] = [];
    try {
      const first = await fixture<HTMLDivElement>(html`<div><event-timeline src="/slow/seed-timeline.json"></event-timeline></div>`);
      const el = first.querySelector<EventTimeline>('event-timeline')!;
      el.addEventListener('timeline-error', (e) => errors.push((e as CustomEvent<TimelineErrorDetail>).detail.message));
      el.style.setProperty('width', '900px');
      el.style.setProperty('height', '420px');
      await settle(el);
      expect($(el, '.summary')!.textContent).to.equal('Loading…');
      // (The loader is a chunk of its own, imported on first use: under load it may take more than two frames.)
      await waitUntil(() => calls === 1, 'the element fetched its src', { timeout: 5000 });
      second.append(el); // re-parenting: disconnected, then connected again
      await settle(el);
      // (Answer every fetch made so far, and any the re-parented element makes after: it may start one late under load.)
      await waitUntil(() => {
        for (const answer of release.splice(0)) answer();
        return el.timeline !== undefined && el.timeline !== null;
      }, 'the src load finished', { timeout: 5000, interval: 20 });
      await settle(el);
      expect(errors).to.deep.equal([]);
      expect(el.timeline!.events).to.have.length(12);
      expect($(el, '.summary')!.textContent).to.match(/^12 events/);
      expect($$(el, '.chart [part~="event"]').length).to.be.greaterThan(0);
    } finally {
      window.fetch = realFetch;
      second.remove();
    }
  });
});
