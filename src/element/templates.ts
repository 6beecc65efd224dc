/**
 * Lit templates for the toolbar, tooltip, legend and screen-reader list (the detail card's and the storytelling
 * controls' are in card.ts, the article text's in source-pane.ts); all input text goes through text bindings.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { TimelineEvent } from '../model/types.js';
import { groupClass } from './groups.js';
import type { PreparedTimeline } from '../render/prepare.js';
import type { HoverTarget } from './plot.js';
import { ENGLISH, type Messages } from './messages.js';

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/** The zoom buttons above the chart. */
export function toolbarTemplate(actions: { zoomIn: () => void; zoomOut: () => void; fit: () => void }, msg: Messages = ENGLISH): TemplateResult {
  return html`
    <div class="toolbar" role="toolbar" aria-label=${msg.t('zoom')}>
      <button type="button" class="zoom-out" aria-label=${msg.t('zoomOut')} title=${msg.t('zoomOutTitle')} @click=${actions.zoomOut}>
        <svg viewBox="0 0 24 24" aria-hidden="true">${svg`<path d="M5 12h14" />`}</svg>
      </button>
      <button type="button" class="zoom-in" aria-label=${msg.t('zoomIn')} title=${msg.t('zoomInTitle')} @click=${actions.zoomIn}>
        <svg viewBox="0 0 24 24" aria-hidden="true">${svg`<path d="M5 12h14M12 5v14" />`}</svg>
      </button>
      <button type="button" class="zoom-fit" aria-label=${msg.t('showAll')} title=${msg.t('showAllTitle')} @click=${actions.fit}>
        <svg viewBox="0 0 24 24" aria-hidden="true">${svg`<path d="M4 9V4h5M20 9V4h-5M4 15v5h5M20 15v5h-5" />`}</svg>
      </button>
    </div>
  `;
}

/** The tooltip of the hovered (or focused) marker or cluster; hidden when there is none. */
export function tooltipTemplate(target: HoverTarget | null, msg: Messages = ENGLISH): TemplateResult {
  const item = target?.item ?? target?.cluster?.first;
  return html`
    <div class="tooltip" id="tooltip" part="tooltip" role="tooltip" ?hidden=${!item}>
      ${target?.cluster
        ? html`<strong>${msg.plural('eventCount', target.cluster.count, { count: msg.number(target.cluster.count) })}</strong><span class="when">${msg.t('clusterFrom', { date: msg.date(target.cluster.first.event) })}</span><span class="how">${msg.t('clusterHow')}</span>`
        : item
          ? html`<strong>${item.event.title}</strong><span class="when">${msg.date(item.event)}${str(item.event.group) ? ` · ${str(item.event.group)}` : ''}</span>
            ${item.tentative && item.event.explanation ? html`<span class="how">${item.event.explanation}</span>` : nothing}`
          : nothing}
    </div>
  `;
}

/** Legend entries shown at most; a note counts the rest. */
const LEGEND_MAX = 24;

/** The groups with their colours, as text (`part="legend"`); hidden when there are fewer than two groups. */
export function legendTemplate(groups: readonly string[], msg: Messages = ENGLISH): TemplateResult {
  return html`
    <ul class="legend" part="legend" aria-label=${msg.t('groups')} ?hidden=${groups.length < 2}>
      ${groups.length < 2 ? nothing : groups.slice(0, LEGEND_MAX).map((name, i) =>
        html`<li class=${groupClass(i)}><span class="swatch" aria-hidden="true"></span>${name}</li>`)}
      ${groups.length > LEGEND_MAX ? html`<li class="more-groups">${msg.t('moreGroups', { count: msg.number(groups.length - LEGEND_MAX) })}</li>` : nothing}
    </ul>
  `;
}

/** A screen-reader list item's text: the event's date, title and group. */
const srLine = (event: TimelineEvent, msg: Messages): string =>
  `${msg.date(event)}: ${event.title ?? ''}${str(event.group) ? ` (${str(event.group)})` : ''}`;

/** The chart is visual; this list gives screen readers the same events as text (the first `limit`), each with its group. */
export function screenReaderList(prepared: PreparedTimeline, limit: number, msg: Messages = ENGLISH): TemplateResult {
  const count = prepared.count;
  // By item: a large timeline's events in time order are made only when asked for.
  const events: TimelineEvent[] = [];
  for (let i = 0; i < Math.min(limit, count); i++) events.push(prepared.item(i).event);
  // One text binding per item (one text node to create, lay out and update), rather than one per part of its text.
  return html`
    <ol class="sr-only" aria-label=${msg.t('eventsInOrder')}>
      ${events.map((event) => html`<li>${srLine(event, msg)}</li>`)}
      ${count > limit ? html`<li>${msg.plural('moreEvents', count - limit, { count: msg.number(count - limit) })}</li>` : nothing}
    </ol>
  `;
}
