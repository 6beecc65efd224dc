/** Greedy interval packing: each label goes into the lowest lane where it does not touch the one before. */

export interface LabelExtent {
  /** Left and right edge in px. */
  x0: number;
  x1: number;
}

/**
 * Lane index per extent (in the given order, which should be by x0), or -1 when no lane has room.
 * O(n * lanes); `gap` px are kept free between neighbours in one lane.
 */
export function packLanes(extents: readonly LabelExtent[], lanes: number, gap = 8): number[] {
  const laneEnds = new Array<number>(Math.max(0, lanes)).fill(-Infinity);
  return extents.map(({ x0, x1 }) => {
    for (let lane = 0; lane < laneEnds.length; lane++) {
      if (laneEnds[lane]! + gap <= x0) {
        laneEnds[lane] = x1;
        return lane;
      }
    }
    return -1;
  });
}
