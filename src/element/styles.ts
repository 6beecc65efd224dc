/** The element's styles: everything themable through --event-timeline-* custom properties. */
import { css } from 'lit';

/** The dark theme's defaults, used by `theme="dark"` and by `auto` under prefers-color-scheme: dark. */
const darkPalette = css`
  --_bg: var(--event-timeline-background, #0f172a);
  --_fg: var(--event-timeline-color, #e5e7eb);
  --_muted: var(--event-timeline-muted-color, #a3acb9);
  --_accent: var(--event-timeline-accent, #7cb3ff);
  --_accent-fg: var(--event-timeline-accent-contrast, #0f172a);
  --_soft: var(--event-timeline-band-color, rgba(124, 179, 255, 0.2));
  --_grid: var(--event-timeline-grid-color, #1e293b);
  --_line: var(--event-timeline-line-color, #64748b);
  --_surface: var(--event-timeline-surface, #162033);
  --_mark-bg: var(--event-timeline-highlight, #854d0e);
  --_mark-fg: var(--event-timeline-highlight-color, #fef9c3);
  --_focus: var(--event-timeline-focus-color, #fb923c);
  --_error: var(--event-timeline-error-color, #fca5a5);
  --_group-1: var(--event-timeline-group-1, #7cb3ff);
  --_group-2: var(--event-timeline-group-2, #fb923c);
  --_group-3: var(--event-timeline-group-3, #c084fc);
  --_group-4: var(--event-timeline-group-4, #34d399);
  --_group-5: var(--event-timeline-group-5, #fb7185);
  --_group-6: var(--event-timeline-group-6, #22d3ee);
  --_group-7: var(--event-timeline-group-7, #facc15);
  --_group-8: var(--event-timeline-group-8, #cbd5e1);
  color-scheme: dark;
`;

export const timelineStyles = css`
  :host {
    --_bg: var(--event-timeline-background, #ffffff);
    --_fg: var(--event-timeline-color, #111827);
    --_muted: var(--event-timeline-muted-color, #4b5563);
    --_accent: var(--event-timeline-accent, #1d4ed8);
    --_accent-fg: var(--event-timeline-accent-contrast, #ffffff);
    --_soft: var(--event-timeline-band-color, rgba(29, 78, 216, 0.16));
    --_grid: var(--event-timeline-grid-color, #e5e7eb);
    --_line: var(--event-timeline-line-color, #9ca3af);
    --_surface: var(--event-timeline-surface, #f8fafc);
    --_mark-bg: var(--event-timeline-highlight, #fde68a);
    --_mark-fg: var(--event-timeline-highlight-color, #111827);
    --_focus: var(--event-timeline-focus-color, #c2410c);
    --_error: var(--event-timeline-error-color, #b91c1c);
    --_radius: var(--event-timeline-radius, 12px);
    /* Group colours: 4.5:1 or more on the background and the card surface, light and dark (blue and orange first). */
    --_group-1: var(--event-timeline-group-1, #1d4ed8);
    --_group-2: var(--event-timeline-group-2, #c2410c);
    --_group-3: var(--event-timeline-group-3, #9333ea);
    --_group-4: var(--event-timeline-group-4, #047857);
    --_group-5: var(--event-timeline-group-5, #be123c);
    --_group-6: var(--event-timeline-group-6, #0e7490);
    --_group-7: var(--event-timeline-group-7, #a16207);
    --_group-8: var(--event-timeline-group-8, #4b5563);
    display: block;
    box-sizing: border-box;
    /* The page's font, unless --event-timeline-font names another. */
    font-family: var(--event-timeline-font, inherit);
    font-size: var(--event-timeline-font-size, 15px);
    line-height: 1.45;
    color: var(--_fg);
    background: var(--_bg);
    border-radius: var(--_radius);
    contain: content;
    color-scheme: light;
  }
  :host([hidden]) { display: none; }
  :host([theme='dark']) {
    ${darkPalette}
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${darkPalette}
    }
  }
  *, *::before, *::after { box-sizing: border-box; }
  .frame { display: flex; flex-direction: column; height: 100%; padding: 16px 18px 14px; gap: 10px; }
  header { display: flex; align-items: flex-start; justify-content: space-between; gap: 12px; }
  .heading { min-width: 0; }
  h2 { margin: 0; font-size: 1.12em; line-height: 1.3; font-weight: 700; letter-spacing: -0.01em; }
  .summary { margin: 2px 0 0; color: var(--_muted); font-size: 0.82em; }
  .toolbar { display: flex; gap: 6px; flex: none; }
  button { font: inherit; color: inherit; }
  .toolbar button {
    display: inline-grid; place-items: center; width: 34px; height: 34px; padding: 0; border-radius: 8px;
    border: 1px solid var(--_line); background: var(--_bg); color: var(--_fg); cursor: pointer;
  }
  .toolbar button:hover { background: var(--_surface); border-color: var(--_accent); }
  .toolbar svg { width: 18px; height: 18px; stroke: currentColor; fill: none; stroke-width: 2; stroke-linecap: round; }
  button:focus-visible, [tabindex]:focus-visible { outline: 3px solid var(--_focus); outline-offset: 2px; }
  .message {
    margin: 0; padding: 8px 12px; border-radius: 8px; border: 1px solid var(--_error); color: var(--_error);
    background: var(--_surface); font-size: 0.88em;
  }
  .body { display: flex; flex-direction: column; gap: 12px; flex: 1 1 auto; min-height: 0; }
  .main { display: flex; flex-direction: column; gap: 12px; flex: 1 1 auto; min-width: 0; min-height: 0; }
  /* The article pane (source-styles.ts) goes below the chart in a narrow frame: a container query. */
  .frame { container-type: inline-size; }
  .chart {
    position: relative; flex: 1 1 var(--event-timeline-height, 400px); min-height: 220px;
    user-select: none; -webkit-user-select: none;
    contain: strict; /* zoom frames restyle and repaint the chart alone */
  }
  /* Vertical swipes scroll the page; horizontal ones pan, two fingers zoom (wheel-zoom: the chart takes all). */
  .chart { touch-action: pan-y; }
  :host([wheel-zoom]) .chart { touch-action: none; }
  .wheel-hint {
    position: absolute; left: 50%; top: 42%; z-index: 3; margin: 0; transform: translate(-50%, -50%); pointer-events: none;
    padding: 8px 14px; border-radius: 999px; background: var(--_fg); color: var(--_bg); font-size: 0.9em; font-weight: 600;
    box-shadow: 0 6px 20px rgba(0, 0, 0, 0.18); white-space: nowrap;
  }
  .wheel-hint[hidden] { display: none; }
  .font-probe { position: absolute; left: 0; top: 0; visibility: hidden; white-space: nowrap; pointer-events: none; }
  .chart svg { position: absolute; inset: 0; display: block; cursor: grab; overflow: hidden; }
  .chart svg:active { cursor: grabbing; }
  .chart canvas { position: absolute; left: 0; top: 0; width: 100%; height: 0; pointer-events: none; }
  .grid path { fill: none; stroke: var(--_grid); stroke-width: 1; }
  /* d3-axis draws ticks in currentColor: ::part(axis) { color } recolours them. */
  .axis { color: var(--_muted); font-family: inherit; font-size: 12px; font-weight: 500; }
  .axis path.domain { stroke: var(--_line); stroke-width: 1.5; }
  .axis .tick line { stroke: var(--_line); }
  g.event { cursor: pointer; outline: none; }
  .stems .stem { stroke: var(--_line); stroke-width: 1.25; }
  /* --_gc: the event's group colour (groups.ts); events without a group take the accent. */
  .group-1 { --_gc: var(--_group-1); }
  .group-2 { --_gc: var(--_group-2); }
  .group-3 { --_gc: var(--_group-3); }
  .group-4 { --_gc: var(--_group-4); }
  .group-5 { --_gc: var(--_group-5); }
  .group-6 { --_gc: var(--_group-6); }
  .group-7 { --_gc: var(--_group-7); }
  .group-8 { --_gc: var(--_group-8); }
  g.event .dot { fill: var(--_gc, var(--_accent)); stroke: var(--_bg); stroke-width: 2; }
  g.event .extent { fill: var(--_soft); stroke: none; }
  g.event.band .extent { stroke: var(--_gc, var(--_accent)); stroke-opacity: 0.35; stroke-width: 1; }
  /* A grouped event's band (coarse date, or its day when days are wide) is a tint of its group's colour. */
  g.event[class*='group-'] .extent { fill: var(--_gc); fill-opacity: 0.18; }
  g.event.band[class*='group-'] .extent { stroke-opacity: 0.6; }
  g.event.range .extent { fill: var(--_gc, var(--_accent)); fill-opacity: 0.75; }
  .stems .stem.tentative { stroke-dasharray: 3 3; }
  g.event.tentative .dot { fill: var(--_bg); stroke: var(--_gc, var(--_accent)); stroke-width: 2; stroke-dasharray: 2 2; }
  g.event.tentative .extent { stroke: var(--_gc, var(--_accent)); stroke-dasharray: 4 3; stroke-width: 1.25; fill-opacity: 0.4; }
  g.event.tentative[class*='group-']:not(.range) .extent { fill-opacity: 0.08; }
  /* The title takes the label's fill and font (::part(label) restyles it); label-text.ts measures these sizes. */
  g.event .label { fill: var(--_fg); font-size: 13px; font-weight: 600; }
  g.event .date { fill: var(--_muted); font-size: 11px; letter-spacing: 0.02em; }
  g.event .date .sep { fill-opacity: 0; }
  g.event .ring { fill: var(--_bg); stroke: none; }
  g.event:hover .title { fill: var(--_accent); }
  .stems .stem.selected { stroke: var(--_accent); }
  g.event.selected .dot { fill: var(--_gc, var(--_accent)); stroke: var(--_fg); r: 7; }
  g.event.selected .title { text-decoration: underline; text-decoration-thickness: 2px; text-underline-offset: 3px; }
  g.event:focus-visible .ring { stroke: var(--_focus); stroke-width: 3; }
  g.event.unlabelled:focus-visible .dot { stroke: var(--_focus); stroke-width: 3; }
  g.cluster { cursor: zoom-in; outline: none; }
  g.cluster .pill { fill: var(--_accent); stroke: var(--_bg); stroke-width: 2; }
  g.cluster .count { fill: var(--_accent-fg); font-size: 12px; font-weight: 700; }
  g.cluster .stem { stroke: var(--_accent); stroke-width: 1.5; }
  g.cluster:hover .pill { fill: var(--_fg); }
  g.cluster:focus-visible .pill { stroke: var(--_focus); stroke-width: 3; }
  g.edge { cursor: pointer; outline: none; }
  g.edge .pill { fill: var(--_bg); stroke: var(--_line); stroke-width: 1; }
  g.edge text, g.pill-measure text { fill: var(--_fg); font-size: 12px; font-weight: 600; font-variant-numeric: tabular-nums; }
  g.edge:hover .pill { stroke: var(--_accent); fill: var(--_surface); }
  g.edge:focus-visible .pill { stroke: var(--_focus); stroke-width: 3; }
  .tooltip {
    position: absolute; left: 0; top: 0; z-index: 2; max-width: min(320px, 80%); pointer-events: none;
    padding: 8px 10px; border-radius: 8px; background: var(--_fg); color: var(--_bg); font-size: 0.82em; line-height: 1.35;
    box-shadow: 0 6px 20px rgba(0, 0, 0, 0.18); transform: translate(var(--_tx, 0px), var(--_ty, 0px));
  }
  .tooltip[hidden] { display: none; }
  .tooltip strong { display: block; font-weight: 650; }
  .tooltip .when { display: block; opacity: 0.85; }
  .tooltip .how { display: block; margin-top: 4px; font-style: italic; opacity: 0.85; }
  .swatch {
    display: inline-block; width: 0.75em; height: 0.75em; margin-right: 0.4em; border-radius: 50%; vertical-align: -0.05em;
    background: var(--_gc, var(--_accent)); box-shadow: 0 0 0 1px var(--_bg);
  }
  .legend {
    display: flex; flex-wrap: wrap; gap: 2px 16px; margin: -4px 0 0; padding: 0; list-style: none; font-size: 0.82em;
    color: var(--_fg);
  }
  .legend[hidden] { display: none; }
  .legend li { white-space: nowrap; max-width: 100%; overflow: hidden; text-overflow: ellipsis; }
  .legend .more-groups { color: var(--_muted); }
  .list { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; overflow: auto; }
  .list li { position: relative; padding: 0 0 0 22px; }
  .list li::before { content: ''; position: absolute; left: 6px; top: 0; bottom: 0; width: 2px; background: var(--_grid); }
  .list li::after {
    content: ''; position: absolute; left: 1px; top: 16px; width: 12px; height: 12px; border-radius: 50%;
    background: var(--_gc, var(--_accent)); border: 2px solid var(--_bg);
  }
  .list li.tentative::after { background: var(--_bg); border: 2px dashed var(--_gc, var(--_accent)); }
  .list li.band::after { border-radius: 3px; background: var(--_soft); border: 2px solid var(--_gc, var(--_accent)); }
  /* A range (an event with an end) is a short bar along the line, not a dot: as in the chart, points and ranges differ. */
  .list li.range::after { left: 2px; top: 14px; width: 10px; height: 26px; border-radius: 5px; }
  .list .item {
    display: block; width: 100%; text-align: left; padding: 10px 10px; margin: 2px 0; border: 0; border-radius: 8px;
    background: transparent; cursor: pointer;
  }
  .list .item:hover { background: var(--_surface); }
  .list .item[aria-pressed='true'] { background: var(--_surface); box-shadow: inset 3px 0 0 var(--_gc, var(--_accent)); }
  .list .item .when { display: block; color: var(--_muted); font-size: 0.82em; font-weight: 650; }
  .list .item .what { display: block; font-weight: 600; }
  .more { align-self: flex-start; margin: 6px 0 0 22px; padding: 6px 12px; border-radius: 8px; border: 1px solid var(--_line); background: var(--_bg); cursor: pointer; }
  .empty { margin: auto; color: var(--_muted); font-size: 0.9em; }
  .sr-only {
    position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0);
    white-space: nowrap; border: 0;
  }
  @media (prefers-reduced-motion: no-preference) {
    .list .item, .toolbar button { transition: background-color 120ms ease; }
  }
`;
