/** Merges several timelines into one, keeping per-source provenance (`source` on each event). */
import type { Timeline } from './types.js';
import { timexValueToInterval } from './timex-value.js';

const startTime = (v: string): number => timexValueToInterval(v)?.start.getTime() ?? Number.NaN;

/** One timeline holding every source's events in date order; ids and timex ids are prefixed per source. */
export function mergeTimelines(parts: { source: string; timeline: Timeline }[]): Timeline {
  const events = parts.flatMap(({ source, timeline }, k) =>
    timeline.events.map((e) => ({
      ...e,
      id: `s${k + 1}-${e.id}`,
      ...(e.timexIds ? { timexIds: e.timexIds.map((id) => `s${k + 1}-${id}`) } : {}),
      source,
    })),
  );
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
