import { describe, expect, it } from 'vitest';
import {
  ZoomTransform, centreOn, centroid, constrain, follow, scaleTo, translateTo, wheelDelta, zoomAbout, zoomIdentity,
  type ZoomLimits,
} from '../../../src/render/zoom-transform.js';

const t = (k: number, x: number, y = 0): ZoomTransform => new ZoomTransform(k, x, y);
/** The chart's limits at width 1000 (plot.ts rescaleBase): half a width of slack either side, up to 64x. */
const limits: ZoomLimits = { extent: [[0, 0], [1000, 400]], scaleExtent: [0.5, 64], translateExtent: [[-500, -Infinity], [1500, Infinity]] };

describe('ZoomTransform', () => {
  it('applies and inverts scale then translation', () => {
    const z = t(2, 10, 5);
    expect(z.invert([16, 13])).toEqual([3, 4]);
    expect(z.applyX(3)).toBe(16);
    expect(z.invertX(16)).toBe(3);
  });

  it('composes like d3-zoom: translate in world units, scale about the origin', () => {
    const z = zoomIdentity.translate(500, 0).scale(4).translate(-100, 0);
    expect([z.k, z.x, z.y]).toEqual([4, 100, 0]);
    expect(z.applyX(100)).toBe(500);
    expect(zoomIdentity.scale(1)).toBe(zoomIdentity);
    expect(zoomIdentity.translate(0, 0)).toBe(zoomIdentity);
  });

  it('rescales a scale to the domain it shows', () => {
    // A linear stand-in: domain [0, 100] over range [0, 1000].
    const make = (d: number[]): { domain: (x?: Array<number | Date>) => unknown; range: () => number[]; invert: (y: number) => number; copy: () => unknown } => {
      const s = {
        domain: (x?: Array<number | Date>) => (x ? make(x.map(Number)) : d),
        range: () => [0, 1000],
        invert: (y: number) => d[0]! + (y / 1000) * (d[1]! - d[0]!),
        copy: () => make(d),
      };
      return s;
    };
    const scale = make([0, 100]) as never as Parameters<ZoomTransform['rescaleX']>[0];
    const shown = t(2, -500).rescaleX(scale) as unknown as { domain: () => number[] };
    expect(shown.domain()).toEqual([25, 75]);
  });
});

describe('zoom steps', () => {
  it('clamps the scale to its extent', () => {
    expect(scaleTo(t(1, 0), 100, [0.5, 64]).k).toBe(64);
    expect(scaleTo(t(1, 0), 0.1, [0.5, 64]).k).toBe(0.5);
    const same = t(2, 3);
    expect(scaleTo(same, 2, [0.5, 64])).toBe(same);
  });

  it('puts a world point under a viewport point', () => {
    const z = translateTo(t(2, 0), [300, 0], [100, 0]);
    expect(z.applyX(100)).toBe(300);
  });

  it('keeps the view inside the translate extent, centring it when the view is wider', () => {
    // Panned far right at k = 1: the view [0, 1000] may show world x down to -500 only.
    expect(constrain(t(1, 900), limits.extent, limits.translateExtent).x).toBe(500);
    expect(constrain(t(1, -900), limits.extent, limits.translateExtent).x).toBe(-500);
    // Inside the extent: unchanged.
    expect(constrain(t(1, 200), limits.extent, limits.translateExtent).x).toBe(200);
    // Zoomed out to 0.25: the world (2000 wide) spans 500 px, centred.
    const out = constrain(t(0.25, 0), limits.extent, limits.translateExtent);
    expect(out.applyX(500)).toBeCloseTo(500);
    // The y translation is free (an infinite extent).
    expect(constrain(t(1, 0, 37), limits.extent, limits.translateExtent).y).toBe(37);
  });

  it('zooms about a point, which stays in place', () => {
    const z = zoomAbout(t(1, 0), 2, limits, [250, 100]);
    expect(z.k).toBe(2);
    expect(z.applyX(250)).toBe(250);
    // By default about the centre of the extent.
    expect(zoomAbout(t(1, 0), 4, limits).applyX(500)).toBe(500);
    // Zooming out past the scale extent stops at it, and stays inside the translate extent.
    const out = zoomAbout(t(1, 0), 0.01, limits, [0, 0]);
    expect(out.k).toBe(0.5);
    expect(out.applyX(500)).toBeCloseTo(500);
    expect(centroid(limits.extent)).toEqual([500, 200]);
  });

  it('centres on a world point at the current scale', () => {
    const z = centreOn(t(4, 123), 300, 0, limits);
    expect(z.k).toBe(4);
    expect(z.applyX(300)).toBe(500);
    expect(centreOn(t(4, 0), 300, 0, limits, [100, 0]).applyX(300)).toBe(100);
    // Constrained: the right end of the world cannot come to the middle.
    expect(centreOn(t(1, 0), 1500, 0, limits).applyX(1500)).toBe(1000);
  });
});

describe('follow (drag and pinch)', () => {
  it('pans so the gripped world point stays under one pointer', () => {
    const z = follow(t(2, 0), [[[300, 50], [100, 25]]], limits);
    expect(z.applyX(100)).toBe(300);
    expect(z.k).toBe(2);
  });

  it('pinches: scales by the spread of two pointers about their midpoint', () => {
    // Two fingers held world points 100 and 200 (at k 1) and now stand 400 px apart around 500.
    const z = follow(t(1, 0), [[[300, 0], [100, 0]], [[700, 0], [200, 0]]], limits);
    expect(z.k).toBe(4);
    expect(z.applyX(150)).toBe(500);
    // A vertical spread counts too (distance in the plane, as d3-zoom).
    expect(follow(t(1, 0), [[[0, 0], [0, 0]], [[0, 200], [0, 100]]], limits).k).toBe(2);
    // Clamped to the scale extent.
    expect(follow(t(1, 0), [[[0, 0], [0, 0]], [[1000, 0], [1, 0]]], limits).k).toBe(64);
  });

  it('without pointers leaves the transform', () => {
    const z = t(3, 4);
    expect(follow(z, [], limits)).toBe(z);
  });
});

describe('wheelDelta', () => {
  it('zooms in for a wheel up, by pixel, line or page, ten times as much with Ctrl', () => {
    expect(wheelDelta({ deltaY: -100, deltaMode: 0, ctrlKey: false })).toBeCloseTo(0.2);
    expect(wheelDelta({ deltaY: 100, deltaMode: 0, ctrlKey: true })).toBeCloseTo(-2);
    expect(wheelDelta({ deltaY: -3, deltaMode: 1, ctrlKey: false })).toBeCloseTo(0.15);
    expect(wheelDelta({ deltaY: 1, deltaMode: 2, ctrlKey: false })).toBe(-1);
  });
});
