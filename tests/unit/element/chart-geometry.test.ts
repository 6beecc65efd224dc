import { describe, expect, it } from 'vitest';
import {
  AXIS_HEIGHT, BAND_HEIGHT, LABEL_DROP, LABEL_RISE, PILL_HEIGHT, POINT_RADIUS, RANGE_BAR_HEIGHT, RANGE_ROWS, clusterY, laneY, rangeBarY,
} from '../../../src/element/chart-geometry.js';

describe('chart geometry: the range band', () => {
  const baseY = 400;
  it('puts every row of range bars above the axis, its dots and the bands standing on it, and below the first label lane', () => {
    for (let row = 0; row < RANGE_ROWS; row++) {
      const top = rangeBarY(baseY, row);
      expect(top + RANGE_BAR_HEIGHT).toBeLessThan(baseY - Math.max(BAND_HEIGHT, POINT_RADIUS));
      // A label's box reaches LABEL_DROP below its baseline (markers.ts: the ring is LABEL_RISE + LABEL_DROP high).
      expect(top).toBeGreaterThan(laneY(baseY, 0) + LABEL_DROP);
      expect(LABEL_RISE).toBeGreaterThan(LABEL_DROP);
      if (row > 0) expect(top + RANGE_BAR_HEIGHT).toBeLessThan(rangeBarY(baseY, row - 1));
    }
    // Rows past the last share it.
    expect(rangeBarY(baseY, RANGE_ROWS + 4)).toBe(rangeBarY(baseY, RANGE_ROWS - 1));
  });
});

describe('chart geometry: cluster pills', () => {
  const baseY = 400;
  it('stand over the axis, below the first label lane, in a timeline without ranges', () => {
    const y = clusterY(baseY, false);
    expect(y + PILL_HEIGHT / 2).toBeLessThan(baseY);
    expect(y - PILL_HEIGHT / 2).toBeGreaterThan(laneY(baseY, 0) + LABEL_DROP);
  });
  it('sit on the axis line below every range row, and above the axis labels, in a timeline with ranges', () => {
    const y = clusterY(baseY, true);
    expect(y - PILL_HEIGHT / 2).toBeGreaterThan(rangeBarY(baseY, 0) + RANGE_BAR_HEIGHT);
    expect(y + PILL_HEIGHT / 2).toBeGreaterThan(baseY);
    // Axis labels hang from ticks 6 px long, 8 px below them (plot.ts drawAxis), inside the axis band.
    expect(y + PILL_HEIGHT / 2).toBeLessThan(baseY + 6 + 8);
    expect(AXIS_HEIGHT).toBeGreaterThan(6 + 8);
  });
});
