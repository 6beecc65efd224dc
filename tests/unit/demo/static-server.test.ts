/**
 * The demo's static server (demo/static-server.mjs): serves files under its root only. Dotfiles and
 * dot-directories are 404, a symlink whose target lies outside the root is 403, a traversal (raw or
 * percent-encoded) is refused, and an ordinary file is 200.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// @ts-expect-error: a plain .mjs module without types
import { requestSegments, startStaticServer } from '../../../demo/static-server.mjs';

/** GET with the target sent as written (no URL normalisation on the client side). */
function get(base: string, target: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ host: hostname, port, path: target, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => { body += c; });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('demo static server', () => {
  let dir: string;
  let outside: string;
  let root: string;
  let server: { url: string; close: () => Promise<void> };
  let repo: { url: string; close: () => Promise<void> };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'et-static-'));
    root = join(dir, 'root');
    outside = join(dir, 'outside');
    mkdirSync(join(root, '.git'), { recursive: true });
    mkdirSync(join(root, 'demo'), { recursive: true });
    mkdirSync(outside);
    writeFileSync(join(root, '.git', 'config'), '[core]\n');
    writeFileSync(join(root, '.env'), 'SECRET=1\n');
    writeFileSync(join(root, 'demo', 'index.html'), '<!doctype html><p>demo</p>');
    writeFileSync(join(outside, 'secret.txt'), 'outside the root');
    writeFileSync(join(dir, 'package.json'), '{"name":"outside"}');
    symlinkSync(join(outside, 'secret.txt'), join(root, 'demo', 'link.txt'));
    symlinkSync(outside, join(root, 'out'));
    symlinkSync(join(root, 'demo', 'index.html'), join(root, 'demo', 'inside.html'));
    server = await startStaticServer({ port: 0, root });
    repo = await startStaticServer({ port: 0 });
  });

  afterAll(async () => {
    await server?.close();
    await repo?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves /demo/index.html (200)', async () => {
    const r = await get(server.url, '/demo/index.html');
    expect(r.status).toBe(200);
    expect(r.body).toContain('demo');
    expect((await get(server.url, '/demo/')).status).toBe(200);
    expect((await get(repo.url, '/demo/index.html')).status).toBe(200);
  });

  it('refuses dotfiles and dot-directories (404)', async () => {
    for (const target of ['/.git/config', '/.git/', '/.env', '/%2egit/config', '/demo/../.git/config']) {
      expect([target, (await get(server.url, target)).status]).toEqual([target, 404]);
    }
    expect((await get(repo.url, '/.git/config')).status).toBe(404);
  });

  it('does not follow a symlink out of the root (403)', async () => {
    const file = await get(server.url, '/demo/link.txt');
    expect(file.status).toBe(403);
    expect(file.body).not.toContain('outside the root');
    expect((await get(server.url, '/out/secret.txt')).status).toBe(403);
    // a symlink that stays inside the root is served
    expect((await get(server.url, '/demo/inside.html')).status).toBe(200);
  });

  it('refuses path traversal (403 or 404)', async () => {
    for (const target of ['/../package.json', '/demo/../../package.json', '/%2e%2e/package.json', '/..%2fpackage.json', '/demo/..%5c..%5cpackage.json', '/%ZZ']) {
      const r = await get(server.url, target);
      expect([target, [403, 404].includes(r.status)]).toEqual([target, true]);
      expect(r.body).not.toContain('outside');
    }
    expect([403, 404]).toContain((await get(repo.url, '/../package.json')).status);
  });

  it('reads request targets into segments, refusing dot segments', () => {
    expect(requestSegments('/demo/index.html?x=1')).toEqual(['demo', 'index.html']);
    expect(requestSegments('/')).toEqual([]);
    expect(requestSegments('/demo/')).toEqual(['demo']);
    expect(requestSegments('/a/../b')).toBeNull();
    expect(requestSegments('/a/%2E%2E/b')).toBeNull();
    expect(requestSegments('/a//b')).toBeNull();
    expect(requestSegments('/a%00b')).toBeNull();
    expect(requestSegments('http://evil/x')).toBeNull();
  });
});
