/**
 * The detail card of the selected event, loaded with the first selection (a dynamic import of the element), or at
 * once in storytelling mode, whose slides are cards: the card's templates (with the event's media and links), its
 * placement over the chart, the storytelling controls and swipes, and their styles. All input text goes through
 * text bindings, and every URL is checked again here (http and https only) before it reaches a src or href.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { Timeline, TimelineLink, TimelineMedia } from '../model/types.js';
import { safeHttpUrl } from '../model/urls.js';
import { isImageFileUrl, isVideoFileUrl } from '../model/media-urls.js';
import { groupClass } from './groups.js';
import type { TimelineItem } from '../render/prepare.js';
import { highlightSpans, type TextPiece } from '../render/highlight.js';
import { ENGLISH, type Messages, type Vars } from './messages.js';
import type { StoryStep } from '../render/story.js';

export { positionChartCard } from './card-dom.js';
export { cardStyles } from './card-styles.js';
export { SwipeController } from './swipe-controller.js';
/** Re-exported only to shape code splitting (see lazy.ts): the element and what this chunk shares with it, one chunk. */
export { EventTimeline } from './event-timeline.js';

/**
 * The English of what the card and storytelling say (message-tables.ts translates it): with this chunk, not the
 * element's own strings (see messages.ts).
 */
export const CARD_ENGLISH = {
  newTab: ' (opens in a new tab)',
  image: 'Image',
  imageOf: 'Image: {title}',
  video: 'Video',
  videoOf: 'Video: {title}',
  openVideo: 'Open the video',
  watchVideo: 'Watch the video',
  viewMedia: 'View the media',
  links: 'Links',
  selectedEvent: 'Selected event',
  howFound: 'How this date was found: {explanation}',
  closeDetails: 'Close details',
  story: 'Story',
  previousEvent: 'Previous event',
  previousEventTitle: 'Previous event (←)',
  nextEvent: 'Next event',
  nextEventTitle: 'Next event (→)',
  storyPosition: '{index} / {count}',
  storyStatus: 'Event {index} of {count}: {title}',
  chartHelpStory: 'Timeline chart: left and right arrow keys step through the story, up and down move between events, Enter selects, plus and minus zoom, 0 shows all',
};

/** The card's message `key` in `msg`'s language. */
const say = (msg: Messages, key: keyof typeof CARD_ENGLISH, vars?: Vars): string => msg.t(key, vars, CARD_ENGLISH);

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

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

const newTab = (msg: Messages) => html`<span class="sr-only">${say(msg, 'newTab')}</span>`;

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
  const label = str(media.alt).trim() || caption || (title ? say(msg, 'imageOf', { title }) : say(msg, 'image'));
  let body: TemplateResult;
  if (kind === 'image') {
    body = html`<img src=${url} alt=${label} loading="lazy" decoding="async" @error=${hideBroken}>`;
  } else if (kind === 'video' && isVideoFileUrl(url)) {
    body = html`<video src=${url} controls preload="metadata" aria-label=${str(media.alt).trim() || caption || (title ? say(msg, 'videoOf', { title }) : say(msg, 'video'))}>
      <a href=${url} target="_blank" rel="noopener noreferrer">${say(msg, 'openVideo')}${newTab(msg)}</a></video>`;
  } else {
    body = html`<a class="media-link" href=${url} target="_blank" rel="noopener noreferrer">${say(msg, kind === 'video' ? 'watchVideo' : 'viewMedia')}
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
  return html`<ul class="links" aria-label=${say(msg, 'links')}>${shown.map(({ url, text }) =>
    html`<li><a href=${url} target="_blank" rel="noopener noreferrer">${text}${newTab(msg)}</a></li>`)}</ul>`;
}

/** The detail card; `compact` (list layout) leaves out the date and title that the list item already shows. */
export function cardTemplate(item: TimelineItem, timeline: Timeline | null, close: () => void, compact = false,
  keydown?: (event: KeyboardEvent) => void, live = true, msg: Messages = ENGLISH): TemplateResult {
  const { event } = item;
  const text = typeof event.text === 'string' ? event.text : '';
  const group = str(event.group);
  return html`
    <section class="card ${compact ? 'compact' : ''} ${groupClass(item.group)}" part="card" aria-live=${live ? 'polite' : 'off'} aria-label=${say(msg, 'selectedEvent')} @keydown=${keydown}>
      ${compact ? nothing : html`<p class="when">${msg.date(event)}</p><h3>${event.title}</h3>`}
      ${group ? html`<p class="group"><span class="swatch" aria-hidden="true"></span>${group}</p>` : nothing}
      ${mediaTemplate(event.media, str(event.title), msg)}
      ${text && text !== event.title ? html`<blockquote>${pieces(highlightSpans(text, dateSpans(item, timeline)))}</blockquote>` : nothing}
      ${linksTemplate(event.links, msg)}
      ${event.explanation ? html`<p class="how">${say(msg, 'howFound', { explanation: event.explanation })}</p>` : nothing}
      <button type="button" class="close" aria-label=${say(msg, 'closeDetails')} @click=${close}>×</button>
    </section>
  `;
}

/** What the live region says on a storytelling step to slide `index` of `count`: "Event 3 of 12: <title>". */
export function storyStatus(title: unknown, index: number, count: number, msg: Messages = ENGLISH): string {
  const name = String(title ?? '').replace(/\s+/g, ' ').trim() || msg.t('untitled');
  return say(msg, 'storyStatus', { index: msg.number(index + 1), count: msg.number(count), title: name });
}

/** The chart's accessible name in storytelling mode (its keys). */
export const storyHelp = (msg: Messages): string => say(msg, 'chartHelpStory');

/**
 * After the card of event `id` closed (by its keys or button) in the list or the article: the focus goes back to the
 * event's item in the list, or (`sentence`: the card showed in the article) to that sentence, else the event's first.
 */
export function focusBack(root: ParentNode, id: string, sentence: number | null): void {
  const key = CSS.escape(id);
  const back = sentence !== null
    ? root.querySelector<HTMLElement>(`.source mark[data-index="${sentence}"]`) ?? root.querySelector<HTMLElement>(`.source mark[data-id="${key}"]`)
    : root.querySelector<HTMLElement>(`.list .item[data-id="${key}"]`);
  back?.focus();
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
    <nav class="story" part="story" aria-label=${say(msg, 'story')}>
      <button type="button" class="story-previous" part="story-previous" aria-label=${say(msg, 'previousEvent')} title=${say(msg, 'previousEventTitle')}
        aria-disabled=${atStart ? 'true' : 'false'} @click=${() => { if (!atStart) step(-1); }}>${chevron('M15 5l-7 7 7 7')}</button>
      <span class="story-position" part="story-position">${index >= 0 ? say(msg, 'storyPosition', { index: msg.number(index + 1), count: msg.number(count) }) : msg.plural('eventCount', count, { count: msg.number(count) })}</span>
      <button type="button" class="story-next" part="story-next" aria-label=${say(msg, 'nextEvent')} title=${say(msg, 'nextEventTitle')}
        aria-disabled=${atEnd ? 'true' : 'false'} @click=${() => { if (!atEnd) step(1); }}>${chevron('M9 5l7 7-7 7')}</button>
      <p class="sr-only" role="status" aria-live="polite">${state.status}</p>
    </nav>
  `;
}
