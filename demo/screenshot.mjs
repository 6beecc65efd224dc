#!/usr/bin/env node
// Screenshots of the demo (wide, narrow, dark) in headless Chromium; fails on any page error,
// on a console error, or when the seed timeline's anchor moments are not on screen.
// usage: node demo/screenshot.mjs [--out DIR] [--card] [--lang fr]   (default DIR: demo/screenshots; needs `npm run build`)
// --lang: the element's `lang` (dates and UI strings in that language), files named *-fr.png.
// --card: the same views with an event's card open as a reader opens it (a marker clicked on wide screens, a
// sentence of the article tapped on a phone), named *-card.png.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { startStaticServer, repoRoot } from './static-server.mjs';

const outIndex = process.argv.indexOf('--out');
const outDir = resolve(outIndex > 0 ? process.argv[outIndex + 1] : join(repoRoot, 'demo', 'screenshots'));
mkdirSync(outDir, { recursive: true });

// The story's anchor moments: Jan 2 protests, Jan 5 emergency, Jan 6 CSTO, Jan 7 statements.
const anchorDates = ['2022-01-02', '2022-01-05', '2022-01-06', '2022-01-07'];
const withCard = process.argv.includes('--card');
const langIndex = process.argv.indexOf('--lang');
const lang = langIndex > 0 ? process.argv[langIndex + 1] : '';
const shots = [
  { name: 'wide', viewport: { width: 1280, height: 900 }, colorScheme: 'light' },
  { name: 'narrow', viewport: { width: withCard ? 390 : 400, height: 860 }, colorScheme: 'light' },
  { name: 'dark', viewport: { width: 1280, height: 900 }, colorScheme: 'dark' },
].map((shot) => (withCard ? { ...shot, name: `${shot.name}-card` } : shot))
  .map((shot) => (lang ? { ...shot, name: `${shot.name}-${lang}` } : shot));

const server = await startStaticServer();
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const problems = [];
try {
  for (const shot of shots) {
    const page = await browser.newPage({ viewport: shot.viewport, colorScheme: shot.colorScheme, deviceScaleFactor: 1 });
    page.on('pageerror', (e) => problems.push(`${shot.name}: page error: ${e.message}`));
    page.on('console', (m) => { if (m.type() === 'error') problems.push(`${shot.name}: console error: ${m.text()}`); });
    await page.goto(`${server.url}demo/index.html${lang ? `?lang=${encodeURIComponent(lang)}` : ''}`, { waitUntil: 'load' });
    // Playwright's CSS locators pierce open shadow roots.
    await page.locator('event-timeline [part~="event"], event-timeline [part~="cluster"]').first().waitFor({ timeout: 15000 });
    await page.evaluate(() => document.fonts.ready);
    await page.waitForTimeout(300);
    const starts = await page.evaluate(() => {
      const el = document.querySelector('event-timeline');
      return (el?.timeline?.events ?? []).map((e) => e.start);
    });
    for (const d of anchorDates) if (!starts.some((s) => s.startsWith(d))) problems.push(`${shot.name}: no event on ${d}`);
    let clip;
    if (withCard) {
      const narrow = shot.viewport.width < 560;
      // Phones tap a sentence of the article; wide screens click a marker of the story's busy week.
      const target = narrow
        ? page.locator('event-timeline [part~="source"] mark[role="button"]').nth(6)
        : page.locator('event-timeline .chart g.event[data-start="2022-01-04"] text.title');
      await target.scrollIntoViewIfNeeded();
      await target.click();
      await page.locator('event-timeline [part~="card"]').waitFor({ timeout: 5000 });
      await page.waitForTimeout(300);
      if (narrow) {
        // The viewport the reader sees after the tap.
        clip = { x: 0, y: await page.evaluate(() => window.scrollY), ...shot.viewport };
      }
    }
    const file = join(outDir, `${shot.name}.png`);
    await page.screenshot({ path: file, fullPage: (shot.viewport.width < 560 && !withCard) || (withCard && Boolean(clip)), clip });
    console.log(`screenshot ${shot.name}: ${file} (${starts.length} events)`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
