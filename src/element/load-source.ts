/** Loading timeline input: inline `<script>` children, and what a `src` URL's body is (fetch-source.ts fetches it). */
import type { Timeline } from '../model/types.js';
import type { EventExtents } from '../model/timex-extent.js';
import { parseWithExtents } from '../model/parse-timeline.js';
import { ENGLISH, type Messages } from './messages.js';

/** Input as the element received it, before extraction. */
export type TimelineInput =
  | { kind: 'timeline'; timeline: Timeline; extents?: EventExtents | null }
  | { kind: 'text'; text: string }
  | { kind: 'error'; message: string; errors?: Array<{ path: string; message: string }> };

/** A Timeline from JSON text, or an error input listing what is wrong. */
export function timelineFromJson(json: string, msg: Messages = ENGLISH): TimelineInput {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (err) {
    return { kind: 'error', message: msg.t('jsonUnreadable', { error: (err as Error).message }) };
  }
  return timelineFromData(data, msg.t('jsonInvalid'));
}

/**
 * A clean Timeline from untrusted data (a Timeline, `{ events }` or an array of events, as JSON or assigned
 * to the element), through parseTimeline: missing fields of minimal events are filled in (precision from the
 * start value, text from the title, an id, an empty span); anything of a wrong type is an error input.
 */
export function timelineFromData(data: unknown, invalid = 'The timeline is not valid'): TimelineInput {
  const result = parseWithExtents(data);
  // The extents of the events, read while validating, spare prepareTimeline reading every date again.
  if (result.ok) return { kind: 'timeline', timeline: result.timeline, extents: result.extents };
  const first = result.errors[0];
  return {
    kind: 'error',
    message: `${invalid}${first ? `: ${first.path || '(root)'} ${first.message}` : ''}.`,
    errors: result.errors.map((e) => ({ path: e.path, message: e.message })),
  };
}

/** Reads `<script type="application/json">` or `<script type="text/plain">` among the host's children. */
export function readInlineInput(host: Element, msg: Messages = ENGLISH): TimelineInput | null {
  for (const child of Array.from(host.children)) {
    if (child.localName !== 'script') continue;
    const type = (child.getAttribute('type') ?? '').trim().toLowerCase();
    const content = child.textContent ?? '';
    if (type === 'application/json') return timelineFromJson(content, msg);
    // `<\/script` stands for `</script`, which cannot appear inside a script element.
    if (type === 'text/plain') return { kind: 'text', text: content.replace(/<\\\/(script)/gi, '</$1') };
  }
  return null;
}

/** Default largest `src` body, in bytes (the `max-src-bytes` attribute changes it). */
export const DEFAULT_MAX_SRC_BYTES = 2_000_000;
