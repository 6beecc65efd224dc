#!/usr/bin/env node
// Bundle sizes, ours beside our peers, each minified by the same esbuild run and compressed alike.
// The element alone (event-timeline/element) is measured as a browser downloads it: the entry and the
// chunks it imports statically, each compressed on its own; its extraction code (a dynamic import) and the
// worker (src/element/extract-worker.ts) come only with text.
// usage: node tests/bench/bundle-size.mjs
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { RULE_FILE, stripRuleExamples } from '../../scripts/strip-rule-examples.mjs';
import { CSS_FILE, minifyCssTemplates } from '../../scripts/minify-css.mjs';
import { HTML_FILE, minifyHtmlTemplates } from '../../scripts/minify-html.mjs';
import { gzipSync, brotliCompressSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tsconfigRaw = { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } };

/** Entries compared: what a page pays for each job. */
const entries = [
  { job: 'date tagging', name: 'event-timeline/core (tagger + events + formats)', code: `export * from ${JSON.stringify(join(root, 'src/core.ts'))};` },
  { job: 'date tagging', name: 'chrono-node 2.10', code: `export * from 'chrono-node';` },
  { job: 'timeline widget', name: 'event-timeline (element + tagger + lit + d3)', code: `export * from ${JSON.stringify(join(root, 'src/index.ts'))};` },
  { job: 'timeline widget', name: 'vis-timeline 8.5 standalone', code: `export * from 'vis-timeline/standalone';` },
  // TimelineJS3 ships a minified UMD build (its sources import LESS): measured as published, without its CSS.
  { job: 'timeline widget', name: 'TimelineJS3 3.9 (dist/js/timeline.js)', file: '@knight-lab/timelinejs/dist/js/timeline.js' },
];

/** Single functions of the core, as a page that imports only one of them pays for it. */
const functions = ['tagTimexes', 'extractTimeline', 'parseTimeline', 'toCsv', 'toIcs', 'toTimelineJS', 'toSummary'];

const common = {
  bundle: true, minify: true, format: 'esm', platform: 'browser', write: false, logLevel: 'error', tsconfigRaw, loader: { '.css': 'empty' },
  // As the published build does (rollup.config.mjs): the rule rows' examples are test data, and the element's
  // stylesheet and templates go without their comments and indentation.
  plugins: [{
    name: 'strip-rule-examples',
    setup(b) {
      b.onLoad({ filter: RULE_FILE }, async (args) => ({ contents: stripRuleExamples(await readFile(args.path, 'utf8')), loader: 'ts' }));
    },
  }, {
    name: 'minify-css',
    setup(b) {
      b.onLoad({ filter: CSS_FILE }, async (args) => ({ contents: minifyCssTemplates(await readFile(args.path, 'utf8')), loader: 'ts' }));
    },
  }, {
    name: 'minify-html',
    setup(b) {
      b.onLoad({ filter: HTML_FILE }, async (args) => ({ contents: minifyHtmlTemplates(await readFile(args.path, 'utf8'), args.path), loader: 'ts' }));
    },
  }],
};

const sizeOf = (bytes) => ({ min: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, brotli: brotliCompressSync(bytes).length });
const sum = (sizes) => sizes.reduce((a, b) => ({ min: a.min + b.min, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli }), { min: 0, gzip: 0, brotli: 0 });

async function minifiedSize(code) {
  const result = await build({ ...common, stdin: { contents: code, resolveDir: root, loader: 'ts' } });
  return sizeOf(result.outputFiles[0].contents);
}

/**
 * `entry` split into chunks (esbuild --splitting): the files a browser downloads before any dynamic import
 * (the entry and its static imports, each compressed alone), and the ones it adds with the dynamic imports.
 */
async function splitSizes(entry) {
  const result = await build({ ...common, entryPoints: [join(root, entry)], splitting: true, outdir: join(root, 'reports/bundle-size'), metafile: true });
  const files = new Map(result.outputFiles.map((f) => [f.path.slice(root.length).replace(/^[\\/]/, '').replace(/\\/g, '/'), f.contents]));
  const outputs = result.metafile.outputs;
  const reach = (from, kinds) => {
    const seen = new Set();
    const walk = (file) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const i of outputs[file]?.imports ?? []) if (kinds.includes(i.kind) && !i.external) walk(i.path);
    };
    for (const f of from) walk(f);
    return seen;
  };
  const entryFile = Object.keys(outputs).find((f) => outputs[f].entryPoint && f.endsWith('.js'));
  const eager = reach([entryFile], ['import-statement']);
  const all = reach([entryFile], ['import-statement', 'dynamic-import']);
  const size = (set) => sum([...set].filter((f) => f.endsWith('.js')).map((f) => sizeOf(files.get(f))));
  return { eager: size(eager), eagerFiles: eager.size, all: size(all), allFiles: all.size };
}

const kib = (n) => (n / 1024).toFixed(1).padStart(7);
console.log('bundle sizes (KiB, esbuild --minify, browser ESM)');
console.log(`${'job'.padEnd(16)}| ${'bundle'.padEnd(48)}|     min |    gzip |  brotli`);
const byJob = new Map();
const require = createRequire(import.meta.url);
for (const entry of entries) {
  const size = entry.file ? sizeOf(await readFile(require.resolve(entry.file))) : await minifiedSize(entry.code);
  console.log(`${entry.job.padEnd(16)}| ${entry.name.padEnd(48)}| ${kib(size.min)} | ${kib(size.gzip)} | ${kib(size.brotli)}`);
  byJob.set(entry.job, [...(byJob.get(entry.job) ?? []), size]);
}
const element = await splitSizes('src/element.ts');
// An entry point of its own: package.json's sideEffects (dist files only) would let esbuild drop a bare import of it.
const worker = sizeOf((await build({ ...common, entryPoints: [join(root, 'src/element/extract-worker.ts')], outdir: join(root, 'reports/bundle-size') })).outputFiles[0].contents);
const rows = [
  [`event-timeline/element fed JSON (${element.eagerFiles} files)`, element.eager],
  [`  + text, worker: extract-worker.js`, worker],
  [`  + text, no worker: lazy chunks (${element.allFiles} files)`, element.all],
];
for (const [name, size] of rows) console.log(`${'element alone'.padEnd(16)}| ${name.padEnd(48)}| ${kib(size.min)} | ${kib(size.gzip)} | ${kib(size.brotli)}`);
const ELEMENT_GZIP_GOAL = 45 * 1024;
console.log(`element fed JSON: ${(element.eager.gzip / 1024).toFixed(1)} KiB gzip, goal <= 45 KiB: ${element.eager.gzip <= ELEMENT_GZIP_GOAL ? 'met' : 'MISSED'}`);
for (const name of functions) {
  const size = await minifiedSize(`export { ${name} } from ${JSON.stringify(join(root, 'src/core.ts'))};`);
  console.log(`${'one function'.padEnd(16)}| ${`${name} from event-timeline/core`.padEnd(48)}| ${kib(size.min)} | ${kib(size.gzip)} | ${kib(size.brotli)}`);
}
for (const [job, [ours, ...peers]] of byJob) {
  for (const [k, peer] of peers.entries()) {
    const name = entries.filter((e) => e.job === job)[k + 1].name.split(' ')[0];
    console.log(`${job}: ${name}/ours gzip ratio ${(peer.gzip / ours.gzip).toFixed(2)}x (${ours.gzip < peer.gzip ? 'ours smaller' : 'ours LARGER'})`);
  }
}
