/** Vertical geometry of the chart, px: the axis at the bottom, label lanes stacked above it. */
export const AXIS_HEIGHT = 34;
export const LANE_HEIGHT = 44;
/** From the axis up to the first lane's label baseline. */
export const FIRST_LANE_OFFSET = 54;
/** From the axis up to the centre of the cluster pills. */
export const CLUSTER_OFFSET = 26;
export const TOP_PAD = 34;

/** Label baseline of `lane` (0 = nearest the axis) for an axis at `baseY`. */
export function laneY(baseY: number, lane: number): number {
  return baseY - FIRST_LANE_OFFSET - Math.max(0, lane) * LANE_HEIGHT;
}

/** How many label lanes fit above an axis at `baseY`. */
export function laneCount(baseY: number): number {
  return Math.max(1, Math.floor((baseY - FIRST_LANE_OFFSET - TOP_PAD) / LANE_HEIGHT) + 1);
}
