/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { $$, mountSeed, untilTimeline } from './helpers.js';

// A page of its own (each test file is): only the element is imported here.
describe('<event-timeline> fed Timeline JSON', () => {
  it('loads no extraction code (src/events, the tagger) until it is given text', async () => {
    const el = await mountSeed();
    expect($$(el, '.chart [part~="event"]').length).to.be.greaterThan(0);
    const loaded = performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
    expect(loaded.some((p) => p.endsWith('/src/element/event-timeline.ts'))).to.equal(true);
    expect(loaded.filter((p) => p.startsWith('/src/events/') || p.startsWith('/src/parse/rules/') || p.endsWith('/src/parse/tagger.ts'))).to.deep.equal([]);
    // Nor the text's own side of the element: the extraction runner and the article pane (text-path.ts).
    expect(loaded.filter((p) => /\/src\/element\/(?:text-path|text-extraction|source-pane)\.[jt]s$/.test(p))).to.deep.equal([]);
  });

  it('loads the text\'s code with the first text, and drops a text replaced before that code came', async () => {
    const el = await mountSeed();
    let started = 0;
    const RealWorker = window.Worker;
    window.Worker = class extends RealWorker {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        started++;
      }
    };
    try {
      el.text = 'On Jan. 4, 2022, protesters gathered in Aktau.';
      el.text = 'ALMATY, Jan. 7, 2022 (Wire) -- The government resigned on Wednesday, Jan. 5, 2022.';
      const timeline = await untilTimeline(el, (t) => t.events.length !== 12);
      expect(timeline.events.map((e) => e.start)).to.include('2022-01-05');
      expect(timeline.events.map((e) => e.start)).to.not.include('2022-01-04');
      expect(started).to.equal(1); // the first text never started a worker
      const loaded = performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
      expect(loaded.some((p) => /\/src\/element\/text-path\.[jt]s$/.test(p))).to.equal(true);
    } finally {
      window.Worker = RealWorker;
    }
  });
});
