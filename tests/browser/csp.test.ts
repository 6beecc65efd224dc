/// <reference types="mocha" />
import { expect } from '@open-wc/testing';

/** Loads the element in an iframe under a strict CSP with Trusted Types and collects violations. */
describe('<event-timeline> under a strict Content-Security-Policy', () => {
  it('renders with script-src/style-src self and Trusted Types, with no violation', async function () {
    this.timeout(15000);
    const iframe = document.createElement('iframe');
    iframe.style.setProperty('width', '900px');
    iframe.style.setProperty('height', '500px');
    const csp = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";
    iframe.srcdoc = `<!doctype html><meta http-equiv="Content-Security-Policy" content="${csp}">
      <event-timeline src="/tests/browser/fixtures/seed-timeline.json" theme="dark"></event-timeline>
      <script type="module" src="/tests/browser/fixtures/csp-entry.js"></script>`;
    const violations: string[] = [];
    const loaded = new Promise<void>((resolve) => iframe.addEventListener('load', () => resolve(), { once: true }));
    document.body.append(iframe);
    await loaded;
    const win = iframe.contentWindow!;
    win.document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective}: ${e.blockedURI} ${e.sample}`));
    let markers = 0;
    for (let i = 0; i < 100 && markers === 0; i++) {
      await new Promise((r) => setTimeout(r, 50));
      const el = win.document.querySelector('event-timeline');
      markers = el?.shadowRoot?.querySelectorAll('[part~="event"]').length ?? 0;
    }
    // Interact (zoom re-renders the chart, select renders the card) under the policy.
    const el = win.document.querySelector('event-timeline') as HTMLElement & { zoomBy(f: number): void; selectEvent(id: string): void };
    el.zoomBy(2);
    el.selectEvent('e3');
    await new Promise((r) => setTimeout(r, 100));
    const found = [...violations];
    // Positive control: the policy is enforced in this frame, and violations reach the listener.
    win.document.body.setAttribute('style', 'color: red');
    await new Promise((r) => setTimeout(r, 100));
    iframe.remove();
    expect(markers).to.be.greaterThan(0);
    expect(found).to.deep.equal([]);
    expect(violations.length).to.equal(1);
  });

  it("reads article text on the main thread when worker-src 'none' refuses the worker", async function () {
    this.timeout(20000);
    const iframe = document.createElement('iframe');
    iframe.style.setProperty('width', '900px');
    iframe.style.setProperty('height', '500px');
    const csp = "default-src 'self'; script-src 'self'; style-src 'self'; worker-src 'none'";
    const article = 'ALMATY, Jan. 7, 2022 (Wire) -- Protesters gathered in Aktau on Jan. 4, 2022. The government resigned on Wednesday.';
    iframe.srcdoc = `<!doctype html><meta http-equiv="Content-Security-Policy" content="${csp}">
      <event-timeline document-date="2022-01-07"><script type="text/plain">${article}</script></event-timeline>
      <script type="module" src="/tests/browser/fixtures/csp-entry.js"></script>`;
    const loaded = new Promise<void>((resolve) => iframe.addEventListener('load', () => resolve(), { once: true }));
    document.body.append(iframe);
    await loaded;
    const win = iframe.contentWindow!;
    const el = () => win.document.querySelector('event-timeline') as (HTMLElement & { timeline: { events: Array<{ start: string }> } | null }) | null;
    for (let i = 0; i < 200 && !el()?.timeline; i++) await new Promise((r) => setTimeout(r, 50));
    const starts = el()?.timeline?.events.map((e) => e.start) ?? [];
    const loadedBlocks = win.performance.getEntriesByType('resource').some((e) => /\/src\/events\/blocks\.[jt]s$/.test(new URL(e.name).pathname));
    iframe.remove();
    expect(starts).to.include('2022-01-04');
    expect(loadedBlocks).to.equal(true);
  });
});
