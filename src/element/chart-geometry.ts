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
/** From a label's baseline down to the bottom of its box. */
export const LABEL_DROP = 8;
/** From a label's title baseline up to its date line's (one title line). */
export const DATE_RISE = 16;
/** From a label's baseline up to where the stem beside it ends (one title line). */
export const STEM_RISE = 28;
/** From the marker's x to the label's text, to either side. */
export const LABEL_INSET = 8;
/** The label's backplate beyond its text width, each side. */
export const PLATE_PAD = 2;
/** Half the width of a marker without a label (its dot, with room to point at it). */
export const MARK_REACH = 8;
/** From the axis up to the centre of the cluster pills (their stems run down to the axis). */
export const CLUSTER_OFFSET = 26;
/** Height of a cluster pill. */
export const PILL_HEIGHT = 22;
/** From the axis up to the centre of the pills of a timeline with ranges: on the axis line, below the lowest row, clear of the axis labels. */
export const AXIS_PILL_OFFSET = 4;
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

/** Height of the soft band over a coarse date (month, year) or a wide day, standing on the axis. */
export const BAND_HEIGHT = 16;

/**
 * Range bars (events with an end) lie in their own band above the axis line and the day bands standing on it, so
 * that a point on the axis and a range over it stay apart: up to RANGE_ROWS rows of bars, row 0 lowest, stacked
 * where ranges overlap, all below the first label lane's boxes.
 */
export const RANGE_ROWS = 3;
export const RANGE_BAR_HEIGHT = 5;
/** From one row's top to the next one's. */
export const RANGE_ROW_STEP = 8;
/** From the axis up to the bottom of the lowest row: clear of the bands standing on the axis. */
export const RANGE_BAND_OFFSET = BAND_HEIGHT + 3;
/** Dot radius: a point on the axis; a range's start on its bar, and a band's. */
export const POINT_RADIUS = 5;
export const SMALL_DOT_RADIUS = 3.5;

/** Top of the bar of a range in `row` (0 = lowest) for an axis at `baseY`. */
export function rangeBarY(baseY: number, row: number): number {
  return baseY - RANGE_BAND_OFFSET - RANGE_BAR_HEIGHT - Math.min(Math.max(0, row), RANGE_ROWS - 1) * RANGE_ROW_STEP;
}

/**
 * Centre of the cluster pills for an axis at `baseY`. Over the axis, standing on a stem, when the timeline has no
 * ranges; when it has, that height is the range rows' band, and the pills sit on the axis line itself, clear of
 * every row (the same for the whole timeline, so that pills do not jump as ranges come into view).
 */
export function clusterY(baseY: number, ranges: boolean): number {
  return baseY - (ranges ? AXIS_PILL_OFFSET : CLUSTER_OFFSET);
}
