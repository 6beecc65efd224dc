#!/usr/bin/env node
// One run of one tagger on one adversarial input, in a process of its own so that its peak memory can be
// read: prints { ms, found, baseRss, peakRss, heapBefore, heapAfter } as JSON (bytes). The peak resident
// set (getrusage's maxRSS) never goes down, so the run's own peak is peakRss - baseRss, where baseRss is
// the peak after loading, warming up and building the input.
// usage: node --expose-gc tests/bench/tagger/adversarial-memory.mjs FAMILY TAGGER SIZE
import { ADVERSARIAL } from './inputs.mjs';
import { loadTaggers } from './adversarial-taggers.mjs';

const [family, tagger, size] = [process.argv[2], process.argv[3], Number(process.argv[4])];
if (!ADVERSARIAL[family]) throw new Error(`unknown family "${family}"`);
const taggers = await loadTaggers();
if (!taggers[tagger]) throw new Error(`unknown tagger "${tagger}"`);
const text = ADVERSARIAL[family](size);
globalThis.gc?.();
const baseRss = process.resourceUsage().maxRSS * 1024;
const heapBefore = process.memoryUsage().heapUsed;
const t0 = performance.now();
const found = taggers[tagger](text);
const ms = performance.now() - t0;
const heapAfter = process.memoryUsage().heapUsed;
const peakRss = process.resourceUsage().maxRSS * 1024;
process.stdout.write(`${JSON.stringify({ ms, found, baseRss, peakRss, heapBefore, heapAfter })}\n`);
