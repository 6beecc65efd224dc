/**
 * The order a text writes its numeric dates in, read from the text itself: `14/03/2024` or `28/11/2023` can only be
 * day first, and a text that writes one such date and no date that can only be month first (`11/28/2023`) writes its
 * other slashed or dashed dates day first too (`12/06/2024` is 12 June).
 */
import type { TagOptions } from '../model/types.js';

/** A numeric date: day or month, the same separator, the other, and a year of two or four figures. */
const NUMERIC_DATE = /(?<![\d/.-])(\d{1,2})([/-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/-])/g;

/** A day written before a capitalized word (`1 December`, `3rd of March`), and after one (`December 1`, `Dec. 1`). */
const DAY_BEFORE_WORD = /\b\d{1,2}(?:st|nd|rd|th)? (?:of )?([A-Z][a-z]{2,8})\b/g;
const DAY_AFTER_WORD = /\b([A-Z][a-z]{2,8})\.? \d{1,2}(?:st|nd|rd|th)?(?![\d:])/g;
/** Month names and their abbreviations, as DAY_BEFORE_WORD and DAY_AFTER_WORD capture them. */
const MONTH_NAMES: ReadonlySet<string> = /* @__PURE__ */ new Set(['Jan', 'January', 'Feb', 'February', 'Mar', 'March', 'Apr', 'April', 'May', 'Jun', 'June',
  'Jul', 'July', 'Aug', 'August', 'Sep', 'Sept', 'September', 'Oct', 'October', 'Nov', 'November', 'Dec', 'December']);
/** Whether `re` finds a day next to a month's name in `text`. */
function dayNextToMonth(re: RegExp, text: string): boolean {
  for (const m of text.matchAll(re)) if (MONTH_NAMES.has(m[1]!)) return true;
  return false;
}

/**
 * `DMY` when the text writes a day-first date that cannot be month first, and none that cannot be day first; or, when
 * its numeric dates could be read either way (`03/12/2026`), when it writes its dates with month names day first (`1
 * December`) and never month first (`December 1`), as a British or European text does. Else undefined.
 */
export function numericDateOrderOf(text: string): 'DMY' | undefined {
  if (!text.includes('/') && !text.includes('-')) return undefined;
  let dayFirst = false;
  let either = false;
  for (const m of text.matchAll(NUMERIC_DATE)) {
    const a = Number(m[1]), b = Number(m[3]);
    if (a > 12 && a <= 31 && b >= 1 && b <= 12) dayFirst = true;
    else if (b > 12 && b <= 31 && a >= 1 && a <= 12) return undefined;
    else if (a >= 1 && a <= 12 && b >= 1 && b <= 12 && a !== b) either = true;
  }
  if (dayFirst) return 'DMY';
  if (!either) return undefined;
  if (dayNextToMonth(DAY_AFTER_WORD, text)) return undefined;
  return dayNextToMonth(DAY_BEFORE_WORD, text) ? 'DMY' : undefined;
}

/** The options with the text's own numeric date order when the caller set none. */
export function withTextDateOrder(text: string, options: TagOptions): TagOptions {
  if (options.numericDateOrder) return options;
  const order = numericDateOrderOf(text);
  return order ? { ...options, numericDateOrder: order } : options;
}
