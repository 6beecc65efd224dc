/** Fetching the element's `src` (JSON or article text): in src-controller.ts's chunk, loaded with the first `src`. */
import { ENGLISH, type Messages } from './messages.js';
import { DEFAULT_MAX_SRC_BYTES, timelineFromJson, type TimelineInput } from './load-source.js';

/** The English of what only the `src` loader says (message-tables.ts translates it): with this chunk (see messages.ts). */
export const SRC_ENGLISH = {
  srcNotHttp: 'The src "{url}" is not an http or https URL.',
  tooLarge: '{url} is larger than the {size} limit for src (set max-src-bytes to allow more).',
};

/** `url` resolved against the page, or null unless it is http(s) (never `javascript:` or `data:`). */
export function safeUrl(url: string, base: string = document.baseURI): URL | null {
  try {
    const resolved = new URL(url, base);
    return resolved.protocol === 'http:' || resolved.protocol === 'https:' ? resolved : null;
  } catch {
    return null;
  }
}

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
  if (!safe) return { kind: 'error', message: msg.t('srcNotHttp', { url }, SRC_ENGLISH) };
  let response: Response;
  try {
    response = await fetch(safe, { signal, credentials: 'same-origin' });
  } catch (err) {
    if ((err as Error).name === 'AbortError') throw err;
    return { kind: 'error', message: msg.t('loadFailed', { url: safe.href, error: (err as Error).message }) };
  }
  if (!response.ok) return { kind: 'error', message: msg.t('loadFailed', { url: safe.href, error: `HTTP ${response.status} ${response.statusText}`.trim() }) };
  const body = await boundedText(response, maxBytes);
  if (body === null) return { kind: 'error', message: msg.t('tooLarge', { url: safe.href, size: megabytes(maxBytes) }, SRC_ENGLISH) };
  const type = response.headers.get('content-type') ?? '';
  if (type.includes('json') || /^\s*\{/.test(body.slice(0, 64))) return timelineFromJson(body, msg);
  return { kind: 'text', text: body };
}
