/** Writes to SVG nodes that skip what would not change: each write restyles its element, even a same value. */

/** A coordinate rounded to 1/100 px, so that float noise does not make a same position look new. */
export const px = (v: number): number => Math.round(v * 100) / 100;

/** setAttribute only when the value differs. */
export function setAttr(el: Element, name: string, value: string): void {
  if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}

/**
 * Sets an element's text, rewriting its one text node in place when it has one: replacing the node (as textContent
 * does) is a removal and an insertion, on every zoom frame that changes a count.
 */
export function setText(el: Element, value: string): void {
  const only = el.firstChild;
  if (only && only === el.lastChild && only.nodeType === 3) {
    const node = only as Text;
    if (node.data !== value) node.data = value;
  } else if (el.textContent !== value) el.textContent = value;
}
