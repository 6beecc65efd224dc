/// <reference types="mocha" />
import { expect, fixture, html } from '@open-wc/testing';
import type { EventTimeline, TimelineErrorDetail } from '../../src/element/event-timeline.js';
import { $, $$, FIXTURES, mountSeed, nextEvent, seedTimeline, settle, untilTimeline } from './helpers.js';

const ARTICLE = 'ALMATY, Jan. 7, 2022 (Wire) -- Protesters gathered in Aktau on Jan. 4, 2022. The government resigned on Wednesday.';

describe('<event-timeline> inputs', () => {
  it('reads inline article text from <script type="text/plain">', async () => {
    const el = await fixture<EventTimeline>(html`<event-timeline document-date="2022-01-07"><script type="text/plain">${ARTICLE}</script></event-timeline>`);
    await untilTimeline(el);
    const starts = el.timeline!.events.map((e) => e.start);
    expect(starts).to.include('2022-01-04');
    expect($$(el, '[part~="event"], [part~="cluster"]').length).to.be.greaterThan(0);
  });

  it('reads `<\\/script` in inline article text as `</script`', async () => {
    const el = document.createElement('event-timeline') as EventTimeline;
    el.setAttribute('document-date', '2022-01-07');
    const script = document.createElement('script');
    script.type = 'text/plain';
    script.textContent = 'The page showed <\\/script> tags on Jan. 4, 2022.';
    el.append(script);
    document.body.append(el);
    await untilTimeline(el);
    expect(el.timeline!.events[0]!.text).to.equal('The page showed </script> tags on Jan. 4, 2022.');
    el.remove();
  });

  it('reads inline Timeline JSON from <script type="application/json">', async () => {
    const json = JSON.stringify(await seedTimeline());
    const el = await fixture<EventTimeline>(html`<event-timeline><script type="application/json">${json}</script></event-timeline>`);
    await settle(el);
    expect(el.timeline!.events).to.have.length(12);
    expect($(el, '[part~="axis"]')).to.exist;
  });

  it('fetches Timeline JSON from src', async () => {
    const el = await fixture<EventTimeline>(html`<event-timeline src="${FIXTURES}/seed-timeline.json"></event-timeline>`);
    for (let i = 0; i < 50 && !el.timeline; i++) await new Promise((r) => setTimeout(r, 20));
    await settle(el);
    expect(el.timeline!.events).to.have.length(12);
    expect($$(el, '.chart [part~="event"]').length).to.be.greaterThan(0);
  });

  it('fetches article text from src and extracts its timeline, with show-source links', async () => {
    const el = await fixture<EventTimeline>(html`<event-timeline show-source src="${FIXTURES}/short-article.txt"></event-timeline>`);
    await untilTimeline(el);
    expect(el.timeline!.events.map((e) => e.start)).to.include('2022-01-04');
    expect($$(el, '[part~="source"] mark[role="button"]').length).to.be.greaterThan(0);
  });

  it('refuses src URLs that are not http or https', async () => {
    const el = await mountSeed();
    const failed = nextEvent<TimelineErrorDetail>(el, 'timeline-error');
    el.src = 'javascript:alert(1)';
    expect((await failed).detail.message).to.match(/not an http or https URL/);
  });

  it('accepts the events property', async () => {
    const events = (await seedTimeline()).events.slice(0, 3);
    const el = await fixture<EventTimeline>(html`<event-timeline .events=${events}></event-timeline>`);
    await settle(el);
    expect(el.events.map((e) => e.start)).to.deep.equal(events.map((e) => e.start));
  });

  it('broken JSON: message, timeline-error, last good render kept', async () => {
    const json = JSON.stringify(await seedTimeline());
    const el = await fixture<EventTimeline>(html`<event-timeline><script type="application/json">${json}</script></event-timeline>`);
    await settle(el);
    el.fit();
    await settle(el);
    const failed = nextEvent<TimelineErrorDetail>(el, 'timeline-error');
    el.querySelector('script')!.textContent = '{"version": 1, "events": [';
    const { detail } = await failed;
    expect(detail.message).to.match(/JSON/);
    await settle(el);
    expect($(el, '[part~="message"]')!.textContent).to.match(/JSON/);
    expect(el.timeline!.events).to.have.length(12);
    const counted = $$(el, '.chart [part~="cluster"]').reduce((n, c) => n + Number(c.dataset.count), 0);
    expect($$(el, '.chart [part~="event"]').length + counted).to.equal(12);
  });

  it('invalid Timeline JSON lists what is wrong', async () => {
    const el = await mountSeed();
    const failed = nextEvent<TimelineErrorDetail>(el, 'timeline-error');
    el.src = 'data:application/json,{}';
    const { detail } = await failed;
    expect(detail.message).to.match(/http/);
    const failed2 = nextEvent<TimelineErrorDetail>(el, 'timeline-error');
    el.src = `${FIXTURES}/invalid-timeline.json`;
    const second = await failed2;
    expect(second.detail.errors?.length).to.be.greaterThan(0);
    expect(el.timeline!.events).to.have.length(12);
  });

  it('src over max-src-bytes: a message naming the limit, timeline-error, last good render kept', async () => {
    const el = await mountSeed();
    el.maxSrcBytes = 100;
    const failed = nextEvent<TimelineErrorDetail>(el, 'timeline-error');
    el.src = `${FIXTURES}/short-article.txt`;
    const { detail } = await failed;
    expect(detail.message).to.contain('larger than the 100-byte limit').and.to.contain('max-src-bytes');
    await settle(el);
    expect(el.timeline!.events).to.have.length(12);
    el.maxSrcBytes = 2_000_000;
    el.src = `${FIXTURES}/short-article.txt?again`;
    await untilTimeline(el, (t) => t.events.length !== 12);
    expect(el.timeline!.events.map((e) => e.start)).to.include('2022-01-04');
  });

  it('404 src: message, timeline-error, last good render kept', async () => {
    const el = await mountSeed();
    const failed = nextEvent<TimelineErrorDetail>(el, 'timeline-error');
    el.src = `${FIXTURES}/missing-file.json`;
    const { detail } = await failed;
    expect(detail.message).to.contain('404');
    await settle(el);
    expect($(el, '[part~="message"]')!.textContent).to.contain('404');
    expect($$(el, '.chart [part~="event"]').length).to.be.greaterThan(0);
    expect(el.timeline!.events).to.have.length(12);
  });

  it('empty timeline: message, timeline-error, last good render kept', async () => {
    const el = await mountSeed();
    const failed = nextEvent<TimelineErrorDetail>(el, 'timeline-error');
    el.timeline = { version: 1, documentDate: null, timexes: [], events: [] };
    const { detail } = await failed;
    expect(detail.message).to.match(/No dated events/);
    await settle(el);
    expect($(el, '[part~="message"]')!.textContent).to.match(/No dated events/);
    expect(el.timeline!.events).to.have.length(12);
  });

  it('renders hostile titles as text, never as HTML', async () => {
    const timeline = await seedTimeline();
    const hostile = '<img src=x onerror="window.__xss=1">';
    timeline.events[0]!.title = hostile;
    timeline.events[0]!.text = `${hostile} happened.`;
    const el = await fixture<EventTimeline>(html`<event-timeline .timeline=${timeline}></event-timeline>`);
    el.style.setProperty('width', '900px');
    await settle(el);
    el.selectEvent(timeline.events[0]!.id);
    await settle(el);
    await new Promise((r) => setTimeout(r, 50));
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect((window as unknown as { __xss?: number }).__xss).to.equal(undefined);
    expect($(el, '[part~="card"] h3')!.textContent).to.equal(hostile);
  });
});
