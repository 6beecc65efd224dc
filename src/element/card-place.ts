/** Where the detail card goes over the chart: beside the selected event and its label, covering as little as it can. */
import { CARD_GAP, CARD_INSET, CARD_MAX_WIDTH, CARD_MIN_WIDTH, CARD_TOP } from './chart-geometry.js';

/** A box in chart px: left, top, right, bottom. */
export type Box = readonly [number, number, number, number];

export interface CardChoice {
  side: 'left' | 'right';
  /** At the top of the chart, or standing on the axis. */
  valign: 'top' | 'bottom';
}

export interface CardPlace extends CardChoice {
  left: number;
  width: number;
  /** Top edge (valign top) or distance of the bottom edge from the chart's bottom (valign bottom), px. */
  top: number | null;
  bottom: number | null;
  maxHeight: number;
}

export interface CardInput {
  chartWidth: number;
  chartHeight: number;
  /** Height of the axis strip at the chart's foot, px (the card never covers it). */
  axisHeight: number;
  /** Horizontal extent of the selected marker with its label, or null when it has no marker in view. */
  anchor: readonly [number, number] | null;
  /** The card's height at its widest, px (0: unknown). */
  height?: number;
  /** What the card should rather not cover: other labels, the edge counters. */
  obstacles?: readonly Box[];
  /** Keep this side and alignment (a zoom frame follows the event without re-choosing). */
  keep?: CardChoice;
}

function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a[2], b[2]) - Math.max(a[0], b[0]);
  const h = Math.min(a[3], b[3]) - Math.max(a[1], b[1]);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * The card's box beside the anchor: on either side (as wide as that side's room allows, up to CARD_MAX_WIDTH; when
 * neither side has CARD_MIN_WIDTH it overlaps the label's far end), at the top of the chart or standing on the axis,
 * whichever covers the least of the obstacles; ties go to the roomier side, then the top.
 */
export function placeCard(input: CardInput): CardPlace {
  const { chartWidth, chartHeight, axisHeight, anchor } = input;
  const maxHeight = Math.max(80, chartHeight - axisHeight - CARD_INSET - CARD_TOP);
  const widest = Math.max(120, Math.min(CARD_MAX_WIDTH, chartWidth - 2 * CARD_INSET));
  const lastLeft = Math.max(CARD_INSET, chartWidth - widest - CARD_INSET);
  const sides = (['right', 'left'] as const).map((side) => {
    if (!anchor) return { side, left: side === 'right' ? lastLeft : CARD_INSET, width: widest, room: widest };
    const [a, b] = anchor;
    const room = side === 'right' ? chartWidth - CARD_INSET - (b + CARD_GAP) : a - CARD_GAP - CARD_INSET;
    const width = Math.min(widest, Math.max(Math.min(CARD_MIN_WIDTH, widest), room));
    const wanted = side === 'right' ? b + CARD_GAP : a - CARD_GAP - width;
    const left = Math.min(Math.max(CARD_INSET, wanted), Math.max(CARD_INSET, chartWidth - width - CARD_INSET));
    return { side, left, width, room };
  });
  const height = Math.min(maxHeight, input.height || maxHeight);
  const floor = chartHeight - axisHeight - CARD_INSET;
  let best: { place: CardPlace; cost: number } | null = null;
  for (const s of sides) {
    for (const valign of ['top', 'bottom'] as const) {
      if (input.keep && (input.keep.side !== s.side || input.keep.valign !== valign)) continue;
      const top = valign === 'top' ? CARD_TOP : Math.max(CARD_TOP, floor - height);
      const box: Box = [s.left, top, s.left + s.width, top + height];
      // Covering the selected event itself costs most; then the other labels by area; then a cramped side.
      let cost = anchor ? overlapArea(box, [anchor[0], 0, anchor[1], chartHeight]) * 100 : 0;
      for (const o of input.obstacles ?? []) cost += overlapArea(box, o);
      cost += Math.max(0, widest - s.room) * 2;
      const place: CardPlace = {
        side: s.side, valign, left: s.left, width: s.width, maxHeight,
        top: valign === 'top' ? CARD_TOP : null, bottom: valign === 'bottom' ? chartHeight - floor : null,
      };
      if (!best || cost < best.cost) best = { place, cost };
    }
  }
  return best!.place;
}
