// Shared plumbing of the element benches: bundle the bench page, serve it on 127.0.0.1, launch Chromium.
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../..', import.meta.url));
export const DEFAULT_OURS_ENTRY = join(root, 'src/element/define.ts');

export const LAUNCH = {
  executablePath: '/usr/bin/chromium', headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run',
    // Unthrottled frames: rAF deltas then measure the work per frame instead of snapping to 16.7 ms vsync.
    '--disable-frame-rate-limit', '--disable-gpu-vsync'],
};

/**
 * Bundles tests/bench/element/page.js. `bench:ours` is our element (oursEntry) or, when that is missing or
 * does not build, an empty module; oursNote says why. minify=false keeps function names for profiles.
 */
export async function bundlePage({ oursEntry = DEFAULT_OURS_ENTRY, minify = true } = {}) {
  const tryBuild = (withOurs) => build({
    entryPoints: [join(root, 'tests/bench/element/page.js')], bundle: true, format: 'esm', target: 'es2022',
    write: false, minify, logLevel: 'silent', tsconfig: join(root, 'tsconfig.json'),
    nodePaths: [join(root, 'node_modules')],
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [{ name: 'bench-ours', setup(b) {
      b.onResolve({ filter: /^bench:ours$/ }, () => (withOurs ? { path: oursEntry } : { path: 'none', namespace: 'bench-empty' }));
      b.onLoad({ filter: /.*/, namespace: 'bench-empty' }, () => ({ contents: 'export {};', loader: 'js' }));
    } }],
  });
  let oursNote = null;
  if (existsSync(oursEntry)) {
    try { return { js: (await tryBuild(true)).outputFiles[0].text, oursNote }; } catch (err) {
      oursNote = `build failed: ${String(err.errors?.[0]?.text ?? err.message).slice(0, 200)}`;
    }
  } else oursNote = `${oursEntry.replace(root, '')} does not exist`;
  return { js: (await tryBuild(false)).outputFiles[0].text, oursNote };
}

/** Serves the page and its bundle on 127.0.0.1 (random port). */
export function serve(js) {
  const html = '<!doctype html><meta charset="utf-8"><title>element bench</title>' +
    '<style>body{margin:0;font-family:sans-serif}#stage{margin:40px}</style><div id="stage"></div>' +
    '<script type="module" src="/page.js"></script>';
  const server = createServer((req, res) => {
    if (req.url === '/') { res.writeHead(200, { 'content-type': 'text/html' }); res.end(html); }
    else if (req.url === '/page.js') { res.writeHead(200, { 'content-type': 'text/javascript' }); res.end(js); }
    else { res.writeHead(404); res.end(); }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

export const ZOOM_FACTOR = 2 ** 0.2; // per wheel click; 30 clicks = 64x
