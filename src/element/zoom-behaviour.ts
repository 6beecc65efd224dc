/**
 * A small zoom behaviour for the chart, in place of d3-zoom (and with it d3-transition, d3-drag, d3-ease, d3-timer
 * and d3-dispatch): the part of d3-zoom's API the plot uses, with its semantics — `zoom().filter().on('start' |
 * 'zoom' | 'end').extent().scaleExtent().translateExtent()`, applied with `selection.call(behaviour)`, and
 * `selection.call(behaviour.transform | scaleBy | translateTo, …)` — none of them animated (the plot never was).
 *
 * Input: the wheel (zooms about the pointer, a gesture ending 150 ms after the last event), a mouse drag (mouse
 * events, as d3-zoom), touch pointers (one finger pans, two pinch), a double-tap (it calls the `dblclick.zoom`
 * listener: unlike d3-zoom, the behaviour sets none of its own, as the plot sets its own double-click zoom). The
 * filter decides which input zooms; a wheel it turns down is left to the page. The math lives in
 * src/render/zoom-transform.ts.
 */
import { pointer, select, type Selection } from 'd3-selection';
import {
  ZoomTransform, centreOn, follow as followGrips, scaleTo, translateTo, constrain, wheelDelta, zoomAbout, zoomIdentity,
  type Extent, type Grip, type Point, type ZoomLimits,
} from '../render/zoom-transform.js';

export { ZoomTransform, zoomIdentity };

export interface D3ZoomEvent<E extends Element, D> {
  type: 'start' | 'zoom' | 'end';
  /** The input event behind it, or null for a programmatic zoom. */
  sourceEvent: Event | null;
  transform: ZoomTransform;
  target: ZoomBehavior<E, D>;
}

type Listener<E extends Element, D> = (this: E, event: D3ZoomEvent<E, D>, d: D) => void;
type Sel<E extends Element, D> = Selection<E, D, any, any>;
type Handler<E> = (this: E, event: any) => void;

export interface ZoomBehavior<E extends Element, D> {
  /** Listens on the selected elements (each starts at the identity transform, or keeps the one it has). */
  (selection: Sel<E, D>): void;
  /** Which input events zoom or pan (d3-zoom's default: no Ctrl but on a wheel, the primary button). */
  filter(filter: (this: E, event: any) => boolean): this;
  on(type: 'start' | 'zoom' | 'end', listener: Listener<E, D> | null): this;
  /** The viewport, in the element's user units. */
  extent(extent: Extent): this;
  scaleExtent(extent: [number, number]): this;
  /** The world the viewport may show. */
  translateExtent(extent: Extent): this;
  /** Sets the transform as is (not constrained). */
  transform(selection: Sel<E, D>, transform: ZoomTransform, point?: Point, event?: Event): void;
  /** Scales by `k` about `p` (default: the centre of the extent), constrained. */
  scaleBy(selection: Sel<E, D>, k: number, p?: Point, event?: Event): void;
  /** Puts world point (x, y) at `p` (default: the centre of the extent), constrained. */
  translateTo(selection: Sel<E, D>, x: number, y: number, p?: Point, event?: Event): void;
}

/** Wheel events this long apart are one gesture (one start, one end). */
const WHEEL_DELAY = 150;
/** A second tap within this long, and this close (user units) to the first, is a double-tap. */
const TAP_DELAY = 500;
const TAP_DISTANCE = 10;

/** A gesture under way on one element: wheel, drag, pinch, or a programmatic zoom. */
interface Gesture {
  active: number;
  sourceEvent: Event | null;
  extent: Extent;
  /** The wheel's anchor: the pointer, and the world point under it. */
  mouse?: Grip;
  wheel?: ReturnType<typeof setTimeout> | 0;
  /** The pointers down, by id (the mouse is -1; at most two fingers: a pan or a pinch). */
  grips: Map<number, Grip>;
  /** A pointer moved while down (a mouse or pen drag, not a click). */
  moved: boolean;
  taps: number;
  /** Removes the window listeners of a drag. */
  release?: () => void;
}

interface State {
  transform: ZoomTransform;
  gesture: Gesture | null;
}

const states = new WeakMap<Element, State>();
const stateOf = (el: Element): State => {
  let s = states.get(el);
  if (!s) states.set(el, s = { transform: zoomIdentity, gesture: null });
  return s;
};

const noevent = (event: Event): void => {
  event.preventDefault();
  event.stopImmediatePropagation();
};

export function zoom<E extends Element, D = unknown>(): ZoomBehavior<E, D> {
  let filter = function (this: E, event: MouseEvent): boolean {
    return (!event.ctrlKey || event.type === 'wheel') && !event.button;
  };
  const limits: ZoomLimits = { extent: [[0, 0], [1, 1]], scaleExtent: [0, Infinity], translateExtent: [[-Infinity, -Infinity], [Infinity, Infinity]] };
  const listeners: Partial<Record<D3ZoomEvent<E, D>['type'], Listener<E, D>>> = {};
  /** When the last tap began (a double-tap needs the second soon after), and where. */
  let lastTap = -Infinity;
  let firstTap: Point = [0, 0];
  /** When a finger last left (the mouse events a browser emulates after a tap are no drag). */
  let lastTouchEnd = -Infinity;
  /** When a double-tap last zoomed. */
  let lastDoubleTap = -Infinity;

  const behaviour = ((selection: Sel<E, D>) => {
    selection
      .each(function () { stateOf(this); })
      .on('wheel.zoom', wheeled as Handler<E>, { passive: false })
      .on('mousedown.zoom', mousedowned as Handler<E>)
      .on('pointerdown.zoom', pointerdowned as Handler<E>)
      // The double-click a browser may emulate after a double-tap: the tap has zoomed already.
      .on('dblclick.zoomtap', (event: Event) => {
        if (event.timeStamp - lastDoubleTap < TAP_DELAY) noevent(event);
      }, { capture: true })
      .style('-webkit-tap-highlight-color', 'rgba(0,0,0,0)');
  }) as ZoomBehavior<E, D>;

  const gesture = (el: E, clean = false): Gesture => {
    const s = stateOf(el);
    if (!clean && s.gesture) return s.gesture;
    return { active: 0, sourceEvent: null, extent: limits.extent, grips: new Map(), moved: false, taps: 0 };
  };

  const emit = (el: E, g: Gesture, type: D3ZoomEvent<E, D>['type']): void => {
    listeners[type]?.call(el, { type, sourceEvent: g.sourceEvent, transform: stateOf(el).transform, target: behaviour }, select<E, D>(el).datum());
  };

  const start = (el: E, g: Gesture): void => {
    if (++g.active === 1) {
      stateOf(el).gesture = g;
      emit(el, g, 'start');
    }
  };

  const end = (el: E, g: Gesture): void => {
    if (--g.active === 0) {
      const s = stateOf(el);
      if (s.gesture === g) s.gesture = null;
      emit(el, g, 'end');
    }
  };

  /** Applies `t`; the grips of the input not behind it (`key`) are re-anchored on it. */
  const apply = (el: E, g: Gesture, t: ZoomTransform, key: 'mouse' | 'grips' | null): void => {
    if (g.mouse && key !== 'mouse') g.mouse[1] = t.invert(g.mouse[0]);
    if (key !== 'grips') for (const grip of g.grips.values()) grip[1] = t.invert(grip[0]);
    stateOf(el).transform = t;
    emit(el, g, 'zoom');
  };

  /** A programmatic zoom: start, zoom, end (inside a gesture under way, only the zoom). */
  const programmatic = (selection: Sel<E, D>, make: (t: ZoomTransform) => ZoomTransform, event?: Event): void => {
    selection.each(function () {
      const g = gesture(this);
      if (event) g.sourceEvent = event;
      start(this, g);
      apply(this, g, make(stateOf(this).transform), null);
      end(this, g);
    });
  };

  function wheeled(this: E, event: WheelEvent): void {
    if (!filter.call(this, event)) return;
    const g = gesture(this);
    g.sourceEvent = event;
    const t = stateOf(this).transform;
    const k = scaleTo(t, t.k * 2 ** wheelDelta(event), limits.scaleExtent).k;
    const p = pointer(event, this);
    if (g.wheel) {
      // The pointer moved since the last wheel: zoom about its new place.
      if (g.mouse![0][0] !== p[0] || g.mouse![0][1] !== p[1]) g.mouse = [p, t.invert(p)];
      clearTimeout(g.wheel);
    } else if (t.k === k) {
      // Already at the scale limit: the wheel is left to the page.
      return;
    } else {
      g.mouse = [p, t.invert(p)];
      start(this, g);
    }
    noevent(event);
    g.wheel = setTimeout(() => {
      g.wheel = 0;
      end(this, g);
    }, WHEEL_DELAY);
    apply(this, g, constrain(translateTo(scaleTo(t, k, limits.scaleExtent), g.mouse![0], g.mouse![1]), g.extent, limits.translateExtent), 'mouse');
  }

  /** Follows a drag's moves and release on the window (it may leave the chart); no text selection or native drag meanwhile. */
  const track = (el: E, g: Gesture, types: string[], move: (e: any) => void, up: (e: any) => void): void => {
    const view = el.ownerDocument.defaultView ?? window;
    const block = (e: Event): void => noevent(e);
    const pairs: Array<[string, (e: any) => void]> = [[types[0]!, move], [types[1]!, up], ...types.slice(2).map((t): [string, (e: any) => void] => [t, up]),
      ['selectstart', block], ['dragstart', block]];
    for (const [type, fn] of pairs) view.addEventListener(type, fn, true);
    g.release = () => {
      for (const [type, fn] of pairs) view.removeEventListener(type, fn, true);
    };
  };

  /** A mouse (or pen) drag pans: the mouse events, as d3-zoom (a tap's emulated mousedown is ignored). */
  function mousedowned(this: E, event: MouseEvent): void {
    if (event.timeStamp - lastTouchEnd < TAP_DELAY || !filter.call(this, event)) return;
    const el = this;
    const g = gesture(el, true);
    event.stopImmediatePropagation();
    g.sourceEvent = event;
    const p = pointer(event, el);
    g.grips.set(-1, [p, stateOf(el).transform.invert(p)]);
    track(el, g, ['mousemove', 'mouseup'], (e: MouseEvent) => moved(el, g, e, -1), (e: MouseEvent) => ended(el, g, e, -1));
    start(el, g);
  }

  /** Fingers: one pans, two pinch (pointer events; the chart's touch-action keeps vertical swipes for the page). */
  function pointerdowned(this: E, event: PointerEvent): void {
    if (event.pointerType !== 'touch' || !filter.call(this, event)) return;
    const el = this;
    const s = stateOf(el);
    const fresh = !s.gesture || s.gesture.grips.size === 0;
    const g = fresh ? gesture(el, true) : s.gesture!;
    if (g.grips.size >= 2 || g.grips.has(event.pointerId)) return;
    g.sourceEvent = event;
    const p = pointer(event, el);
    g.grips.set(event.pointerId, [p, s.transform.invert(p)]);
    if (g.grips.size === 2) {
      g.taps = 0;
      return;
    }
    g.taps = event.timeStamp - lastTap < TAP_DELAY ? 2 : 1;
    if (g.taps === 1) firstTap = p;
    lastTap = g.taps === 2 ? -Infinity : event.timeStamp;
    track(el, g, ['pointermove', 'pointerup', 'pointercancel'], (e: PointerEvent) => moved(el, g, e, e.pointerId), (e: PointerEvent) => ended(el, g, e, e.pointerId));
    start(el, g);
  }

  function moved(el: E, g: Gesture, event: MouseEvent, id: number): void {
    const grip = g.grips.get(id);
    if (!grip) return;
    // A mouse move is the drag's alone (as d3-zoom); a finger's still reaches the chart's own listeners.
    if (id < 0) noevent(event);
    else event.preventDefault();
    const p = pointer(event, el);
    if (p[0] !== grip[0][0] || p[1] !== grip[0][1]) g.moved = true;
    grip[0] = p;
    g.sourceEvent = event;
    apply(el, g, followGrips(stateOf(el).transform, [...g.grips.values()], { ...limits, extent: g.extent }), 'grips');
  }

  function ended(el: E, g: Gesture, event: MouseEvent, id: number): void {
    if (!g.grips.delete(id)) return;
    g.sourceEvent = event;
    const touch = id >= 0;
    if (touch) lastTouchEnd = event.timeStamp;
    else noevent(event);
    const t = stateOf(el).transform;
    // The finger left keeps panning from where it is.
    for (const grip of g.grips.values()) grip[1] = t.invert(grip[0]);
    if (g.grips.size) return;
    g.release?.();
    if (g.moved && !touch) {
      // The click that ends a mouse drag selects nothing (as d3-drag's dragEnable).
      const view = el.ownerDocument.defaultView ?? window;
      const block = (e: Event): void => noevent(e);
      view.addEventListener('click', block, true);
      setTimeout(() => view.removeEventListener('click', block, true), 0);
    }
    end(el, g);
    if (touch && g.taps === 2 && event.type === 'pointerup') {
      const p = pointer(event, el);
      if (Math.hypot(firstTap[0] - p[0], firstTap[1] - p[1]) < TAP_DISTANCE) {
        // A double-tap: what a double-click does (the plot's own `dblclick.zoom`).
        lastDoubleTap = event.timeStamp;
        (select<E, D>(el).on('dblclick.zoom') as Handler<E> | undefined)?.call(el, event);
      }
    }
  }

  behaviour.filter = (f) => {
    filter = f;
    return behaviour;
  };
  behaviour.on = (type, listener) => {
    if (listener) listeners[type] = listener;
    else delete listeners[type];
    return behaviour;
  };
  behaviour.extent = (e) => {
    limits.extent = [[e[0][0], e[0][1]], [e[1][0], e[1][1]]];
    return behaviour;
  };
  behaviour.scaleExtent = (e) => {
    limits.scaleExtent = [e[0], e[1]];
    return behaviour;
  };
  behaviour.translateExtent = (e) => {
    limits.translateExtent = [[e[0][0], e[0][1]], [e[1][0], e[1][1]]];
    return behaviour;
  };
  behaviour.transform = (selection, transform, _point, event) => programmatic(selection, () => transform, event);
  behaviour.scaleBy = (selection, k, p, event) => programmatic(selection, (t) => zoomAbout(t, t.k * k, limits, p), event);
  behaviour.translateTo = (selection, x, y, p, event) => programmatic(selection, (t) => centreOn(t, x, y, limits, p), event);
  return behaviour;
}
