/// <reference types="mocha" />
import { fixture, html } from '@open-wc/testing';
import type { Timeline } from '../../src/model/types.js';
import '../../src/element/define.js';
import type { EventTimeline } from '../../src/element/event-timeline.js';

export const FIXTURES = '/tests/browser/fixtures';

let seedCache: Timeline | null = null;

/** The seed article's timeline (12 events, 2011 and 2-7 January 2022), a fresh copy each call. */
export async function seedTimeline(): Promise<Timeline> {
  seedCache ??= (await (await fetch(`${FIXTURES}/seed-timeline.json`)).json()) as Timeline;
  return structuredClone(seedCache);
}

export const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** Waits for Lit and two frames (ResizeObserver callbacks and the chart draw). */
export async function settle(el: EventTimeline): Promise<void> {
  await el.updateComplete;
  await frame();
  await frame();
  await el.updateComplete;
}

/**
 * Shows `timeline` as the element shows one read from article `text` (its private acceptTimeline), once the code
 * that comes with a text (the article pane, src/element/text-path.ts) has loaded, as it has after a real reading
 * (with `show-source`: once the pane shows).
 */
export async function showWithText(el: EventTimeline, timeline: unknown, text: string): Promise<void> {
  (el as unknown as { acceptTimeline(t: unknown, s: string): void }).acceptTimeline(timeline, text);
  // The element imports that code itself on its first text (a busy machine may take more than a frame or two).
  for (let i = 0; i < 250 && el.hasAttribute('show-source') && !el.shadowRoot!.querySelector('[part~="source"]'); i++) {
    await new Promise((r) => setTimeout(r, 20));
  }
  await settle(el);
}

export async function mountSeed(width = 960, height = 420, extra: Partial<Record<string, string>> = {}): Promise<EventTimeline> {
  const timeline = await seedTimeline();
  const el = await fixture<EventTimeline>(html`<event-timeline .timeline=${timeline}></event-timeline>`);
  el.style.setProperty('width', `${width}px`);
  el.style.setProperty('height', `${height}px`);
  for (const [k, v] of Object.entries(extra)) if (v !== undefined) el.setAttribute(k, v);
  await settle(el);
  return el;
}

/**
 * Waits until `ok(el.timeline)` holds (text is read into a timeline asynchronously: in a worker, or on the
 * main thread in blocks), then settles. Rejects after `timeoutMs`.
 */
export async function untilTimeline(el: EventTimeline, ok: (t: Timeline) => boolean = () => true, timeoutMs = 15000): Promise<Timeline> {
  const until = Date.now() + timeoutMs;
  while (!el.timeline || !ok(el.timeline)) {
    if (Date.now() > until) throw new Error(`no such timeline within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
  await settle(el);
  return el.timeline;
}

export function $(el: EventTimeline, selector: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(selector);
}

export function $$(el: EventTimeline, selector: string): HTMLElement[] {
  return Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>(selector));
}

/** x of a chart marker, from its translate() transform. */
export function markerX(node: Element): number {
  const m = /translate\(([-\d.e]+)/.exec(node.getAttribute('transform') ?? '');
  return m ? Number(m[1]) : NaN;
}

export function nextEvent<T = unknown>(el: EventTarget, type: string, timeoutMs = 3000): Promise<CustomEvent<T>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${type} within ${timeoutMs} ms`)), timeoutMs);
    el.addEventListener(type, (e) => { clearTimeout(timer); resolve(e as CustomEvent<T>); }, { once: true });
  });
}
