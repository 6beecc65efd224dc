/** Word tables that answer only for their own words. */

/**
 * A table of words without Object's prototype: `table['constructor']` or `table['toString']` is undefined, as for
 * any word not in it (a plain object literal would answer with Object's own functions).
 */
export function wordTable<T>(entries: Readonly<Record<string, T>>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
