// Three builds:
//  1. dist/index.js, dist/core.js, dist/cli.js (+ dist/types/*.d.ts): the npm package, dependencies external.
//  2. dist/event-timeline.min.js: one self-contained file for a plain <script type="module">.
//  3. dist/timeline.schema.json: the Timeline JSON Schema, shipped as data.
import { readFileSync, chmodSync, existsSync } from 'node:fs';
import resolve from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';
import { stripRuleExamplesPlugin } from './scripts/strip-rule-examples.mjs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const deps = Object.keys(pkg.dependencies ?? {});
const isExternal = (id) => id.startsWith('node:') || deps.some((d) => id === d || id.startsWith(`${d}/`));
const ts = (extra = {}) =>
  typescript({ tsconfig: './src/tsconfig.json', sourceMap: true, declaration: false, declarationMap: false, ...extra });

const schemaPath = 'src/model/timeline.schema.json';
/** Emits the JSON Schema beside the bundles so that `event-timeline/timeline.schema.json` resolves. */
const emitSchema = () => ({
  name: 'emit-schema',
  generateBundle() {
    if (existsSync(schemaPath)) {
      this.emitFile({ type: 'asset', fileName: 'timeline.schema.json', source: readFileSync(schemaPath, 'utf8') });
    }
  },
});
/** Makes dist/cli.js executable, as npm's bin expects. */
const executableCli = () => ({
  name: 'executable-cli',
  writeBundle(options) {
    const file = `${options.dir}/cli.js`;
    if (existsSync(file)) chmodSync(file, 0o755);
  },
});

export default [
  {
    input: { index: 'src/index.ts', core: 'src/core.ts', cli: 'src/cli/bin.ts' },
    external: isExternal,
    output: {
      dir: 'dist', format: 'es', sourcemap: true, entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js',
    },
    // Source maps carry their sources (the tarball ships no src/); declaration maps would point at missing files.
    // Rows' examples are test data: stripped from the compiled rules (scripts/strip-rule-examples.mjs).
    plugins: [ts({ declaration: true, declarationMap: false, declarationDir: 'dist/types', inlineSources: true }), stripRuleExamplesPlugin(), emitSchema(), executableCli()],
  },
  {
    input: 'src/index.ts',
    output: { file: 'dist/event-timeline.min.js', format: 'es', sourcemap: false },
    plugins: [resolve({ browser: true }), ts({ sourceMap: false }), stripRuleExamplesPlugin(), terser({ format: { comments: false } })],
  },
];
