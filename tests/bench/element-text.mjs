#!/usr/bin/env node
// Element bench (issues 12, 13): <event-timeline> (dist/event-timeline.min.js) given ~1 MB of news text in
// headless Chromium, read in its worker (dist/extract-worker.js) and on the main thread (Worker removed,
// as where workers cannot start). Per mode: time until the timeline shows, the main thread's long tasks
// (count, longest, total blocking time: the sum of each task's time over 50 ms).
// usage: npm run build && node tests/bench/element-text.mjs [--bytes 1000000] [--rounds 3] [--modes worker,main]
import { createServer } from 'node:http';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { LAUNCH, root } from './element/harness.mjs';

const opts = { bytes: 1_000_000, rounds: 3, modes: ['worker', 'main'] };
for (let i = 2; i < process.argv.length; i++) {
  const [key, inline] = process.argv[i].split('=');
  const value = () => inline ?? process.argv[++i];
  if (key === '--bytes') opts.bytes = Number(value());
  else if (key === '--rounds') opts.rounds = Number(value());
  else if (key === '--modes') opts.modes = value().split(',');
  else throw new Error(`unknown argument ${process.argv[i]} (usage: --bytes N --rounds N --modes worker,main)`);
}
if (!existsSync(join(root, 'dist/event-timeline.min.js')) || !existsSync(join(root, 'dist/extract-worker.js'))) {
  console.error('dist/ is missing: run `npm run build` first');
  process.exit(1);
}

/** The gold articles one after another until `bytes`. */
function newsText(bytes) {
  const dir = join(root, 'tests/gold');
  const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(dir, f), 'utf8'));
  const parts = [];
  for (let n = 0, i = 0; n < bytes; i++) { parts.push(texts[i % texts.length]); n += texts[i % texts.length].length + 2; }
  return parts.join('\n\n');
}

const PAGE = `<!doctype html><meta charset="utf-8"><title>text bench</title>
<script>if (location.hash === '#main') delete window.Worker;</script>
<script type="module" src="/dist/event-timeline.min.js"></script>
<event-timeline style="width:1100px;height:500px;display:block"></event-timeline>`;

const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
  if (path === '/') { res.writeHead(200, { 'content-type': 'text/html' }); res.end(PAGE); return; }
  const file = join(root, path);
  if (!path.startsWith('/dist/') || !existsSync(file)) { res.writeHead(404); res.end(); return; }
  res.writeHead(200, { 'content-type': 'text/javascript' });
  res.end(readFileSync(file));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}/`;
const text = newsText(opts.bytes);

const browser = await chromium.launch(LAUNCH);
const rows = [];
try {
  for (const mode of opts.modes) {
    for (let round = 0; round < opts.rounds; round++) {
      const page = await browser.newPage();
      await page.goto(`${base}#${mode}`);
      await page.waitForFunction(() => customElements.get('event-timeline'));
      const r = await page.evaluate(async (t) => {
        const el = document.querySelector('event-timeline');
        const tasks = [];
        const observer = new PerformanceObserver((list) => { for (const e of list.getEntries()) tasks.push(e.duration); });
        observer.observe({ type: 'longtask' });
        const t0 = performance.now();
        el.text = t;
        while (!el.timeline) await new Promise((r) => setTimeout(r, 10));
        await el.updateComplete;
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        const ms = performance.now() - t0;
        await new Promise((r) => setTimeout(r, 100));
        for (const e of observer.takeRecords()) tasks.push(e.duration);
        observer.disconnect();
        return { ms, tasks, events: el.timeline.events.length };
      }, text);
      rows.push({ mode, ...r });
      if (process.env.BENCH_VERBOSE) console.log(mode, Math.round(r.ms), r.tasks.map(Math.round).join(" "));
      await page.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`<event-timeline> given ${(text.length / 1e6).toFixed(2)} MB of news text (dist/event-timeline.min.js, headless Chromium, ${opts.rounds} rounds; medians)`);
console.log('mode   | shown after ms | events | long tasks | longest ms | blocking ms');
for (const mode of opts.modes) {
  const of = rows.filter((r) => r.mode === mode);
  const m = (f) => Math.round(median(of.map(f)));
  console.log(`${mode.padEnd(7)}| ${String(m((r) => r.ms)).padStart(14)} | ${String(m((r) => r.events)).padStart(6)} | ${String(m((r) => r.tasks.length)).padStart(10)} | ${String(m((r) => Math.max(0, ...r.tasks))).padStart(10)} | ${String(m((r) => r.tasks.reduce((s, d) => s + d - 50, 0))).padStart(11)}`);
}
