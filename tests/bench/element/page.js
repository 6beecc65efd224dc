// Bench page: mounts one widget (ours or vis-timeline) in a fixed-size box and measures first render,
// wheel-zoom frames, drag-pan frames and DOM size. Driven by tests/bench/element-render.mjs via window.bench.
import { Timeline as VisTimeline } from 'vis-timeline/standalone';
import 'bench:ours'; // src/element/define.ts when it exists (registers <event-timeline>), else an empty module
import { makeTimeline, toVisItems } from './data.mjs';

const WIDTH = 1200;
const HEIGHT = 500;
const SETTLE_LIMIT_MS = 120_000;

const raf = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** Element count under root, through open shadow roots (what a widget costs the document). */
function countElements(root) {
  let count = 0;
  const walk = (node) => {
    for (let child = node.firstElementChild; child; child = child.nextElementSibling) {
      count++;
      if (child.shadowRoot) walk(child.shadowRoot);
      walk(child);
    }
  };
  if (root.shadowRoot) walk(root.shadowRoot);
  walk(root);
  return count;
}

/** Deepest element at a point, descending through open shadow roots. */
function deepElementFromPoint(x, y) {
  let el = document.elementFromPoint(x, y);
  while (el && el.shadowRoot) {
    const inner = el.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === el) break;
    el = inner;
  }
  return el;
}

const percentile = (sorted, p) => sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] : NaN;
function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return { n: sorted.length, median: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), max: sorted.at(-1) ?? NaN };
}

/** Counts DOM mutations (light and shadow) plus any extra "busy" signal, so that we can wait for quiet. */
function watchMutations(host) {
  let dirty = 0;
  const mo = new MutationObserver((records) => { dirty += records.length; });
  const opts = { subtree: true, childList: true, attributes: true, characterData: true };
  mo.observe(host, opts);
  if (host.shadowRoot) mo.observe(host.shadowRoot, opts);
  return { take: () => { const d = dirty; dirty = 0; return d; }, stop: () => mo.disconnect(), poke: () => { dirty++; } };
}

/**
 * Waits until two consecutive frames pass with no DOM mutation, widget event or pending Lit update, and
 * returns performance.now() at the first of them: the frame after the one that painted the last change
 * (the second only confirms that nothing else was deferred).
 */
async function settle(widget, watcher) {
  const t0 = performance.now();
  let quiet = 0;
  let firstQuiet = 0;
  for (;;) {
    if (widget.pending()) await widget.pending();
    await raf();
    const now = performance.now();
    if (watcher.take() > 0 || widget.isBusy()) quiet = 0; else quiet++;
    if (quiet === 1) firstQuiet = now;
    if (quiet >= 2) return firstQuiet;
    if (now - t0 > SETTLE_LIMIT_MS) return now;
  }
}

// ---------------------------------------------------------------- widgets

function makeOurs(container) {
  const el = document.createElement('event-timeline');
  el.style.cssText = `display:block;width:${WIDTH}px;height:${HEIGHT}px;`;
  el.setAttribute('width', String(WIDTH));
  el.setAttribute('height', String(HEIGHT));
  // A plain wheel scrolls the page unless wheel-zoom (vis-timeline zooms on it): the same gesture for both.
  el.setAttribute('wheel-zoom', '');
  container.append(el);
  let zoomEvents = 0;
  let lastZoomDetail = null;
  el.addEventListener('timeline-zoom', (e) => { zoomEvents++; lastZoomDetail = e.detail ?? null; });
  const pending = () => (el.isUpdatePending ? el.updateComplete : null);
  return {
    host: el,
    async ready() { await el.updateComplete; },
    setData(data) { el.timeline = data.timeline; },
    pending,
    isBusy: () => Boolean(el.isUpdatePending),
    markers() {
      const root = el.shadowRoot ?? el;
      return {
        event: root.querySelectorAll('[part~="event"]').length,
        cluster: root.querySelectorAll('[part~="cluster"]').length,
        canvas: root.querySelectorAll('canvas').length,
        svg: root.querySelectorAll('svg').length,
      };
    },
    view() {
      // The visible domain through the plot's domain() when reachable (internal: for the report only).
      let domain = null;
      try { domain = el.plot?.domain?.().map((t) => new Date(t).toISOString()) ?? null; } catch { domain = null; }
      return { zoomEvents, domain, lastZoomDetail: summarizeDetail(lastZoomDetail) };
    },
    // d3-zoom: k *= 2^(-deltaY * 0.002) for deltaMode 0.
    wheelDeltaY(factor) { return -Math.log2(factor) / 0.002; },
  };
}

function summarizeDetail(detail) {
  if (!detail || typeof detail !== 'object') return detail;
  const out = {};
  for (const [k, v] of Object.entries(detail)) {
    if (v instanceof Date) out[k] = v.toISOString();
    else if (v == null || ['string', 'number', 'boolean'].includes(typeof v)) out[k] = v;
    else if (Array.isArray(v) && v.length <= 4) out[k] = v.map((x) => (x instanceof Date ? x.toISOString() : x));
  }
  return out;
}

/** The data extent padded by 6% each side: the view our element fits to, given to vis-timeline as its window. */
function fittedWindow(visItems) {
  let min = Infinity;
  let max = -Infinity;
  for (const item of visItems) {
    min = Math.min(min, item.start.getTime());
    max = Math.max(max, (item.end ?? item.start).getTime());
  }
  const pad = (max - min) * 0.06;
  return { start: new Date(min - pad), end: new Date(max + pad) };
}

function makeVis(container, data) {
  const box = document.createElement('div');
  box.style.cssText = `width:${WIDTH}px;height:${HEIGHT}px;`;
  container.append(box);
  let timeline = null;
  let changed = 0;
  return {
    host: box,
    async ready() {
      // No items yet, so the first setItems() fits the window to the data (vis pads ~2x wider than ours), or
      // with visWindow 'same' shows our element's fitted window (denser, so vis stacks far more labels).
      const window = data.visWindow === 'same' ? fittedWindow(data.visItems) : {};
      timeline = new VisTimeline(box, null, { height: `${HEIGHT}px`, width: `${WIDTH}px`, ...window });
      timeline.on('changed', () => { changed++; });
    },
    setData(data) { timeline.setItems(data.visItems); },
    pending: () => null,
    isBusy() { const c = changed; changed = 0; return c > 0; },
    markers() { return { item: box.querySelectorAll('.vis-item').length, cluster: box.querySelectorAll('.vis-cluster').length }; },
    view() { const w = timeline.getWindow(); return { start: w.start.toISOString(), end: w.end.toISOString(), spanDays: (w.end - w.start) / 86_400_000 }; },
    // vis Range._onMouseWheel: delta = wheelDelta/120 (a synthetic WheelEvent's wheelDelta equals deltaY in Chromium),
    // zoom in: scale = 1 / (1 + delta/5); zoom out: scale = 1 - delta/5.
    wheelDeltaY(factor) { return factor >= 1 ? (factor - 1) * 5 * 120 : -(1 / factor - 1) * 5 * 120; },
  };
}

// ---------------------------------------------------------------- gestures

function plotPoint(widget) {
  const r = widget.host.getBoundingClientRect();
  // A point inside the plot area, below a top axis or above a bottom one, and away from buttons.
  return { x: Math.round(r.left + r.width / 2), y: Math.round(r.top + r.height * 0.45) };
}

/**
 * A 1 px element changed every measured frame: Chromium paces frames without damage at ~60 Hz even with
 * --disable-frame-rate-limit, so this keeps every frame "real" and the idle floor near 1 ms.
 */
let heartbeat = null;
/** Beats so far, across sequences: a sequence that started on the parity the last one ended on changed nothing. */
let beats = 0;
function beat() {
  if (!heartbeat) {
    heartbeat = document.createElement('div');
    heartbeat.style.cssText = 'position:fixed;left:0;top:0;width:1px;height:1px;background:#000;';
    document.body.append(heartbeat);
  }
  heartbeat.style.opacity = beats++ % 2 ? '0.5' : '0.6';
}

/**
 * Runs `step(i)` once per animation frame for up to `count` frames, stopping early once `budgetMs` is spent
 * (a widget taking seconds per frame would otherwise take minutes). Returns the frame durations (rAF deltas).
 */
let sequenceCount = 0;
async function perFrame(count, step, budgetMs = Infinity) {
  const stamps = [];
  // One user-timing mark per frame start: the driver's trace reads main-thread CPU time (tts) between them.
  const tag = `bench-frame-${++sequenceCount}`;
  const stamp = async () => { const t = await raf(); performance.mark(tag); stamps.push(t); };
  const t0 = performance.now();
  for (let i = 0; i < count && performance.now() - t0 < budgetMs; i++) {
    await stamp();
    step(i);
    beat(); // after the step, so that its hit test sees a clean layout
  }
  // Frame i ends when frame i+1 starts; two extra frames catch work the widget defers by one rAF.
  await stamp();
  beat();
  await stamp();
  performance.clearMarks(tag);
  const durations = [];
  for (let i = 1; i < stamps.length; i++) durations.push(stamps[i] - stamps[i - 1]);
  return durations;
}

function wheelSequence(widget, steps, factor, budgetMs) {
  const { x, y } = plotPoint(widget);
  const deltaY = widget.wheelDeltaY(factor);
  return perFrame(steps, () => {
    const target = deepElementFromPoint(x, y) ?? widget.host;
    target.dispatchEvent(new WheelEvent('wheel', { deltaY, deltaMode: 0, clientX: x, clientY: y,
      bubbles: true, cancelable: true, composed: true, view: window }));
  }, budgetMs);
}

/** A mouse drag as a browser sends it: pointer and mouse events, moves on what is under the cursor. */
async function dragSequence(widget, steps, dxPerFrame, budgetMs) {
  const start = plotPoint(widget);
  let x = start.x;
  const y = start.y;
  const fire = (kind, type, target, buttons) => {
    const init = { clientX: x, clientY: y, screenX: x, screenY: y, button: 0, buttons, bubbles: true,
      cancelable: true, composed: true, view: window };
    target.dispatchEvent(kind === 'pointer'
      ? new PointerEvent(type, { ...init, pointerId: 1, pointerType: 'mouse', isPrimary: true })
      : new MouseEvent(type, init));
  };
  const downTarget = deepElementFromPoint(x, y) ?? widget.host;
  fire('pointer', 'pointerdown', downTarget, 1);
  fire('mouse', 'mousedown', downTarget, 1);
  const durations = await perFrame(steps, () => {
    x += dxPerFrame;
    const target = deepElementFromPoint(x, y) ?? downTarget;
    fire('pointer', 'pointermove', target, 1);
    fire('mouse', 'mousemove', target, 1);
  }, budgetMs);
  const upTarget = deepElementFromPoint(x, y) ?? downTarget;
  fire('pointer', 'pointerup', upTarget, 0);
  fire('mouse', 'mouseup', upTarget, 0);
  return durations;
}

// ---------------------------------------------------------------- API for the driver

let current = null;
let data = null;

window.bench = {
  oursAvailable: () => Boolean(customElements.get('event-timeline')),

  /** Generates the data and mounts an empty widget. Not timed. */
  async setup(kind, n, seed, visWindow = 'fit') {
    const timeline = makeTimeline(n, seed);
    data = { timeline, visItems: kind === 'vis' ? toVisItems(timeline.events) : null, visWindow };
    const container = document.getElementById('stage');
    container.replaceChildren();
    current = kind === 'vis' ? makeVis(container, data) : makeOurs(container);
    await current.ready();
    await raf(); await raf();
    return { domBefore: countElements(current.host) };
  },

  /** Baseline: frame durations with nothing happening (the floor under every frame figure). */
  async idle(frames) { return stats(await perFrame(frames, () => {})); },

  /**
   * Waits `ms`, then for an idle period of the main thread (at most 2 s more), as a page does between its
   * first paint and a reader's first gesture. Returns the ms waited.
   */
  async quiet(ms) {
    const t0 = performance.now();
    await new Promise((resolve) => setTimeout(resolve, ms));
    await new Promise((resolve) => {
      const limit = performance.now() + 2000;
      const check = (deadline) => (deadline.timeRemaining() >= 40 || performance.now() > limit
        ? resolve() : requestIdleCallback(check, { timeout: 200 }));
      requestIdleCallback(check, { timeout: 200 });
    });
    return performance.now() - t0;
  },

  /** Time from assigning the data to the painted, settled frame. */
  async render() {
    const watcher = watchMutations(current.host);
    const t0 = performance.now();
    current.setData(data);
    const t1 = await settle(current, watcher);
    watcher.stop();
    return { ms: t1 - t0, dom: countElements(current.host), markers: current.markers(), view: current.view() };
  },

  /**
   * Zoom in `steps` wheel clicks (one per frame), then back out as many; each click scales by `factor`.
   * Frames come back per phase, durations[i] belonging to click i (plus two trailing frames).
   */
  async zoom(steps, factor, budgetMs) {
    const before = current.view();
    const watcher = watchMutations(current.host);
    const zin = await wheelSequence(current, steps, factor, budgetMs / 2);
    const mutations = watcher.take();
    watcher.stop();
    const clicks = zin.length - 1; // perFrame gives one duration per click plus one trailing frame
    const zoomedView = current.view();
    const domZoomed = countElements(current.host);
    const markersZoomed = current.markers();
    const zout = await wheelSequence(current, clicks, 1 / factor, budgetMs / 2);
    const clicksOut = zout.length - 1;
    if (clicksOut < clicks) await wheelSequence(current, 1, factor ** (clicksOut - clicks)); // back to the fitted view
    return { clicks, clicksOut, mutations, rawIn: zin, rawOut: zout, before, zoomedView,
      after: current.view(), domZoomed, markersZoomed, domAfter: countElements(current.host) };
  },

  /** One big wheel click by `factor` (around the plot centre), then waits until the widget is quiet. Not measured. */
  async jump(factor) {
    const watcher = watchMutations(current.host);
    await wheelSequence(current, 1, factor);
    await settle(current, watcher);
    watcher.stop();
    return current.view();
  },

  /** Drags `steps` frames by dxPerFrame px each; call between jump(64) and jump(1/64) to pan a zoomed-in view. */
  async drag(steps, dxPerFrame, budgetMs) {
    const before = current.view();
    const watcher = watchMutations(current.host);
    const frames = await dragSequence(current, steps, dxPerFrame, budgetMs);
    const mutations = watcher.take();
    watcher.stop();
    return { moves: frames.length - 1, mutations, rawFrames: frames, before, after: current.view(),
      domPanned: countElements(current.host) };
  },
};
