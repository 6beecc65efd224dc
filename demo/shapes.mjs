#!/usr/bin/env node
// Screenshots of the demo's example articles, one per article shape (a background event decades back,
// a live blog, a story full of statements, a history with BC dates, a history in story time), each
// wide, narrow and dark. Fails on any page error or console error, or when an example shows no event.
// usage: node demo/shapes.mjs [--out DIR]   (default DIR: demo/screenshots/shapes; needs `npm run build`)
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { startStaticServer, repoRoot } from './static-server.mjs';

const outIndex = process.argv.indexOf('--out');
const outDir = resolve(outIndex > 0 ? process.argv[outIndex + 1] : join(repoRoot, 'demo', 'screenshots', 'shapes'));
mkdirSync(outDir, { recursive: true });
const examples = ['floods', 'liveblog', 'talks', 'rome', 'canal'];
const views = [
  { name: 'wide', viewport: { width: 1280, height: 900 }, colorScheme: 'light' },
  { name: 'narrow', viewport: { width: 390, height: 860 }, colorScheme: 'light' },
  { name: 'dark', viewport: { width: 1280, height: 900 }, colorScheme: 'dark' },
];

const server = await startStaticServer();
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
});
const problems = [];
try {
  for (const example of examples) {
    for (const view of views) {
      const name = `${example}-${view.name}`;
      const page = await browser.newPage({ viewport: view.viewport, colorScheme: view.colorScheme, deviceScaleFactor: 1 });
      page.on('pageerror', (e) => problems.push(`${name}: page error: ${e.message}`));
      page.on('console', (m) => { if (m.type() === 'error') problems.push(`${name}: console error: ${m.text()}`); });
      await page.goto(`${server.url}demo/index.html?example=${example}`, { waitUntil: 'load' });
      await page.locator('event-timeline [part~="event"], event-timeline [part~="cluster"]').first().waitFor({ timeout: 15000 });
      await page.evaluate(() => document.fonts.ready);
      await page.waitForTimeout(300);
      const count = await page.evaluate(() => document.querySelector('event-timeline')?.timeline?.events.length ?? 0);
      if (!count) problems.push(`${name}: no events`);
      // The story block: its title, the timeline and the article beside it (the first screen a reader sees).
      const box = await page.locator('section.story').boundingBox();
      const clip = box ? { x: 0, y: box.y, width: view.viewport.width, height: Math.min(box.height, view.name === 'narrow' ? 1600 : 1000) } : undefined;
      const file = join(outDir, `${name}.png`);
      await page.screenshot({ path: file, clip, fullPage: Boolean(clip) });
      console.log(`screenshot ${name}: ${file} (${count} events)`);
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
