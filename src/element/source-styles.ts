import { css } from 'lit';

/**
 * The styles of the article pane (`show-source`): they come with its code (text-path.ts, loaded with the first text),
 * added to the element's shadow root after timelineStyles (styles.ts), whose custom properties they use.
 */
export const sourceStyles = css`
  .body.with-source.wide { flex-direction: row; }
  .body.with-source.wide { height: var(--event-timeline-source-height, 520px); }
  /* The chart takes about two thirds; the text column scrolls on its own within the chart's height. */
  .body.with-source.wide .main { flex: 2 1 0; }
  .body.with-source.wide .source { flex: 1 1 0; min-width: 280px; max-width: 440px; }
  /* Too narrow for a readable chart beside the text: the text goes below it. */
  @container (max-width: 879px) {
    .body.with-source.wide { flex-direction: column; height: auto; }
    .body.with-source.wide .main { flex: none; }
    .body.with-source.wide .source { flex: none; min-width: 0; max-width: none; max-height: 420px; }
  }
  .source {
    flex: 1 1 40%; min-width: 0; max-height: 100%; overflow: auto; padding: 4px 6px 4px 0; font-size: 0.92em; color: var(--_fg);
  }
  /* Phones: the article flows with the page (no box that scrolls inside the page); a host of fixed height is shared by the list and the text. */
  .body.with-source:not(.wide) .main, .body.with-source:not(.wide) .source { flex: 1 1 50%; }
  .source p { margin: 0 0 0.8em; }
  mark { background: var(--_mark-bg); color: var(--_mark-fg); border-radius: 3px; padding: 0 2px; }
  .source mark[role='button'] { cursor: pointer; background: var(--_soft); color: inherit; }
  .source mark[role='button'].current { background: var(--_mark-bg); color: var(--_mark-fg); }
`;
