#!/usr/bin/env node
// Adversarial tagger bench: hostile inputs of n and 10n characters (up to 1 MB) for ours and chrono-node;
// prints the time of each and the growth ratio t(10n)/t(n) (linear is about 10, quadratic 100).
// Each run happens in a worker that is killed past a time limit, so a super-linear peer cannot hang the bench.
// Then one more run at 10n in a child process of its own gives the peak memory (maxRSS, and its rise over
// the process's peak before the run), and the families of --xl (default: news prose, whole pipeline only)
// get one run at 100n there too (10 MB by default).
// Goals (issue 13): every family at 1 MB under 1 s, 10 MB of news under 10 s, growth at most 12.
//
// usage: node tests/bench/tagger-adversarial.mjs [--n 102400] [--timeout 10] [--taggers ours,chrono,extract]
//          [--families "digits,open parens"] [--xl "news prose"] [--no-memory] [--json FILE]
import { Worker } from 'node:worker_threads';
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ADVERSARIAL } from './tagger/inputs.mjs';
import { formatMs, formatBytes } from './tagger/stats.mjs';

const WORKER = new URL('./tagger/adversarial-worker.mjs', import.meta.url);
const MEMORY = fileURLToPath(new URL('./tagger/adversarial-memory.mjs', import.meta.url));

/** One run in a child process of its own: { ms, found, baseRss, peakRss } or { note } when it fails or is killed. */
function memoryRun(family, tagger, size, timeoutS) {
  return new Promise((done) => {
    execFile(process.execPath, ['--expose-gc', MEMORY, family, tagger, String(size)], { timeout: timeoutS * 1000, maxBuffer: 1 << 20 }, (error, stdout) => {
      if (error) done({ note: error.killed ? `> ${timeoutS} s (killed)` : String(error.message).split('\n')[0] });
      else done(JSON.parse(stdout.trim().split('\n').pop()));
    });
  });
}

function parseArgs(argv) {
  const opts = { n: 100 * 1024, timeout: 10, taggers: ['ours', 'chrono'], families: Object.keys(ADVERSARIAL), xl: ['news prose'], memory: true, json: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--n') opts.n = Number(argv[++i]);
    else if (a === '--timeout') opts.timeout = Number(argv[++i]);
    else if (a === '--taggers') opts.taggers = argv[++i].split(',');
    else if (a === '--families') opts.families = argv[++i].split(',').map((s) => s.trim());
    else if (a === '--xl') opts.xl = argv[++i].split(',').map((s) => s.trim()).filter(Boolean);
    else if (a === '--no-memory') opts.memory = false;
    else if (a === '--json') opts.json = argv[++i];
    else if (a === '--help' || a === '-h') { console.log('usage: node tests/bench/tagger-adversarial.mjs [--n 102400] [--timeout 10] [--taggers ours,chrono,extract] [--families a,b] [--xl "news prose"] [--no-memory] [--json FILE]'); process.exit(0); }
    else throw new Error(`unknown argument ${a}`);
  }
  for (const f of [...opts.families, ...opts.xl]) if (!ADVERSARIAL[f]) throw new Error(`unknown family "${f}"; known: ${Object.keys(ADVERSARIAL).join(', ')}`);
  if (!(opts.n > 0)) throw new Error('--n must be positive');
  return opts;
}

/** A worker that runs timed jobs one at a time and is replaced when a job exceeds its limit. */
class JobRunner {
  constructor(timeoutMs) { this.timeoutMs = timeoutMs; this.worker = null; this.nextId = 1; }
  async start() {
    this.worker = new Worker(WORKER);
    await new Promise((ok, fail) => {
      this.worker.once('message', (m) => (m.ready ? ok() : fail(new Error('worker did not start'))));
      this.worker.once('error', fail);
    });
  }
  /** Runs a job; `budget` multiplies the time limit (a job of k runs gets k limits). */
  async run(job, budget = 1) {
    if (!this.worker) await this.start();
    const id = this.nextId++;
    const worker = this.worker;
    return new Promise((done) => {
      const timer = setTimeout(() => {
        worker.removeAllListeners('message');
        worker.terminate();
        this.worker = null;
        done({ timedOut: true });
      }, this.timeoutMs * budget);
      worker.on('message', (m) => {
        if (m.id !== id) return;
        clearTimeout(timer);
        worker.removeAllListeners('message');
        done(m);
      });
      worker.postMessage({ id, ...job });
    });
  }
  async stop() { if (this.worker) await this.worker.terminate(); }
}

export async function runAdversarial({ n = 100 * 1024, timeout = 10, taggers = ['ours', 'chrono'], families = Object.keys(ADVERSARIAL), xl = ['news prose'], memory = true } = {}) {
  const runner = new JobRunner(timeout * 1000);
  const rows = [];
  try {
    for (const family of families) {
      for (const tagger of taggers) {
        // a single probe at n first: a peer that hangs at n is not run at 10n at all
        const probe = await runner.run({ tagger, family, sizes: [n], runs: 1 });
        let note = probe.timedOut ? `> ${timeout} s at n (killed)` : probe.error ?? '';
        let tn = probe.times ? probe.times[0][0] : NaN;
        let t10n = NaN;
        let found = probe.found?.[0];
        if (!note) {
          // then n and 10n alternately, fastest run of each: the least disturbed by GC and machine load
          const both = await runner.run({ tagger, family, sizes: [n, 10 * n], runs: 3 }, 4);
          if (both.timedOut) note = `> ${timeout} s a run at 10n (killed)`;
          else if (both.error) note = both.error;
          else {
            tn = Math.min(...both.times[0]);
            t10n = Math.min(...both.times[1]);
            found = both.found[1];
          }
        }
        const row = { family, tagger, n, tn, t10n, growth: t10n / tn, found, note };
        if (memory && Number.isFinite(t10n)) {
          const m = await memoryRun(family, tagger, 10 * n, timeout * 2);
          if (m.note) row.note = `${row.note} memory run: ${m.note}`.trim();
          else Object.assign(row, { peakRss: m.peakRss, runRss: m.peakRss - m.baseRss });
        }
        rows.push(row);
      }
    }
  } finally {
    await runner.stop();
  }
  // 100n (10 MB by default) of the --xl families, whole pipeline, one run each in a process of its own.
  const xlRows = [];
  if (taggers.includes('extract')) {
    for (const family of xl) {
      const m = await memoryRun(family, 'extract', 100 * n, timeout * 10);
      xlRows.push({ family, tagger: 'extract', size: 100 * n, ms: m.ms ?? NaN, found: m.found, peakRss: m.peakRss, runRss: m.peakRss - m.baseRss, note: m.note ?? '' });
    }
  }
  rows.xl = xlRows;
  return rows;
}

const mb = (bytes) => (Number.isFinite(bytes) ? `${(bytes / (1 << 20)).toFixed(0)}` : '-');

export function formatAdversarial(rows) {
  const n = rows[0]?.n ?? 0;
  const lines = [`adversarial inputs: time at n = ${formatBytes(n)} and 10n = ${formatBytes(10 * n)}, growth t(10n)/t(n) (linear about 10);`,
    'memory: peak RSS of a process that runs the 10n input once, and how much the run raised it (MB)',
    'input (fastest of runs)      | tagger  |  t(n) ms | t(10n) ms | growth | peak MB | run MB | note'];
  for (const r of rows) {
    lines.push(`${r.family.padEnd(28)} | ${r.tagger.padEnd(7)} | ${formatMs(r.tn).padStart(8)} | ${formatMs(r.t10n).padStart(9)} | ${(Number.isFinite(r.growth) ? r.growth.toFixed(1) : '-').padStart(6)} | ${mb(r.peakRss).padStart(7)} | ${mb(r.runRss).padStart(6)} | ${r.note}`);
  }
  for (const x of rows.xl ?? []) {
    lines.push(`${x.family} at ${formatBytes(x.size)}, whole pipeline, one run: ${Number.isFinite(x.ms) ? `${formatMs(x.ms)} ms` : '-'}, ${x.found ?? '-'} events, peak ${mb(x.peakRss)} MB (run ${mb(x.runRss)} MB) ${x.note}`.trimEnd());
  }
  for (const tagger of [...new Set(rows.map((r) => r.tagger))]) {
    const mine = rows.filter((r) => r.tagger === tagger);
    const worstGrowth = Math.max(...mine.map((r) => (Number.isFinite(r.growth) ? r.growth : Infinity)));
    const worst10n = Math.max(...mine.map((r) => (Number.isFinite(r.t10n) ? r.t10n : Infinity)));
    lines.push(`${tagger}: worst growth ${Number.isFinite(worstGrowth) ? worstGrowth.toFixed(1) : 'timed out'}, slowest ${formatBytes(10 * n)} input ${Number.isFinite(worst10n) ? `${formatMs(worst10n)} ms` : 'timed out'}`);
  }
  return lines.join('\n');
}

if (process.argv[1]?.endsWith('tagger-adversarial.mjs')) {
  const opts = parseArgs(process.argv.slice(2));
  runAdversarial(opts).then((rows) => {
    console.log(formatAdversarial(rows));
    if (opts.json) writeFileSync(opts.json, JSON.stringify({ rows, xl: rows.xl }, null, 1));
  }, (e) => { console.error(String(e?.stack ?? e)); process.exitCode = 1; });
}
