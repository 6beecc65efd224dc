/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { $$, mountSeed } from './helpers.js';

// A page of its own (each test file is): only the element is imported here.
describe('<event-timeline> fed Timeline JSON', () => {
  it('loads no extraction code (src/events, the tagger) until it is given text', async () => {
    const el = await mountSeed();
    expect($$(el, '.chart [part~="event"]').length).to.be.greaterThan(0);
    const loaded = performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
    expect(loaded.some((p) => p.endsWith('/src/element/event-timeline.ts'))).to.equal(true);
    expect(loaded.filter((p) => p.startsWith('/src/events/') || p.startsWith('/src/parse/rules/') || p.endsWith('/src/parse/tagger.ts'))).to.deep.equal([]);
  });
});
