/** Storytelling: stepping through events in date order, one slide at a time, by buttons, keys and swipes. */

/** A step: back (-1) or on (1). */
export type StoryStep = -1 | 1;

/**
 * The slide reached from `current` (an index in date order, -1 before the first) by `step` among `count` events:
 * the first one from before the start, clamped at both ends (never wraps); -1 when there are no events.
 */
export function storyIndex(current: number, count: number, step: StoryStep): number {
  if (count <= 0) return -1;
  if (current < 0 || current >= count) return step > 0 ? 0 : -1;
  return Math.min(Math.max(current + step, 0), count - 1);
}

/** What the live region says on a step: "Event 3 of 12: <title>". */
export function storyAnnouncement(index: number, count: number, title: string): string {
  const name = title.replace(/\s+/g, ' ').trim() || '(untitled)';
  return `Event ${index + 1} of ${count}: ${name}`;
}

/** Least horizontal travel of a swipe, CSS px. */
export const SWIPE_MIN_PX = 50;

/**
 * The step a touch swipe of (dx, dy) CSS px makes: a mostly horizontal swipe (at least `min` px, more than
 * twice as far across as up or down) to the left goes on, to the right back; anything else (a tap, a
 * vertical scroll, a diagonal drag) makes none (0).
 */
export function swipeStep(dx: number, dy: number, min = SWIPE_MIN_PX): StoryStep | 0 {
  if (!Number.isFinite(dx) || !Number.isFinite(dy) || Math.abs(dx) < min || Math.abs(dx) <= 2 * Math.abs(dy)) return 0;
  return dx < 0 ? 1 : -1;
}
