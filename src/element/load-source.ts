/** Loading timeline input: a `src` URL (JSON or text) and inline `<script>` children. */
import type { Timeline } from '../model/types.js';
import { parseTimeline } from '../model/parse-timeline.js';
import { ENGLISH, type Messages } from './messages.js';

/** Input as the element received it, before extraction. */
export type TimelineInput =
  | { kind: 'timeline'; timeline: Timeline }
  | { kind: 'text'; text: string }
  | { kind: 'error'; message: string; errors?: Array<{ path: string; message: string }> };

/** `url` resolved against the page, or null unless it is http(s) (never `javascript:` or `data:`). */
export function safeUrl(url: string, base: string = document.baseURI): URL | null {
  try {
    const resolved = new URL(url, base);
    return resolved.protocol === 'http:' || resolved.protocol === 'https:' ? resolved : null;
  } catch {
    return null;
  }
}

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
  const result = parseTimeline(data);
  if (result.ok) return { kind: 'timeline', timeline: result.timeline };
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

const megabytes = (n: number): string => (n < 100_000 ? `${n}-byte` : `${(n / 1_000_000).toFixed(n < 10_000_000 ? 1 : 0)} MB`);

/** The body of `response` as text, or null once it passes `max` bytes (the rest is not downloaded). */
async function boundedText(response: Response, max: number): Promise<string | null> {
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > max) return null;
  if (!response.body) {
    const text = await response.text();
    return new TextEncoder().encode(text).length > max ? null : text;
  }
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > max) {
      await reader.cancel();
      return null;
    }
    parts.push(decoder.decode(value, { stream: true }));
  }
  parts.push(decoder.decode());
  return parts.join('');
}

/**
 * Fetches `url`: JSON (by content type or a leading `{`) becomes a Timeline, anything else is article text.
 * A body over `maxBytes` is an error input, and is not downloaded further.
 */
export async function fetchInput(url: string, signal: AbortSignal, maxBytes = DEFAULT_MAX_SRC_BYTES, msg: Messages = ENGLISH): Promise<TimelineInput> {
  const safe = safeUrl(url);
  if (!safe) return { kind: 'error', message: msg.t('srcNotHttp', { url }) };
  let response: Response;
  try {
    response = await fetch(safe, { signal, credentials: 'same-origin' });
  } catch (err) {
    if ((err as Error).name === 'AbortError') throw err;
    return { kind: 'error', message: msg.t('loadFailed', { url: safe.href, error: (err as Error).message }) };
  }
  if (!response.ok) return { kind: 'error', message: msg.t('loadFailed', { url: safe.href, error: `HTTP ${response.status} ${response.statusText}`.trim() }) };
  const body = await boundedText(response, maxBytes);
  if (body === null) return { kind: 'error', message: msg.t('tooLarge', { url: safe.href, size: megabytes(maxBytes) }) };
  const type = response.headers.get('content-type') ?? '';
  if (type.includes('json') || /^\s*\{/.test(body.slice(0, 64))) return timelineFromJson(body, msg);
  return { kind: 'text', text: body };
}
