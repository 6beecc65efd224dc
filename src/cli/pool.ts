/** Worker threads for `extract --jsonl --jobs N`: each worker runs `processLine`; results come back by sequence number. */
import { Worker, parentPort, workerData } from 'node:worker_threads';
import type { TagOptions } from '../model/types.js';
import { errorFor, processLine, type BatchResult, type WorkerPool } from './batch.js';

/** Marks the workers that the CLI starts on its own entry file. */
export const WORKER_MARK = 'eventTimelineBatchWorker';

interface Task { line: string; lineNo: number; resolve(r: BatchResult | null): void }
interface Slot { worker: Worker; tasks: Map<number, Task>; outbox: { seq: number; line: string; lineNo: number }[] }

/**
 * Lines go to a worker in batches (one message per up to MAX_BATCH lines, or whatever arrived before the
 * event loop turned) and come back in one message per batch: a message costs about 0.1 ms of CPU on both
 * sides, as much as extracting a short document.
 */
const MAX_BATCH = 32;

/** Starts `jobs` workers on `entry` (a module that calls `serveBatchWorker()` when `isBatchWorker()`). */
export function startWorkerPool(entry: URL, jobs: number, options: TagOptions): WorkerPool {
  let seq = 0;
  let closing = false;
  const slots: Slot[] = [];
  const flush = (slot: Slot) => {
    if (slot.outbox.length === 0) return;
    slot.worker.postMessage(slot.outbox);
    slot.outbox = [];
  };
  const spawn = (i: number): void => {
    const slot: Slot = { worker: new Worker(entry, { workerData: { [WORKER_MARK]: true, options } }), tasks: new Map(), outbox: [] };
    slot.worker.on('message', (results: { seq: number; result: BatchResult | null }[]) => {
      for (const { seq: n, result } of results) {
        const task = slot.tasks.get(n);
        slot.tasks.delete(n);
        task?.resolve(result);
      }
    });
    const fail = (why: string) => {
      for (const task of slot.tasks.values()) task.resolve(errorFor(task.line, task.lineNo, `worker failed: ${why}`));
      slot.tasks.clear();
      slot.outbox = [];
      if (!closing) spawn(i); // the next documents go to a fresh worker
    };
    slot.worker.on('error', (e) => fail(e instanceof Error ? e.message : String(e)));
    slot.worker.on('exit', (code) => { if (!closing && slots[i] === slot) fail(`exited with code ${code}`); });
    slots[i] = slot;
  };
  for (let i = 0; i < jobs; i++) spawn(i);
  return {
    /** Outstanding documents that the caller may keep in flight: enough for full batches on every worker. */
    window: jobs * MAX_BATCH * 2,
    run(line, lineNo) {
      return new Promise((resolve) => {
        // the least busy worker takes it
        const slot = slots.reduce((a, b) => (b.tasks.size < a.tasks.size ? b : a));
        const n = seq++;
        slot.tasks.set(n, { line, lineNo, resolve });
        slot.outbox.push({ seq: n, line, lineNo });
        if (slot.outbox.length >= MAX_BATCH) flush(slot);
        else if (slot.outbox.length === 1) setImmediate(() => flush(slot));
      });
    },
    async close() {
      closing = true;
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}

export function isBatchWorker(): boolean {
  return parentPort !== null && typeof workerData === 'object' && workerData !== null && (workerData as Record<string, unknown>)[WORKER_MARK] === true;
}

/** The worker side: answers each batch of `{seq, line, lineNo}` with one message of `{seq, result}`. */
export function serveBatchWorker(): void {
  const options = (workerData as { options: TagOptions }).options;
  parentPort!.on('message', (batch: { seq: number; line: string; lineNo: number }[]) => {
    parentPort!.postMessage(batch.map(({ seq, line, lineNo }) => ({ seq, result: processLine(line, lineNo, options) })));
  });
}
