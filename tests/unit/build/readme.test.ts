/// <reference types="node" />
// The README is read on the npm registry page, where relative links break: its images are absolute URLs
// into the repository, each naming a file that exists here, and every CDN URL names the package's version.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(new URL('.', import.meta.url).pathname, '../../..');
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string; repository: { url: string } };
const RAW = 'https://raw.githubusercontent.com/event-timeline/event-timeline/main/';

describe('README', () => {
  const images = [...readme.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map((m) => m[1]!);
  it('has images, each an absolute URL to a file of the repository', () => {
    expect(images.length).toBeGreaterThan(0);
    for (const url of images) {
      expect(url.startsWith(RAW), url).toBe(true);
      expect(existsSync(join(ROOT, url.slice(RAW.length))), url).toBe(true);
    }
    expect(pkg.repository.url).toContain('github.com/event-timeline/event-timeline');
  });
  it('names the package version in every CDN URL', () => {
    const cdn = [...readme.matchAll(/https:\/\/(?:unpkg\.com|cdn\.jsdelivr\.net\/npm)\/event-timeline([@/][^/"'\s]*)?/g)];
    expect(cdn.length).toBeGreaterThan(0);
    for (const m of cdn) expect(m[1], m[0]).toBe(`@${pkg.version}`);
  });
});
