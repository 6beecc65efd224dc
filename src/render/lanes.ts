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

/** The time extent of a drawn item, epoch ms (end exclusive), and whether it is a range (a bar). */
interface RangeSource {
  start: number;
  end: number;
  kind: string;
}

/**
 * Bar rows for ranges, by item order (-1 for every other item): overlapping ranges stack in rows, packed once on
 * their time extents (so a range keeps its row at every pan and zoom). Ranges with no free row among `rows`
 * share the top one. `items` must be in time order (by start), as PreparedTimeline.items is.
 */
export function rangeRows(items: readonly RangeSource[], rows: number): Int8Array {
  const out = new Int8Array(items.length).fill(-1);
  const top = Math.max(1, Math.min(127, rows)) - 1;
  const index: number[] = [];
  const extents: LabelExtent[] = [];
  items.forEach((item, i) => {
    if (item.kind !== 'range') return;
    index.push(i);
    extents.push({ x0: item.start, x1: item.end });
  });
  packLanes(extents, top + 1, 0).forEach((row, k) => { out[index[k]!] = row < 0 ? top : row; });
  return out;
}

/**
 * rangeRows on a prepared timeline's arrays (`kinds[i] === rangeKind` marks a range), with no object per range:
 * the same rows as rangeRows on its items.
 */
export function rangeRowsOf(starts: Float64Array, ends: Float64Array, kinds: Uint8Array, rangeKind: number, rows: number): Int8Array {
  const n = starts.length;
  const out = new Int8Array(n).fill(-1);
  const top = Math.max(1, Math.min(127, rows)) - 1;
  const laneEnds = new Float64Array(top + 1).fill(-Infinity);
  for (let i = 0; i < n; i++) {
    if (kinds[i] !== rangeKind) continue;
    const x0 = starts[i]!;
    let row = top;
    for (let lane = 0; lane <= top; lane++) {
      if (laneEnds[lane]! <= x0) {
        laneEnds[lane] = ends[i]!;
        row = lane;
        break;
      }
    }
    out[i] = row;
  }
  return out;
}
