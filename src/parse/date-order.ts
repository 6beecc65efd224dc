/**
 * The order a text writes its numeric dates in, read from the text itself: `14/03/2024` or `28/11/2023` can only be
 * day first, and a text that writes one such date and no date that can only be month first (`11/28/2023`) writes its
 * other slashed or dashed dates day first too (`12/06/2024` is 12 June).
 */
import type { TagOptions } from '../model/types.js';

/** A numeric date: day or month, the same separator, the other, and a year of two or four figures. */
const NUMERIC_DATE = /(?<![\d/.-])(\d{1,2})([/-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/-])/g;

/** `DMY` when the text writes a day-first date that cannot be month first, and none that cannot be day first; else undefined. */
export function numericDateOrderOf(text: string): 'DMY' | undefined {
  if (!text.includes('/') && !text.includes('-')) return undefined;
  let dayFirst = false;
  for (const m of text.matchAll(NUMERIC_DATE)) {
    const a = Number(m[1]), b = Number(m[3]);
    if (a > 12 && a <= 31 && b >= 1 && b <= 12) dayFirst = true;
    else if (b > 12 && b <= 31 && a >= 1 && a <= 12) return undefined;
  }
  return dayFirst ? 'DMY' : undefined;
}

/** The options with the text's own numeric date order when the caller set none. */
export function withTextDateOrder(text: string, options: TagOptions): TagOptions {
  if (options.numericDateOrder) return options;
  const order = numericDateOrderOf(text);
  return order ? { ...options, numericDateOrder: order } : options;
}
