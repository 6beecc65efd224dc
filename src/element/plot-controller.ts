/**
 * The chart as a Lit reactive controller: the element hands it its inputs with `render(state)` and the controller
 * works out what to draw again. New data lays out and fits the view; another size, font or language lays out the
 * current view again; another selection only restyles the markers drawn; zoom and pan frames (the reader's, or a
 * command such as zoomBy) move what is in view. The drawing itself is a TimelinePlot bound to the chart's <svg>,
 * made afresh when the element renders another <svg> (after the list layout) and dropped when it renders none.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PreparedTimeline } from '../render/prepare.js';
import type { NavigationKey } from '../render/keyboard.js';
import type { TimelineItem } from '../render/prepare.js';
import type { Messages } from './messages.js';
import { TimelinePlot, type PlotCallbacks } from './plot.js';

/** The host's font: the family labels are measured in, and the chart text size against the default. */
export interface PlotFont {
  family: string;
  scale: number;
}

/** What the chart is drawn from. */
export interface PlotState {
  /** The chart's <svg> and the density strip's <canvas>; null while the element shows no chart. */
  svg: SVGSVGElement | null;
  canvas: HTMLCanvasElement | null;
  prepared: PreparedTimeline | null;
  /** Item order of the selected event, or -1. */
  selected: number;
  messages: Messages;
  font: PlotFont | null;
  /** The chart's size in CSS px. */
  size: { width: number; height: number } | null;
  /** Colour of the density strip (the theme's accent). */
  accent: string;
  /** A plain wheel zooms (the `wheel-zoom` attribute). */
  wheelZoom: boolean;
}

export class PlotController implements ReactiveController {
  #chart: TimelinePlot | null = null;
  #state: PlotState;
  readonly #callbacks: PlotCallbacks;

  constructor(host: ReactiveControllerHost, callbacks: PlotCallbacks, messages: Messages) {
    this.#callbacks = callbacks;
    this.#state = { svg: null, canvas: null, prepared: null, selected: -1, messages, font: null, size: null, accent: '', wheelZoom: false };
    host.addController(this);
  }

  /** A zoom frame was due when the host left the page: drawn when it comes back. */
  #frameDropped = false;

  hostDisconnected(): void {
    this.#frameDropped = this.#chart?.cancelFrame() ?? false;
  }

  hostConnected(): void {
    if (this.#frameDropped) this.#chart?.render();
    this.#frameDropped = false;
  }

  /** The <svg> the chart is drawn in (or was to be: null with no chart). */
  get svg(): SVGSVGElement | null {
    return this.#state.svg;
  }

  /** A chart is drawn (the element shows the chart, not the list). */
  get drawn(): boolean {
    return this.#chart !== null;
  }

  /**
   * Takes the inputs that changed (the rest stay) and draws what they change, at once: callers may read the layout
   * (markerExtent, domain) right after. Returns true when a chart was made for a new <svg>: it shows the first view,
   * and the element applies its view and selection attributes to it.
   */
  render(next: Partial<PlotState>): boolean {
    const prev = this.#state;
    const state = { ...prev, ...next };
    this.#state = state;
    if (state.svg !== prev.svg || state.canvas !== prev.canvas) {
      this.#chart?.cancelFrame();
      this.#chart = state.svg && state.canvas ? new TimelinePlot(state.svg, state.canvas, this.#callbacks, state.messages) : null;
      if (!this.#chart) return false;
      // In this order: the selection and font before the first layout, the size before the data's first view.
      this.#chart.select(state.selected);
      if (state.font) this.#chart.setFont(state.font.family, state.font.scale);
      if (state.size) this.#chart.resize(state.size.width, state.size.height, state.accent || undefined);
      if (state.prepared) this.#chart.setData(state.prepared);
      this.#chart.wheelZoom = state.wheelZoom;
      return true;
    }
    const chart = this.#chart;
    if (!chart) return false;
    if (state.messages !== prev.messages) chart.setMessages(state.messages);
    if (state.selected !== prev.selected) chart.select(state.selected);
    if (state.font && (state.font.family !== prev.font?.family || state.font.scale !== prev.font?.scale)) {
      chart.setFont(state.font.family, state.font.scale);
    }
    if (state.size && (state.size !== prev.size || state.accent !== prev.accent)) {
      chart.resize(state.size.width, state.size.height, state.accent || undefined);
    }
    if (state.prepared && state.prepared !== prev.prepared) chart.setData(state.prepared);
    chart.wheelZoom = state.wheelZoom;
    return false;
  }

  // Commands: views the reader asked for (buttons, keys, the element's methods), drawn at once.

  /** The visible domain, epoch ms, or null with no chart. */
  domain(): [number, number] | null {
    return this.#chart?.domain() ?? null;
  }

  /** CSS px per SVG user unit (the chart text size against the default). */
  get scaleFactor(): number {
    return this.#chart?.scaleFactor ?? 1;
  }

  zoomBy(factor: number): void {
    this.#chart?.zoomBy(factor);
  }

  fit(): void {
    this.#chart?.fit();
  }

  zoomToSpan(start: number, end: number): void {
    this.#chart?.zoomToSpan(start, end);
  }

  /** Shows [start, end] (epoch ms) as the first view (kept through resizes until the reader zooms). */
  showView(view: [number, number]): void {
    this.#chart?.showView(view);
  }

  navigate(key: NavigationKey): TimelineItem | null {
    return this.#chart?.navigate(key) ?? null;
  }

  focusOrder(order: number, focus = true): void {
    this.#chart?.focusOrder(order, focus);
  }

  revealOrder(order: number, ahead: -1 | 0 | 1 = 0): void {
    this.#chart?.revealOrder(order, ahead);
  }

  /** Horizontal extent, CSS px, of the marker of item `order` with its label, or null. */
  markerExtent(order: number): [number, number] | null {
    return this.#chart?.markerExtent(order) ?? null;
  }

  /** Draws now what waits for the next frame (new data: see TimelinePlot.setData). */
  flush(): void {
    this.#chart?.flush();
  }

  /** Measures labels afresh (a web font has loaded) and draws again. */
  remeasure(): void {
    this.#chart?.remeasure();
  }
}
