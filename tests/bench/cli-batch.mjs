#!/usr/bin/env node
// Batch-mode throughput of the CLI: `extract --jsonl --jobs N` on a corpus repeated to at least
// --docs documents, for each N in --jobs (default 1,2); prints documents/s and documents/s per core
// (median of --rounds runs, wall time of the whole process, worker start-up included).
//
// usage: node tests/bench/cli-batch.mjs [--docs 2000] [--jobs 1,2] [--rounds 3] [--cli dist/cli.js] [--json FILE] [TIMEML_DIR]
//   TIMEML_DIR: a TimeML folder such as TimeBank (tags stripped, DCT as documentDate); default: the seeds.
//   --cli: the CLI to run; default: src/cli/bin.ts bundled with esbuild (the current sources).
//   docs/s/core = docs/s / min(jobs, cores); docs/cpu-s = documents per CPU-second of the whole process (all threads).
import { spawn } from 'node:child_process';
import { loadavg } from 'node:os';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve, basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { benchDocuments } from './tagger/corpus.mjs';
import { median } from './tagger/stats.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

function parseArgs(argv) {
  const opts = { docs: 2000, jobs: [1, 2], rounds: 3, cli: null, json: null, dir: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--docs') opts.docs = Number(argv[++i]);
    else if (a === '--jobs') opts.jobs = argv[++i].split(',').map(Number);
    else if (a === '--rounds') opts.rounds = Number(argv[++i]);
    else if (a === '--cli') opts.cli = resolve(argv[++i]);
    else if (a === '--json') opts.json = argv[++i];
    else if (a === '--help' || a === '-h') { console.log('usage: node tests/bench/cli-batch.mjs [--docs 2000] [--jobs 1,2] [--rounds 3] [--cli FILE] [--json FILE] [TIMEML_DIR]'); process.exit(0); }
    else if (a.startsWith('-')) throw new Error(`unknown option ${a}`);
    else opts.dir = a;
  }
  if (!(opts.docs >= 1 && opts.rounds >= 1 && opts.jobs.every((j) => j >= 1))) throw new Error('bad --docs, --rounds or --jobs');
  return opts;
}

/** Bundles src/cli/bin.ts into node_modules/.cache (so its packages resolve from the repo); returns the path. */
async function bundleCli() {
  const outfile = join(root, 'node_modules', '.cache', 'event-timeline-dev', `bench-cli-${process.pid}.mjs`);
  await build({
    entryPoints: [join(root, 'src/cli/bin.ts')], bundle: true, format: 'esm', platform: 'node', target: 'node20',
    packages: 'external', outfile, logLevel: 'error', tsconfig: join(root, 'tsconfig.json'),
  });
  return outfile;
}

/**
 * Runs the CLI once on the JSONL file; resolves to { ms, cpuMs, lines }. CPU time (user + system, all threads)
 * comes from bash's `times`, so documents per CPU-second holds even on a machine busy with other work.
 */
function runOnce(cli, input, jobs) {
  return new Promise((resolvePromise, reject) => {
    const t0 = performance.now();
    const script = 'node "$1" extract --jsonl --jobs "$2" < "$3"; s=$?; times >&2; exit $s';
    const child = spawn('bash', ['-c', script, 'bench', cli, String(jobs), input], { stdio: ['ignore', 'pipe', 'pipe'] });
    let lines = 0;
    let stderr = '';
    child.stdout.on('data', (d) => { for (const c of d) if (c === 10) lines++; });
    child.stderr.on('data', (d) => { stderr += d; });
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - t0;
      // `times`: the shell's user/sys, then its children's: "0m7.290s 0m0.510s"
      const m = /(\d+)m([\d.]+)s (\d+)m([\d.]+)s\s*$/.exec(stderr.trimEnd());
      if (code !== 0 || !m) return reject(new Error(`exit ${code}: ${stderr}`));
      const cpuMs = (Number(m[1]) * 60 + Number(m[2]) + Number(m[3]) * 60 + Number(m[4])) * 1000;
      resolvePromise({ ms, cpuMs, lines });
    });
  });
}

const opts = parseArgs(process.argv.slice(2));
const tmp = mkdtempSync(join(tmpdir(), 'et-bench-'));
try {
  const corpus = benchDocuments(opts.dir ?? undefined);
  const docs = [];
  for (let r = 0; docs.length < opts.docs; r++) {
    for (const d of corpus) docs.push({ id: `${d.name}#${r}`, text: d.text, documentDate: d.documentDate });
  }
  const input = join(tmp, 'docs.jsonl');
  writeFileSync(input, docs.map((d) => JSON.stringify(d)).join('\n') + '\n');
  const chars = docs.reduce((n, d) => n + d.text.length, 0);
  const cli = opts.cli ?? (await bundleCli());
  console.log(`corpus: ${opts.dir ? basename(resolve(opts.dir)) : 'seeds'}, ${corpus.length} documents repeated to ${docs.length} (${(chars / 1e6).toFixed(2)} M chars, ${Math.round(chars / docs.length)} chars/doc); ${availableParallelism()} cores; cli: ${opts.cli ? opts.cli : 'src (esbuild bundle)'}; Node ${process.version}`);
  await runOnce(cli, input, 1); // warm the file cache
  const rows = [];
  for (const jobs of opts.jobs) {
    const runs = [];
    for (let i = 0; i < opts.rounds; i++) {
      const r = await runOnce(cli, input, jobs);
      if (r.lines !== docs.length) throw new Error(`jobs ${jobs}: ${r.lines} output lines for ${docs.length} documents`);
      runs.push(r);
    }
    const ms = median(runs.map((r) => r.ms));
    const cpuMs = median(runs.map((r) => r.cpuMs));
    rows.push({
      jobs, ms: Math.round(ms), cpuMs: Math.round(cpuMs), docsPerSec: Math.round(docs.length / (ms / 1000)),
      docsPerSecPerCore: Math.round(docs.length / (ms / 1000) / Math.min(jobs, availableParallelism())),
      docsPerCpuSec: Math.round(docs.length / (cpuMs / 1000)), charsPerSec: Math.round(chars / (ms / 1000)),
    });
  }
  const base = rows[0].docsPerSec;
  console.log('jobs  wall(ms)  cpu(ms)  docs/s  docs/s/core  docs/cpu-s  Mchars/s  speedup');
  for (const r of rows) {
    console.log([String(r.jobs).padStart(4), String(r.ms).padStart(8), String(r.cpuMs).padStart(7), String(r.docsPerSec).padStart(6),
      String(r.docsPerSecPerCore).padStart(11), String(r.docsPerCpuSec).padStart(10), (r.charsPerSec / 1e6).toFixed(2).padStart(8),
      (r.docsPerSec / base).toFixed(2).padStart(7)].join('  '));
  }
  console.log(`load average during the runs: ${loadavg().map((l) => l.toFixed(1)).join(' ')} (wall-clock figures mean little when it exceeds the core count; docs/cpu-s does not depend on it)`);
  if (opts.json) writeFileSync(opts.json, JSON.stringify({ documents: docs.length, chars, cores: availableParallelism(), rows }, null, 2));
} finally {
  rmSync(tmp, { recursive: true, force: true });
  if (!opts.cli) rmSync(join(root, 'node_modules', '.cache', 'event-timeline-dev', `bench-cli-${process.pid}.mjs`), { force: true });
}
