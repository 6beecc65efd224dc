// The element's public types as a TypeScript consumer meets them (checked by `tsc -p tsconfig.json --noEmit`,
// which covers tests/): minimal events are accepted by the `events` and `timeline` setters, reading them gives
// whole events, and the element's events are typed for addEventListener.
import { readFileSync } from 'node:fs';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { EventTimeline, EventTimelineProps, Timeline, TimelineEvent, TimelineEventInput, TimelineLike } from '../../../src/element.js';
import { parseTimeline } from '../../../src/core.js';

/** Every key of EventTimelineProps, no more (the type of this literal requires each and refuses others). */
const PROP_KEYS: Record<keyof EventTimelineProps, true> = {
  timeline: true, events: true, text: true, src: true, 'document-date': true, 'show-source': true, layout: true, lang: true,
  theme: true, label: true, 'view-start': true, 'view-end': true, selected: true, 'deep-link': true, 'max-src-bytes': true,
  storytelling: true, 'wheel-zoom': true,
};

/** Never called: the assignments only have to compile. */
export function consumer(el: EventTimeline, t: Timeline): void {
  el.events = [{ start: '2020-05-02', title: 'Talks began' }];
  el.events = [{ id: 'v', start: '2021-06', title: 'The vote', group: 'politics' }];
  el.events = t.events;
  el.events = null;
  el.timeline = t;
  el.timeline = { events: [{ start: '2020-05-02', title: 'Talks began' }] };
  el.timeline = [{ start: '2020-05-02', title: 'Talks began' }];
  el.timeline = null;
  // @ts-expect-error: an event needs a title
  el.events = [{ start: '2020-05-02' }];
  // @ts-expect-error: an event needs a start
  el.timeline = { events: [{ title: 'Talks began' }] };
  const shown: TimelineEvent[] = el.events;
  const whole: Timeline | null = el.timeline;
  el.addEventListener('timeline-select', (e) => { const id: string = e.detail.event.id; void id; });
  void shown; void whole;
}

describe('public types', () => {
  it('a whole event and a Timeline are inputs too', () => {
    expectTypeOf<TimelineEvent>().toMatchTypeOf<TimelineEventInput>();
    expectTypeOf<Timeline>().toMatchTypeOf<TimelineLike>();
  });

  it('EventTimelineProps (for JSX) names every documented attribute and the timeline, events and text properties', () => {
    const source = readFileSync(new URL('../../../src/element/event-timeline.ts', import.meta.url), 'utf8');
    const documented = [...source.matchAll(/@attr ([a-z-]+)/g)].map((m) => m[1]!);
    expect(Object.keys(PROP_KEYS).sort()).toEqual([...documented, 'timeline', 'events', 'text'].sort());
    expectTypeOf<{ events: [{ start: '2020-05-02'; title: 'Talks began' }] }>().toMatchTypeOf<EventTimelineProps>();
    expectTypeOf<EventTimelineProps['layout']>().toEqualTypeOf<EventTimeline['layout'] | undefined>();
  });

  it('a minimal event is filled in as the types say (id, precision, text, span)', () => {
    const input: TimelineEventInput[] = [{ start: '2020-05-02', title: 'Talks began' }];
    const result = parseTimeline({ events: input });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.timeline.events[0]).toMatchObject({ id: 'e1', start: '2020-05-02', precision: 'day', title: 'Talks began', text: 'Talks began' });
  });
});
