// The builds:
//  1. dist/index.js, dist/core.js, dist/element.js, dist/cli.js (+ dist/types/*.d.ts): the npm package,
//     dependencies external, shared code in dist/chunks/. The element's extraction code is a dynamic import
//     (its own chunk) and dist/extract-worker.js, the module worker that reads text off the main thread.
//  2. dist/event-timeline.min.js: one self-contained file for a plain <script type="module">.
//  3. dist/event-timeline.classic.js: the same as a classic script (IIFE, global `EventTimeline`).
//     Both are single files (the dynamic import inlined); beside dist/extract-worker.js, on the same origin,
//     they read text in that worker, else on the main thread in blocks.
//  4. dist/timeline.schema.json: the Timeline JSON Schema, shipped as data.
import { readFileSync, chmodSync, existsSync } from 'node:fs';
import resolve from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';
import { stripRuleExamplesPlugin } from './scripts/strip-rule-examples.mjs';
import { minifyCssPlugin } from './scripts/minify-css.mjs';
import { minifyHtmlPlugin } from './scripts/minify-html.mjs';

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
/**
 * The element starts its worker with `new Worker(new URL('./extract-worker.js', import.meta.url), ...)`
 * (src/element/text-extraction.ts): this emits src/element/extract-worker.ts as dist/extract-worker.js and
 * points the URL at it from whichever chunk the code lands in, in the same `new URL('...', import.meta.url)`
 * form, which bundlers (webpack, Vite) recognise.
 */
const WORKER_URL = /new URL\((['"])\.\/extract-worker\.js\1, import\.meta\.url\)/;
const workerUrl = () => ({
  name: 'worker-url',
  async transform(code, id) {
    if (!/[\\/]src[\\/]element[\\/]text-extraction\.ts$/.test(id)) return null;
    if (!WORKER_URL.test(code)) this.error('text-extraction.ts no longer starts ./extract-worker.js as rollup.config.mjs expects');
    const resolved = await this.resolve('./extract-worker.ts', id);
    const ref = this.emitFile({ type: 'chunk', id: resolved.id, fileName: 'extract-worker.js' });
    return { code: code.replace(WORKER_URL, `import.meta.ROLLUP_FILE_URL_${ref}`), map: null };
  },
  resolveFileUrl({ relativePath, format }) {
    if (format !== 'es') return null;
    return `new URL('${relativePath.startsWith('.') ? relativePath : `./${relativePath}`}', import.meta.url)`;
  },
});
/**
 * index.ts re-exports the element entry (src/element.ts): in the npm build that import stays an import of
 * dist/element.js, which holds the element and its registration (package.json's sideEffects names it),
 * instead of a shared chunk that bundlers would be free to drop.
 */
const elementEntryImport = () => ({
  name: 'element-entry-import',
  resolveId(source, importer) {
    if (source === './element.js' && importer && /[\\/]src[\\/]index\.ts$/.test(importer)) {
      return { id: './element.js', external: true }; // kept as written: index.js and element.js are both in dist/
    }
    return null;
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
    input: { index: 'src/index.ts', core: 'src/core.ts', element: 'src/element.ts', cli: 'src/cli/bin.ts' },
    external: isExternal,
    output: {
      dir: 'dist', format: 'es', sourcemap: true, entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js',
    },
    // Source maps carry their sources (the tarball ships no src/); declaration maps would point at missing files.
    // Rows' examples are test data: stripped from the compiled rules (scripts/strip-rule-examples.mjs); the element's
    // stylesheet loses its comments and indentation (scripts/minify-css.mjs).
    plugins: [elementEntryImport(), ts({ declaration: true, declarationMap: false, declarationDir: 'dist/types', inlineSources: true }), stripRuleExamplesPlugin(), minifyCssPlugin(), minifyHtmlPlugin(), workerUrl(), emitSchema(), executableCli()],
  },
  {
    input: 'src/index.ts',
    output: { file: 'dist/event-timeline.min.js', format: 'es', sourcemap: false, inlineDynamicImports: true },
    plugins: [resolve({ browser: true }), ts({ sourceMap: false }), stripRuleExamplesPlugin(), minifyCssPlugin(), minifyHtmlPlugin(), terser({ format: { comments: false } })],
  },
  {
    // For <script src> without type="module": `import.meta.url` becomes the script's own URL (document.currentScript).
    input: 'src/index.ts',
    output: { file: 'dist/event-timeline.classic.js', format: 'iife', name: 'EventTimeline', sourcemap: false, inlineDynamicImports: true },
    plugins: [resolve({ browser: true }), ts({ sourceMap: false }), stripRuleExamplesPlugin(), minifyCssPlugin(), minifyHtmlPlugin(), terser({ format: { comments: false } })],
  },
];
