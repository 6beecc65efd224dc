/** Marker label text: date and title phrases, their measured widths, and titles wrapped onto two lines to fit a width. */
import type { Selection } from 'd3-selection';
import type { TimelineItem } from '../render/prepare.js';
import { ENGLISH, type Messages } from './messages.js';
import { truncateLabel } from '../render/text.js';

/** Widest label, as a share of the plot width and in px (60-70 characters on one line). */
const LABEL_MAX_SHARE = 0.7;
const LABEL_MAX = 520;
/** Narrower label widths tried, px, when the widest leaves events without a label (titles wrap onto two lines). */
const LABEL_STEPS = [380, 300, 240, 180];
/**
 * A label is never narrower than its title needs on two lines, up to this many px: a title longer than two
 * lines at this width (only long titles from user JSON; extracted titles stay within 70 characters) ends in "…"
 * when its label gets no wider.
 */
const WRAP_MAX = 340;
/** Horizontal padding inside a label, px. */
const LABEL_PAD = 14;
/** Room kept for the rounding of summed word widths against the measured line, px. */
const WRAP_SLACK = 2;
/** Label fonts in SVG user units (styles.ts: g.event .label and .date), in the host's font family. */
const titleFont = (family: string) => `600 13px ${family || 'sans-serif'}`;
const dateFont = (family: string) => `600 11px ${family || 'sans-serif'}`;

/** A title as drawn at one label width: one line, or two (the second cut with "…" only when even two do not hold it). */
export interface TitleLines {
  first: string;
  /** Empty for a one-line title. */
  second: string;
  /** The second line ends in "…": the rest of the title is only in the accessible name and the tooltip. */
  cut: boolean;
}

export interface LabelText {
  date: string;
  /** The whole title, white space collapsed. */
  title: string;
  /** Width of the label with its title on one line, px. */
  width: number;
  /** Narrowest width at which the title still fits whole on two lines (at most WRAP_MAX), px. */
  minWidth: number;
  aria: string;
  /** The words of the title and their widths, for wrapping. */
  words: string[];
  wordWidths: number[];
  /** The title wrapped to a label width, by width. */
  wraps: Map<number, TitleLines>;
}

/** Label width caps for a plot `width` px wide, widest first. */
export function labelCaps(width: number): number[] {
  const widest = Math.max(LABEL_STEPS[LABEL_STEPS.length - 1]!, Math.min(LABEL_MAX, Math.floor((width * LABEL_MAX_SHARE) / 10) * 10));
  return [widest, ...LABEL_STEPS.filter((w) => w < widest)];
}

/** Most widths kept in the shared width cache before it starts over (bounds memory on huge timelines). */
const WIDTH_CACHE_LIMIT = 20_000;
/**
 * Measuring contexts for every chart on the page, one per font (made on first use; null: no canvas). A context whose
 * font is set again resolves it again on its next measure, and labels alternate between the date's and the title's.
 */
const contexts = new Map<string, CanvasRenderingContext2D | null>();
/** Text widths by font and text: the same title or date phrase is measured once per page. */
const widthCache = new Map<string, number>();

function measureWidth(text: string, font: string): number {
  const key = `${font}\n${text}`;
  const cached = widthCache.get(key);
  if (cached !== undefined) return cached;
  let ctx = contexts.get(font);
  if (ctx === undefined) {
    // A page that changes fonts many times keeps the latest few.
    if (contexts.size > 7) contexts.clear();
    contexts.set(font, ctx = document.createElement('canvas').getContext('2d'));
    if (ctx) ctx.font = font;
  }
  const width = ctx ? ctx.measureText(text).width : text.length * (font.startsWith('600 11px') ? 7.5 : 7.2);
  if (widthCache.size >= WIDTH_CACHE_LIMIT) widthCache.clear();
  widthCache.set(key, width);
  return width;
}

/** Forgets every measured width (a web font has loaded: the same text now has another width). */
export function clearMeasuredWidths(): void {
  widthCache.clear();
}

/** Measures label text once per item and caches it (per frame only the cache is read). */
/**
 * Width of a phrase as the sum of its words and spaces: what measuring it whole gives (exactly, for every title and
 * date phrase of tests/gold, the seeds and the bench data, in each font tried), while the words, shared by many
 * titles and dates, are measured once each. Measuring text is most of the cost of a first render's labels.
 */
function phraseWidth(words: readonly string[], widths: readonly number[], font: string): number {
  let width = measureWidth(' ', font) * (words.length - 1);
  for (const w of widths) width += w;
  return width;
}

export class LabelTexts {
  readonly #labels = new WeakMap<TimelineItem, LabelText>();
  readonly #titleFont: string;
  readonly #dateFont: string;
  readonly #msg: Messages;

  /** `family`: the host's computed font-family (the labels inherit it). */
  constructor(family = '', msg: Messages = ENGLISH) {
    this.#msg = msg;
    this.#titleFont = titleFont(family);
    this.#dateFont = dateFont(family);
  }

  of(item: TimelineItem): LabelText {
    let label = this.#labels.get(item);
    if (!label) {
      const date = this.#msg.date(item.event, true);
      const full = String(item.event.title ?? '').replace(/\s+/g, ' ').trim();
      const title = full || this.#msg.t('untitled');
      const dateWords = date.split(' ');
      const dateWidth = Math.ceil(phraseWidth(dateWords, dateWords.map((w) => measureWidth(w, this.#dateFont)), this.#dateFont) * 1.04) + LABEL_PAD;
      const words = title.split(' ');
      const wordWidths = words.map((w) => measureWidth(w, this.#titleFont));
      const total = phraseWidth(words, wordWidths, this.#titleFont);
      const width = Math.max(Math.ceil(total) + LABEL_PAD, dateWidth);
      // The narrowest two-line wrap: the split whose longer line is shortest.
      let twoLines = wordWidths[0]!;
      if (words.length > 1) {
        const space = measureWidth(' ', this.#titleFont);
        twoLines = Infinity;
        let first = -space;
        for (let k = 1; k < words.length; k++) {
          first += wordWidths[k - 1]! + space;
          twoLines = Math.min(twoLines, Math.max(first, total - first - space));
        }
      }
      const minWidth = Math.min(width, Math.max(dateWidth, Math.min(WRAP_MAX, Math.ceil(twoLines) + LABEL_PAD + WRAP_SLACK)));
      // The accessible name starts with the visible text (WCAG 2.5.3 label in name).
      label = { date, title, width, minWidth, aria: `${date}: ${full.replace(/…$/, '')}`, words, wordWidths, wraps: new Map() };
      this.#labels.set(item, label);
    }
    return label;
  }

  /** Lines the title takes in a label `width` px wide: 1 when it fits on one, else 2. */
  lineCount(item: TimelineItem, width: number): number {
    return width >= this.of(item).width ? 1 : 2;
  }

  /** The title wrapped at word boundaries to fit a label `width` px wide (cached per width). */
  linesFor(item: TimelineItem, width: number): TitleLines {
    const label = this.of(item);
    if (width >= label.width) return { first: label.title, second: '', cut: false };
    let lines = label.wraps.get(width);
    if (lines === undefined) {
      lines = this.#wrap(label, width - LABEL_PAD - WRAP_SLACK);
      label.wraps.set(width, lines);
    }
    return lines;
  }

  #wrap(label: LabelText, room: number): TitleLines {
    const { words, wordWidths } = label;
    const space = measureWidth(' ', this.#titleFont);
    // As many words on the first line as fit (at least one), the rest on the second.
    let k = 1;
    let used = wordWidths[0]!;
    while (k < words.length && used + space + wordWidths[k]! <= room) used += space + wordWidths[k++]!;
    let first = words.slice(0, k).join(' ');
    if (k === words.length) {
      // One word wider than the label: cut it.
      if (used <= room) return { first, second: '', cut: false };
      first = this.#fit(first, room);
      return { first, second: '', cut: first.endsWith('…') };
    }
    const rest = words.slice(k).join(' ');
    let restWidth = -space;
    for (let i = k; i < words.length; i++) restWidth += wordWidths[i]! + space;
    if (restWidth <= room) return { first, second: rest, cut: false };
    const second = this.#fit(rest, room);
    return { first, second, cut: true };
  }

  /** `text` cut at a word boundary with "…" so that it fits `room` px. */
  #fit(text: string, room: number): string {
    const full = measureWidth(text, this.#titleFont);
    let chars = Math.max(4, Math.floor((room / Math.max(1, full)) * text.length) + 2);
    let cut = truncateLabel(text, chars);
    while (chars > 4 && measureWidth(cut, this.#titleFont) > room) cut = truncateLabel(text, --chars);
    return cut;
  }
}

/** Vertical distance between the two lines of a wrapped title, px. */
export const TITLE_LINE_HEIGHT = 17;

/**
 * Sets a label's title as one or two `<tspan>` lines (the second line's baseline at y 0, the first above it),
 * with a cut's ellipsis hidden from the accessible name; skips unchanged text. The space between the lines
 * stays in the text (on the side the anchor does not measure), so that the text content is the title.
 */
export function setTitle(title: Selection<SVGTextElement, unknown, null, undefined>, lines: TitleLines, x: string, anchorEnd: boolean): void {
  const node = title.node() as (SVGTextElement & { shown?: string }) | null;
  if (!node) return;
  const key = lines.second ? `${lines.first}\n${lines.second}\n${lines.cut}\n${x}\n${anchorEnd}` : lines.first;
  if (node.shown === key) return;
  node.shown = key;
  title.selectAll('tspan').remove();
  const ellipsis = (text: string) => (text.endsWith('…') ? text.slice(0, -1) : null);
  if (!lines.second) {
    const cut = ellipsis(lines.first);
    title.append('tspan').text(cut ?? lines.first);
    if (cut !== null) title.append('tspan').attr('aria-hidden', 'true').text('…');
    return;
  }
  const second = lines.cut ? ellipsis(lines.second) ?? lines.second : lines.second;
  title.append('tspan').attr('class', 'line').attr('x', x).attr('y', String(-TITLE_LINE_HEIGHT)).text(anchorEnd ? lines.first : `${lines.first} `);
  title.append('tspan').attr('class', 'line').attr('x', x).attr('y', '0').text(anchorEnd ? ` ${second}` : second);
  if (lines.cut) title.append('tspan').attr('aria-hidden', 'true').text('…');
}
