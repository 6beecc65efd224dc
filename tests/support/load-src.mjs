// Dev-tool helper: bundles a TypeScript entry of src/ with esbuild (deps external) and imports it,
// so that eval and bench scripts run against the current sources without a full rollup build.
// usage: const core = await loadSrc('src/core.ts');
import { build } from 'esbuild';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join, basename } from 'node:path';
import { mkdirSync } from 'node:fs';

const root = fileURLToPath(new URL('../..', import.meta.url));

export async function loadSrc(entry = 'src/core.ts') {
  const outdir = join(root, 'node_modules', '.cache', 'event-timeline-dev');
  mkdirSync(outdir, { recursive: true });
  const outfile = join(outdir, `${basename(entry, '.ts')}-${process.pid}-${Date.now()}.mjs`);
  await build({
    entryPoints: [join(root, entry)], bundle: true, format: 'esm', platform: 'node',
    target: 'node20', packages: 'external', outfile, logLevel: 'error',
    tsconfig: join(root, 'tsconfig.json'),
  });
  return import(pathToFileURL(outfile).href);
}
