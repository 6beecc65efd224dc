#!/usr/bin/env node
// The one-script-tag pages of the README, loaded in headless Chromium from an installed copy of the package
// (tests/pack/check.sh installs the tarball into a consumer and runs this there): a plain classic
// `<script src=".../event-timeline.classic.js">` and a `<script type="module" src=".../event-timeline.min.js">`,
// each showing an inline Timeline JSON and reading inline article text (in dist/extract-worker.js).
// Fails on a page error, a console error, a missing global or an element that draws no event.
// usage: node tests/pack/page.mjs CONSUMER_DIR   (CHROME_PATH, default /usr/bin/chromium)
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { startStaticServer } from '../../demo/static-server.mjs';

const dir = resolve(process.argv[2] ?? '.');
const dist = 'node_modules/event-timeline/dist';
const article = 'ALMATY, Jan. 7, 2022 (Wire) -- Protesters gathered in Aktau on Jan. 4, 2022. The government resigned on Wednesday.';
const json = JSON.stringify({ version: 1, documentDate: null, timexes: [], events: [{ start: '2022-01-04', title: 'Protests began' }, { start: '2022-01-05', title: 'The government resigned' }] });
const body = (script) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>event-timeline</title><link rel="icon" href="data:,">${script}</head><body>
<event-timeline id="json" label="From JSON"><script type="application/json">${json}</script></event-timeline>
<event-timeline id="text" label="From text" document-date="2022-01-07"><script type="text/plain">${article}</script></event-timeline>
</body></html>`;
const pages = {
  'classic.html': body(`<script src="${dist}/event-timeline.classic.js"></script>`),
  'module.html': body(`<script type="module" src="${dist}/event-timeline.min.js"></script>`),
};
for (const [name, html] of Object.entries(pages)) writeFileSync(join(dir, name), html);

const server = await startStaticServer({ root: dir });
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
let failed = false;
try {
  for (const name of Object.keys(pages)) {
    const page = await browser.newPage({ viewport: { width: 1000, height: 700 } });
    const problems = [];
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => { if (m.type() === 'error') problems.push(`console error: ${m.text()} ${m.location().url ?? ''}`); });
    const scripts = [];
    page.on('request', (r) => { if (r.resourceType() === 'script' || r.url().endsWith('.js')) scripts.push(new URL(r.url()).pathname.replace(`/${dist}/`, '')); });
    await page.goto(`${server.url}${name}`, { waitUntil: 'load' });
    const counts = {};
    for (const id of ['json', 'text']) {
      // Playwright's CSS locators pierce open shadow roots.
      await page.locator(`#${id} [part~="event"]`).first().waitFor({ timeout: 20000 }).catch(() => {});
      counts[id] = await page.locator(`#${id} [part~="event"]`).count();
    }
    const starts = await page.evaluate(() => document.getElementById('text')?.timeline?.events.map((e) => e.start) ?? []);
    const global = await page.evaluate(() => typeof globalThis.EventTimeline === 'object' && globalThis.customElements.get('event-timeline') === globalThis.EventTimeline.EventTimeline && typeof globalThis.EventTimeline.extractTimeline === 'function');
    if (name === 'classic.html' && !global) problems.push('no global EventTimeline with the registered element class and extractTimeline');
    if (!(counts.json > 0) || !(counts.text > 0)) problems.push(`events drawn: ${JSON.stringify(counts)}`);
    if (!starts.includes('2022-01-04')) problems.push(`text read to ${JSON.stringify(starts)}`);
    if (!scripts.includes('extract-worker.js')) problems.push(`the text was not read in extract-worker.js (scripts: ${scripts.join(', ')})`);
    console.log(`${name}: ${problems.length ? 'FAILED' : 'ok'} (events drawn ${counts.json} from JSON, ${counts.text} from text; scripts ${[...new Set(scripts)].filter((s) => !s.includes('/chunks/') && !s.startsWith('chunks/')).join(', ')})`);
    for (const p of problems) console.error(`  ${name}: ${p}`);
    failed ||= problems.length > 0;
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
process.exit(failed ? 1 : 0);
