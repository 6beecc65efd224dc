/** The card's DOM side over the chart: what it should not cover and where it goes (card-place.ts decides). */
import { placeCard, type Box, type CardChoice } from './card-place.js';
import { CARD_MAX_WIDTH } from './chart-geometry.js';

/**
 * Places the card over the chart beside the anchor (the selected marker and label, CSS px, or null). Without `keep`,
 * it measures the drawn labels, counters and clusters and its own height, and chooses a side and height; with `keep`
 * (a zoom frame) it only follows the anchor, reading no layout. Returns the choice made.
 */
export function positionChartCard(card: HTMLElement, chart: HTMLElement, anchor: [number, number] | null, axisHeight: number,
  keep: CardChoice | null): CardChoice {
  const width = chart.clientWidth;
  const height = chart.clientHeight;
  let obstacles: Box[] = [];
  let cardHeight = 0;
  if (!keep) {
    const origin = chart.getBoundingClientRect();
    const box = (r: DOMRect): Box => [r.left - origin.left, r.top - origin.top, r.right - origin.left, r.bottom - origin.top];
    obstacles = Array.from(chart.querySelectorAll('g.event:not(.unlabelled):not(.selected) rect.ring, g.edge, g.cluster'))
      .map((n) => box(n.getBoundingClientRect()));
    card.style.setProperty('--_card-width', `${Math.min(width, CARD_MAX_WIDTH)}px`);
    cardHeight = card.scrollHeight;
  }
  const place = placeCard({ chartWidth: width, chartHeight: height, axisHeight, anchor, height: cardHeight, obstacles, keep: keep ?? undefined });
  card.style.setProperty('--_card-left', `${Math.round(place.left)}px`);
  card.style.setProperty('--_card-top', place.top === null ? 'auto' : `${Math.round(place.top)}px`);
  card.style.setProperty('--_card-bottom', place.bottom === null ? 'auto' : `${Math.round(place.bottom)}px`);
  card.style.setProperty('--_card-width', `${Math.round(place.width)}px`);
  card.style.setProperty('--_card-max-height', `${Math.round(place.maxHeight)}px`);
  return { side: place.side, valign: place.valign };
}
