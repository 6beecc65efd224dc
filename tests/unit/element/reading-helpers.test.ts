import { describe, expect, it } from 'vitest';
import { isApplePlatform, wantsZoomHint, zoomHintText, zoomInputAccepted } from '../../../src/element/wheel.js';
import { placeCard } from '../../../src/element/card-place.js';
import { CARD_GAP, CARD_INSET, CARD_MAX_WIDTH } from '../../../src/element/chart-geometry.js';
import { hashFor, idFromHash, viewRange } from '../../../src/element/view-link.js';

const wheel = (init: Partial<WheelEvent> = {}) => ({ type: 'wheel', ctrlKey: false, metaKey: false, button: 0, deltaX: 0, deltaY: 100, ...init });

describe('wheel', () => {
  it('zooms on Ctrl/⌘ + wheel (and pinch), not on a plain wheel unless wheel-zoom', () => {
    expect(zoomInputAccepted(wheel(), false)).toBe(false);
    expect(zoomInputAccepted(wheel({ ctrlKey: true }), false)).toBe(true);
    expect(zoomInputAccepted(wheel({ metaKey: true }), false)).toBe(true);
    expect(zoomInputAccepted(wheel(), true)).toBe(true);
  });

  it('drags with the primary button, without Ctrl', () => {
    expect(zoomInputAccepted({ type: 'mousedown', ctrlKey: false, metaKey: false, button: 0 }, false)).toBe(true);
    expect(zoomInputAccepted({ type: 'mousedown', ctrlKey: true, metaKey: false, button: 0 }, false)).toBe(false);
    expect(zoomInputAccepted({ type: 'mousedown', ctrlKey: false, metaKey: false, button: 2 }, false)).toBe(false);
  });

  it('hints after a plain, mostly vertical wheel only', () => {
    expect(wantsZoomHint(wheel(), false)).toBe(true);
    expect(wantsZoomHint(wheel({ deltaX: 200, deltaY: 10 }), false)).toBe(false);
    expect(wantsZoomHint(wheel({ ctrlKey: true }), false)).toBe(false);
    expect(wantsZoomHint(wheel(), true)).toBe(false);
  });

  it('says ⌘ on Apple platforms', () => {
    expect(isApplePlatform({ platform: 'MacIntel' })).toBe(true);
    expect(isApplePlatform({ platform: 'Win32' })).toBe(false);
    expect(isApplePlatform({ platform: '', userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7)' })).toBe(true);
    expect(zoomHintText(true)).toBe('⌘ + scroll to zoom');
    expect(zoomHintText(false)).toBe('Ctrl + scroll to zoom');
  });
});

describe('placeCard', () => {
  const base = { chartWidth: 1000, chartHeight: 500, axisHeight: 34 };
  it('goes beside the marker and its label, on the side with more room', () => {
    const right = placeCard({ ...base, anchor: [100, 300] });
    expect(right.left).toBe(300 + CARD_GAP);
    expect(right.width).toBe(CARD_MAX_WIDTH);
    const left = placeCard({ ...base, anchor: [700, 900] });
    expect(left.left + left.width).toBe(700 - CARD_GAP);
  });

  it('takes the side and height that cover the fewest other labels', () => {
    // Labels fill the top right; the bottom right and the left are free.
    const obstacles = [[400, 0, 1000, 250]] as const;
    const p = placeCard({ ...base, anchor: [300, 360], height: 150, obstacles });
    expect(p.side).toBe('right');
    expect(p.valign).toBe('bottom');
    expect(p.bottom).toBe(34 + CARD_INSET);
    expect(p.top).toBe(null);
    // Both sides: the left one, uncovered.
    const both = placeCard({ ...base, anchor: [500, 560], height: 400, obstacles: [[580, 0, 1000, 500]] });
    expect(both.side).toBe('left');
  });

  it('keeps its side and alignment while following the event', () => {
    const p = placeCard({ ...base, anchor: [100, 200], keep: { side: 'left', valign: 'bottom' } });
    expect([p.side, p.valign]).toEqual(['left', 'bottom']);
  });

  it('stays inside the chart and above the axis', () => {
    for (const anchor of [null, [0, 40], [480, 520], [960, 1000]] as Array<[number, number] | null>) {
      const p = placeCard({ chartWidth: 600, chartHeight: 300, axisHeight: 34, anchor });
      expect(p.left).toBeGreaterThanOrEqual(CARD_INSET);
      expect(p.left + p.width).toBeLessThanOrEqual(600 - CARD_INSET);
      expect((p.top ?? 0) + p.maxHeight).toBeLessThan(300 - 30);
    }
  });
});

describe('view-link', () => {
  const whole: [number, number] = [Date.UTC(2000, 0, 1), Date.UTC(2030, 0, 1)];
  it('reads view-start and view-end as ISO dates or TimeML values', () => {
    expect(viewRange('2022-01-05', '2022-01-07', whole)).toEqual([Date.UTC(2022, 0, 5), Date.UTC(2022, 0, 8)]);
    expect(viewRange('2011', '2022-01', whole)).toEqual([Date.UTC(2011, 0, 1), Date.UTC(2022, 1, 1)]);
    expect(viewRange('2022-01-05', null, whole)).toEqual([Date.UTC(2022, 0, 5), whole[1]]);
    expect(viewRange(null, null, whole)).toBe(null);
    expect(viewRange('soon', '2022', whole)).toBe(null);
    expect(viewRange('2023', '2022', whole)).toBe(null);
  });

  it('turns ids into hashes and back', () => {
    for (const id of ['e1', 'évènement 2', 'a#b']) expect(idFromHash(hashFor(id))).toBe(id);
    expect(idFromHash('')).toBe(null);
    expect(idFromHash('#')).toBe(null);
    expect(idFromHash('#%E0%A4%A')).toBe('%E0%A4%A');
  });
});
