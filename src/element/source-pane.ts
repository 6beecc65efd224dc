/**
 * The article text beside the timeline (`show-source`): its template, the arrow keys between its sentences, and
 * scrolling a sentence and its card into view. Only article text has it, so it loads with the text's extraction
 * code (text-path.ts), not with the element.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { PreparedTimeline, TimelineItem } from '../render/prepare.js';
import { isNavigationKey, nextIndex } from '../render/keyboard.js';
import { ENGLISH, type Messages } from './messages.js';

/** The English of what only the article pane says (message-tables.ts translates it): with this chunk (see messages.ts). */
export const SOURCE_ENGLISH = { articleText: 'Article text' };

interface Link {
  start: number;
  end: number;
  item: TimelineItem;
}

/** Every event's sentence spans, in text order, overlaps dropped. */
function eventLinks(prepared: PreparedTimeline, length: number): Link[] {
  const links: Link[] = [];
  for (const item of prepared.items) {
    for (const span of [item.event.span, ...(item.event.spans ?? [])]) {
      if (span && span.start >= 0 && span.end <= length && span.start < span.end) links.push({ start: span.start, end: span.end, item });
    }
  }
  links.sort((a, b) => a.start - b.start);
  const kept: Link[] = [];
  for (const link of links) if (!kept.length || link.start >= kept[kept.length - 1]!.end) kept.push(link);
  return kept;
}

export interface SourceOptions {
  /** Index (in text order) of the sentence that holds the roving tabindex, or -1 for the selected one (else the first). */
  active: number;
  /**
   * Sentence `index` (in text order), of `item`, was chosen; `stacked`: the pane is not beside the chart (or list) but
   * below it, or the chart's box could not be read.
   */
  select(item: TimelineItem, index: number, stacked: boolean): void;
  /** Arrow keys, Home and End moved the focus (and the roving tabindex) to sentence `index`. */
  rove(index: number): void;
  /** The selected event's card, shown after the paragraph of its first sentence (phones: beside the sentence tapped). */
  card: TemplateResult | null;
  /** The UI strings and dates (default English). */
  messages?: Messages;
}

/**
 * The article as paragraphs, each event sentence a mark that selects its event. The pane is a labelled region
 * and its sentences one Tab stop: the arrow keys move between them.
 */
export function sourceTemplate(text: string, prepared: PreparedTimeline, selected: TimelineItem | null, options: SourceOptions): TemplateResult {
  const msg = options.messages ?? ENGLISH;
  const links = eventLinks(prepared, text.length);
  const paragraphs: Array<{ start: number; end: number }> = [];
  let at = 0;
  for (const line of text.split('\n')) {
    if (line.trim()) paragraphs.push({ start: at, end: at + line.length });
    at += line.length + 1;
  }
  const current = links.findIndex((l) => l.item === selected);
  const roving = options.active >= 0 && options.active < links.length ? options.active : Math.max(0, current);
  let cardShown = !options.card;
  let li = 0;
  const choose = (e: Event, item: TimelineItem, index: number): void => {
    // Where the pane sits: beside the chart (the card shows there) or below it (the card shows in the text).
    const root = (e.currentTarget as Element).getRootNode() as ParentNode;
    const source = root.querySelector('.source')?.getBoundingClientRect();
    const main = root.querySelector('.main')?.getBoundingClientRect();
    options.select(item, index, !source || !main || source.top >= main.bottom - 1);
  };
  const onKey = (item: TimelineItem, index: number) => (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      choose(e, item, index);
    }
  };
  const rove = (e: KeyboardEvent): void => {
    const to = roveSentences(e, (e.currentTarget as Element).getRootNode() as ParentNode);
    if (to >= 0) options.rove(to);
  };
  return html`
    <div class="source" part="source" role="region" aria-label=${msg.t('articleText', {}, SOURCE_ENGLISH)} @keydown=${rove}>
      ${paragraphs.map(({ start, end }) => {
        const parts: Array<TemplateResult | string> = [];
        let pos = start;
        let holdsCurrent = false;
        while (li < links.length && links[li]!.end <= start) li++;
        for (let j = li; j < links.length && links[j]!.start < end; j++) {
          const link = links[j]!;
          const a = Math.max(link.start, start);
          const b = Math.min(link.end, end);
          if (a > pos) parts.push(text.slice(pos, a));
          if (options.active >= 0 ? j === options.active : selected === link.item) holdsCurrent = true;
          parts.push(html`<mark role="button" tabindex=${j === roving ? '0' : '-1'} data-id=${link.item.event.id} data-index=${j}
            class=${selected === link.item ? 'current' : ''} aria-label=${`${msg.date(link.item.event)}: ${text.slice(a, b)}`}
            @click=${(e: Event) => choose(e, link.item, j)} @keydown=${onKey(link.item, j)}>${text.slice(a, b)}</mark>`);
          pos = b;
        }
        if (pos < end) parts.push(text.slice(pos, end));
        const card = !cardShown && holdsCurrent ? options.card : null;
        if (card) cardShown = true;
        return html`<p>${parts}</p>${card ?? nothing}`;
      })}
    </div>
  `;
}

/**
 * Arrow keys, Home and End on a sentence of the pane in `root`: focuses the sentence they lead to and returns its
 * index (the caller keeps the roving tabindex there), or -1 for any other key or target.
 */
export function roveSentences(event: KeyboardEvent, root: ParentNode): number {
  const target = event.target as HTMLElement | null;
  if (target?.localName !== 'mark' || !isNavigationKey(event.key)) return -1;
  const marks = Array.from(root.querySelectorAll<HTMLElement>('.source mark[role="button"]'));
  const to = nextIndex(event.key, marks.indexOf(target), marks.length);
  if (to < 0) return -1;
  event.preventDefault();
  marks[to]!.focus();
  return to;
}

/**
 * Brings the selection into view in the pane: the sentence chosen (index `active`) and the card after it when the
 * card shows in the text (`cardInSource`), else the selected event's sentence.
 */
export function scrollSourceToSelection(root: ParentNode, active: number, cardInSource: boolean): void {
  const sourceCard = cardInSource ? root.querySelector<HTMLElement>('.source .card') : null;
  const chosen = root.querySelector<HTMLElement>(`.source mark[data-index="${active}"]`);
  if (sourceCard && chosen) {
    revealSentenceAndCard(chosen, sourceCard, root.querySelector<HTMLElement>('.source'));
    return;
  }
  const box = root.querySelector<HTMLElement>('.source');
  const mark = box?.querySelector<HTMLElement>('mark.current');
  if (!box || !mark) return;
  const top = mark.offsetTop - box.offsetTop;
  if (top < box.scrollTop || top > box.scrollTop + box.clientHeight - 40) box.scrollTop = Math.max(0, top - 40);
}

/**
 * Scrolls the article pane, then the page, as little as shows `card` below the `sentence` chosen, never taking the
 * sentence itself out of view (a tall card is shown from its top).
 */
export function revealSentenceAndCard(sentence: HTMLElement, card: HTMLElement, pane: HTMLElement | null): void {
  const margin = 8;
  const needed = (top: number, bottom: number, viewTop: number, viewBottom: number) =>
    Math.max(0, Math.min(bottom + margin - viewBottom, top - margin - viewTop));
  if (pane && pane.scrollHeight > pane.clientHeight) {
    const view = pane.getBoundingClientRect();
    pane.scrollTop += needed(sentence.getBoundingClientRect().top, card.getBoundingClientRect().bottom, view.top, view.bottom);
  }
  const top = sentence.getBoundingClientRect().top;
  const bottom = Math.min(card.getBoundingClientRect().bottom, pane ? pane.getBoundingClientRect().bottom : Infinity);
  const down = needed(top, bottom, 0, window.innerHeight);
  if (down > 0) window.scrollBy(0, down);
  else if (top < 0) window.scrollBy(0, top - margin);
}
