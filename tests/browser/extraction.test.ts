/// <reference types="mocha" />
import { expect, fixture, html } from '@open-wc/testing';
import type { EventTimeline, TimelineErrorDetail, TimelineLoadDetail } from '../../src/element/event-timeline.js';
import { extractTimeline } from '../../src/core.js';
import { $, mountSeed, nextEvent, seedTimeline, settle, untilTimeline } from './helpers.js';

const ARTICLE = 'ALMATY, Jan. 7, 2022 (Wire) -- Protesters gathered in Aktau on Jan. 4, 2022. The government resigned on Wednesday.';
const GOLD = [
  'court-halvern-energy-fraud-2024-11-13', 'diplomacy-tavra-dam-talks-2025-10-22', 'disaster-river-aske-floods-2025-09-18',
  'guidance-norlake-q2-results-2025-08-07', 'history-harwick-ship-canal-2024-09-14', 'liveblog-ferry-strike-2025-06-12',
  'obituary-margaret-ellory-2025-03-07', 'science-europa-salt-study-2024-04-03', 'season-castlebridge-title-2025-05-26',
];

/** About `bytes` of news: the gold articles one after another, as often as it takes. */
async function newsText(bytes: number): Promise<string> {
  const texts = await Promise.all(GOLD.map(async (name) => (await fetch(`/tests/gold/${name}.txt`)).text()));
  const parts: string[] = [];
  for (let n = 0, i = 0; n < bytes; i++) {
    parts.push(texts[i % texts.length]!);
    n += texts[i % texts.length]!.length + 2;
  }
  return parts.join('\n\n');
}

const RealWorker = window.Worker;
/** Workers started and ended since the last spyOnWorkers(). */
let started = 0;
let ended = 0;
function spyOnWorkers(url?: string): void {
  started = 0;
  ended = 0;
  window.Worker = class extends RealWorker {
    constructor(scriptUrl: string | URL, options?: WorkerOptions) {
      super(url ?? scriptUrl, options);
      started++;
    }

    override terminate(): void {
      ended++;
      super.terminate();
    }
  };
}
/** Workers cannot start (as under a CSP without worker-src, or where Worker is missing). */
function refuseWorkers(): void {
  window.Worker = class {
    constructor() {
      throw new DOMException('Workers are refused here', 'SecurityError');
    }
  } as unknown as typeof Worker;
}

// The page loads a few hundred modules (the tagger's among them): room for all their timings (250 by default).
performance.setResourceTimingBufferSize(5000);
const fetchedScripts = (): string[] => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);

describe('<event-timeline> reads text without freezing the page', () => {
  // An element's first text loads the text's code (src/element/text-path.ts, lazy.test.ts); once it is here, a text
  // starts its worker at once, which the worker counts below rely on.
  before(async () => {
    const warm = await fixture<EventTimeline>(html`<event-timeline document-date="2022-01-07"></event-timeline>`);
    warm.text = ARTICLE;
    await untilTimeline(warm);
  });
  afterEach(() => { window.Worker = RealWorker; });

  it('reads text in a Web Worker: the page loads no extraction code, and the result is extractTimeline\'s', async () => {
    spyOnWorkers();
    const el = await fixture<EventTimeline>(html`<event-timeline document-date="2022-01-07"></event-timeline>`);
    const loaded = nextEvent<TimelineLoadDetail>(el, 'timeline-load', 10000);
    el.text = ARTICLE;
    expect(el.timeline).to.equal(null);
    const { detail } = await loaded;
    expect(detail.timeline).to.equal(el.timeline);
    await untilTimeline(el);
    expect(started).to.equal(1);
    expect(el.timeline).to.deep.equal(extractTimeline(ARTICLE, { documentDate: '2022-01-07' }));
    expect(el.text).to.equal(ARTICLE);
    // The extraction code this page has was imported by this test file, not by the element: no main-thread fallback.
    expect(fetchedScripts().some((p) => /\/src\/events\/blocks\.[jt]s$/.test(p))).to.equal(false);
  });

  // How long the main thread is blocked is a speed figure, measured side by side in tests/bench/element-text.mjs
  // (goal: no long task over 200 ms), not asserted here: a loaded test machine would make it flaky.
  it('a 1 MB article: its timeline appears, read off the main thread', async function () {
    this.timeout(90000);
    spyOnWorkers();
    const text = await newsText(1_000_000);
    expect(text.length).to.be.greaterThan(1_000_000);
    const el = await mountSeed();
    el.text = text;
    await untilTimeline(el, (t) => t.events.length !== 12, 80000);
    expect(started).to.be.greaterThan(0);
    expect(el.timeline!.events.length).to.be.greaterThan(100);
    expect($(el, '.chart [part~="event"]')).to.exist;
  });

  it('falls back to the main thread when workers cannot start, with the same timeline', async () => {
    refuseWorkers();
    const el = await fixture<EventTimeline>(html`<event-timeline document-date="2022-01-07"></event-timeline>`);
    el.text = ARTICLE;
    await untilTimeline(el);
    expect(el.timeline).to.deep.equal(extractTimeline(ARTICLE, { documentDate: '2022-01-07' }));
    expect(fetchedScripts().some((p) => /\/src\/events\/blocks\.[jt]s$/.test(p))).to.equal(true);
  });

  it('falls back when the worker script fails to load, and reads a long text in blocks', async function () {
    this.timeout(60000);
    spyOnWorkers('/no-such-extract-worker.js');
    const text = await newsText(200_000);
    const el = await fixture<EventTimeline>(html`<event-timeline></event-timeline>`);
    el.text = text;
    const timeline = await untilTimeline(el, () => true, 50000);
    expect(started).to.equal(1);
    expect(timeline.events.length).to.be.greaterThan(50);
    for (const e of timeline.events) expect(text.slice(e.span.start, e.span.end)).to.equal(e.text);
  });

  it('drops a stale result: the latest input wins, and the busy worker is ended', async function () {
    this.timeout(30000);
    spyOnWorkers();
    const long = await newsText(300_000);
    const el = await fixture<EventTimeline>(html`<event-timeline document-date="2022-01-07"></event-timeline>`);
    el.text = long;
    el.text = ARTICLE;
    await untilTimeline(el);
    expect(el.timeline!.events.map((e) => e.text).join(' ')).to.contain('Aktau');
    expect(ended).to.equal(1);
    const seed = await seedTimeline();
    el.text = long;
    el.timeline = seed;
    await new Promise((r) => setTimeout(r, 300));
    await settle(el);
    expect(ended).to.equal(2);
    expect(el.timeline!.events).to.have.length(12);
    expect(el.text).to.equal(null);
  });

  it('an extraction error in the worker: message, timeline-error, last good render kept', async () => {
    const el = await mountSeed();
    el.setAttribute('document-date', 'not a date');
    const failed = nextEvent<TimelineErrorDetail>(el, 'timeline-error', 10000);
    el.text = ARTICLE;
    const { detail } = await failed;
    expect(detail.message).to.match(/^The text could not be read as a timeline: documentDate "not a date" is not a valid date/);
    await settle(el);
    expect($(el, '[part~="message"]')!.textContent).to.contain('documentDate');
    expect(el.timeline!.events).to.have.length(12);
    // A good date reads the same text.
    el.setAttribute('document-date', '2022-01-07');
    await untilTimeline(el, (t) => t.events.length !== 12);
    expect($(el, '[part~="message"]')).to.equal(null);
  });

  it('ends the worker on disconnect and starts the cut-short text over on reconnect', async () => {
    spyOnWorkers();
    const el = await fixture<EventTimeline>(html`<event-timeline document-date="2022-01-07"></event-timeline>`);
    el.text = ARTICLE;
    const parent = el.parentElement!;
    el.remove();
    expect(ended).to.equal(1);
    expect(el.timeline).to.equal(null);
    parent.append(el);
    await untilTimeline(el);
    expect(started).to.equal(2);
    expect(el.timeline!.events.map((e) => e.start)).to.include('2022-01-04');
    el.remove();
    expect(ended).to.equal(2);
  });

  it('inline text cut short by a move is read once more, by one worker', async () => {
    spyOnWorkers();
    const el = await fixture<EventTimeline>(html`<event-timeline document-date="2022-01-07"><script type="text/plain">${ARTICLE}</script></event-timeline>`);
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    await untilTimeline(el);
    expect([started, ended]).to.deep.equal([2, 1]);
    expect(el.timeline!.events.map((e) => e.start)).to.include('2022-01-04');
  });
});
