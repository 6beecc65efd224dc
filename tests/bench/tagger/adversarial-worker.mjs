// Worker for the adversarial bench: loads both taggers once, then times jobs { tagger, family, size, repeats }
// posted by the parent, which terminates the worker when a job runs past its time limit.
import { parentPort } from 'node:worker_threads';
import * as chrono from 'chrono-node';
import { loadOurTagger } from '../../eval/taggers.mjs';
import { ADVERSARIAL } from './inputs.mjs';

const DOCUMENT_DATE = '2022-01-07';
const { tagTimexes } = await loadOurTagger();
const ref = new Date(2022, 0, 7, 12);
const taggers = {
  ours: (text) => tagTimexes(text, { documentDate: DOCUMENT_DATE }).length,
  chrono: (text) => chrono.parse(text, ref, { forwardDate: false }).length,
};

// warm up both taggers so the first timed job does not pay for compilation
const SAMPLE = 'On Friday, Jan. 4, 2022, two days later, officials said the two-week curfew ends at 9 p.m. next Tuesday. ';
for (let k = 0; k < 20; k++) for (const tag of Object.values(taggers)) tag(SAMPLE.repeat(5));

/** Runs until `minRuns` are done and `minTotalMs` has passed (or `maxRuns`), so tiny times are not noise. */
const MIN_TOTAL_MS = 150;
const MAX_RUNS = 25;

parentPort.on('message', ({ id, tagger, family, size, repeats: minRuns }) => {
  const text = ADVERSARIAL[family](size);
  const times = [];
  let found = 0;
  try {
    let total = 0;
    while (times.length < minRuns || (total < MIN_TOTAL_MS && times.length < MAX_RUNS)) {
      const t0 = performance.now();
      found = taggers[tagger](text);
      const t = performance.now() - t0;
      times.push(t);
      total += t;
    }
    parentPort.postMessage({ id, times, found });
  } catch (e) {
    parentPort.postMessage({ id, error: String(e?.message ?? e).split('\n')[0] });
  }
});
parentPort.postMessage({ ready: true });
