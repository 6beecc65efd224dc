/** Where the detail card goes over the chart: beside the selected event and its label, never over the axis. */
import { AXIS_HEIGHT, CARD_GAP, CARD_INSET, CARD_MAX_WIDTH, CARD_MIN_WIDTH } from './chart-geometry.js';

export interface CardPlace {
  left: number;
  top: number;
  width: number;
  maxHeight: number;
}

/**
 * The card's box in chart px. `anchor` is the horizontal extent of the selected marker with its label (null when
 * it has no marker in view). The card takes the side with more room beside the anchor, as wide as that room
 * allows (up to CARD_MAX_WIDTH); when neither side has CARD_MIN_WIDTH it overlaps the label's far end.
 */
export function placeCard(chartWidth: number, chartHeight: number, anchor: [number, number] | null): CardPlace {
  const top = CARD_INSET;
  const maxHeight = Math.max(80, chartHeight - AXIS_HEIGHT - 2 * CARD_INSET);
  const widest = Math.max(120, Math.min(CARD_MAX_WIDTH, chartWidth - 2 * CARD_INSET));
  if (!anchor) return { left: Math.max(CARD_INSET, chartWidth - widest - CARD_INSET), top, width: widest, maxHeight };
  const [a, b] = anchor;
  const roomLeft = a - CARD_GAP - CARD_INSET;
  const roomRight = chartWidth - CARD_INSET - (b + CARD_GAP);
  const right = roomRight >= roomLeft;
  const room = right ? roomRight : roomLeft;
  const width = Math.min(widest, Math.max(Math.min(CARD_MIN_WIDTH, widest), room));
  const wanted = right ? b + CARD_GAP : a - CARD_GAP - width;
  const left = Math.min(Math.max(CARD_INSET, wanted), Math.max(CARD_INSET, chartWidth - width - CARD_INSET));
  return { left, top, width, maxHeight };
}
