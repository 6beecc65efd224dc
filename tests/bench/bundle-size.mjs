#!/usr/bin/env node
// Bundle sizes, ours beside our peers, each minified by the same esbuild run and compressed alike.
// usage: node tests/bench/bundle-size.mjs
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { RULE_FILE, stripRuleExamples } from '../../scripts/strip-rule-examples.mjs';
import { gzipSync, brotliCompressSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tsconfigRaw = { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } };

/** Entries compared: what a page pays for each job. */
const entries = [
  { job: 'date tagging', name: 'event-timeline/core (tagger + events + formats)', code: `export * from ${JSON.stringify(join(root, 'src/core.ts'))};` },
  { job: 'date tagging', name: 'chrono-node 2.10', code: `export * from 'chrono-node';` },
  { job: 'timeline widget', name: 'event-timeline (element + tagger + lit + d3)', code: `export * from ${JSON.stringify(join(root, 'src/index.ts'))};` },
  { job: 'timeline widget', name: 'vis-timeline 8.5 standalone', code: `export * from 'vis-timeline/standalone';` },
];

async function minifiedSize(code) {
  const result = await build({
    stdin: { contents: code, resolveDir: root, loader: 'ts' }, bundle: true, minify: true, format: 'esm',
    platform: 'browser', write: false, logLevel: 'error', tsconfigRaw, loader: { '.css': 'empty' },
    // As the published build does (rollup.config.mjs): the rule rows' examples are test data.
    plugins: [{
      name: 'strip-rule-examples',
      setup(b) {
        b.onLoad({ filter: RULE_FILE }, async (args) => ({ contents: stripRuleExamples(await readFile(args.path, 'utf8')), loader: 'ts' }));
      },
    }],
  });
  const bytes = result.outputFiles[0].contents;
  return { min: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, brotli: brotliCompressSync(bytes).length };
}

const kib = (n) => (n / 1024).toFixed(1).padStart(7);
console.log('bundle sizes (KiB, esbuild --minify, browser ESM)');
console.log(`${'job'.padEnd(16)}| ${'bundle'.padEnd(48)}|     min |    gzip |  brotli`);
const byJob = new Map();
for (const entry of entries) {
  const size = await minifiedSize(entry.code);
  console.log(`${entry.job.padEnd(16)}| ${entry.name.padEnd(48)}| ${kib(size.min)} | ${kib(size.gzip)} | ${kib(size.brotli)}`);
  byJob.set(entry.job, [...(byJob.get(entry.job) ?? []), size]);
}
for (const [job, [ours, peer]] of byJob) {
  console.log(`${job}: peer/ours gzip ratio ${(peer.gzip / ours.gzip).toFixed(2)}x (${ours.gzip < peer.gzip ? 'ours smaller' : 'ours LARGER'})`);
}
