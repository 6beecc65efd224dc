/**
 * Code the element loads on first use (a dynamic import of a chunk of its own), then keeps: the article pane and
 * text reader (text-path.ts, with the first text), the card and storytelling (card.ts, with the first selection or
 * in storytelling mode), the `src` loader (src-controller.ts, with the first `src`); and the tagger's fallback on the
 * main thread (blocks-chunk.ts) and other languages' dates (src/render/date-locale.ts) load the same way.
 *
 * Each of those modules re-exports the element class (EventTimeline). It does nothing at run time (the element is
 * loaded by then), but a bundler's code splitting (esbuild's, Rollup's) groups modules by the set of chunks that
 * reach them: with the re-export, every module of the element is reached from each chunk alike, and the element and
 * everything its chunks share with it (Lit, the messages, dates, validation) make one shared chunk. Without it, each
 * combination of importers made a small chunk of its own, each a request and a compression of its own.
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
