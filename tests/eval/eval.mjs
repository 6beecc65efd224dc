#!/usr/bin/env node
// TempEval-3 style evaluation of the temporal tagger, side by side with chrono-node.
//
// usage: node tests/eval/eval.mjs [--verbose] [--limit N] [--tagger ours|chrono|both] [--max N] [--json FILE]
//        [--save FILE] [--diff FILE] PATH...
//   PATH: a TimeML file (.tml), a gold text (NAME.txt with NAME.gold.json beside it), or a folder
//   of either; each PATH is one corpus with its own table. Default PATH: seeds/.
//   --verbose lists misses, false positives, wrong values, extents and types grouped by kind
//   (for ours; for chrono with --tagger chrono); --max N examples per group (default 15).
//   --save FILE writes every gold timex's outcome for that tagger; --diff FILE compares this run with
//   a saved one and lists what got better and worse.
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCorpus } from './corpus.mjs';
import { scoreDocument, addCounts, emptyCounts, metrics, negativesHit } from './score.mjs';
import { makeTaggers } from './taggers.mjs';
import { TABLE_HEADER, tableRow, errorListing } from './report.mjs';
import { outcomesOf, diffOutcomes } from './outcomes.mjs';

function parseArgs(argv) {
  const opts = { verbose: false, limit: Infinity, tagger: 'both', max: 15, json: null, save: null, diff: null, paths: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--verbose' || a === '-v') opts.verbose = true;
    else if (a === '--limit') opts.limit = Number(argv[++i]);
    else if (a === '--tagger') opts.tagger = argv[++i];
    else if (a === '--max') opts.max = Number(argv[++i]);
    else if (a === '--json') opts.json = argv[++i];
    else if (a === '--save') opts.save = argv[++i];
    else if (a === '--diff') opts.diff = argv[++i];
    else if (a === '--help' || a === '-h') opts.help = true;
    else if (a.startsWith('-')) throw new Error(`unknown option ${a}`);
    else opts.paths.push(a);
  }
  if (!['ours', 'chrono', 'both'].includes(opts.tagger)) throw new Error(`--tagger must be ours, chrono or both, not ${opts.tagger}`);
  if (!(opts.limit > 0)) throw new Error('--limit must be a positive number');
  if (!opts.paths.length) opts.paths.push(fileURLToPath(new URL('../../seeds', import.meta.url)));
  return opts;
}

/** Runs one tagger over a corpus; a crash on a document is reported and counts as no output. */
function runTagger(tag, docs) {
  let counts = emptyCounts();
  let ms = 0;
  const perDoc = [];
  const failures = [];
  const negatives = { total: 0, hit: [] };
  const outcomes = {};
  for (const doc of docs) {
    let predicted = [];
    const t0 = performance.now();
    try {
      predicted = tag(doc);
      if (!Array.isArray(predicted)) throw new Error('tagger did not return an array');
    } catch (e) {
      failures.push(`${doc.name}: ${String(e?.message ?? e).split('\n')[0]}`);
      predicted = [];
    }
    ms += performance.now() - t0;
    Object.assign(outcomes, outcomesOf(doc, predicted));
    const { counts: c, errors } = scoreDocument(doc.gold, predicted);
    counts = addCounts(counts, c);
    perDoc.push({ doc, errors });
    negatives.total += doc.negatives?.length ?? 0;
    for (const h of negativesHit(doc.text, doc.negatives, predicted)) negatives.hit.push(`${doc.name}: ${JSON.stringify(h.pred.text)} inside ${JSON.stringify(h.negative)}`);
  }
  return { counts, ms, perDoc, failures, negatives, outcomes };
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.help) { console.log(fileHelp()); return 0; }
  const names = opts.tagger === 'both' ? ['ours', 'chrono'] : [opts.tagger];
  const taggers = await makeTaggers(names);
  const listFor = opts.tagger === 'both' ? 'ours' : opts.tagger;
  const summary = [];
  const outcomes = {};
  let failed = 0;
  for (const path of opts.paths) {
    const docs = readCorpus(path, opts.limit);
    const gold = docs.reduce((n, d) => n + d.gold.length, 0);
    console.log(`\n${basename(resolve(path))}: ${docs.length} documents, ${gold} gold timexes`);
    console.log(TABLE_HEADER);
    const results = {};
    for (const name of names) {
      const r = runTagger(taggers[name], docs);
      results[name] = r;
      console.log(tableRow(name, r.counts, r.ms));
      summary.push({ corpus: basename(resolve(path)), path, tagger: name, documents: docs.length, ...metrics(r.counts), counts: r.counts, ms: r.ms });
    }
    for (const name of names) {
      const neg = results[name].negatives;
      if (neg.total) console.log(`  ${name}: negatives tagged ${neg.hit.length}/${neg.total}${neg.hit.length ? `: ${neg.hit.join('; ')}` : ''}`);
    }
    for (const name of names) {
      for (const f of results[name].failures) console.log(`  ${name} FAILED on ${f}`);
      failed += results[name].failures.length;
    }
    Object.assign(outcomes, results[listFor].outcomes);
    if (opts.verbose) {
      console.log(`\nerrors of ${listFor} on ${basename(resolve(path))}:`);
      for (const line of errorListing(results[listFor].perDoc, opts.max)) console.log(line);
    }
  }
  if (opts.json) writeFileSync(opts.json, JSON.stringify(summary, null, 1));
  if (opts.diff) {
    const { better, worse } = diffOutcomes(JSON.parse(readFileSync(opts.diff, 'utf8')), outcomes);
    console.log(`\n${listFor} compared with ${opts.diff}: ${better.length} better, ${worse.length} worse`);
    for (const l of worse) console.log(`  worse  ${l}`);
    for (const l of better) console.log(`  better ${l}`);
  }
  if (opts.save) writeFileSync(opts.save, JSON.stringify(outcomes));
  return failed ? 1 : 0;
}

function fileHelp() {
  return 'usage: node tests/eval/eval.mjs [--verbose] [--limit N] [--tagger ours|chrono|both] [--max N] [--json FILE] [--save FILE] [--diff FILE] PATH...';
}

main().then((code) => { process.exitCode = code; }, (e) => { console.error(`eval: ${e?.message ?? e}`); process.exitCode = 2; });
