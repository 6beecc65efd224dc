#!/usr/bin/env node
// Serves the demo on http://127.0.0.1:8000/demo/ (PORT=... to change). Needs `npm run build` first.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { startStaticServer, repoRoot } from './static-server.mjs';

if (!existsSync(join(repoRoot, 'dist', 'event-timeline.min.js'))) {
  console.error('dist/event-timeline.min.js is missing: run `npm run build` first (or `npm start`).');
  process.exit(1);
}
const port = Number(process.env.PORT ?? 8000);
const { url } = await startStaticServer({ port });
console.log(`event-timeline demo: ${url}demo/   (Ctrl+C to stop)`);
