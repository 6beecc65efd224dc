/** Merges several timelines into one, keeping per-source provenance (`source` on each event) and a group per source. */
import type { Timeline } from './types.js';
import { timexValueToInterval } from './timex-value.js';
import { FIELD_LIMITS } from './urls.js';

const startTime = (v: string): number => timexValueToInterval(v)?.start.getTime() ?? Number.NaN;

/** One input of `mergeTimelines`. */
export interface MergeInput {
  /** Where the timeline came from (a file name, a URL): written to each event's `source` and to `sources`. */
  source: string;
  timeline: Timeline;
  /** The group name of this input's events; defaults to the timeline's title. */
  name?: string;
}

/**
 * A group name made valid: control characters become spaces, runs of spaces one, cut to the group length limit;
 * undefined when nothing is left.
 */
function groupName(name: string | undefined): string | undefined {
  if (typeof name !== 'string') return undefined;
  const clean = name.replace(/[\x00-\x1f\x7f-\x9f]+/g, ' ').replace(/\s+/g, ' ').trim();
  if (!clean) return undefined;
  return clean.length <= FIELD_LIMITS.group ? clean : `${clean.slice(0, FIELD_LIMITS.group - 1).trimEnd()}…`;
}

/**
 * One timeline holding every source's events in date order; ids and timex ids are prefixed per source. An event
 * without a `group` gets its input's `name`, else its timeline's `title` (cleaned, at most 100 characters), so that
 * the element colours each source apart; an input with neither leaves its events' group out.
 */
export function mergeTimelines(parts: MergeInput[]): Timeline {
  const events = parts.flatMap(({ source, timeline, name }, k) => {
    const group = groupName(name) ?? groupName(timeline.title);
    return timeline.events.map((e) => ({
      ...e,
      id: `s${k + 1}-${e.id}`,
      ...(e.timexIds ? { timexIds: e.timexIds.map((id) => `s${k + 1}-${id}`) } : {}),
      source,
      ...(e.group === undefined && group !== undefined ? { group } : {}),
    }));
  });
  events.sort((a, b) => startTime(a.start) - startTime(b.start));
  const timexes = parts.flatMap(({ timeline }, k) => timeline.timexes.map((t) => ({ ...t, id: `s${k + 1}-${t.id}` })));
  const dates = [...new Set(parts.map((p) => p.timeline.documentDate).filter((d): d is string => d !== null))];
  return {
    version: 1,
    documentDate: dates.length === 1 ? dates[0]! : null,
    documentDateSource: dates.length === 1 ? 'text' : 'none',
    timexes,
    events,
    sources: parts.map((p) => p.source),
  };
}
