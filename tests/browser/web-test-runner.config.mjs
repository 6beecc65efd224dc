// Browser tests for <event-timeline>: npx wtr --config tests/browser/web-test-runner.config.mjs
import { fileURLToPath } from 'node:url';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';

/** Counts passed/failed tests (a file that fails to load counts as one failure) into reports/wtr.json for CI. */
function countReporter(outFile = 'reports/wtr.json') {
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      const walk = (suite) => {
        for (const t of suite?.tests ?? []) {
          if (t.skipped) continue;
          if (t.passed) passed++; else failed++;
        }
        for (const s of suite?.suites ?? []) walk(s);
      };
      for (const session of sessions) {
        if (session.testResults) walk(session.testResults);
        if (!session.passed && (session.errors?.length ?? 0) > 0) failed++;
      }
      mkdirSync(dirname(outFile), { recursive: true });
      writeFileSync(outFile, JSON.stringify({ passed, failed }) + '\n');
    },
  };
}

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * `new URL('./extract-worker.js', import.meta.url)` in src/ names the built file: a request for a `.js`
 * under /src/ that exists only as `.ts` gets the `.ts` (compiled by the esbuild plugin), as imports do.
 */
function tsForJs(ctx, next) {
  const path = ctx.path;
  if (path.startsWith('/src/') && path.endsWith('.js') && !existsSync(join(root, path)) && existsSync(join(root, path.replace(/\.js$/, '.ts')))) {
    ctx.url = ctx.url.replace(/\.js(?=$|\?)/, '.ts');
  }
  return next();
}

export default {
  files: ['tests/browser/**/*.test.ts'], // relative to the working directory (the repo root)
  nodeResolve: true,
  middleware: [tsForJs],
  concurrency: 1,
  browserStartTimeout: 60000,
  testsFinishTimeout: 120000,
  testFramework: { config: { timeout: 10000 } },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022',
    tsconfig: fileURLToPath(new URL('../../tsconfig.json', import.meta.url)) })], // REQUIRED for Lit decorators
  reporters: [defaultReporter(), countReporter()],
  browsers: [chromeLauncher({ launchOptions: {
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run'] } })],
};
