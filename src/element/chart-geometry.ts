/**
 * Vertical geometry of the chart, px: the axis at the bottom, label lanes stacked above it. A lane is half
 * a label high: a label takes two lanes, or three when its title wraps onto a second line.
 */
export const AXIS_HEIGHT = 34;
export const LANE_HEIGHT = 22;
/** Lanes a label takes with its title on one line, and on two. */
export const LABEL_LANES = 2;
export const WRAPPED_LABEL_LANES = 3;
/** From the axis up to the first lane's label baseline. */
export const FIRST_LANE_OFFSET = 54;
/** From a label's baseline up to the top of its box (one title line). */
export const LABEL_RISE = 34;
/** From the axis up to the centre of the cluster pills. */
export const CLUSTER_OFFSET = 26;
export const TOP_PAD = 34;

/** Label baseline of `lane` (0 = nearest the axis) for an axis at `baseY`; a label's lowest lane sets its baseline. */
export function laneY(baseY: number, lane: number): number {
  return baseY - FIRST_LANE_OFFSET - Math.max(0, lane) * LANE_HEIGHT;
}

/** How many lanes fit above an axis at `baseY`: a one-line label in the top two keeps its box inside the chart. */
export function laneCount(baseY: number): number {
  return Math.max(LABEL_LANES, Math.floor((baseY - FIRST_LANE_OFFSET - TOP_PAD) / LANE_HEIGHT) + LABEL_LANES);
}

/** The detail card over the chart: widest, narrowest, its gap from the selected marker and label, and its inset from the chart's edges. */
export const CARD_MAX_WIDTH = 380;
export const CARD_MIN_WIDTH = 240;
export const CARD_GAP = 16;
export const CARD_INSET = 8;
/** Top of a card at the top of the chart: below the edge counters ("‹ 1 earlier", drawn 4-28 px from the top). */
export const CARD_TOP = 36;
