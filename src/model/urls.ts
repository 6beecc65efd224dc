/**
 * The one URL rule for event media and links, used when Timeline JSON is read (`parseTimeline`), when a
 * format writes a URL (iCalendar, TimelineJS) and again when the element renders one: an absolute `http:`
 * or `https:` URL with a host, no user name or password, no spaces or control characters, at most
 * MAX_URL_LENGTH characters. Relative URLs are refused: a Timeline JSON has no base of its own (the same
 * file may be fetched by `src`, inlined, or set as a property), so a relative URL would point at
 * different places. `javascript:`, `data:`, `blob:`, `file:` and every other scheme are refused.
 */

/** Limits on the media, link and group fields (UTF-16 units; links per event). The schema states the same. */
export const FIELD_LIMITS = { group: 100, caption: 1000, alt: 1000, credit: 300, linkText: 300, links: 20 } as const;

/** The longest URL accepted, in UTF-16 units. */
export const MAX_URL_LENGTH = 2048;

/** Whitespace, C0 and C1 controls, DEL, and the Unicode line and paragraph separators. */
const UNSAFE_CHAR = /[\s\x00-\x1f\x7f-\x9f\u2028\u2029]/;

/** Why `v` is not an acceptable media or link URL (a phrase that follows "the URL ..."), or null when it is. */
export function httpUrlProblem(v: string): string | null {
  if (v.length > MAX_URL_LENGTH) return `is ${v.length} characters long; at most ${MAX_URL_LENGTH} are allowed`;
  const bad = UNSAFE_CHAR.exec(v);
  if (bad) return bad[0] === ' ' ? 'contains a space: percent-encode it as %20' : 'contains a space or control character';
  if (!/^https?:\/\//i.test(v)) {
    const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(v);
    return scheme ? `has the scheme "${scheme[1]!.toLowerCase()}:"; only http: and https: are allowed` : 'must be absolute, starting with http:// or https://';
  }
  let url: URL;
  try {
    url = new URL(v);
  } catch {
    return 'is not a valid URL';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'must start with http:// or https://';
  if (!url.hostname) return 'has no host name';
  if (url.username || url.password) return 'must not hold a user name or password';
  return null;
}

/** `v` itself when it is a string that passes httpUrlProblem, else null: checked again wherever a URL is written out. */
export function safeHttpUrl(v: unknown): string | null {
  return typeof v === 'string' && httpUrlProblem(v) === null ? v : null;
}
