import { describe, expect, it } from 'vitest';
import { BAND_HEIGHT, LABEL_RISE, POINT_RADIUS, RANGE_BAR_HEIGHT, RANGE_ROWS, laneY, rangeBarY } from '../../../src/element/chart-geometry.js';

describe('chart geometry: the range band', () => {
  const baseY = 400;
  it('puts every row of range bars above the axis, its dots and the bands standing on it, and below the first label lane', () => {
    for (let row = 0; row < RANGE_ROWS; row++) {
      const top = rangeBarY(baseY, row);
      expect(top + RANGE_BAR_HEIGHT).toBeLessThan(baseY - Math.max(BAND_HEIGHT, POINT_RADIUS));
      // A label's box reaches 8 px below its baseline (markers.ts: the ring is LABEL_RISE + 8 high).
      expect(top).toBeGreaterThan(laneY(baseY, 0) + 42 - LABEL_RISE);
      if (row > 0) expect(top + RANGE_BAR_HEIGHT).toBeLessThan(rangeBarY(baseY, row - 1));
    }
    // Rows past the last share it.
    expect(rangeBarY(baseY, RANGE_ROWS + 4)).toBe(rangeBarY(baseY, RANGE_ROWS - 1));
  });
});
