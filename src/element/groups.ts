/** Group colours: a fixed palette of GROUP_COLOURS custom properties (styles.ts), taken in turn by the groups in input order. */

/** How many group colours the palette has (`--event-timeline-group-1` to `-8`); further groups reuse them in turn. */
export const GROUP_COLOURS = 8;

/** The class that gives an element its group's colour as `--_gc`, or '' for no group (index -1). */
export const groupClass = (index: number): string => (index >= 0 ? `group-${(index % GROUP_COLOURS) + 1}` : '');
