/** Worker threads for `extract --jsonl --jobs N`: each worker runs `processLine`; results come back by sequence number. */
import { Worker, parentPort, workerData } from 'node:worker_threads';
import type { TagOptions } from '../model/types.js';
import { errorFor, processLine, type BatchResult, type WorkerPool } from './batch.js';

/** Marks the workers that the CLI starts on its own entry file. */
export const WORKER_MARK = 'eventTimelineBatchWorker';

interface Task { line: string; lineNo: number; resolve(r: BatchResult | null): void }
interface Slot { worker: Worker; tasks: Map<number, Task> }

/** Starts `jobs` workers on `entry` (a module that calls `serveBatchWorker()` when `isBatchWorker()`). */
export function startWorkerPool(entry: URL, jobs: number, options: TagOptions): WorkerPool {
  let seq = 0;
  let closing = false;
  const slots: Slot[] = [];
  const spawn = (i: number): void => {
    const slot: Slot = { worker: new Worker(entry, { workerData: { [WORKER_MARK]: true, options } }), tasks: new Map() };
    slot.worker.on('message', ({ seq: n, result }: { seq: number; result: BatchResult | null }) => {
      const task = slot.tasks.get(n);
      slot.tasks.delete(n);
      task?.resolve(result);
    });
    const fail = (why: string) => {
      for (const task of slot.tasks.values()) task.resolve(errorFor(task.line, task.lineNo, `worker failed: ${why}`));
      slot.tasks.clear();
      if (!closing) spawn(i); // the next documents go to a fresh worker
    };
    slot.worker.on('error', (e) => fail(e instanceof Error ? e.message : String(e)));
    slot.worker.on('exit', (code) => { if (!closing && slots[i] === slot) fail(`exited with code ${code}`); });
    slots[i] = slot;
  };
  for (let i = 0; i < jobs; i++) spawn(i);
  return {
    run(line, lineNo) {
      return new Promise((resolve) => {
        // the least busy worker takes it
        const slot = slots.reduce((a, b) => (b.tasks.size < a.tasks.size ? b : a));
        const n = seq++;
        slot.tasks.set(n, { line, lineNo, resolve });
        slot.worker.postMessage({ seq: n, line, lineNo });
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

/** The worker side: answers each `{seq, line, lineNo}` with `{seq, result}`. */
export function serveBatchWorker(): void {
  const options = (workerData as { options: TagOptions }).options;
  parentPort!.on('message', ({ seq, line, lineNo }: { seq: number; line: string; lineNo: number }) => {
    parentPort!.postMessage({ seq, result: processLine(line, lineNo, options) });
  });
}
