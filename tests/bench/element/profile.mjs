#!/usr/bin/env node
// Where the element bench's time goes: one widget, one N, one phase, in a Chromium trace (self time per
// main-thread task kind: script, style, layout, paint...) and a V8 CPU profile (self time per JS function).
// usage: node tests/bench/element/profile.mjs [--n 100000] [--widget ours|vis] [--phase render|zoom|pan] [--top 20] [--pause 500]
//        [--trace-out trace.json]  (open in chrome://tracing or Perfetto)
import { writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { LAUNCH, ZOOM_FACTOR, bundlePage, serve } from './harness.mjs';

function parseArgs(argv) {
  const opts = { n: 100000, widget: 'ours', phase: 'render', top: 20, seed: 42, frames: 6, pause: 500 };
  for (let i = 0; i < argv.length; i++) {
    const [key, inline] = argv[i].split('=');
    const value = () => inline ?? argv[++i];
    if (key === '--n') opts.n = Number(value());
    else if (key === '--widget') opts.widget = value();
    else if (key === '--phase') opts.phase = value();
    else if (key === '--top') opts.top = Number(value());
    else if (key === '--trace-out') opts.traceOut = value();
    else if (key === '--frames') opts.frames = Number(value());
    else if (key === '--pause') opts.pause = Number(value()); // ms before a zoom or pan, as in element-render.mjs (0: none)
    else throw new Error(`unknown argument ${argv[i]}`);
  }
  if (!['render', 'zoom', 'pan'].includes(opts.phase)) throw new Error('--phase is render, zoom or pan');
  return opts;
}

/** Runs the phase in a fresh page; `around` wraps only the measured part. */
async function runPhase(browser, url, opts, around) {
  const context = await browser.newContext({ viewport: { width: 1300, height: 700 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => Boolean(window.bench));
  await page.evaluate(([w, n, seed]) => window.bench.setup(w, n, seed), [opts.widget, opts.n, opts.seed]);
  if (opts.phase !== 'render') await page.evaluate(() => window.bench.render());
  if (opts.phase === 'pan') await page.evaluate((f) => window.bench.jump(f), ZOOM_FACTOR ** 30); // pan a 64x view
  // As element-render.mjs does: the gestures start once the page is idle after the first render.
  if (opts.phase !== 'render' && opts.pause > 0) await page.evaluate((p) => window.bench.quiet(p), opts.pause);
  const call = {
    render: () => page.evaluate(() => window.bench.render()),
    zoom: () => page.evaluate(([f]) => window.bench.zoom(30, f, 20_000), [ZOOM_FACTOR]),
    pan: () => page.evaluate(() => window.bench.drag(60, -10, 10_000)),
  }[opts.phase];
  const out = await around(page, call);
  await context.close();
  return out;
}

/** Self time (ms) per trace event name on the renderer main thread. */
function traceSelfTimes(trace) {
  const events = JSON.parse(trace.toString()).traceEvents ?? [];
  const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const mine = events.filter((e) => e.ph === 'X' && main && e.pid === main.pid && e.tid === main.tid && e.dur > 0)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const self = new Map();
  const stack = [];
  let busy = 0;
  for (const e of mine) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
    const parent = stack.at(-1);
    if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - e.dur / 1000);
    else busy += e.dur / 1000;
    self.set(e.name, (self.get(e.name) ?? 0) + e.dur / 1000);
    stack.push(e);
  }
  return { busy, self: [...self].filter(([, ms]) => ms > 0.05).sort((a, b) => b[1] - a[1]) };
}

/** The slowest frames (BeginMainFrame and what ran since the previous one), each with its top self times. */
function slowestFrames(trace, count) {
  const events = JSON.parse(trace.toString()).traceEvents ?? [];
  const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  if (!main) return [];
  const mine = events.filter((e) => e.ph === 'X' && e.pid === main.pid && e.tid === main.tid && e.dur > 0)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const begins = mine.filter((e) => e.name === 'WebFrameWidgetImpl::BeginMainFrame');
  const frames = [];
  for (let i = 1; i < begins.length; i++) {
    const from = begins[i - 1].ts + begins[i - 1].dur;
    const to = begins[i].ts + begins[i].dur;
    const inside = mine.filter((e) => e.ts >= from && e.ts < to);
    // Thread time (tdur) where the trace has it: CPU of this thread, not inflated by other processes.
    const cost = (e) => (e.tdur ?? e.dur) / 1000;
    const self = new Map();
    const stack = [];
    let cpu = 0;
    for (const e of inside) {
      while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
      const parent = stack.at(-1);
      if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - cost(e));
      else cpu += cost(e);
      self.set(e.name, (self.get(e.name) ?? 0) + cost(e));
      stack.push(e);
    }
    frames.push({ index: i, ms: (to - from) / 1000, cpu, top: [...self].sort((a, b) => b[1] - a[1]).slice(0, 9) });
  }
  return frames.sort((a, b) => b.cpu - a.cpu).slice(0, count);
}

/** Self time (ms) per JS function from a V8 CPU profile. */
function profileSelfTimes(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  const dt = profile.timeDeltas ?? [];
  profile.samples.forEach((id, i) => {
    const node = byId.get(id);
    const f = node.callFrame;
    const file = f.url ? f.url.split('/').pop() : '';
    const key = `${f.functionName || '(anonymous)'}${file ? ` ${file}:${f.lineNumber + 1}` : ''}`;
    self.set(key, (self.get(key) ?? 0) + (dt[i + 1] ?? 0) / 1000);
  });
  return [...self].sort((a, b) => b[1] - a[1]);
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const { js, oursNote } = await bundlePage({ minify: false });
  if (opts.widget === 'ours' && oursNote) throw new Error(`ours: ${oursNote}`);
  const server = await serve(js);
  const url = `http://127.0.0.1:${server.address().port}/`;
  const browser = await chromium.launch(LAUNCH);
  try {
    const { result, trace } = await runPhase(browser, url, opts, async (page, call) => {
      await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink'] });
      const result = await call();
      return { result, trace: await browser.stopTracing() };
    });
    const profile = await runPhase(browser, url, opts, async (page, call) => {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
      await call();
      return (await cdp.send('Profiler.stop')).profile;
    });
    const summary = opts.phase === 'render' ? `${result.ms.toFixed(1)} ms, DOM ${result.dom}`
      : `${result.rawFrames?.length ?? result.rawIn.length + result.rawOut.length} frames`;
    console.log(`${opts.widget} N=${opts.n} ${opts.phase} (traced run: ${summary})`);
    if (opts.traceOut) writeFileSync(opts.traceOut, trace);
    const { busy, self } = traceSelfTimes(trace);
    console.log(`\nmain thread, self ms by task kind (busy ${busy.toFixed(0)} ms):`);
    for (const [name, ms] of self.slice(0, opts.top)) console.log(`  ${ms.toFixed(1).padStart(8)}  ${name}`);
    if (opts.phase !== 'render') {
      console.log('\nframes with the most main-thread CPU (CPU self ms of the top task kinds in each):');
      for (const f of slowestFrames(trace, opts.frames)) {
        console.log(`  frame ${f.index}: ${f.cpu.toFixed(1)} ms CPU (${f.ms.toFixed(1)} ms wall)  ` +
          f.top.map(([n, ms]) => `${n} ${ms.toFixed(1)}`).join(', '));
      }
    }
    console.log('\nJS self ms by function (CPU profile, second run):');
    for (const [name, ms] of profileSelfTimes(profile).slice(0, opts.top)) console.log(`  ${ms.toFixed(1).padStart(8)}  ${name}`);
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((err) => { console.error(err); process.exit(1); });
