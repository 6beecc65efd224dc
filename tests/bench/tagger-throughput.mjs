#!/usr/bin/env node
// Tagger throughput: ours (tagTimexes) vs chrono-node (chrono.parse) on the same texts, interleaved
// in one process, several rounds; prints characters per second (median of rounds) and ours/chrono.
//
// usage: node tests/bench/tagger-throughput.mjs [--rounds 7] [--json FILE] [TIMEML_OR_GOLD_DIR]
//   Without a folder it runs on the repo's seed articles. Both taggers get each document's date.
//   chrono's time is chrono.parse alone (the TIMEX mapping the eval adds is not counted).
import { writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import * as chrono from 'chrono-node';
import { loadOurTagger } from '../eval/taggers.mjs';
import { referenceDateOf } from '../eval/chrono-map.mjs';
import { benchDocuments, SEEDS_DIR } from './tagger/corpus.mjs';
import { median, formatRate, formatMs } from './tagger/stats.mjs';

/** At least this many characters per timed pass, so a pass over a small corpus is not noise. */
const MIN_CHARS_PER_PASS = 400_000;

function parseArgs(argv) {
  const opts = { rounds: 7, warmup: 2, json: null, dir: null };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--rounds') opts.rounds = Number(argv[++i]);
    else if (argv[i] === '--json') opts.json = argv[++i];
    else if (argv[i] === '--help' || argv[i] === '-h') { console.log('usage: node tests/bench/tagger-throughput.mjs [--rounds 7] [--json FILE] [DIR]'); process.exit(0); }
    else if (argv[i].startsWith('-')) throw new Error(`unknown option ${argv[i]}`);
    else opts.dir = argv[i];
  }
  if (!(opts.rounds >= 1)) throw new Error('--rounds must be at least 1');
  return opts;
}

/** Time of one pass of `tag` over every document, repeated `reps` times; also counts timexes found. */
function pass(tag, docs, reps) {
  let found = 0;
  const t0 = performance.now();
  for (let r = 0; r < reps; r++) for (const d of docs) found += tag(d).length;
  return { ms: performance.now() - t0, found };
}

export async function runThroughput({ dir = null, rounds = 7, warmup = 2 } = {}) {
  const docs = benchDocuments(dir ?? SEEDS_DIR);
  if (!docs.length) throw new Error(`no documents in ${dir ?? SEEDS_DIR}`);
  const { tagTimexes } = await loadOurTagger();
  const taggers = {
    ours: (d) => tagTimexes(d.text, { documentDate: d.documentDate }),
    chrono: (d) => chrono.parse(d.text, d.ref, { forwardDate: false }),
  };
  for (const d of docs) d.ref = referenceDateOf(d.documentDate) ?? undefined;
  const chars = docs.reduce((n, d) => n + d.text.length, 0);
  const reps = Math.max(1, Math.ceil(MIN_CHARS_PER_PASS / chars));
  const ms = { ours: [], chrono: [] };
  const found = {};
  for (let r = 0; r < warmup + rounds; r++) {
    // alternate which tagger goes first, so neither always runs on a warmer or cooler machine
    const order = r % 2 ? ['chrono', 'ours'] : ['ours', 'chrono'];
    for (const name of order) {
      const p = pass(taggers[name], docs, reps);
      found[name] = p.found / reps;
      if (r >= warmup) ms[name].push(p.ms);
    }
  }
  const rate = (t) => (chars * reps) / (t / 1000);
  const result = { corpus: basename(resolve(dir ?? SEEDS_DIR)), documents: docs.length, chars, reps, rounds, taggers: {} };
  for (const name of ['ours', 'chrono']) {
    const rates = ms[name].map(rate);
    result.taggers[name] = { medianMsPerPass: median(ms[name]) / reps, charsPerSecond: median(rates), minRate: Math.min(...rates), maxRate: Math.max(...rates), timexesPerPass: found[name] };
  }
  result.ratio = result.taggers.ours.charsPerSecond / result.taggers.chrono.charsPerSecond;
  result.ratioOfRounds = median(ms.ours.map((t, k) => ms.chrono[k] / t));
  return result;
}

export function formatThroughput(r) {
  const lines = [
    `tagger throughput on ${r.corpus}: ${r.documents} documents, ${r.chars.toLocaleString('en-US')} characters x ${r.reps} per pass, ${r.rounds} rounds (median)`,
    'tagger  | ms per corpus |   chars/s | range of rounds       | results',
  ];
  for (const [name, t] of Object.entries(r.taggers)) {
    lines.push(`${name.padEnd(7)} | ${formatMs(t.medianMsPerPass).padStart(13)} | ${formatRate(t.charsPerSecond).padStart(9)} | ${`${formatRate(t.minRate)} .. ${formatRate(t.maxRate)}`.padEnd(21)} | ${t.timexesPerPass}`);
  }
  lines.push(`ratio ours/chrono: ${r.ratio.toFixed(2)}x (median of per-round ratios ${r.ratioOfRounds.toFixed(2)}x)`);
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('tagger-throughput.mjs')) {
  const opts = parseArgs(process.argv.slice(2));
  runThroughput(opts).then((r) => {
    console.log(formatThroughput(r));
    if (opts.json) writeFileSync(opts.json, JSON.stringify(r, null, 1));
  }, (e) => { console.error(String(e?.stack ?? e)); process.exitCode = 1; });
}
