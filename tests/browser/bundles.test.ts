/// <reference types="mocha" />
import { expect } from '@open-wc/testing';

// The built bundles in a page of their own (run `npm run build` first; CI builds before these tests).

const ARTICLE = 'ALMATY, Jan. 7, 2022 (Wire) -- Protesters gathered in Aktau on Jan. 4, 2022. The government resigned on Wednesday.';

interface Page { win: Window & typeof globalThis; done: () => void }

async function page(body: string): Promise<Page> {
  const iframe = document.createElement('iframe');
  iframe.style.setProperty('width', '900px');
  iframe.style.setProperty('height', '500px');
  const loaded = new Promise<void>((resolve) => iframe.addEventListener('load', () => resolve(), { once: true }));
  iframe.srcdoc = `<!doctype html><body>${body}</body>`;
  document.body.append(iframe);
  await loaded;
  return { win: iframe.contentWindow as Window & typeof globalThis, done: () => iframe.remove() };
}

/** The markers of the element with this id, once it has some (0 after 10 s). */
async function markers(win: Window, id: string): Promise<number> {
  for (let i = 0; i < 200; i++) {
    const n = win.document.getElementById(id)?.shadowRoot?.querySelectorAll('[part~="event"]').length ?? 0;
    if (n > 0) return n;
    await new Promise((r) => setTimeout(r, 50));
  }
  return 0;
}

const fetched = (win: Window): string[] => win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);

describe('built bundles', () => {
  it('event-timeline.classic.js: a plain <script src> registers the element, global EventTimeline, reads JSON and text', async function () {
    this.timeout(20000);
    const json = JSON.stringify(await (await fetch('/tests/browser/fixtures/seed-timeline.json')).json());
    const { win, done } = await page(`
      <script src="/dist/event-timeline.classic.js"></script>
      <event-timeline id="json"><script type="application/json">${json}</script></event-timeline>
      <event-timeline id="text" document-date="2022-01-07"><script type="text/plain">${ARTICLE}</script></event-timeline>`);
    try {
      const global = (win as unknown as { EventTimeline: { EventTimeline: CustomElementConstructor; extractTimeline: unknown } }).EventTimeline;
      expect(win.customElements.get('event-timeline')).to.equal(global.EventTimeline);
      expect(typeof global.extractTimeline).to.equal('function');
      expect(await markers(win, 'json')).to.be.greaterThan(0);
      expect(await markers(win, 'text')).to.be.greaterThan(0);
      const el = win.document.getElementById('text') as HTMLElement & { timeline: { events: Array<{ start: string }> } };
      expect(el.timeline.events.map((e) => e.start)).to.include('2022-01-04');
      // Beside dist/extract-worker.js, the classic script reads text in that (module) worker.
      expect(fetched(win)).to.include('/dist/extract-worker.js');
    } finally {
      done();
    }
  });

  it('event-timeline.min.js: one file that reads text in dist/extract-worker.js', async function () {
    this.timeout(20000);
    const { win, done } = await page(`
      <script type="module" src="/dist/event-timeline.min.js"></script>
      <event-timeline id="text" document-date="2022-01-07"><script type="text/plain">${ARTICLE}</script></event-timeline>`);
    try {
      expect(await markers(win, 'text')).to.be.greaterThan(0);
      const scripts = fetched(win).filter((p) => p.endsWith('.js'));
      expect(scripts.filter((p) => p.startsWith('/dist/chunks/'))).to.not.deep.equal([]); // the worker's imports
      expect(scripts.filter((p) => !p.startsWith('/dist/chunks/'))).to.deep.equal(['/dist/event-timeline.min.js', '/dist/extract-worker.js']);
    } finally {
      done();
    }
  });
});
