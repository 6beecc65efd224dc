/** Word tables that answer only for their own words. */

/**
 * A table of words without Object's prototype: `table['constructor']` or `table['toString']` is undefined, as for
 * any word not in it (a plain object literal would answer with Object's own functions).
 */
export function wordTable<T>(entries: Readonly<Record<string, T>>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}

/**
 * One set of the words of several lists and sets. Called as `/* @__PURE__ *\/ wordSet(A, B, ['x'])` at module top
 * level, a bundler drops it when nothing uses it (a spread `new Set([...A, 'x'])` it must keep: iterating A might
 * have effects).
 */
export function wordSet(...parts: ReadonlyArray<Iterable<string>>): Set<string> {
  const out = new Set<string>();
  for (const part of parts) for (const word of part) out.add(word);
  return out;
}

/**
 * The words of several lists, sets and tables (a table gives its keys), in order, as one array. Like `wordSet`, a
 * `/* @__PURE__ *\/ wordList(...)` at module top level is dropped by a bundler when nothing uses it.
 */
export function wordList(...parts: ReadonlyArray<Iterable<string> | Readonly<Record<string, unknown>>>): string[] {
  const out: string[] = [];
  for (const part of parts) {
    if (Symbol.iterator in part) for (const word of part as Iterable<string>) out.push(word);
    else out.push(...Object.keys(part));
  }
  return out;
}
