/** Bisection over items in text order, shared by every layer that looks spans up. */

/**
 * The first index in [from, to) of `items` whose item no longer satisfies `before` (`items` ordered
 * so that `before` holds for a prefix of that range): `to` when it holds for all.
 */
export function firstIndex<T>(items: readonly T[], before: (item: T) => boolean, from = 0, to = items.length): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(items[mid]!)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
