#!/usr/bin/env node
// Element benchmark (issue 5): <event-timeline> vs vis-timeline in one headless Chromium run.
// For each N and widget: time to first render, wheel-zoom and drag-pan frame times (median, p95), DOM size.
// usage: node tests/bench/element-render.mjs [--sizes 100,1000,10000,100000] [--rounds 3] [--timeout 60]
//        [--widgets ours,vis] [--seed 42] [--pause 500] [--out reports/bench-element.json] [--strict]
import { mkdirSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { dirname, join, resolve as resolvePath } from 'node:path';
import { cpus, loadavg } from 'node:os';
import { chromium } from 'playwright-core';
import { summarize, ratios, goals, formatTable, setSequence } from './element/report.mjs';
import { root, DEFAULT_OURS_ENTRY, LAUNCH, ZOOM_FACTOR, bundlePage, serve } from './element/harness.mjs';

function parseArgs(argv) {
  const opts = { sizes: [100, 1000, 10000, 100000], rounds: 3, timeout: 60, widgets: ['ours', 'vis'], seed: 42,
    out: join(root, 'reports/bench-element.json'), strict: false, zoomSteps: 30, panSteps: 60,
    zoomBudget: 20, panBudget: 10, slowRound: 20, pause: 500, oursEntry: DEFAULT_OURS_ENTRY, visWindow: 'fit' };
  for (let i = 0; i < argv.length; i++) {
    const [key, inline] = argv[i].split('=');
    const value = () => inline ?? argv[++i];
    if (key === '--sizes') opts.sizes = value().split(',').map((s) => Number(s.replace(/_/g, '')));
    else if (key === '--rounds') opts.rounds = Number(value());
    else if (key === '--timeout') opts.timeout = Number(value());
    else if (key === '--widgets') opts.widgets = value().split(',');
    else if (key === '--seed') opts.seed = Number(value());
    else if (key === '--out') opts.out = value();
    else if (key === '--strict') opts.strict = true;
    else if (key === '--ours-entry') opts.oursEntry = resolvePath(value()); // e.g. a stand-in element while src/element is missing
    else if (key === '--zoom-budget') opts.zoomBudget = Number(value());
    else if (key === '--pause') opts.pause = Number(value()); // ms between first render and the gestures (0: none)
    else if (key === '--pan-budget') opts.panBudget = Number(value());
    else if (key === '--vis-window') opts.visWindow = value(); // fit (vis's own, default) | same (our element's window)
    else if (key === '--help' || key === '-h') { console.log(readUsage()); process.exit(0); }
    else throw new Error(`unknown argument ${argv[i]}`);
  }
  if (!opts.sizes.every((n) => Number.isInteger(n) && n > 0)) throw new Error('--sizes takes positive integers');
  if (!['fit', 'same'].includes(opts.visWindow)) throw new Error('--vis-window is fit or same');
  return opts;
}
const readUsage = () => 'node tests/bench/element-render.mjs [--sizes 100,1000,10000,100000] [--rounds 3] [--timeout 60] ' +
  '[--widgets ours,vis] [--seed 42] [--pause 500] [--zoom-budget 20] [--pan-budget 10] [--vis-window fit|same] [--out reports/bench-element.json] [--strict]';

class Timeout extends Error {}
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(0.95 * xs.length))];
function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([promise, new Promise((_, reject) => { timer = setTimeout(() => reject(new Timeout(`${what} > ${ms / 1000}s`)), ms); })])
    .finally(() => clearTimeout(timer));
}

let tracingIdle = Promise.resolve();

/** One widget at one N in a fresh browser context: setup, render, zoom, pan. */
async function measure(browser, url, widget, n, opts) {
  const context = await browser.newContext({ viewport: { width: 1300, height: 700 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e.message).slice(0, 300)));
  const rec = { n, widget, status: 'ok', errors };
  const ms = opts.timeout * 1000;
  const cdp = await context.newCDPSession(page);
  // threadTicks: the duration metrics count the renderer main thread's CPU time, which other processes cannot inflate.
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const cpu = async (run) => {
    const read = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
    const a = await read();
    const result = await run();
    const b = await read();
    const d = (k) => ((b[k] ?? 0) - (a[k] ?? 0)) * 1000;
    return [result, { thread: d('ThreadTime'), script: d('ScriptDuration'), layout: d('LayoutDuration'),
      style: d('RecalcStyleDuration'), process: d('ProcessTime') }];
  };
  // Main-thread CPU per frame: thread time (tts) between the page's per-frame user-timing marks.
  const traced = async (run) => {
    await tracingIdle; // a trace left running by a timed-out phase must stop before the next starts
    // Browser-wide session: a trace bound to the page could not be stopped once a timed-out page is closed.
    await browser.startTracing(undefined, { categories: ['blink.user_timing'] });
    const running = run();
    tracingIdle = running.catch(() => {}).then(() => browser.stopTracing()).catch(() => null);
    const [result, trace] = await Promise.all([running, tracingIdle]);
    return [result, trace ? cpuFramesFromTrace(trace) : []];
  };
  try {
    await page.goto(url);
    await page.waitForFunction(() => Boolean(window.bench));
    rec.setup = await withTimeout(page.evaluate(([w, count, seed, visWindow]) => window.bench.setup(w, count, seed, visWindow),
      [widget, n, opts.seed, opts.visWindow]), ms, 'setup');
    const [render, renderCpu] = await withTimeout(cpu(() => page.evaluate(() => window.bench.render())), ms, 'first render');
    rec.render = { ...render, cpu: renderCpu };
    // A reader's first wheel comes well after the first paint: the gestures start once the page is idle,
    // so that the garbage collection that loading N events sets off is not billed to the first zoom frames.
    if (opts.pause > 0) rec.pause = await withTimeout(page.evaluate((p) => window.bench.quiet(p), opts.pause), ms, 'pause');
    try {
      const [[zoom, zoomCpu], zoomCpuFrames] = await withTimeout(traced(() => cpu(() => page.evaluate(([s, f, b]) => window.bench.zoom(s, f, b),
        [opts.zoomSteps, ZOOM_FACTOR, opts.zoomBudget * 1000]))), ms + opts.zoomBudget * 1000, 'zoom');
      rec.zoom = { ...zoom, rawFrames: [...zoom.rawIn, ...zoom.rawOut], cpu: zoomCpu, cpuFrames: zoomCpuFrames,
        cpuIn: zoomCpuFrames.slice(0, zoom.rawIn.length) };
      rec.zoom.cpuPerFrame = zoomCpu.thread / rec.zoom.rawFrames.length;
      const zoomed = ZOOM_FACTOR ** opts.zoomSteps;
      await withTimeout(page.evaluate((f) => window.bench.jump(f), zoomed), ms, 'zoom before pan');
      const [[pan, panCpu], panCpuFrames] = await withTimeout(traced(() => cpu(() => page.evaluate(([p, b]) => window.bench.drag(p, -10, b),
        [opts.panSteps, opts.panBudget * 1000]))), ms + opts.panBudget * 1000, 'pan');
      rec.pan = { ...pan, cpu: panCpu, cpuPerFrame: panCpu.thread / pan.rawFrames.length, cpuFrames: panCpuFrames };
      await withTimeout(page.evaluate((f) => window.bench.jump(f), 1 / zoomed), ms, 'zoom after pan');
    } catch (err) {
      if (!(err instanceof Timeout)) throw err;
      rec.status = 'partial';
      rec.reason = `gestures: timeout (${err.message})`;
    }
  } catch (err) {
    rec.status = err instanceof Timeout ? 'timeout' : 'error';
    rec.reason = err instanceof Timeout ? err.message : String(err.message).split('\n')[0].slice(0, 300);
  }
  let closed = true;
  try { await withTimeout(context.close(), 15_000, 'close'); } catch { closed = false; }
  return { rec, closed };
}

/** Per-frame main-thread CPU ms: differences of thread time between consecutive marks of one frame sequence. */
function cpuFramesFromTrace(buffer) {
  const events = JSON.parse(buffer.toString()).traceEvents ?? [];
  const bySequence = new Map();
  for (const e of events) {
    if (!e.name?.startsWith('bench-frame-') || e.tts === undefined) continue;
    if (!bySequence.has(e.name)) bySequence.set(e.name, []);
    bySequence.get(e.name).push(e);
  }
  const out = [];
  for (const marks of bySequence.values()) {
    marks.sort((a, b) => a.ts - b.ts);
    for (let i = 1; i < marks.length; i++) out.push((marks[i].tts - marks[i - 1].tts) / 1000);
  }
  return out;
}

function gitInfo() {
  const git = (...a) => { try { return execFileSync('git', a, { cwd: root, encoding: 'utf8' }).trim(); } catch { return null; } };
  return { head: git('rev-parse', '--short', 'HEAD'), element: git('log', '-1', '--format=%h %cI %s', '--', 'src/element', 'src/render'),
    dirty: git('status', '--porcelain', '--', 'src/element', 'src/render') ? 'src/element or src/render has uncommitted changes' : null };
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const t0 = Date.now();
  const loadBefore = loadavg();
  const { js, oursNote } = await bundlePage({ oursEntry: opts.oursEntry });
  const server = await serve(js);
  const url = `http://127.0.0.1:${server.address().port}/`;
  let browser = await chromium.launch(LAUNCH);
  const runs = [];
  let idle = null;
  try {
    const probe = await browser.newPage();
    await probe.goto(url);
    await probe.waitForFunction(() => Boolean(window.bench));
    const oursAvailable = await probe.evaluate(() => window.bench.oursAvailable());
    idle = await probe.evaluate(() => window.bench.idle(120));
    await probe.close();
    const widgets = opts.widgets.filter((w) => w !== 'ours' || oursAvailable);
    if (opts.widgets.includes('ours') && !oursAvailable) {
      console.log(`ours: not measured (${oursNote ?? '<event-timeline> was not registered by src/element/define.ts'})`);
      for (const n of opts.sizes) runs.push({ n, widget: 'ours', status: 'missing', reason: oursNote ?? 'not registered' });
    }
    for (let round = 0; round < opts.rounds; round++) {
      for (const n of opts.sizes) {
        const order = round % 2 === 0 ? widgets : [...widgets].reverse();
        for (const widget of order) {
          const skip = skipReason(runs, widget, n, opts);
          if (skip) { runs.push({ n, widget, round, status: 'skipped', reason: skip }); continue; }
          const started = Date.now();
          const { rec, closed } = await measure(browser, url, widget, n, opts);
          rec.round = round;
          rec.wallSeconds = (Date.now() - started) / 1000;
          runs.push(rec);
          const r = rec.render;
          console.log(`round ${round + 1} N=${n} ${widget}: ${rec.status}${rec.reason ? ` (${rec.reason})` : ''}` +
            (r ? ` render ${r.ms.toFixed(1)} ms (cpu ${r.cpu.thread.toFixed(0)}), DOM ${r.dom}` : '') +
            (rec.zoom ? `, zoom ${rec.zoom.clicks}+${rec.zoom.clicks} clicks p95 ${p95(rec.zoom.rawFrames).toFixed(1)} ms` : '') +
            (rec.pan ? `, pan ${rec.pan.moves} moves p95 ${p95(rec.pan.rawFrames).toFixed(1)} ms` : '') +
            (rec.errors.length ? `, page errors: ${rec.errors[0]}` : ''));
          if (!closed) { await browser.close().catch(() => {}); browser = await chromium.launch(LAUNCH); }
        }
      }
    }
  } finally {
    await browser.close().catch(() => {});
    server.close();
  }
  const widgetsShown = opts.widgets;
  setSequence(opts.zoomSteps, opts.panSteps);
  const rows = summarize(runs, opts.sizes, widgetsShown);
  const ratioRows = ratios(rows, opts.sizes);
  const goalRows = goals(rows, ratioRows);
  const elapsed = (Date.now() - t0) / 1000;
  console.log('\n' + formatTable(rows, ratioRows, goalRows, idle));
  console.log(`\nload average before/after: ${loadBefore.map((x) => x.toFixed(1)).join(' ')} / ${loadavg().map((x) => x.toFixed(1)).join(' ')} on ${cpus().length} cores`);
  console.log(`vis-timeline window: ${opts.visWindow === 'fit' ? "its own fit to the data (default; pads ~2x wider than ours, " +
    'which keeps its first render far cheaper than at our window: --vis-window same)' : "our element's fitted window"}; ` +
    'vis items: points for days/minutes, ranges for months/years/ranges, default options (stacking on).');
  console.log(`${opts.rounds} round(s), alternating widget order; render = median of rounds; frames pooled over rounds ` +
    `(zoom: ${opts.zoomSteps} wheel clicks in + ${opts.zoomSteps} out, x${ZOOM_FACTOR.toFixed(3)} each; ` +
    `pan: ${opts.panSteps} frames of 10 px drag at 64x zoom; a widget slower than the ${opts.zoomBudget} s zoom / ` +
    `${opts.panBudget} s pan budget does fewer, see the status column); gestures start ${opts.pause > 0 ? `after a ${opts.pause} ms ` +
    'pause and an idle period once the first render has settled (--pause 0: at once, when the GC that loading N events set off still runs)' : 'at once after the first render (--pause 0)'}. ` +
    `${elapsed.toFixed(0)} s total.`);
  const chromiumVersion = execFileSync('/usr/bin/chromium', ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  const report = { date: new Date().toISOString(), git: gitInfo(), chromium: chromiumVersion, launchArgs: LAUNCH.args,
    options: opts, oursNote, cpus: cpus().length, loadavg: { before: loadBefore, after: loadavg() }, idleFrame: idle, goals: goalRows, ratios: ratioRows, rows,
    runs: runs.map(({ zoom, pan, ...r }) => ({ ...r, zoom: zoom && { ...zoom, rawFrames: undefined }, pan })),
    elapsedSeconds: elapsed };
  mkdirSync(dirname(opts.out), { recursive: true });
  writeFileSync(opts.out, JSON.stringify(report, null, 2));
  console.log(`wrote ${opts.out}`);
  if (opts.strict && goalRows.some((g) => g.result !== 'PASS' && g.result !== 'info')) process.exitCode = 1;
}

/** vis-timeline grows fast with N: skip a size when a smaller one already predicts a timeout, or it timed out before. */
function skipReason(runs, widget, n, opts) {
  const mine = runs.filter((r) => r.widget === widget);
  const timedOut = mine.find((r) => r.n === n && r.status === 'timeout');
  if (timedOut) return `timed out in round ${timedOut.round + 1}`;
  const slow = mine.find((r) => r.n === n && r.wallSeconds > opts.slowRound);
  if (slow) return `one round only (a round took ${slow.wallSeconds.toFixed(0)} s)`;
  // Linear extrapolation from the largest smaller size (vis-timeline grows faster than linearly), only from
  // renders over 1 s, where fixed costs no longer dominate.
  const smaller = mine.filter((r) => r.n < n && r.render).sort((a, b) => b.n - a.n || b.render.ms - a.render.ms)[0];
  if (smaller && smaller.render.ms > 1000 && smaller.render.ms * (n / smaller.n) > opts.timeout * 1000) {
    return `skipped: ${(smaller.render.ms / 1000).toFixed(1)} s at ${smaller.n} predicts > ${opts.timeout} s`;
  }
  return null;
}

main().catch((err) => { console.error(err); process.exit(1); });
