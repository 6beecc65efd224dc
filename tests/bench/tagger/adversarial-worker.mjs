// Worker for the adversarial bench: loads both taggers once, then times jobs
// { id, tagger, family, sizes, runs } posted by the parent, which terminates the worker when a job runs
// past its time limit. Runs alternate between the sizes so that a change of machine load hits all alike.
import { parentPort } from 'node:worker_threads';
import { ADVERSARIAL } from './inputs.mjs';
import { loadTaggers } from './adversarial-taggers.mjs';

const taggers = await loadTaggers();

/** Each size gets at least `runs` runs, and small sizes more until they add up to this (capped). */
const MIN_TOTAL_MS = 150;
const MAX_RUNS = 25;

parentPort.on('message', ({ id, tagger, family, sizes, runs }) => {
  const texts = sizes.map((n) => ADVERSARIAL[family](n));
  const times = sizes.map(() => []);
  const found = sizes.map(() => 0);
  const totals = sizes.map(() => 0);
  try {
    for (let round = 0; ; round++) {
      let more = false;
      for (let s = 0; s < sizes.length; s++) {
        if (round >= runs && (totals[s] >= MIN_TOTAL_MS || times[s].length >= MAX_RUNS)) continue;
        more = true;
        const t0 = performance.now();
        found[s] = taggers[tagger](texts[s]);
        const t = performance.now() - t0;
        times[s].push(t);
        totals[s] += t;
      }
      if (!more) break;
    }
    parentPort.postMessage({ id, times, found });
  } catch (e) {
    parentPort.postMessage({ id, error: String(e?.message ?? e).split('\n')[0] });
  }
});
parentPort.postMessage({ ready: true });
