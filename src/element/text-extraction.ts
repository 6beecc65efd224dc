/**
 * Article text to a Timeline for the element, without freezing the page: in a module worker
 * (extract-worker.ts) when one starts, else on the main thread in blocks of paragraphs with a pause
 * between them (events/blocks.ts by blocks-chunk.ts, loaded only then). The extraction code is never in the element's
 * own bundle: the worker loads it, or a dynamic import does.
 *
 * Only the latest run counts: a new run (or cancel()) makes older ones resolve to null, and a worker busy
 * with stale text is ended, so that a fresh one answers the new text sooner.
 */
import type { TagOptions, Timeline } from '../model/types.js';
import type { ExtractReply, ExtractRequest } from './extract-protocol.js';

/** A run's result: the Timeline, or the message of what extraction threw (invalid options). */
export type ExtractOutcome = { timeline: Timeline } | { error: string };

/** Starts the extraction worker; throws when workers are missing or refused (CSP, file://). */
export type StartWorker = () => Worker;

/**
 * The module worker beside this module. The build keeps this exact form (bundlers recognise it) and fixes
 * the relative path for the output file it lands in (rollup.config.mjs, workerUrl).
 */
const startModuleWorker: StartWorker = () => new Worker(new URL('./extract-worker.js', import.meta.url), { type: 'module' });

/** A macrotask: the page can handle input and paint before it runs (not throttled like timers in background tabs). */
export function macrotask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

const messageOf = (err: unknown): string => (err instanceof Error ? err.message : String(err));

export class TextExtraction {
  private worker: Worker | null = null;
  /** A worker failed to start or broke: every later run works on the main thread. */
  private workerFailed = false;
  private generation = 0;
  private lastId = 0;
  /** Ends the worker job in flight (its text went stale). */
  private abandonJob: (() => void) | null = null;
  /** A run is under way whose result will count. */
  busy = false;

  constructor(private readonly startWorker: StartWorker = startModuleWorker, private readonly pause: () => Promise<void> = macrotask) {}

  /** True once a worker failed, so runs work on the main thread. */
  get onMainThread(): boolean {
    return this.workerFailed;
  }

  /** `text`'s Timeline (or what went wrong); null when a later run or cancel() made this run stale. */
  async run(text: string, options: TagOptions): Promise<ExtractOutcome | null> {
    this.cancel();
    const generation = this.generation;
    const stale = (): boolean => generation !== this.generation;
    this.busy = true;
    try {
      if (!this.workerFailed) {
        const reply = await this.inWorker(text, options);
        if (stale()) return null;
        if (reply && 'error' in reply) return reply;
        if (reply) {
          // Parsing and showing a long text's timeline are separate tasks.
          await this.pause();
          if (stale()) return null;
          const timeline = JSON.parse(reply.json) as Timeline;
          await this.pause();
          return stale() ? null : { timeline };
        }
      }
      return await this.inBlocks(text, options, stale);
    } finally {
      if (!stale()) this.busy = false;
    }
  }

  /** Makes the run under way stale (its result is dropped). */
  cancel(): void {
    this.generation++;
    this.busy = false;
    const abandon = this.abandonJob;
    if (abandon) {
      this.endWorker();
      abandon();
    }
  }

  /** Cancels the run under way and ends the worker; true when a run was cut short. */
  dispose(): boolean {
    const cut = this.busy;
    this.cancel();
    this.endWorker();
    return cut;
  }

  private endWorker(): void {
    this.worker?.terminate();
    this.worker = null;
  }

  /** The worker's reply, or null when the worker could not start, broke, or the run went stale. */
  private inWorker(text: string, options: TagOptions): Promise<{ json: string } | { error: string } | null> {
    let worker: Worker;
    try {
      worker = this.worker ??= this.startWorker();
    } catch {
      this.workerFailed = true;
      return Promise.resolve(null);
    }
    const id = ++this.lastId;
    return new Promise((resolve) => {
      const done = (outcome: { json: string } | { error: string } | null): void => {
        worker.removeEventListener('message', onMessage);
        worker.removeEventListener('error', onError);
        worker.removeEventListener('messageerror', onError);
        this.abandonJob = null;
        resolve(outcome);
      };
      const onMessage = (event: MessageEvent<ExtractReply>): void => {
        const reply = event.data;
        if (reply.id !== id) return;
        done('error' in reply ? { error: reply.error } : { json: reply.json });
      };
      // The script did not load (missing, refused by worker-src, a bundler that moved it) or the worker broke.
      const onError = (event: Event): void => {
        event.preventDefault();
        this.workerFailed = true;
        if (this.worker === worker) this.endWorker();
        done(null);
      };
      worker.addEventListener('message', onMessage);
      worker.addEventListener('error', onError);
      worker.addEventListener('messageerror', onError);
      this.abandonJob = () => done(null);
      try {
        worker.postMessage({ id, text, options } satisfies ExtractRequest);
      } catch {
        this.workerFailed = true;
        this.endWorker();
        done(null);
      }
    });
  }

  /** On the main thread, a block of paragraphs per task; null when the run went stale. */
  private async inBlocks(text: string, options: TagOptions, stale: () => boolean): Promise<ExtractOutcome | null> {
    try {
      await this.pause();
      const { extractTimelineInBlocks } = await import('./blocks-chunk.js');
      if (stale()) return null;
      const timeline = await extractTimelineInBlocks(text, options, { pause: this.pause, stale });
      return timeline && !stale() ? { timeline } : null;
    } catch (err) {
      return stale() ? null : { error: messageOf(err) };
    }
  }
}
