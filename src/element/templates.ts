/**
 * Lit templates for the toolbar, tooltip, detail card, legend and screen-reader list (the article text's is in
 * source-pane.ts); all input text goes through text bindings, and every URL is checked again here (http and https
 * only) before it reaches a src or href.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { Timeline, TimelineEvent, TimelineLink, TimelineMedia } from '../model/types.js';
import { isImageFileUrl, isVideoFileUrl, safeHttpUrl } from '../model/urls.js';
import { groupClass } from './groups.js';
import type { PreparedTimeline, TimelineItem } from '../render/prepare.js';
import { highlightSpans, type TextPiece } from '../render/text.js';
import type { HoverTarget } from './plot.js';
import type { StoryStep } from '../render/story.js';
import { ENGLISH, type Messages } from './messages.js';

/** Date-phrase spans of an event relative to its sentence, from its timexes. */
function dateSpans(item: TimelineItem, timeline: Timeline | null): Array<{ start: number; end: number }> {
  const { event } = item;
  const ids = new Set(event.timexIds ?? []);
  if (!timeline || !ids.size || !event.span) return [];
  return (timeline.timexes ?? [])
    .filter((t) => ids.has(t.id))
    .map((t) => ({ start: t.start - event.span.start, end: t.end - event.span.start }));
}

const pieces = (list: TextPiece[]) => list.map((p) => (p.highlight ? html`<mark>${p.text}</mark>` : p.text));

const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const newTab = (msg: Messages) => html`<span class="sr-only">${msg.t('newTab')}</span>`;

/** `host/path` of a URL for a link without its own text, at most about 60 characters. */
function urlLabel(url: string): string {
  try {
    const u = new URL(url);
    const label = `${u.hostname.replace(/^www\./, '')}${u.pathname === '/' ? '' : u.pathname}`;
    return label.length > 60 ? `${label.slice(0, 59)}…` : label;
  } catch {
    return url;
  }
}

/** Hides an image that failed to load (its caption and credit stay). */
const hideBroken = (e: Event): void => {
  (e.currentTarget as HTMLElement).hidden = true;
};

/**
 * The event's photo or video: an image (lazy, never without alt text), a player for a video file, or else a link
 * to the media; with its caption and credit. Nothing when the URL is not http(s).
 */
export function mediaTemplate(media: TimelineMedia | undefined, title: string, msg: Messages = ENGLISH): TemplateResult | typeof nothing {
  const url = safeHttpUrl(media?.url);
  if (!media || url === null) return nothing;
  const caption = str(media.caption).trim();
  const credit = str(media.credit).trim();
  const kind = media.kind === 'image' || media.kind === 'video' ? media.kind : isImageFileUrl(url) ? 'image' : isVideoFileUrl(url) ? 'video' : null;
  const label = str(media.alt).trim() || caption || (title ? msg.t('imageOf', { title }) : msg.t('image'));
  let body: TemplateResult;
  if (kind === 'image') {
    body = html`<img src=${url} alt=${label} loading="lazy" decoding="async" @error=${hideBroken}>`;
  } else if (kind === 'video' && isVideoFileUrl(url)) {
    body = html`<video src=${url} controls preload="metadata" aria-label=${str(media.alt).trim() || caption || (title ? msg.t('videoOf', { title }) : msg.t('video'))}>
      <a href=${url} target="_blank" rel="noopener noreferrer">${msg.t('openVideo')}${newTab(msg)}</a></video>`;
  } else {
    body = html`<a class="media-link" href=${url} target="_blank" rel="noopener noreferrer">${msg.t(kind === 'video' ? 'watchVideo' : 'viewMedia')}
      <span class="host">${urlLabel(url)}</span>${newTab(msg)}</a>`;
  }
  return html`<figure class="media">${body}${caption || credit
    ? html`<figcaption>${caption ? html`<span class="caption">${caption}</span>` : nothing}${caption && credit ? ' ' : nothing}${credit
      ? html`<span class="credit">${credit}</span>` : nothing}</figcaption>`
    : nothing}</figure>`;
}

/** The event's http(s) links (others are left out), each opening in a new tab. */
export function linksTemplate(links: readonly TimelineLink[] | undefined, msg: Messages = ENGLISH): TemplateResult | typeof nothing {
  const shown = (Array.isArray(links) ? links : []).flatMap((l) => {
    const url = safeHttpUrl(l?.url);
    return url === null ? [] : [{ url, text: str(l.text).trim() || urlLabel(url) }];
  });
  if (!shown.length) return nothing;
  return html`<ul class="links" aria-label=${msg.t('links')}>${shown.map(({ url, text }) =>
    html`<li><a href=${url} target="_blank" rel="noopener noreferrer">${text}${newTab(msg)}</a></li>`)}</ul>`;
}

/** The detail card; `compact` (list layout) leaves out the date and title that the list item already shows. */
export function cardTemplate(item: TimelineItem, timeline: Timeline | null, close: () => void, compact = false,
  keydown?: (event: KeyboardEvent) => void, live = true, msg: Messages = ENGLISH): TemplateResult {
  const { event } = item;
  const text = typeof event.text === 'string' ? event.text : '';
  const group = str(event.group);
  return html`
    <section class="card ${compact ? 'compact' : ''} ${groupClass(item.group)}" part="card" aria-live=${live ? 'polite' : 'off'} aria-label=${msg.t('selectedEvent')} @keydown=${keydown}>
      ${compact ? nothing : html`<p class="when">${msg.date(event)}</p><h3>${event.title}</h3>`}
      ${group ? html`<p class="group"><span class="swatch" aria-hidden="true"></span>${group}</p>` : nothing}
      ${mediaTemplate(event.media, str(event.title), msg)}
      ${text && text !== event.title ? html`<blockquote>${pieces(highlightSpans(text, dateSpans(item, timeline)))}</blockquote>` : nothing}
      ${linksTemplate(event.links, msg)}
      ${event.explanation ? html`<p class="how">${msg.t('howFound', { explanation: event.explanation })}</p>` : nothing}
      <button type="button" class="close" aria-label=${msg.t('closeDetails')} @click=${close}>×</button>
    </section>
  `;
}

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

export interface StoryState {
  /** The current slide (index in date order), or -1 before the first. */
  index: number;
  count: number;
  /** What the live region says ("Event 3 of 12: …"), empty before the first step. */
  status: string;
}

const chevron = (d: string) => html`<svg viewBox="0 0 24 24" aria-hidden="true">${svg`<path d=${d} />`}</svg>`;

/**
 * Storytelling controls: previous and next buttons (real buttons, named, each a `part`), the slide's position, and
 * a status line for screen readers. A button at its end is aria-disabled (it keeps the focus) and does nothing.
 */
export function storyTemplate(state: StoryState, step: (step: StoryStep) => void, msg: Messages = ENGLISH): TemplateResult {
  const { index, count } = state;
  const atStart = index <= 0;
  const atEnd = index >= count - 1;
  return html`
    <nav class="story" part="story" aria-label=${msg.t('story')}>
      <button type="button" class="story-previous" part="story-previous" aria-label=${msg.t('previousEvent')} title=${msg.t('previousEventTitle')}
        aria-disabled=${atStart ? 'true' : 'false'} @click=${() => { if (!atStart) step(-1); }}>${chevron('M15 5l-7 7 7 7')}</button>
      <span class="story-position" part="story-position">${index >= 0 ? msg.t('storyPosition', { index: msg.number(index + 1), count: msg.number(count) }) : msg.plural('eventCount', count, { count: msg.number(count) })}</span>
      <button type="button" class="story-next" part="story-next" aria-label=${msg.t('nextEvent')} title=${msg.t('nextEventTitle')}
        aria-disabled=${atEnd ? 'true' : 'false'} @click=${() => { if (!atEnd) step(1); }}>${chevron('M9 5l7 7-7 7')}</button>
      <p class="sr-only" role="status" aria-live="polite">${state.status}</p>
    </nav>
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

/** The chart is visual; this list gives screen readers the same events as text (the first `limit`), each with its group. */
export function screenReaderList(prepared: PreparedTimeline, limit: number, msg: Messages = ENGLISH): TemplateResult {
  const count = prepared.count;
  // By item: a large timeline's events in time order are made only when asked for.
  const events: TimelineEvent[] = [];
  for (let i = 0; i < Math.min(limit, count); i++) events.push(prepared.item(i).event);
  return html`
    <ol class="sr-only" aria-label=${msg.t('eventsInOrder')}>
      ${events.map((event) => html`<li>${msg.date(event)}: ${event.title}${str(event.group) ? ` (${str(event.group)})` : ''}</li>`)}
      ${count > limit ? html`<li>${msg.plural('moreEvents', count - limit, { count: msg.number(count - limit) })}</li>` : nothing}
    </ol>
  `;
}
