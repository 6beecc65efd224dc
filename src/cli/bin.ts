#!/usr/bin/env node
/** Node entry of the `event-timeline` command (built to dist/cli.js); also the entry of its batch worker threads. */
import { readFileSync } from 'node:fs';
import { runCli } from './main.js';
import { handlePipeErrors, nodeIO } from './node-io.js';
import { isBatchWorker, serveBatchWorker } from './pool.js';

function packageVersion(): string {
  for (const rel of ['../package.json', '../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(rel, import.meta.url), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'event-timeline' && pkg.version) return pkg.version;
    } catch {
      // not at this level; try the next
    }
  }
  return 'unknown';
}

if (isBatchWorker()) {
  serveBatchWorker();
} else {
  handlePipeErrors();
  process.exitCode = await runCli(process.argv.slice(2), nodeIO(new URL(import.meta.url), packageVersion()));
}
