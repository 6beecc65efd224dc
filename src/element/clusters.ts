/** Counted clusters: a pill with the number of events that had no room for a label, one per column of the view. */
import { select, type Selection } from 'd3-selection';
import type { PlacedCluster, ViewLayout } from '../render/layout.js';
import type { TimelineItem } from '../render/prepare.js';
import { CLUSTER_OFFSET, PILL_HEIGHT } from './chart-geometry.js';
import type { Messages } from './messages.js';
import { px, setAttr, setText } from './svg-write.js';

export interface ClusterHandlers {
  /** Click: zoom in on the cluster's events. */
  expand(cluster: PlacedCluster): void;
  /** Enter: bring the cluster's first event into view with its own marker, and focus it. */
  enter(cluster: PlacedCluster): void;
  hover(cluster: PlacedCluster, byFocus: boolean): void;
  leave(): void;
  /** The reader's date phrase of an item (cached by the caller: counts change on most zoom frames). */
  datePhrase(item: TimelineItem): string;
  /** The UI strings (the pills' accessible names). */
  messages(): Messages;
}

type ClusterElement = SVGGElement & { drawn?: string; named?: string; count?: SVGTextElement; pill?: SVGRectElement; stem?: SVGLineElement };

/**
 * Joins the layout's clusters to `layer`, pills centred at `y` (chart-geometry.ts clusterY), with a stem down to the
 * axis at `baseY` when they stand above it. Nodes are keyed by position, so that a zoom rewrites a pill's count
 * instead of replacing the node. The first cluster takes the roving tabindex when no event has a marker.
 *
 * `named` false (the frames of a zoom or pan gesture, whose counts change on most frames) leaves each pill's accessible
 * name and data attributes as they were: only what is seen is written, and the next draw with `named` (the gesture's
 * end) writes them once.
 */
export function drawClusters(layer: Selection<SVGGElement, unknown, null, undefined>, layout: ViewLayout, baseY: number, y: number,
  offset: number, handlers: ClusterHandlers, named = true): void {
  const stemDown = baseY - y;
  const stemDisplay = stemDown > PILL_HEIGHT / 2 ? null : 'none';
  const hasEvents = layout.events.length > 0;
  const firstCluster = layout.clusters[0];
  layer.selectAll<ClusterElement, PlacedCluster>('g.cluster')
    .data(layout.clusters, (_d, i) => `c${i}`)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'cluster').attr('part', 'cluster').attr('role', 'button');
      g.each(function () {
        const el = this as ClusterElement;
        const node = select<ClusterElement, PlacedCluster>(el);
        el.stem = node.append('line').attr('class', 'stem').attr('y1', PILL_HEIGHT / 2).attr('y2', CLUSTER_OFFSET).node()!;
        el.pill = node.append('rect').attr('class', 'pill').attr('rx', PILL_HEIGHT / 2).attr('height', PILL_HEIGHT).attr('y', -PILL_HEIGHT / 2).node()!;
        el.count = node.append('text').attr('class', 'count').attr('text-anchor', 'middle').attr('dy', '0.35em').node()!;
      });
      g.on('click', (event: MouseEvent, d) => {
        event.stopPropagation();
        handlers.expand(d);
      })
        .on('keydown', (event: KeyboardEvent, d) => {
          if (event.key === 'Enter' || event.key === ' ') {
            event.preventDefault();
            handlers.enter(d);
          }
        })
        .on('pointerenter focus', (event: Event, d) => handlers.hover(d, event.type === 'focus'))
        .on('pointerleave blur', () => handlers.leave());
      return g;
    })
    .each(function (d) {
      const el = this as ClusterElement;
      setAttr(el, 'transform', `translate(${px(d.x - offset)},${y})`);
      setAttr(el, 'tabindex', !hasEvents && d === firstCluster ? '0' : '-1');
      if (el.stem) {
        if (stemDisplay) setAttr(el.stem, 'display', stemDisplay);
        else {
          el.stem.removeAttribute('display');
          setAttr(el.stem, 'y2', String(stemDown));
        }
      }
      const drawn = `${d.count}|${d.first.order}`;
      if (named && el.named !== drawn) {
        el.named = drawn;
        setAttr(el, 'data-count', String(d.count));
        setAttr(el, 'data-start', d.first.event.start);
        const msg = handlers.messages();
        setAttr(el, 'aria-label', d.count === 1
          ? msg.t('clusterOne', { date: handlers.datePhrase(d.first) })
          : msg.t('clusterMany', { count: msg.number(d.count), date: handlers.datePhrase(d.first) }));
      }
      if (el.drawn === drawn) return;
      el.drawn = drawn;
      const text = handlers.messages().count(d.count);
      if (el.count && el.count.textContent !== text) {
        setText(el.count, text);
        const w = 14 + text.length * 8;
        if (el.pill) {
          setAttr(el.pill, 'x', String(-w / 2));
          setAttr(el.pill, 'width', String(w));
        }
      }
    });
}

/** Some pill in `layer` shows a count whose accessible name and data attributes are not written yet (see drawClusters). */
export function clustersUnnamed(layer: Selection<SVGGElement, unknown, null, undefined>): boolean {
  for (let node = layer.node()?.firstElementChild ?? null; node; node = node.nextElementSibling) {
    const el = node as ClusterElement;
    if (el.drawn !== el.named) return true;
  }
  return false;
}
