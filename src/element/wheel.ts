/**
 * Which pointer input zooms the chart. A plain mouse wheel scrolls the page (a reader scrolling the story
 * must not get stuck on the chart); Ctrl or ⌘ with the wheel zooms, and so does a trackpad pinch, which
 * browsers send as a wheel event with ctrlKey. `wheel-zoom` makes a plain wheel zoom again.
 */

import { ENGLISH, type Messages } from './messages.js';

type ZoomInput = Pick<MouseEvent, 'type' | 'ctrlKey' | 'metaKey' | 'button'>;

/** The zoom behaviour's filter (zoom-behaviour.ts): true for input that zooms or pans the chart. */
export function zoomInputAccepted(event: ZoomInput, wheelZoom: boolean): boolean {
  if (event.type === 'wheel') return wheelZoom || event.ctrlKey || event.metaKey;
  // Drags, touches and double-clicks: the primary button, no Ctrl (as d3-zoom's default filter).
  return !event.ctrlKey && !event.button;
}

/** A plain wheel that scrolls the page past the chart, mostly vertical: worth the hint. */
export function wantsZoomHint(event: Pick<WheelEvent, 'type' | 'ctrlKey' | 'metaKey' | 'deltaX' | 'deltaY'>, wheelZoom: boolean): boolean {
  return event.type === 'wheel' && !wheelZoom && !event.ctrlKey && !event.metaKey
    && event.deltaY !== 0 && Math.abs(event.deltaY) >= Math.abs(event.deltaX);
}

/** Apple keyboards say ⌘ where others say Ctrl. */
export function isApplePlatform(nav: { platform?: string; userAgent?: string } | undefined = globalThis.navigator): boolean {
  const platform = nav?.platform ?? '';
  return /Mac|iPhone|iPad|iPod/i.test(platform) || (!platform && /Mac OS X/i.test(nav?.userAgent ?? ''));
}

/** The hint shown over the chart after a plain wheel, in the language of `msg`. */
export function zoomHintText(apple: boolean, msg: Messages = ENGLISH): string {
  return msg.t('zoomHint', { key: apple ? '⌘' : 'Ctrl' });
}

/** How long the hint stays after the last plain wheel, ms. */
export const ZOOM_HINT_MS = 1500;
