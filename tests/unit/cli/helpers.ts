/// <reference types="node" />
// Helpers for the CLI tests: a captured-IO runner over the real file system, and the CLI bundled
// from src with esbuild into one file (so spawned runs, worker threads and pipes need no rollup build).
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CliIO } from '../../../src/cli/main.js';
import { canonicalPath, writeFileAtomic } from '../../../src/cli/node-io.js';

export const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
export const SEED = join(ROOT, 'seeds/kazakhstan-csto-global-times-2022-01-07.txt');

export const tempDir = (): string => mkdtempSync(join(tmpdir(), 'et-cli-'));

/** Real files (as bytes), atomic writes and real paths; stdout/stderr captured. */
export function fsIO(stdin: string | Uint8Array = '', extra: Partial<CliIO> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = {
    stdout: (s) => void out.push(s),
    stderr: (s) => void err.push(s),
    readFile: (p) => readFile(p),
    readStdin: async () => stdin,
    writeFile: writeFileAtomic,
    realpath: canonicalPath,
    ...extra,
  };
  return { io, out: () => out.join(''), err: () => err.join('') };
}

let bundled: Promise<string> | undefined;
/** Deletes the bundle (call from afterAll). */
export async function removeBundledCli(): Promise<void> {
  if (bundled) rmSync(await bundled, { force: true });
  bundled = undefined;
}

/** dist-like single-file CLI built from src/cli/bin.ts; returns its path. */
export function bundledCli(): Promise<string> {
  bundled ??= (async () => {
    const dir = join(ROOT, 'node_modules', '.cache', 'event-timeline-dev');
    mkdirSync(dir, { recursive: true });
    const outfile = join(dir, `cli-${process.pid}.mjs`);
    await build({
      entryPoints: [join(ROOT, 'src/cli/bin.ts')], bundle: true, format: 'esm', platform: 'node', target: 'node20',
      packages: 'external', outfile, logLevel: 'error', tsconfig: join(ROOT, 'tsconfig.json'),
    });
    return outfile;
  })();
  return bundled;
}
