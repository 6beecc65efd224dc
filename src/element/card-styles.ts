import { css } from 'lit';

/**
 * The styles of the detail card and of the storytelling controls: they come with their code (card.ts, loaded with
 * the first selection or in storytelling mode), added to the element's shadow root after timelineStyles (styles.ts),
 * whose custom properties they use.
 */
export const cardStyles = css`
  /* Date phrases in the event's text (the article pane's sentences are marks too: source-styles.ts has the same rule). */
  mark { background: var(--_mark-bg); color: var(--_mark-fg); border-radius: 3px; padding: 0 2px; }
  .card {
    position: relative; padding: 14px 44px 14px 16px; border-radius: 10px; background: var(--_surface);
    border-left: 4px solid var(--_gc, var(--_accent));
  }
  /* Over the chart, beside the selected event: opening it moves and resizes nothing. */
  .chart .card {
    position: absolute; z-index: 2; left: var(--_card-left, 8px); top: var(--_card-top, 8px); bottom: var(--_card-bottom, auto);
    width: var(--_card-width, min(380px, calc(100% - 16px))); max-height: var(--_card-max-height, calc(100% - 50px));
    overflow: auto; user-select: text; -webkit-user-select: text; cursor: auto;
    border: 1px solid var(--_line); border-left: 4px solid var(--_gc, var(--_accent)); box-shadow: 0 10px 28px rgba(0, 0, 0, 0.2);
  }
  .card .when { margin: 0; color: var(--_muted); font-size: 0.85em; font-weight: 650; }
  .card h3 { margin: 2px 0 6px; font-size: 1.02em; line-height: 1.35; }
  .card blockquote { margin: 0; font-size: 0.93em; }
  .card .how { margin: 8px 0 0; color: var(--_muted); font-size: 0.8em; }
  .card .group { margin: 0 0 6px; font-size: 0.8em; font-weight: 650; color: var(--_fg); }
  /* The media box has a fixed height: the card is measured and placed before an image loads, and never resizes the chart. */
  .card .media { margin: 4px 0 8px; }
  .card .media img, .card .media video {
    display: block; height: var(--event-timeline-media-height, 160px); object-fit: contain; border-radius: 6px;
  }
  /* An image is as wide as its height allows (up to the card's width): no letterbox bars beside it. */
  .card .media img { width: auto; min-width: 48px; max-width: 100%; }
  .card .media video { width: 100%; background: #000; }
  .card .media img[hidden] { display: none; }
  .card .media figcaption { margin-top: 4px; font-size: 0.8em; color: var(--_muted); line-height: 1.35; }
  .card .media .caption { color: var(--_fg); }
  .card .media .credit { font-style: italic; }
  .card a { color: var(--_accent); text-underline-offset: 2px; }
  .card a:hover { color: var(--_fg); }
  .card .media-link { display: inline-block; font-weight: 600; font-size: 0.9em; }
  .card .media-link .host { display: block; font-weight: 400; color: var(--_muted); font-size: 0.9em; }
  .card .links { margin: 8px 0 0; padding: 0; list-style: none; font-size: 0.88em; }
  .card .links li { margin: 2px 0; overflow-wrap: anywhere; }
  .card .links li::before { content: '→ '; color: var(--_muted); }
  .card .close {
    position: absolute; top: 8px; right: 8px; width: 30px; height: 30px; border: 0; border-radius: 6px;
    background: transparent; color: var(--_muted); cursor: pointer; font-size: 20px; line-height: 1;
  }
  .card .close:hover { color: var(--_fg); background: var(--_bg); }
  .list .card { margin: 0 0 10px 10px; padding-top: 10px; border-left-width: 3px; }
  .list .card .group { margin-right: 30px; }
  .source .card { margin: -0.3em 0 1em; box-shadow: 0 6px 18px rgba(0, 0, 0, 0.12); }
  /* Storytelling: previous / position / next, before the zoom buttons. */
  .story { display: flex; align-items: center; gap: 6px; flex: none; margin-left: auto; }
  .story button {
    display: inline-grid; place-items: center; width: 38px; height: 34px; padding: 0; border-radius: 8px;
    border: 1px solid var(--_accent); background: var(--_bg); color: var(--_accent); cursor: pointer;
  }
  .story .story-next { background: var(--_accent); color: var(--_accent-fg); }
  .story button:hover { filter: brightness(1.1); }
  .story button[aria-disabled='true'] { border-color: var(--_line); background: var(--_bg); color: var(--_muted); cursor: default; filter: none; }
  .story svg { width: 18px; height: 18px; stroke: currentColor; fill: none; stroke-width: 2.4; stroke-linecap: round; stroke-linejoin: round; }
  .story-position { min-width: 4.5em; text-align: center; font-size: 0.85em; font-weight: 600; color: var(--_muted); font-variant-numeric: tabular-nums; }
  .story + .toolbar { margin-left: 6px; }
`;
