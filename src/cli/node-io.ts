/** The CLI's Node I/O: files as bytes, atomic --output, stdin lines, stdout with backpressure, EPIPE, workers. */
import { open, readFile, realpath, rename, rm, stat } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { once } from 'node:events';
import { basename, dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { CliIO } from './main.js';
import { startWorkerPool } from './pool.js';

/** The canonical path of `path`; for a file that does not exist yet, its folder's canonical path + its name. */
export async function canonicalPath(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    try {
      return join(await realpath(dirname(path)), basename(path));
    } catch {
      return resolve(path);
    }
  }
}

/**
 * Writes `data` to a temp file in the target's folder, flushes it and renames it over the target, so a
 * reader never sees half a file and a failed write leaves the old file as it was. A symlink is
 * followed (its target is replaced); an existing file keeps its permission bits.
 */
export async function writeFileAtomic(path: string, data: string): Promise<void> {
  const target = await canonicalPath(path);
  let mode: number | undefined;
  try {
    mode = (await stat(target)).mode & 0o7777;
  } catch {
    // a new file: default mode, less the umask
  }
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    const fh = await open(tmp, 'wx', mode ?? 0o666);
    try {
      await fh.writeFile(data, 'utf8');
      if (mode !== undefined) await fh.chmod(mode);
      await fh.sync();
    } finally {
      await fh.close();
    }
    await rename(tmp, target);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** A reader that went away (`| head -1`) ends the run quietly with exit 0; other write errors are reported. */
export function handlePipeErrors(): void {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    process.stderr.write(`event-timeline: cannot write to standard output: ${e.message}\n`);
    process.exit(1);
  });
  process.stderr.on('error', () => {
    // nowhere left to report it
  });
}

async function writeOut(s: string): Promise<void> {
  if (!process.stdout.write(s)) await once(process.stdout, 'drain');
}

export function nodeIO(entry: URL, version: string): CliIO {
  return {
    stdout: (s) => void process.stdout.write(s),
    stderr: (s) => void process.stderr.write(s),
    readFile: (path) => readFile(path),
    readStdin,
    writeFile: writeFileAtomic,
    realpath: canonicalPath,
    lines: (file) => createInterface({ input: file === '-' ? process.stdin : createReadStream(file), crlfDelay: Infinity }),
    writeOut,
    startWorkers: (jobs, options) => startWorkerPool(entry, jobs, options),
    stderrIsTTY: process.stderr.isTTY === true,
    version,
  };
}
