/** Marker label text: date and title phrases, their measured widths, and titles cut to fit a width. */
import type { Selection } from 'd3-selection';
import type { TimelineItem } from '../render/prepare.js';
import { eventDatePhrase } from '../render/date-phrase.js';
import { truncateLabel } from '../render/text.js';

/** Titles are cut here at most (extracted titles stay under ~90 chars). */
const TITLE_CHARS = 96;
/** Widest label, as a share of the plot width and in px (60-70 characters). */
const LABEL_MAX_SHARE = 0.7;
const LABEL_MAX = 520;
/** Narrower label widths tried, px, when the widest leaves events without a label. */
const LABEL_STEPS = [380, 300, 240, 180];
/** Horizontal padding inside a label, px. */
const LABEL_PAD = 14;
const TITLE_FONT = '600 13px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
const DATE_FONT = '600 11px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

export interface LabelText {
  date: string;
  title: string;
  /** Width of the full label, px. */
  width: number;
  aria: string;
  /** Title cut to fit a label width, by width. */
  cuts: Map<number, string>;
}

/** Label width caps for a plot `width` px wide, widest first. */
export function labelCaps(width: number): number[] {
  const widest = Math.max(LABEL_STEPS[LABEL_STEPS.length - 1]!, Math.min(LABEL_MAX, Math.floor((width * LABEL_MAX_SHARE) / 10) * 10));
  return [widest, ...LABEL_STEPS.filter((w) => w < widest)];
}

/** Most widths kept in the shared width cache before it starts over (bounds memory on huge timelines). */
const WIDTH_CACHE_LIMIT = 20_000;
/** One measuring context for every chart on the page, created on first use. */
let measureContext: CanvasRenderingContext2D | null | undefined;
let measureFont = '';
/** Text widths by font and text: the same title or date phrase is measured once per page. */
const widthCache = new Map<string, number>();

function measureWidth(text: string, font: string): number {
  const key = `${font}\n${text}`;
  const cached = widthCache.get(key);
  if (cached !== undefined) return cached;
  if (measureContext === undefined) measureContext = document.createElement('canvas').getContext('2d');
  let width: number;
  if (!measureContext) width = text.length * (font === DATE_FONT ? 7.5 : 7.2);
  else {
    // Setting ctx.font reparses the font string: only when it changes.
    if (measureFont !== font) measureContext.font = measureFont = font;
    width = measureContext.measureText(text).width;
  }
  if (widthCache.size >= WIDTH_CACHE_LIMIT) widthCache.clear();
  widthCache.set(key, width);
  return width;
}

/** Measures label text once per item and caches it (per frame only the cache is read). */
export class LabelTexts {
  private readonly labels = new WeakMap<TimelineItem, LabelText>();

  private textWidth(text: string, font: string): number {
    return measureWidth(text, font);
  }

  of(item: TimelineItem): LabelText {
    let label = this.labels.get(item);
    if (!label) {
      const date = eventDatePhrase(item.event, true);
      const title = truncateLabel(String(item.event.title ?? ''), TITLE_CHARS) || '(untitled)';
      const dateWidth = Math.ceil(this.textWidth(date.toUpperCase(), DATE_FONT) * 1.08) + LABEL_PAD;
      const width = Math.max(Math.ceil(this.textWidth(title, TITLE_FONT)) + LABEL_PAD, dateWidth);
      // The accessible name starts with the visible text (WCAG 2.5.3 label in name).
      label = { date, title, width, aria: `${date}: ${String(item.event.title ?? '').replace(/…$/, '')}`, cuts: new Map() };
      this.labels.set(item, label);
    }
    return label;
  }

  /** The title cut at a word boundary so that the label fits `width` px. */
  titleFor(item: TimelineItem, width: number): string {
    const label = this.of(item);
    if (width >= label.width) return label.title;
    let cut = label.cuts.get(width);
    if (cut === undefined) {
      const room = width - LABEL_PAD;
      let chars = Math.max(8, Math.floor((room / Math.max(1, label.width - LABEL_PAD)) * label.title.length) + 2);
      cut = truncateLabel(label.title, chars);
      while (chars > 8 && this.textWidth(cut, TITLE_FONT) > room) cut = truncateLabel(label.title, --chars);
      label.cuts.set(width, cut);
    }
    return cut;
  }
}

/** Sets a label's title, with a cut's ellipsis hidden from the accessible name; skips unchanged text. */
export function setTitle(title: Selection<SVGTextElement, unknown, null, undefined>, text: string): void {
  const node = title.node() as (SVGTextElement & { shown?: string }) | null;
  if (!node || node.shown === text) return;
  node.shown = text;
  title.selectAll('tspan').remove();
  const cut = text.endsWith('…');
  title.append('tspan').text(cut ? text.slice(0, -1) : text);
  if (cut) title.append('tspan').attr('aria-hidden', 'true').text('…');
}
