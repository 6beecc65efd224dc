/** Writes to SVG nodes that skip what would not change: each write restyles its element, even a same value. */

/** A coordinate rounded to 1/100 px, so that float noise does not make a same position look new. */
export const px = (v: number): number => Math.round(v * 100) / 100;

/** setAttribute only when the value differs. */
export function setAttr(el: Element, name: string, value: string): void {
  if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}
