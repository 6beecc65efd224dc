/**
 * The math of zooming and panning, without the DOM: a transform (scale k, then translation x, y) as d3-zoom
 * defines it, and the steps a zoom behaviour takes with it — clamping the scale, keeping a point under the
 * pointer, holding the view inside the translate extent, a pinch from two pointers, a wheel's delta.
 * The element's zoom behaviour (src/element/zoom-behaviour.ts) wires these to wheel and pointer events.
 */

export type Point = [number, number];
/** [[x0, y0], [x1, y1]]: a rectangle in the viewport's (or the world's) coordinates. */
export type Extent = [Point, Point];

/** A scale, as much of it as `rescaleX` needs (a d3 continuous scale, or src/render/time-scale.ts). */
export interface Rescalable {
  range(): number[];
  invert(value: number): number | Date;
  copy(): this;
  domain(domain: Array<number | Date>): this;
}

/** Scale `k`, then translate by (x, y): a point p of the world is drawn at p * k + (x, y). */
export class ZoomTransform {
  constructor(readonly k: number, readonly x: number, readonly y: number) {}

  /** This transform, then scaled by `k` about the origin of the world. */
  scale(k: number): ZoomTransform {
    return k === 1 ? this : new ZoomTransform(this.k * k, this.x, this.y);
  }

  /** This transform, then translated by (x, y) world units. */
  translate(x: number, y: number): ZoomTransform {
    return x === 0 && y === 0 ? this : new ZoomTransform(this.k, this.x + this.k * x, this.y + this.k * y);
  }

  applyX(x: number): number {
    return x * this.k + this.x;
  }

  /** The world point drawn at viewport point `p`. */
  invert(p: Point): Point {
    return [(p[0] - this.x) / this.k, (p[1] - this.y) / this.k];
  }

  invertX(x: number): number {
    return (x - this.x) / this.k;
  }

  /** A copy of `scale` whose domain is what this transform shows across its range. */
  rescaleX<S extends Rescalable>(scale: S): S {
    return scale.copy().domain(scale.range().map((r) => scale.invert(this.invertX(r))));
  }

  toString(): string {
    return `translate(${this.x},${this.y}) scale(${this.k})`;
  }
}

export const zoomIdentity = new ZoomTransform(1, 0, 0);

/** `t` with its scale set to `k`, clamped to `scaleExtent` (the translation kept). */
export function scaleTo(t: ZoomTransform, k: number, scaleExtent: readonly [number, number]): ZoomTransform {
  const k1 = Math.max(scaleExtent[0], Math.min(scaleExtent[1], k));
  return k1 === t.k ? t : new ZoomTransform(k1, t.x, t.y);
}

/** `t` translated so that world point `l` is drawn at viewport point `p` (its scale kept). */
export function translateTo(t: ZoomTransform, p: Point, l: Point): ZoomTransform {
  const x = p[0] - l[0] * t.k;
  const y = p[1] - l[1] * t.k;
  return x === t.x && y === t.y ? t : new ZoomTransform(t.k, x, y);
}

/**
 * `t` moved the least so that the viewport `extent` shows only the world inside `translateExtent` (centred when
 * the viewport is wider than it), as d3-zoom's default constrain.
 */
export function constrain(t: ZoomTransform, extent: Extent, translateExtent: Extent): ZoomTransform {
  const dx0 = t.invertX(extent[0][0]) - translateExtent[0][0];
  const dx1 = t.invertX(extent[1][0]) - translateExtent[1][0];
  const dy0 = (extent[0][1] - t.y) / t.k - translateExtent[0][1];
  const dy1 = (extent[1][1] - t.y) / t.k - translateExtent[1][1];
  return t.translate(
    dx1 > dx0 ? (dx0 + dx1) / 2 : Math.min(0, dx0) || Math.max(0, dx1),
    dy1 > dy0 ? (dy0 + dy1) / 2 : Math.min(0, dy0) || Math.max(0, dy1),
  );
}

/** The middle of an extent. */
export function centroid(extent: Extent): Point {
  return [(extent[0][0] + extent[1][0]) / 2, (extent[0][1] + extent[1][1]) / 2];
}

/** The limits a zoom behaviour holds transforms to. */
export interface ZoomLimits {
  /** The viewport. */
  extent: Extent;
  scaleExtent: [number, number];
  translateExtent: Extent;
}

/** Scales `t` to `k` (clamped) keeping the world point under viewport point `p` (default: the centre) in place. */
export function zoomAbout(t: ZoomTransform, k: number, limits: ZoomLimits, p: Point = centroid(limits.extent)): ZoomTransform {
  return constrain(translateTo(scaleTo(t, k, limits.scaleExtent), p, t.invert(p)), limits.extent, limits.translateExtent);
}

/** `t`'s scale, with world point (x, y) drawn at viewport point `p` (default: the centre); constrained. */
export function centreOn(t: ZoomTransform, x: number, y: number, limits: ZoomLimits, p: Point = centroid(limits.extent)): ZoomTransform {
  return constrain(zoomIdentity.translate(p[0], p[1]).scale(t.k).translate(-x, -y), limits.extent, limits.translateExtent);
}

/** A pointer of a gesture: where it is in the viewport, and the world point it holds. */
export type Grip = [viewport: Point, world: Point];

/**
 * The transform that keeps the world points under one pointer (a pan) or two (a pinch: scaled by the ratio
 * of the pointers' distance to their world points' distance, about their midpoint), constrained.
 */
export function follow(t: ZoomTransform, grips: readonly Grip[], limits: ZoomLimits): ZoomTransform {
  const [g0, g1] = grips;
  if (!g0) return t;
  let p = g0[0];
  let l = g0[1];
  if (g1) {
    const [p0, l0] = g0;
    const [p1, l1] = g1;
    const dp = (p1[0] - p0[0]) ** 2 + (p1[1] - p0[1]) ** 2;
    const dl = (l1[0] - l0[0]) ** 2 + (l1[1] - l0[1]) ** 2;
    t = scaleTo(t, Math.sqrt(dp / dl), limits.scaleExtent);
    p = [(p0[0] + p1[0]) / 2, (p0[1] + p1[1]) / 2];
    l = [(l0[0] + l1[0]) / 2, (l0[1] + l1[1]) / 2];
  }
  return constrain(translateTo(t, p, l), limits.extent, limits.translateExtent);
}

/**
 * How many doublings a wheel event zooms by (d3-zoom's default): pixel deltas (mode 0) scaled by 0.002, lines (1)
 * by 0.05, pages (2) by 1; ten times as much with Ctrl (a trackpad pinch sends small deltas with ctrlKey).
 */
export function wheelDelta(event: { deltaY: number; deltaMode: number; ctrlKey: boolean }): number {
  return -event.deltaY * (event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002) * (event.ctrlKey ? 10 : 1);
}
