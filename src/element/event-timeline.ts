import {
  LitElement, adoptStyles, html, nothing, supportsAdoptingStyleSheets, type CSSResult, type PropertyDeclarations, type PropertyValues, type TemplateResult,
} from 'lit';
import type { Timeline, TimelineEvent, TimelineEventInput, TimelineLike } from '../model/types.js';
import type { EventExtents } from '../model/timex-extent.js';
import { fitDomain, prepareTimeline, type PreparedTimeline, type TimelineItem } from '../render/prepare.js';
import { isNavigationKey } from '../render/keyboard.js';
import { timelineStyles } from './styles.js';
import type { HoverTarget } from './plot.js';
import { PlotController, type PlotFont } from './plot-controller.js';
import { ENGLISH, Messages, loadTranslations } from './messages.js';
import { ResizeController } from './resize-controller.js';
import type { SrcController } from './src-controller.js';
import type { TextExtraction } from './text-extraction.js';
import { DEFAULT_MAX_SRC_BYTES, readInlineInput, timelineFromData, type TimelineInput } from './load-source.js';
import type { CardChoice } from './card-place.js';
import { AXIS_HEIGHT } from './chart-geometry.js';
import { hashFor, idFromHash, viewRange } from './view-link.js';
import { clearMeasuredWidths } from './label-text.js';
import { ZOOM_HINT_MS, isApplePlatform, zoomHintText } from './wheel.js';
import { legendTemplate, screenReaderList, toolbarTemplate, tooltipTemplate } from './templates.js';
import type { SwipeController } from './swipe-controller.js';
import { storyIndex, type StoryStep } from '../render/story.js';
import { groupClass } from './groups.js';
import { lazy, type Lazy } from './lazy.js';

/** What only article text needs (text-path.ts): loaded with the first text, then kept. */
type TextPath = typeof import('./text-path.js');
const textCode = lazy(() => import('./text-path.js'));
/**
 * What only a selected event needs (card.ts: the card's templates, placement and styles, and storytelling's controls):
 * loaded with the first selection, sooner when the reader first points at or focuses an event, and at once in
 * storytelling mode.
 */
const cardCode = lazy(() => import('./card.js'));
type CardCode = typeof import('./card.js');
/** What only a `src` needs (src-controller.ts and fetch-source.ts): loaded with the first `src`. */
const srcCode = lazy(() => import('./src-controller.js'));

/** Below this host width (px), `layout="auto"` shows the vertical list. */
const LIST_BREAKPOINT = 560;
/** Items rendered at once in the list layout and in the screen-reader list. */
const LIST_PAGE = 200;
const ZOOM_STEP = 1.6;
/** The default --event-timeline-font-size, px: the chart's text is drawn for it and scaled by the actual one. */
const BASE_FONT_SIZE = 15;

export type TimelineLayout = 'auto' | 'horizontal' | 'list';
export type TimelineTheme = 'light' | 'dark' | 'auto';

export interface TimelineSelectDetail {
  event: TimelineEvent;
  /** The event's id (as in the `selected` attribute). */
  id: string;
  /** The URL hash that links to it (`#` and the id, percent-encoded): `history.replaceState(null, '', detail.hash)`. */
  hash: string;
}
export interface TimelineDeselectDetail {
  /** The event whose card closed. */
  event: TimelineEvent;
  id: string;
}
export interface TimelineZoomDetail { domain: [Date, Date]; k: number }
export interface TimelineErrorDetail { message: string; errors?: Array<{ path: string; message: string }> }
export interface TimelineLoadDetail {
  /** The Timeline now shown (as the `timeline` property returns it). */
  timeline: Timeline;
}

/**
 * What JSX may set on `<event-timeline>`: every attribute by its HTML name, and the `timeline`, `events` and `text`
 * properties (React 19 sets a prop as a property when the element has one of that name, else as an attribute). No
 * framework's types are needed; in React 19 declare the tag once with
 * `'event-timeline': DetailedHTMLProps<HTMLAttributes<EventTimeline>, EventTimeline> & EventTimelineProps`.
 */
export interface EventTimelineProps {
  /** A Timeline, `{ events }` or an array of events (minimal events are enough). */
  timeline?: Timeline | TimelineLike | readonly TimelineEventInput[] | null;
  /** Events to show (`{ start, title }` is enough). */
  events?: readonly TimelineEventInput[] | null;
  /** Article text to read into a timeline. */
  text?: string | null;
  src?: string;
  'document-date'?: string;
  'show-source'?: boolean;
  layout?: TimelineLayout;
  lang?: string;
  theme?: TimelineTheme;
  label?: string;
  'view-start'?: string;
  'view-end'?: string;
  selected?: string;
  'deep-link'?: boolean;
  'max-src-bytes'?: number;
  storytelling?: boolean;
  'wheel-zoom'?: boolean;
}

/**
 * `<event-timeline>`: an interactive, accessible timeline of dated events.
 *
 * @fires timeline-select - An event was selected (click, Enter, its sentence in the source text, `selected`, a deep link).
 *   detail: `{ event, id, hash }`; `hash` keeps the page URL in step with `deep-link`.
 * @fires timeline-deselect - The selected event's card was closed (×, Escape, or `selected` removed). detail: `{ event, id }`.
 * @fires timeline-zoom - The visible domain changed by wheel, drag, pinch, buttons or keys. detail: `{ domain: [Date, Date], k }`.
 * @fires timeline-error - Input could not be shown (broken JSON, failed fetch, no events). detail: `{ message, errors? }`. The last good timeline stays.
 * @fires timeline-load - A timeline is shown: from JSON, events, or article text once it has been read (text is read
 *   asynchronously, in a Web Worker when one can start). detail: `{ timeline }`.
 *
 * @attr src - URL of a Timeline JSON file or of article text (http/https).
 * @attr document-date - Publication date for relative dates in article text (ISO 8601 or TimeML).
 * @attr show-source - Boolean. Shows the article text beside the timeline, sentences and events linked both ways.
 * @attr layout - `auto` (the list below 560 px of width), `horizontal` or `list`.
 * @attr lang - Language of the dates and UI strings (a BCP 47 tag: `fr`, `de-CH`, `es-MX`); by default the
 *   element's own `lang`, else the closest ancestor's, else the page's (`<html lang>`), else `en`. Dates, months,
 *   weekdays, eras (`44 av. J.-C.`, `44 v. Chr.`) and numbers come from `Intl`; seasons, quarters, decades,
 *   centuries and parts of the day are in words for `en`, `fr`, `de` and `es`, in English words for other languages;
 *   button names, hints, counts and messages are translated into `fr`, `de` and `es` (English otherwise). An unknown
 *   tag (`xx`) is English. Article text is always read as English: the tagger stays English.
 * @attr theme - `light`, `dark` or `auto` (follows prefers-color-scheme).
 * @attr label - Accessible name (defaults to the timeline's title).
 * @attr view-start - Start of the first view: an ISO 8601 date or TimeML value (`2022-01-02`, `2022-01`, `1990`, `BC0044`).
 *   With `view-end` it replaces the automatic first view (a missing side is the timeline's own).
 * @attr view-end - End of the first view (its value's end: `view-end="2022-01"` shows all of January).
 * @attr selected - The selected event's id: setting it opens that event's card and brings it into view; removing it
 *   closes the card. Kept in step with the reader's choice (reflected).
 * @attr deep-link - Boolean. `#<event-id>` in the page URL selects that event, on load and when the hash changes, only
 *   when the id is one of this timeline's events (other hashes are left alone; `selected` wins on load). To keep the
 *   hash in step, a page sets it from `timeline-select` (`detail.hash`) and clears it on `timeline-deselect`.
 * @attr max-src-bytes - Largest `src` body in bytes (default 2000000, about 2 MB of text); a larger one is not downloaded
 *   further and shows an error, keeping the last good timeline.
 * @attr storytelling - Boolean. Storytelling mode: previous / next buttons step through the events in date order, each
 *   event's card shown as a slide over the still chart (the view pans, never resizes, to keep the event in view). The
 *   ← and → keys step when the chart has focus (the other keys keep their roving focus), and so does a horizontal
 *   swipe on a touch screen (vertical swipes still scroll the page, two fingers still zoom). Each step fires
 *   `timeline-select` and says "Event 3 of 12: <title>" in a polite live region.
 * @attr wheel-zoom - Boolean. A plain mouse wheel over the chart zooms it. Without it the wheel scrolls the page (a
 *   short "Ctrl + scroll to zoom" hint shows, ⌘ on a Mac); Ctrl/⌘ + wheel, a trackpad pinch, dragging, the zoom
 *   buttons and the + / - / 0 keys zoom.
 *
 * @slot - Inline input: a `<script type="text/plain">` (article text) or `<script type="application/json">` (Timeline JSON). Not displayed.
 *
 * @csspart frame - The outer box.
 * @csspart axis - The time axis (an SVG group): `color` sets its tick labels, `font-size` their size.
 * @csspart event - One event marker (SVG group in the chart, button in the list).
 * @csspart cluster - A counted group of events that did not fit; activating it zooms in.
 * @csspart label - An event's caption in the chart (an SVG group): `fill` sets the title's colour.
 * @csspart card - The detail card of the selected event: over the chart beside the event (the chart does not move),
 *   in the list under its item, or in the article text after a sentence chosen there when the chart is out of sight.
 * @csspart tooltip - The hover/focus tooltip.
 * @csspart list - The vertical list layout.
 * @csspart source - The article text (with `show-source`).
 * @csspart message - The error or status message.
 * @csspart story - The storytelling controls (with `storytelling`): previous, position, next.
 * @csspart story-previous - The "Previous event" button.
 * @csspart story-next - The "Next event" button.
 * @csspart story-position - The slide's position ("3 / 12").
 * @csspart legend - The list of event groups (`group` on events) with their colours, above the chart; hidden when the
 *   events have fewer than two groups.
 *
 * @cssproperty --event-timeline-background - Background colour.
 * @cssproperty --event-timeline-color - Text colour.
 * @cssproperty --event-timeline-muted-color - Secondary text (dates, axis labels).
 * @cssproperty --event-timeline-accent - Markers, bars and the selection.
 * @cssproperty --event-timeline-accent-contrast - Text on the accent colour (cluster counts).
 * @cssproperty --event-timeline-band-color - Fill of month/year/decade bands.
 * @cssproperty --event-timeline-grid-color - Vertical grid lines.
 * @cssproperty --event-timeline-line-color - Axis and stems.
 * @cssproperty --event-timeline-surface - Card and hover backgrounds.
 * @cssproperty --event-timeline-highlight - Background of highlighted date phrases.
 * @cssproperty --event-timeline-highlight-color - Text on highlighted date phrases.
 * @cssproperty --event-timeline-focus-color - Focus ring.
 * @cssproperty --event-timeline-error-color - Error message.
 * @cssproperty --event-timeline-font - Font family (default: inherited from the page).
 * @cssproperty --event-timeline-font-size - Base font size (default 15px); the chart's labels, axis and marks scale with it.
 * @cssproperty --event-timeline-height - Chart height when the host has no height (default 400px).
 * @cssproperty --event-timeline-radius - Corner radius of the host.
 * @cssproperty --event-timeline-group-1 - Colour of the first event group (markers, card edge, legend); `-2` to `-8`
 *   colour the next groups, and a ninth group takes the first colour again. Defaults have 4.5:1 contrast on the
 *   light and the dark background.
 * @cssproperty --event-timeline-group-2 - Colour of the second event group.
 * @cssproperty --event-timeline-group-3 - Colour of the third event group.
 * @cssproperty --event-timeline-group-4 - Colour of the fourth event group.
 * @cssproperty --event-timeline-group-5 - Colour of the fifth event group.
 * @cssproperty --event-timeline-group-6 - Colour of the sixth event group.
 * @cssproperty --event-timeline-group-7 - Colour of the seventh event group.
 * @cssproperty --event-timeline-group-8 - Colour of the eighth event group.
 * @cssproperty --event-timeline-media-height - Height of an event's image or video in its card (default 160px).
 */
export class EventTimeline extends LitElement {
  /** The element's shadow styles; pages theme it through the documented CSS parts and custom properties. */
  static override styles = timelineStyles;
  /**
   * The reactive properties (declared here rather than by decorators, whose calls and helpers cost bytes): the
   * public ones with their attributes, then the private state whose changes re-render.
   * @internal
   */
  static override properties: PropertyDeclarations = {
    src: { reflect: true },
    documentDate: { attribute: 'document-date' },
    showSource: { type: Boolean, reflect: true, attribute: 'show-source' },
    layout: { reflect: true },
    theme: { reflect: true },
    lang: {},
    label: {},
    wheelZoom: { type: Boolean, reflect: true, attribute: 'wheel-zoom' },
    storytelling: { type: Boolean, reflect: true },
    viewStart: { attribute: 'view-start' },
    viewEnd: { attribute: 'view-end' },
    selected: { reflect: true },
    deepLink: { type: Boolean, attribute: 'deep-link' },
    maxSrcBytes: { type: Number, attribute: 'max-src-bytes' },
    // Internal state: a change re-renders; no attribute.
    shown: { state: true, attribute: false }, msg: { state: true, attribute: false },
    sourceText: { state: true, attribute: false }, message: { state: true, attribute: false },
    selectedItem: { state: true, attribute: false }, hovered: { state: true, attribute: false },
    narrow: { state: true, attribute: false }, listLimit: { state: true, attribute: false },
    zoomHint: { state: true, attribute: false }, sourceActive: { state: true, attribute: false },
    cardInSource: { state: true, attribute: false }, storyStatus: { state: true, attribute: false },
    extracting: { state: true, attribute: false },
  };

  /** URL of a Timeline JSON file or of article text (http/https only). */
  src: string | null = null;
  /** Publication date for relative dates in inline or fetched article text (ISO 8601 or TimeML). */
  documentDate: string | null = null;
  /** Show the article text beside the timeline, event sentences highlighted and linked both ways. */
  showSource = false;
  /** `auto` switches to the list below 560 px of width. */
  layout: TimelineLayout = 'auto';
  /** `light`, `dark`, or `auto` (follows prefers-color-scheme). */
  theme: TimelineTheme = 'auto';
  /**
   * Language of the dates and UI strings (BCP 47: `fr`, `de`, `es-MX`). Empty (the default): the closest ancestor's
   * `lang`, else `<html lang>`, else English. The tagger reads article text as English whatever the language.
   */
  override lang = '';
  /** Accessible name of the timeline (defaults to the timeline's title). */
  label: string | null = null;
  /**
   * A plain mouse wheel over the chart zooms it. Off by default: the wheel scrolls the page, and Ctrl (⌘ on
   * a Mac) + wheel, a trackpad pinch, dragging, the buttons and the keys zoom.
   */
  wheelZoom = false;
  /**
   * Storytelling mode: previous / next buttons, the ← → keys (chart focused) and horizontal swipes step through the
   * events in date order, each event's card shown as a slide. Off by default.
   */
  storytelling = false;
  /** Start of the first view (ISO 8601 date or TimeML value); see `view-end`. */
  viewStart: string | null = null;
  /** End of the first view (ISO 8601 date or TimeML value): with `view-start` it replaces the automatic first view. */
  viewEnd: string | null = null;
  /** Id of the selected event (its card is open), or null. Set it to select an event; it follows the reader's choice. */
  selected: string | null = null;
  /** `#<event-id>` in the page URL selects that event (only an id of this timeline's events). */
  deepLink = false;
  /** Largest `src` body in bytes (default 2,000,000); a larger one shows an error and keeps the last timeline. */
  maxSrcBytes = DEFAULT_MAX_SRC_BYTES;

  // Reactive state (see `properties`), down to storyStatus; `extracting` too.
  private shown: Timeline | null = null;
  /** The UI strings and date formats of the language in effect. */
  private msg: Messages = ENGLISH;
  private sourceText: string | null = null;
  private message: string | null = null;
  private selectedItem: TimelineItem | null = null;
  private hovered: HoverTarget | null = null;
  private narrow = false;
  private listLimit = LIST_PAGE;
  /** The "Ctrl + scroll to zoom" hint is showing (after a plain wheel over the chart). */
  private zoomHint = false;
  #zoomHintTimer = 0;
  /** The source sentence (index in text order) that holds the roving tabindex; -1: the selected one. */
  private sourceActive = -1;
  /** The card shows in the article text, after the sentence chosen there (the chart or list is out of sight). */
  private cardInSource = false;
  /** Storytelling: the live region's text ("Event 3 of 12: …"). */
  private storyStatus = '';
  /** Storytelling: the last slide shown (item order), so that a closed card resumes there; -1 before the first. */
  #storyAt = -1;
  /**
   * The screen-reader list's template, kept for the timeline and language it was made for: a hover, a selection or a
   * zoom hint draws the element again without making its hundreds of date phrases again.
   */
  #srList: [PreparedTimeline, Messages, TemplateResult] | null = null;
  /** Storytelling's swipes, once its code (card.ts) has loaded. */
  #swipe: SwipeController | null = null;

  /** The first element of the shadow tree that matches `selector` (null before the first render). */
  #find<E extends Element>(selector: string): E | null {
    return this.renderRoot?.querySelector<E>(selector) ?? null;
  }

  get #chartElement(): HTMLElement | null {
    return this.#find('.chart');
  }

  #prepared: PreparedTimeline = prepareTimeline([]);
  /** The chart: drawn from the inputs this element gives it (see updated), while the template has a chart. */
  private readonly plot = new PlotController(this, {
    select: (item) => this.#selectItem(item, false),
    hover: (target) => {
      this.hovered = target;
      // Pointing at (or focusing) an event readies its card's code before a click asks for it.
      if (target?.item) this.#use(cardCode);
    },
    zoomed: (domain, k) => {
      this.#schedulePlaceCard();
      this.dispatchEvent(new CustomEvent<TimelineZoomDetail>('timeline-zoom', { detail: { domain, k }, bubbles: true, composed: true }));
    },
    wheelPassed: () => this.#showZoomHint(),
  }, this.msg);
  #inputFromProperty = false;
  #pendingText: string | null = null;
  /** The document date the current text was extracted with (re-extract only when it changes). */
  #extractedWith: string | null = null;
  /** The latest input is `pendingText` (a change of `document-date` reads it again). */
  #textIsInput = false;
  /** The document date the shown text was extracted with. */
  #shownWith: string | null = null;
  /**
   * Reads article text in a worker, or on the main thread in blocks (the extraction code loads only then); made
   * when the first text comes (text-path.ts loads then).
   */
  #extraction: TextExtraction | null = null;
  /** Counts text inputs: a text whose code is still loading is dropped when another input (or a stop) came since. */
  #textRun = 0;
  /** Text is being read into a timeline (reactive state). */
  private extracting = false;
  /** Disconnecting cut a text's extraction short: connecting again starts it over. */
  #extractionCut = false;
  #scrollToSelection = false;
  /** requestAnimationFrame id of a pending card placement (after a zoom frame's draw), or 0. */
  #cardFrame = 0;
  /** The side and alignment the card took when it opened (zoom frames keep them). */
  #cardChoice: CardChoice | null = null;
  /** New data was shown: the first view and the selection are applied to it in the next update. */
  #dataChanged = false;
  /** New data waits to be drawn: at the end of the next update, at the chart's size then (the header may have changed it). */
  #drawDue = false;
  readonly #onHashChange = (): void => this.#applyHash(true);
  readonly #childObserver = new MutationObserver(() => this.#readInline());
  private readonly hostSize = new ResizeController(this, (width) => {
    const narrow = width > 0 && width < LIST_BREAKPOINT;
    if (narrow !== this.narrow) this.narrow = narrow;
  });
  private readonly chartSize = new ResizeController(this, (width, height) => {
    this.#applyFont();
    if (this.plot.drawn) this.plot.render({ size: { width, height }, accent: this.#accentColor() });
    this.#placeCard();
  });
  /** A hidden word in the host's font: its size changes with the font family or size (a page stylesheet set late). */
  private readonly fontProbe = new ResizeController(this, () => this.#applyFont());
  /** Loads `src`: made with the first `src`, once its code has loaded. */
  #loader: SrcController | null = null;
  /** A `src` whose code is loading (or that waits for the element to be connected again). */
  #srcWaiting: string | null = null;

  /** Loads `url` (the first `src` loads the code that fetches it; a newer `src` meanwhile wins). */
  #loadSrc(url: string): void {
    if (this.#loader) {
      this.#loader.load(url);
      return;
    }
    this.#srcWaiting = url;
    void srcCode.load().then(({ SrcController }) => {
      if (this.#srcWaiting !== url || !this.isConnected) return; // a newer src, or connecting again, loads it
      this.#srcWaiting = null;
      this.#loader = new SrcController(this, (input) => this.#acceptInput(input),
        () => (Number.isFinite(this.maxSrcBytes) && this.maxSrcBytes > 0 ? this.maxSrcBytes : DEFAULT_MAX_SRC_BYTES), () => this.msg);
      this.#loader.load(url);
    }, (err: unknown) => {
      if (this.#srcWaiting !== url) return;
      this.#srcWaiting = null;
      this.#acceptInput({ kind: 'error', message: this.msg.t('loadFailed', { url, error: err instanceof Error ? err.message : String(err) }) });
    });
  }

  /** The Timeline shown (the last good one when later input failed), or null. */
  get timeline(): Timeline | null {
    return this.shown;
  }

  /**
   * Shows a Timeline (or `{ events }`, or an array of events; minimal events as for `events`), validated like
   * Timeline JSON: invalid input shows a message, fires `timeline-error` and keeps the last good timeline.
   * Reading it returns the clean copy shown. `null` clears the element.
   */
  set timeline(value: Timeline | TimelineLike | readonly TimelineEventInput[] | null) {
    this.#inputFromProperty = true;
    if (value === null || value === undefined) this.acceptTimeline(null, null);
    else this.#acceptInput(timelineFromData(value, this.msg.t('timelineInvalid')));
  }

  /**
   * The article text of the timeline shown (null when it came from Timeline JSON or events). Setting it
   * reads the text into a timeline, with `document-date`, in a Web Worker when one can start (else on the
   * main thread, a block of paragraphs at a time); until then the last timeline stays. `null` clears the element.
   */
  get text(): string | null {
    return this.sourceText;
  }

  set text(value: string | null) {
    this.#inputFromProperty = true;
    if (value === null || value === undefined) this.acceptTimeline(null, null);
    else this.#acceptInput({ kind: 'text', text: String(value) });
  }

  /**
   * The events shown; setting it shows these events as a Timeline without timexes. Minimal events
   * (`{ start, title }`, a `TimelineEventInput`) are enough: id, precision, text and span are filled in.
   */
  get events(): TimelineEvent[] {
    return this.shown?.events ?? [];
  }

  set events(value: readonly TimelineEventInput[] | null) {
    this.#inputFromProperty = true;
    if (value === null || value === undefined) this.acceptTimeline(null, null);
    else this.#acceptInput(timelineFromData({ version: 1, documentDate: null, timexes: [], events: value }, this.msg.t('eventsInvalid')));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.hostSize.observe(this);
    document.fonts?.addEventListener('loadingdone', this.#fontsLoaded);
    window.addEventListener('hashchange', this.#onHashChange);
    this.#childObserver.observe(this, { childList: true, subtree: true, characterData: true });
    this.#applyLanguage();
    this.#readInline();
    // A `src` whose code came while the element was away loads now.
    if (this.#srcWaiting !== null && srcCode.module) this.#loadSrc(this.#srcWaiting);
    // Inline text was read again just now; text from `src` or the `text` property starts over here.
    if (this.#extractionCut && !this.#extraction?.busy && this.#pendingText !== null) this.#acceptText(this.#pendingText);
    this.#extractionCut = false;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#childObserver.disconnect();
    document.fonts?.removeEventListener('loadingdone', this.#fontsLoaded);
    window.removeEventListener('hashchange', this.#onHashChange);
    clearTimeout(this.#zoomHintTimer);
    this.zoomHint = false;
    // A text whose code was still loading is cut short too.
    const loading = this.extracting && !this.#extraction?.busy;
    this.#textRun++;
    this.#extractionCut = (this.#extraction?.dispose() ?? false) || loading;
    this.extracting = false;
  }

  /** Shows the wheel hint, or keeps it up while the reader keeps scrolling over the chart. */
  #showZoomHint(): void {
    clearTimeout(this.#zoomHintTimer);
    if (!this.zoomHint) this.zoomHint = true;
    this.#zoomHintTimer = window.setTimeout(() => { this.zoomHint = false; }, ZOOM_HINT_MS);
  }

  /** Zooms in (factor > 1) or out around the centre of the view. */
  zoomBy(factor: number): void {
    this.plot.zoomBy(factor);
  }

  /** Shows the time span [start, end] (Dates or epoch ms). */
  zoomTo(start: Date | number, end: Date | number): void {
    this.plot.zoomToSpan(Number(start), Number(end));
  }

  /** The visible time domain, or null before the chart has rendered. */
  get domain(): [Date, Date] | null {
    const d = this.plot.domain();
    return d ? [new Date(d[0]), new Date(d[1])] : null;
  }

  /** Shows every event. */
  fit(): void {
    this.plot.fit();
  }

  /** Selects the event with this id (shows its card) and brings it into view. */
  selectEvent(id: string): void {
    const item = this.#itemById(id);
    if (item) this.#selectItem(item, true);
  }

  /** The item of the event with this id, or null. */
  #itemById(id: string): TimelineItem | null {
    const events = this.#prepared.events;
    for (let i = 0; i < events.length; i++) if (events[i]!.id === id) return this.#prepared.item(i);
    return null;
  }

  #readInline(): void {
    if (this.#inputFromProperty || this.src) return;
    const input = readInlineInput(this, this.msg);
    if (input) this.#acceptInput(input);
  }

  #acceptInput(input: TimelineInput): void {
    if (input.kind === 'text') {
      this.#acceptText(input.text);
      return;
    }
    this.#stopExtraction();
    if (input.kind === 'error') this.#fail(input.message, input.errors);
    else this.acceptTimeline(input.timeline, null, input.extents);
  }

  /** Newer input wins over text still being read. */
  #stopExtraction(): void {
    this.#textIsInput = false;
    this.#textRun++;
    this.#extraction?.cancel();
    this.#extractionCut = false;
    this.extracting = false;
  }

  /** Reads `text` into a timeline (asynchronously); the last good timeline stays until it is done. */
  #acceptText(text: string): void {
    this.#pendingText = text;
    this.#extractedWith = this.documentDate;
    if (this.shown && text === this.sourceText && this.documentDate === this.#shownWith) {
      this.#stopExtraction(); // the timeline shown is this text's (the element was moved, say)
      this.#textIsInput = true;
      this.message = null;
      return;
    }
    this.#textIsInput = true;
    const documentDate = this.documentDate;
    this.extracting = true;
    const run = ++this.#textRun;
    const read = async ({ TextExtraction }: TextPath): Promise<void> => {
      if (run !== this.#textRun) return; // stale: newer input came while the code loaded
      this.#extraction ??= new TextExtraction();
      const outcome = await this.#extraction.run(text, documentDate ? { documentDate } : {});
      if (outcome === null) return; // stale: newer input came
      this.extracting = false;
      if ('error' in outcome) this.#fail(this.msg.t('textUnreadable', { error: outcome.error }));
      else {
        this.acceptTimeline(outcome.timeline, text);
        if (this.shown === outcome.timeline) this.#shownWith = documentDate;
      }
    };
    // Once the text's code is here, a text starts at once (its worker too); the first text waits for the code.
    if (textCode.module) void read(textCode.module);
    else {
      void textCode.load().then(read, (err: unknown) => {
        if (run !== this.#textRun) return;
        this.extracting = false;
        this.#fail(this.msg.t('textUnreadable', { error: err instanceof Error ? err.message : String(err) }));
      });
    }
  }

  /** `extents`: those of value.events, when validating them read them already (see parseWithExtents). */
  private acceptTimeline(value: Timeline | null, text: string | null, extents?: EventExtents | null): void {
    if (value === null || value === undefined) {
      this.#stopExtraction();
      this.shown = null;
      this.sourceText = null;
      this.#prepared = prepareTimeline([]);
      this.selectedItem = null;
      this.message = null;
      return;
    }
    if (typeof value !== 'object' || !Array.isArray(value.events)) {
      this.#fail(this.msg.t('noEventsArray'));
      return;
    }
    const prepared = prepareTimeline(value.events, extents);
    if (prepared.count === 0) {
      this.#fail(this.msg.t(value.events.length === 0 ? 'noDatedEvents' : 'noPlaceableEvents'));
      return;
    }
    this.message = null;
    this.shown = value;
    this.sourceText = text;
    // The article pane's code comes with the text's (loaded by now when the text was read here).
    if (text !== null && !textCode.module) void textCode.load().then(() => this.requestUpdate(), () => undefined);
    this.#prepared = prepared;
    this.selectedItem = null;
    this.hovered = null;
    this.#storyAt = -1;
    this.storyStatus = '';
    this.listLimit = LIST_PAGE;
    this.plot.render({ prepared, selected: -1 });
    this.#dataChanged = true;
    this.#drawDue = true;
    this.#applyHash(false);
    this.dispatchEvent(new CustomEvent<TimelineLoadDetail>('timeline-load', { detail: { timeline: value }, bubbles: true, composed: true }));
  }

  #fail(message: string, errors?: Array<{ path: string; message: string }>): void {
    this.message = message;
    const detail: TimelineErrorDetail = errors ? { message, errors } : { message };
    this.dispatchEvent(new CustomEvent<TimelineErrorDetail>('timeline-error', { detail, bubbles: true, composed: true }));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') && this.src) this.#loadSrc(this.src);
    if (changed.has('deepLink') && this.deepLink) this.#applyHash(false);
    // Applied before rendering, so that the card and the marker appear together (the chart exists: else see updated()).
    if (this.plot.drawn) this.#applyViewAndSelection(changed, false);
    if (changed.has('documentDate') && this.documentDate !== this.#extractedWith && this.#pendingText !== null && this.#textIsInput) {
      this.#acceptText(this.#pendingText);
    }
    if (changed.has('lang') || !this.hasUpdated) this.#applyLanguage();
  }

  /** The language in effect: `lang`, else the closest ancestor's (or the page's), else English. */
  #effectiveLang(): string {
    if (this.lang) return this.lang;
    const outer = this.parentElement?.closest('[lang]')?.getAttribute('lang');
    return outer || globalThis.document?.documentElement?.lang || 'en';
  }

  /** Takes the language in effect: the chart's labels and ticks are measured and drawn again in it. */
  #applyLanguage(): void {
    const msg = new Messages(this.#effectiveLang());
    // Another language than English waits for its strings and dates (chunks of their own): until they have loaded,
    // the element keeps the language it has.
    this.#languageLoad = msg.ready ? null : this.#loadLanguage();
    if (!msg.ready || msg.locale === this.msg.locale) return;
    this.msg = msg;
    this.plot.render({ messages: msg });
  }

  /** The strings and dates of the language asked for, while they load; else null. */
  #languageLoad: Promise<void> | null = null;

  #loadLanguage(): Promise<void> {
    const load: Promise<void> = loadTranslations().then(() => {
      // A later language (or none) replaced this one meanwhile: nothing to do.
      if (this.#languageLoad === load) this.#applyLanguage();
    });
    return load;
  }

  /**
   * Resolves once the element has drawn in its language too (after its strings and dates have loaded), and with the
   * code of its card (or other chunks) that it was waiting for.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    const loads = [...this.#loading.values()];
    if (this.#languageLoad) loads.push(this.#languageLoad);
    if (!loads.length) return done;
    await Promise.all(loads);
    return this.getUpdateComplete();
  }

  get #listLayout(): boolean {
    return this.layout === 'list' || (this.layout === 'auto' && this.narrow);
  }

  /** The chart's labels are measured in the host's font and scaled with --event-timeline-font-size. */
  #applyFont(): void {
    if (this.plot.drawn) this.plot.render({ font: this.#hostFont() });
  }

  #hostFont(): PlotFont {
    const style = getComputedStyle(this);
    return { family: style.fontFamily, scale: (parseFloat(style.fontSize) || BASE_FONT_SIZE) / BASE_FONT_SIZE };
  }

  readonly #fontsLoaded = (): void => {
    clearMeasuredWidths();
    this.plot.remeasure();
    this.#placeCard();
  };

  #accentColor(): string {
    return getComputedStyle(this).getPropertyValue('--_accent').trim() || '#1d4ed8';
  }

  protected override updated(changed: PropertyValues<this>): void {
    const svg = this.#find<SVGSVGElement>('.chart svg');
    const canvas = this.#find<HTMLCanvasElement>('.chart canvas');
    let newPlot = false;
    if (svg !== this.plot.svg) {
      // A chart (again, after the list layout): drawn from every input, measured now.
      const box = svg && canvas ? this.#chartElement?.getBoundingClientRect() : undefined;
      newPlot = this.plot.render({
        svg, canvas, prepared: this.#prepared, selected: this.selectedItem?.order ?? -1, messages: this.msg,
        font: svg && canvas ? this.#hostFont() : null, size: box ? { width: box.width, height: box.height } : null,
        accent: box ? this.#accentColor() : '', wheelZoom: this.wheelZoom,
      });
      this.chartSize.observe(this.#chartElement ?? null);
    } else if (changed.has('theme') && this.plot.drawn) {
      this.plot.render({ size: { width: this.chartSize.width, height: this.chartSize.height }, accent: this.#accentColor() });
    }
    if (this.#drawDue || newPlot) {
      // New data (or a new chart) is drawn once, here, at the size this update left the chart (rather than at the old
      // size and again when the new one is observed).
      this.#drawDue = false;
      const box = newPlot ? undefined : this.#chartElement?.getBoundingClientRect();
      if (box && this.plot.drawn) this.plot.render({ size: { width: box.width, height: box.height } });
      this.plot.flush();
    }
    this.fontProbe.observe(this.renderRoot.querySelector('.font-probe'));
    const swipeOn = this.storytelling ? this.#chartElement ?? this.renderRoot.querySelector<HTMLElement>('.list') : null;
    const code = swipeOn ? this.#cardCode() : null;
    if (code) this.#swipe ??= new code.SwipeController(this, () => this.storytelling, (step) => this.#storyStep(step));
    this.#swipe?.observe(swipeOn);
    this.plot.render({ wheelZoom: this.wheelZoom });
    // A chart drawn for the first time (or again, after the list layout) takes the first view and the selection.
    if (newPlot) this.#applyViewAndSelection(changed, true);
    if ((changed as Map<PropertyKey, unknown>).has('selectedItem') || this.#chunkCame) this.#placeCard();
    this.#chunkCame = false;
    // Reads layout: only when the tooltip's target changed.
    if ((changed as Map<PropertyKey, unknown>).has('hovered')) this.#placeTooltip();
    // (Once the card is drawn: scrolling reveals the card beside its sentence too.)
    if (this.#scrollToSelection && (cardCode.module || !this.selectedItem)) {
      this.#scrollToSelection = false;
      textCode.module?.scrollSourceToSelection(this.renderRoot, this.sourceActive, this.cardInSource);
    }
  }

  /** The tooltip's target: none for a focused marker whose label already shows its date and whole title. */
  #shownTooltip(): HoverTarget | null {
    const target = this.hovered;
    return target?.focus && target.whole ? null : target;
  }

  #placeTooltip(): void {
    const tip = this.#find<HTMLElement>('.tooltip');
    const target = this.#shownTooltip();
    if (!tip || !target || !this.#chartElement) return;
    const chartWidth = this.#chartElement.clientWidth;
    const w = tip.offsetWidth;
    const h = tip.offsetHeight;
    const x = Math.min(Math.max(4, target.x - w / 2), Math.max(4, chartWidth - w - 4));
    // Focus moves along the labels: its tooltip sits at the foot of the chart (over the axis), clear of the label rows.
    const y = target.focus ? Math.max(0, this.#chartElement.clientHeight - h - 2)
      : target.y - h - 8 >= 0 ? target.y - h - 8 : target.y + 16;
    tip.style.setProperty('--_tx', `${Math.round(x)}px`);
    tip.style.setProperty('--_ty', `${Math.round(y)}px`);
  }

  /**
   * Puts the card over the chart beside the selected event (the chart itself never moves or resizes for it).
   * Opening (or a resize) chooses the side and height that cover the fewest other labels, from the drawn boxes;
   * a zoom frame (`follow`) only moves it along with the event.
   */
  #placeCard(follow = false): void {
    const card = this.#find<HTMLElement>('.chart .card');
    const item = this.selectedItem;
    const chart = this.#chartElement;
    const place = cardCode.module?.positionChartCard;
    if (!card || !place || !item || !this.plot.drawn || !chart) return;
    this.#cardChoice = place(card, chart, this.plot.markerExtent(item.order), AXIS_HEIGHT * this.plot.scaleFactor,
      follow ? this.#cardChoice : null);
  }

  /** After a zoom frame has been drawn (the plot draws gestures once per animation frame). */
  #schedulePlaceCard(): void {
    if (!this.selectedItem || this.#cardFrame) return;
    this.#cardFrame = requestAnimationFrame(() => {
      this.#cardFrame = 0;
      this.#placeCard(true);
    });
  }

  #applyViewAndSelection(changed: PropertyValues<this>, all: boolean): void {
    const newData = this.#dataChanged;
    this.#dataChanged = false;
    if (all || newData || changed.has('viewStart') || changed.has('viewEnd')) this.#applyView();
    if (all || newData || changed.has('selected')) this.#syncSelection();
  }

  /** `view-start` / `view-end` as the chart's first view. */
  #applyView(): void {
    const view = viewRange(this.viewStart, this.viewEnd, fitDomain(this.#prepared.extent));
    if (view && this.#prepared.count) this.plot.showView(view);
  }

  /** Opens (or closes) the card of the event that `selected` names, once that event is shown. */
  #syncSelection(): void {
    const id = this.selected;
    if (id === (this.selectedItem?.event.id ?? null)) return;
    if (id === null) {
      this.#closeCard(false);
      return;
    }
    const item = this.#itemById(id);
    if (item) this.#selectItem(item, true);
    else if (this.selectedItem) this.#closeCard(false);
  }

  /** With `deep-link`: a page hash that names one of the events selects it (on new data only when nothing is selected). */
  #applyHash(navigated: boolean): void {
    if (!this.deepLink || (!navigated && this.selected !== null)) return;
    const id = idFromHash(globalThis.location?.hash ?? '');
    if (id !== null && this.#prepared.events.some((e) => e.id === id)) this.selected = id;
  }

  #selectItem(item: TimelineItem, reveal: boolean): void {
    this.selectedItem = item;
    this.#storyAt = item.order;
    this.sourceActive = -1;
    this.cardInSource = false;
    this.#scrollToSelection = true;
    // Restyles the markers drawn; revealing the event may also zoom or pan to it.
    this.plot.render({ selected: item.order });
    if (reveal) this.plot.focusOrder(item.order, false);
    this.selected = item.event.id;
    const detail: TimelineSelectDetail = { event: item.event, id: item.event.id, hash: hashFor(item.event.id) };
    this.dispatchEvent(new CustomEvent<TimelineSelectDetail>('timeline-select', { detail, bubbles: true, composed: true }));
  }

  /** Closes the card and gives focus back to the event it showed (its marker, list item or sentence). */
  #closeCard(returnFocus = true): void {
    const item = this.selectedItem;
    if (!item) return;
    this.selected = null;
    this.dispatchEvent(new CustomEvent<TimelineDeselectDetail>('timeline-deselect', {
      detail: { event: item.event, id: item.event.id }, bubbles: true, composed: true,
    }));
    const inSource = this.cardInSource;
    const sentence = this.sourceActive;
    this.selectedItem = null;
    this.cardInSource = false;
    this.plot.render({ selected: -1 });
    if (!returnFocus) {
      // The card closed by `selected` or new data: the focus stays where it is.
    } else if (this.plot.drawn && !this.#listLayout && !inSource) {
      this.plot.focusOrder(item.order);
    } else {
      // Back to its list item or sentence once drawn without the card (card.ts, whose keys and button closed it).
      void this.updateComplete.then(() => cardCode.load())
        .then((card) => card.focusBack(this.renderRoot, item.event.id, inSource ? sentence : null), () => undefined);
    }
  }

  /** Keys inside the card: Escape closes it; the rest stay in the card (not chart shortcuts). */
  #onCardKeydown(event: KeyboardEvent): void {
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      this.#closeCard();
    }
  }

  #onChartKeydown(event: KeyboardEvent): void {
    if (!this.plot.drawn) return;
    const key = event.key;
    // Storytelling: ← and → step through the slides (the other navigation keys still move the focus).
    if (this.storytelling && (key === 'ArrowLeft' || key === 'ArrowRight') && !event.altKey && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      this.#storyStep(key === 'ArrowRight' ? 1 : -1, true);
      return;
    }
    if (key === '+' || key === '=') this.plot.zoomBy(ZOOM_STEP);
    else if (key === '-' || key === '_') this.plot.zoomBy(1 / ZOOM_STEP);
    else if (key === '0') this.plot.fit();
    else if (key === 'Escape' && this.selectedItem) this.#closeCard();
    else if (isNavigationKey(key)) this.plot.navigate(key);
    else return;
    event.preventDefault();
  }

  /**
   * Storytelling: selects the previous or next event in date order (its card is the slide), keeping it in view by
   * panning; `focus` moves the keyboard focus to its marker (a step by key on the chart).
   */
  #storyStep(step: StoryStep, focus = false): void {
    const count = this.#prepared.count;
    const current = this.selectedItem?.order ?? this.#storyAt;
    const to = storyIndex(current, count, step);
    const item = to >= 0 && to < count ? this.#prepared.item(to) : undefined;
    if (!item || to === this.selectedItem?.order) return;
    if (this.plot.drawn && !this.#listLayout) this.plot.revealOrder(to, step);
    this.#selectItem(item, false);
    // The status line's words come with storytelling's code (card.ts), loaded at once in storytelling mode.
    const status = (card: CardCode): void => {
      this.storyStatus = card.storyStatus(item.event.title, to, count, this.msg);
    };
    if (cardCode.module) status(cardCode.module);
    else void cardCode.load().then(status, () => undefined);
    if (focus) this.plot.focusOrder(to);
    else if (this.#listLayout) {
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`.list .item[data-id="${CSS.escape(item.event.id)}"]`)
        ?.scrollIntoView({ block: 'nearest' }));
    }
  }

  #summary(): string {
    const { count, starts, ends } = this.#prepared;
    if (this.#loader?.loading || this.#srcWaiting !== null || this.extracting) return this.msg.t('loading');
    if (!count) return '';
    const y0 = new Date(starts[0]!).getUTCFullYear();
    const y1 = new Date(ends[count - 1]! - 1).getUTCFullYear();
    return `${this.msg.plural('eventCount', count)} · ${this.msg.years(y0, y1)}`;
  }

  protected override render(): TemplateResult {
    const title = this.shown?.title ?? '';
    const name = this.label || title || this.msg.t('defaultName');
    const list = this.#listLayout;
    const wide = !this.narrow;
    return html`
      <section class="frame" part="frame" aria-label=${name}>
        <header>
          <div class="heading">
            ${title || this.label ? html`<h2>${this.label || title}</h2>` : nothing}
            <p class="summary">${this.#summary()}</p>
          </div>
          ${this.storytelling && this.#prepared.count && this.#cardCode()
            ? this.#cardCode()!.storyTemplate({ index: this.selectedItem?.order ?? this.#storyAt, count: this.#prepared.count, status: this.storyStatus },
              (step) => this.#storyStep(step), this.msg)
            : nothing}
          ${list ? nothing : toolbarTemplate({ zoomIn: () => this.plot.zoomBy(ZOOM_STEP), zoomOut: () => this.plot.zoomBy(1 / ZOOM_STEP), fit: () => this.plot.fit() }, this.msg)}
        </header>
        ${this.message ? html`<p class="message" part="message" role="alert">${this.message}</p>` : nothing}
        ${legendTemplate(this.#prepared.groups, this.msg)}
        <div class="body ${this.showSource && this.sourceText ? 'with-source' : ''} ${wide ? 'wide' : ''}">
          <div class="main">
            ${list ? this.#listTemplate() : this.#chartTemplate()}
            ${list ? nothing : this.#screenReaderList()}
          </div>
          ${this.showSource && this.sourceText && textCode.module && this.#addStyles(textCode.module.sourceStyles)
            ? textCode.module.sourceTemplate(this.sourceText, this.#prepared, this.selectedItem, {
              active: this.sourceActive,
              // A sentence chosen: its card goes beside it when the chart (or list) is not beside the text.
              select: (item, index, stacked) => {
                this.#selectItem(item, true);
                this.sourceActive = index;
                this.cardInSource = stacked || this.#listLayout;
              },
              rove: (index) => { this.sourceActive = index; },
              card: this.selectedItem && this.cardInSource ? this.#cardFor(this.selectedItem) : null,
              messages: this.msg,
            })
            : nothing}
        </div>
      </section>
    `;
  }

  /** The screen-reader list of the events shown (made again only for another timeline or language). */
  #screenReaderList(): TemplateResult {
    const made = this.#srList;
    if (made?.[0] !== this.#prepared || made[1] !== this.msg) this.#srList = [this.#prepared, this.msg, screenReaderList(this.#prepared, LIST_PAGE, this.msg)];
    return this.#srList![2];
  }

  /** The card of `item`, or null while its code (card.ts) loads (the element draws again when it has come). */
  #cardFor(item: TimelineItem, compact = false): TemplateResult | null {
    const card = this.#cardCode();
    if (!card) return null;
    // Storytelling announces each slide in its own status line: the card is then no live region of its own.
    return card.cardTemplate(item, this.shown, () => this.#closeCard(), compact, (e) => this.#onCardKeydown(e), !this.storytelling, this.msg);
  }

  /** The card's code (its styles added to the shadow root), or null while it loads. */
  #cardCode(): CardCode | null {
    const code = this.#use(cardCode);
    if (code) this.#addStyles(code.cardStyles);
    return code;
  }

  /** Chunks of code (card.ts, ...) loading for this element; updateComplete waits for them. */
  readonly #loading = new Map<Lazy<unknown>, Promise<void>>();
  /** A chunk came since the last update: the card (drawn now) is placed. */
  #chunkCame = false;
  /** The loaded chunks' stylesheets already added to this shadow root. */
  readonly #addedStyles = new Set<CSSResult>();

  /** `chunk`'s module once it has loaded; else null, and it starts loading (the element draws again when it comes). */
  #use<T>(chunk: Lazy<T>): T | null {
    if (chunk.module) return chunk.module;
    if (!this.#loading.has(chunk)) {
      // A failed download (offline) draws nothing new: the next render that needs the chunk tries again.
      this.#loading.set(chunk, chunk.load().then(() => {
        this.#chunkCame = true;
        this.requestUpdate();
      }, () => undefined).finally(() => this.#loading.delete(chunk)));
    }
    return null;
  }

  /** Adds a loaded chunk's styles to the shadow root, after the element's own (once); true. */
  #addStyles(styles: CSSResult): true {
    if (this.#addedStyles.has(styles)) return true;
    this.#addedStyles.add(styles);
    const root = this.renderRoot as ShadowRoot;
    if (supportsAdoptingStyleSheets && styles.styleSheet) root.adoptedStyleSheets = [...root.adoptedStyleSheets, styles.styleSheet];
    else adoptStyles(root, [styles]); // a <style> appended to the shadow root, as Lit does without adoptedStyleSheets
    return true;
  }

  #chartTemplate(): TemplateResult {
    return html`
      <div class="chart" @keydown=${this.#onChartKeydown} @click=${() => { this.hovered = null; }}>
        <canvas aria-hidden="true"></canvas>
        <svg role="group" aria-label=${this.storytelling && cardCode.module ? cardCode.module.storyHelp(this.msg) : this.msg.t('chartHelp')}></svg>
        ${this.#prepared.count ? nothing : html`<p class="empty sr-only">${this.msg.t('noEvents')}</p>`}
        ${tooltipTemplate(this.#shownTooltip(), this.msg)}
        ${this.selectedItem && !this.cardInSource ? this.#cardFor(this.selectedItem) ?? nothing : nothing}
        <span class="font-probe" aria-hidden="true">Mi</span>
        <p class="wheel-hint" aria-hidden="true" ?hidden=${!this.zoomHint}>${zoomHintText(isApplePlatform(), this.msg)}</p>
      </div>
    `;
  }

  #listTemplate(): TemplateResult {
    const { count } = this.#prepared;
    const shownItems: TimelineItem[] = [];
    for (let i = 0; i < Math.min(count, this.listLimit); i++) shownItems.push(this.#prepared.item(i));
    return html`
      <ol class="list" part="list" aria-label=${this.msg.t('eventsInOrder')}>
        ${shownItems.map((item) => html`
          <li class="${item.kind} ${item.tentative ? 'tentative' : ''} ${groupClass(item.group)}">
            <button type="button" class="item" part="event" data-id=${item.event.id} data-start=${item.event.start}
              aria-pressed=${this.selectedItem === item ? 'true' : 'false'} @click=${() => this.#selectItem(item, false)}>
              <span class="when">${this.msg.date(item.event)}</span>
              <span class="what">${item.event.title}</span>
            </button>
            ${this.selectedItem === item && !this.cardInSource ? this.#cardFor(item, true) ?? nothing : nothing}
          </li>`)}
      </ol>
      ${count > this.listLimit
        ? html`<button type="button" class="more" @click=${() => { this.listLimit += LIST_PAGE; }}>${this.msg.t('showMore', { shown: this.msg.number(Math.min(LIST_PAGE, count - this.listLimit)), rest: this.msg.number(count - this.listLimit) })}</button>`
        : nothing}
    `;
  }
}
