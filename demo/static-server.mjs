// A small static file server for the demo and the screenshot script: serves the repository
// root on 127.0.0.1 only, and knows the few types the demo uses. It refuses (404) any path with a
// segment that starts with a dot (`/.git/config`, `/..`, `/.env`), decoded or not, and (403) any
// file whose real path, symlinks resolved, lies outside the root.
import { createServer } from 'node:http';
import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('..', import.meta.url));

const contentTypes = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png', '.svg': 'image/svg+xml', '.ico': 'image/x-icon', '.map': 'application/json',
};

const fail = (code) => Object.assign(new Error(code), { code });

/**
 * The path segments of a request target, or null when it must be refused: a segment that is empty
 * inside the path, starts with a dot (dotfiles, dot-directories, `.` and `..`), holds a backslash or
 * a NUL, or a target that does not decode. The raw target is read, not a URL-normalised one, so that
 * `/../x` and `/%2e%2e/x` are refused rather than quietly mapped to `/x`.
 */
export function requestSegments(target) {
  const raw = String(target ?? '/').split(/[?#]/, 1)[0];
  if (!raw.startsWith('/')) return null;
  let path;
  try { path = decodeURIComponent(raw); } catch { return null; }
  const segments = path.split('/').slice(1);
  if (segments.length && segments[segments.length - 1] === '') segments.pop(); // a trailing slash
  for (const s of segments) if (s === '' || s.startsWith('.') || s.includes('\\') || s.includes('\0')) return null;
  return segments;
}

/** Starts the server; resolves to { url, close }. Port 0 picks a free port. */
export async function startStaticServer({ port = 0, host = '127.0.0.1', root = repoRoot } = {}) {
  const realRoot = await realpath(root);
  const inside = (p) => p === realRoot || p.startsWith(realRoot.endsWith(sep) ? realRoot : realRoot + sep);
  const server = createServer(async (req, res) => {
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') throw fail('EMETHOD');
      const segments = requestSegments(req.url);
      if (!segments) throw fail('ENOENT');
      let file = await realpath(join(realRoot, ...segments));
      if (!inside(file)) throw fail('EACCES');
      if ((await stat(file)).isDirectory()) {
        file = await realpath(join(file, 'index.html'));
        if (!inside(file)) throw fail('EACCES');
      }
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': contentTypes[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (error) {
      const status = error?.code === 'EACCES' ? 403 : error?.code === 'EMETHOD' ? 405 : 404;
      res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(status === 403 ? 'Forbidden' : status === 405 ? 'Method not allowed' : 'Not found');
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolve({ url: `http://${host}:${address.port}/`, close: () => new Promise((r) => server.close(() => r())) });
    });
  });
}
