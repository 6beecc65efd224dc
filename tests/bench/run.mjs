#!/usr/bin/env node
// Runs every benchmark of tests/bench/ (each *.mjs file beside this one) in its own process, one after
// the other, and prints their tables. `npm run bench [-- TIMEBANK_DIR] [--only tagger,element]`.
//   TIMEBANK_DIR: a TimeML folder for the tagger throughput bench (default: the repo's seeds).
//   --only: run only the benches whose file name starts with one of these prefixes.
//   --list: print the benches found and exit.
// A bench that takes a corpus folder declares it below; any other bench file is run without arguments.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const here = fileURLToPath(new URL('.', import.meta.url));

/** Benches that take the corpus folder as their last argument. */
const TAKES_CORPUS = new Set(['tagger-throughput.mjs']);
/** Order: fast tagger benches first, then the rest alphabetically. */
const FIRST = ['tagger-throughput.mjs', 'tagger-adversarial.mjs'];

export function benchFiles(dir = here) {
  const all = readdirSync(dir).filter((f) => f.endsWith('.mjs') && f !== 'run.mjs').sort();
  return [...FIRST.filter((f) => all.includes(f)), ...all.filter((f) => !FIRST.includes(f))];
}

function parseArgs(argv) {
  const opts = { only: null, list: false, corpus: null };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--only') opts.only = argv[++i].split(',');
    else if (argv[i] === '--list') opts.list = true;
    else if (argv[i] === '--help' || argv[i] === '-h') { console.log('usage: node tests/bench/run.mjs [--only prefix,prefix] [--list] [TIMEBANK_DIR]'); process.exit(0); }
    else if (argv[i].startsWith('-')) throw new Error(`unknown option ${argv[i]}`);
    else opts.corpus = argv[i];
  }
  return opts;
}

const opts = parseArgs(process.argv.slice(2));
const files = benchFiles().filter((f) => !opts.only || opts.only.some((p) => f.startsWith(p)));
if (opts.list) { for (const f of files) console.log(f); process.exit(0); }
const failed = [];
for (const file of files) {
  const args = TAKES_CORPUS.has(file) && opts.corpus ? [opts.corpus] : [];
  console.log(`\n=== ${file}${args.length ? ` ${args.join(' ')}` : ''}`);
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [join(here, file), ...args], { stdio: 'inherit' });
  const s = ((performance.now() - t0) / 1000).toFixed(1);
  if (r.status !== 0) failed.push(`${file} (exit ${r.status ?? r.signal})`);
  console.log(`=== ${file}: ${r.status === 0 ? 'done' : 'FAILED'} in ${s} s`);
}
if (failed.length) console.log(`\nfailed: ${failed.join(', ')}`);
process.exitCode = failed.length ? 1 : 0;
