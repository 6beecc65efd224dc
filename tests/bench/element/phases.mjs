#!/usr/bin/env node
// Inclusive main-thread JS time per phase of one widget's first render (or zoom), from a V8 CPU profile:
// for each named function, the sampled time with it anywhere on the stack (not double-counted when recursive).
// usage: node tests/bench/element/phases.mjs [--n 100000] [--phase render|zoom] [--runs 3] [--interval 100] [--fns a,b,c]
import { chromium } from 'playwright-core';
import { LAUNCH, ZOOM_FACTOR, bundlePage, serve } from './harness.mjs';

const DEFAULT_FNS = ['parseTimeline', 'prepareTimeline', 'sortItems', 'performUpdate', 'render', 'update', 'updated',
  'setData', 'rangeRows', 'focusView', '#showInitialView', 'layoutView', 'denseLayout', 'detailLayout', '#drawAxis',
  'drawMarkers', 'drawClusters', 'drawEdgePills', 'draw', 'screenReaderList', '#hostFont', 'getBoundingClientRect',
  'measure', 'measureText', 'of', '(garbage collector)'];

function parseArgs(argv) {
  const opts = { n: 100000, phase: 'render', runs: 3, seed: 42, fns: DEFAULT_FNS, interval: 100 };
  for (let i = 0; i < argv.length; i++) {
    const [key, inline] = argv[i].split('=');
    const value = () => inline ?? argv[++i];
    if (key === '--n') opts.n = Number(value());
    else if (key === '--phase') opts.phase = value();
    else if (key === '--runs') opts.runs = Number(value());
    else if (key === '--fns') opts.fns = value().split(',');
    else if (key === '--interval') opts.interval = Number(value()); // sampling interval, µs (coarser: less profiler overhead)
    else throw new Error(`unknown argument ${argv[i]}`);
  }
  return opts;
}

function inclusive(profile, names) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const wanted = new Set(names);
  const totals = new Map(names.map((n) => [n, 0]));
  let all = 0;
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const name = byId.get(at).callFrame.functionName || '(anonymous)';
      if (wanted.has(name)) seen.add(name);
    }
    const top = byId.get(id).callFrame.functionName;
    if (top !== '(idle)' && top !== '(program)') all += dt;
    for (const name of seen) totals.set(name, totals.get(name) + dt);
  });
  return { all, totals };
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const { js } = await bundlePage({ minify: false });
  const server = await serve(js);
  const url = `http://127.0.0.1:${server.address().port}/`;
  const browser = await chromium.launch(LAUNCH);
  const rows = [];
  try {
    for (let run = 0; run < opts.runs; run++) {
      const context = await browser.newContext({ viewport: { width: 1300, height: 700 } });
      const page = await context.newPage();
      await page.goto(url);
      await page.waitForFunction(() => Boolean(window.bench));
      await page.evaluate(([n, seed]) => window.bench.setup('ours', n, seed), [opts.n, opts.seed]);
      if (opts.phase === 'zoom') await page.evaluate(() => window.bench.render());
      const cdp = await context.newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: opts.interval });
      await cdp.send('Profiler.start');
      const result = opts.phase === 'render' ? await page.evaluate(() => window.bench.render())
        : await page.evaluate(([f]) => window.bench.zoom(30, f, 20_000), [ZOOM_FACTOR]);
      const { profile } = await cdp.send('Profiler.stop');
      rows.push({ ms: result.ms, ...inclusive(profile, opts.fns) });
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  console.log(`ours N=${opts.n} ${opts.phase}: ${opts.runs} runs; wall ${rows.map((r) => r.ms?.toFixed(0)).join(', ')} ms; ` +
    `sampled JS+GC ${rows.map((r) => r.all.toFixed(0)).join(', ')} ms`);
  for (const name of opts.fns) {
    const xs = rows.map((r) => r.totals.get(name));
    if (med(xs) < 0.5) continue;
    console.log(`  ${med(xs).toFixed(1).padStart(8)}  ${name}   (${xs.map((x) => x.toFixed(1)).join(' ')})`);
  }
}

main().catch((err) => { console.error(err); process.exit(1); });
