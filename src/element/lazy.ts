/**
 * Code the element loads on first use (a dynamic import of a chunk of its own), then keeps: the article pane and
 * text reader (text-path.ts, with the first text), the card and storytelling (card.ts, with the first selection or
 * in storytelling mode) and the `src` loader (src-controller.ts, with the first `src`).
 */
export interface Lazy<T> {
  /** The module, once loaded; null before. */
  readonly module: T | null;
  /** Loads the module (once; a failed download is tried again on the next call). */
  load(): Promise<T>;
}

/** A module that `importer` (`() => import('./x.js')`) loads on first use. */
export function lazy<T>(importer: () => Promise<T>): Lazy<T> {
  let loading: Promise<T> | null = null;
  const chunk: { module: T | null; load(): Promise<T> } = {
    module: null,
    load: () => (loading ??= importer().then((m) => (chunk.module = m), (err: unknown) => {
      loading = null; // a failed download may succeed later
      throw err;
    })),
  };
  return chunk;
}
