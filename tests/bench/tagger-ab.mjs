#!/usr/bin/env node
// A/B of our tagger (or the whole extraction) between a git ref and the work tree, in one process: both
// sources are bundled side by side, their outputs on every document are compared (a speed change must
// not change them), then timed passes are interleaved round by round (which one goes first alternates), so
// that machine load hits both alike. Prints the median of the per-round time ratios: on a loaded machine two
// separate runs of the throughput bench differ by more than most changes being measured.
//
// usage: node tests/bench/tagger-ab.mjs [--ref HEAD] [--rounds 21] [--extract] [TIMEML_OR_GOLD_DIR]
//   Without a folder it runs on the repo's seed articles. Exit code 1 when the outputs differ.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { benchDocuments, SEEDS_DIR } from './tagger/corpus.mjs';
import { median, formatMs } from './tagger/stats.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

function parseArgs(argv) {
  const opts = { ref: 'HEAD', rounds: 21, extract: false, dir: null };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--ref') opts.ref = argv[++i];
    else if (argv[i] === '--rounds') opts.rounds = Number(argv[++i]);
    else if (argv[i] === '--extract') opts.extract = true;
    else if (argv[i] === '--help' || argv[i] === '-h') { console.log('usage: node tests/bench/tagger-ab.mjs [--ref HEAD] [--rounds 21] [--extract] [DIR]'); process.exit(0); }
    else if (argv[i].startsWith('-')) throw new Error(`unknown option ${argv[i]}`);
    else opts.dir = argv[i];
  }
  if (!(opts.rounds >= 1)) throw new Error('--rounds must be at least 1');
  return opts;
}

/** Bundles src/core.ts of the sources under `sourceRoot` (packages resolved from this repo) and imports it. */
async function loadCore(sourceRoot, label) {
  const outdir = join(root, 'node_modules', '.cache', 'event-timeline-dev');
  mkdirSync(outdir, { recursive: true });
  const outfile = join(outdir, `ab-${label}-${process.pid}-${Date.now()}.mjs`);
  await build({
    entryPoints: [join(sourceRoot, 'src', 'core.ts')], bundle: true, format: 'esm', platform: 'node',
    target: 'node20', packages: 'external', outfile, logLevel: 'error', tsconfig: join(sourceRoot, 'tsconfig.json'),
    absWorkingDir: root, nodePaths: [join(root, 'node_modules')],
  });
  return import(pathToFileURL(outfile).href);
}

/** The sources of `ref` (src/ and tsconfig.json) in a temporary folder, and a function that removes it. */
function checkout(ref) {
  const dir = mkdtempSync(join(tmpdir(), 'event-timeline-ab-'));
  const archive = execFileSync('git', ['-C', root, 'archive', ref, 'src', 'tsconfig.json'], { maxBuffer: 1 << 28 });
  execFileSync('tar', ['-x', '-C', dir], { input: archive });
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export async function runAb({ ref = 'HEAD', rounds = 21, extract = false, dir = null } = {}) {
  const docs = benchDocuments(dir ?? SEEDS_DIR);
  if (!docs.length) throw new Error(`no documents in ${dir ?? SEEDS_DIR}`);
  const old = checkout(ref);
  let before, after;
  try {
    before = await loadCore(old.dir, 'ref');
    after = await loadCore(root, 'tree');
  } finally {
    old.remove();
  }
  const run = (core, d) => (extract
    ? core.extractTimeline(d.text, { documentDate: d.documentDate })
    : core.tagTimexes(d.text, { documentDate: d.documentDate }));
  const differing = docs.filter((d) => JSON.stringify(run(before, d)) !== JSON.stringify(run(after, d))).map((d) => d.name);
  const pass = (core) => {
    const t0 = performance.now();
    for (const d of docs) run(core, d);
    return performance.now() - t0;
  };
  for (let w = 0; w < 3; w++) { pass(before); pass(after); }
  const ms = { ref: [], tree: [] };
  for (let r = 0; r < rounds; r++) {
    if (r % 2) { ms.tree.push(pass(after)); ms.ref.push(pass(before)); }
    else { ms.ref.push(pass(before)); ms.tree.push(pass(after)); }
  }
  const ratios = ms.ref.map((t, k) => t / ms.tree[k]);
  return { ref, what: extract ? 'extractTimeline' : 'tagTimexes', documents: docs.length, rounds, differing, refMs: median(ms.ref), treeMs: median(ms.tree), speedUp: median(ratios) };
}

export function formatAb(r) {
  return [
    `${r.what} on ${r.documents} documents, ${r.rounds} interleaved rounds: ${r.ref} ${formatMs(r.refMs)} ms, work tree ${formatMs(r.treeMs)} ms (median pass)`,
    `speed-up of the work tree (median of per-round ratios): ${r.speedUp.toFixed(3)}x`,
    r.differing.length ? `OUTPUTS DIFFER on ${r.differing.length} documents: ${r.differing.slice(0, 5).join(', ')}` : 'outputs identical on every document',
  ].join('\n');
}

if (process.argv[1]?.endsWith('tagger-ab.mjs')) {
  const opts = parseArgs(process.argv.slice(2));
  runAb(opts).then((r) => {
    console.log(formatAb(r));
    if (r.differing.length) process.exitCode = 1;
  }, (e) => { console.error(String(e?.stack ?? e)); process.exitCode = 1; });
}
