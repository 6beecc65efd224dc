// Screenshots of the visual check page: node tests/browser/visual/shot.mjs OUT_DIR [name=query ...]
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { chromium } from 'playwright-core';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { mkdirSync } from 'node:fs';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = join(here, '../../..');
const out = process.argv[2] ?? '/tmp/shots';
mkdirSync(out, { recursive: true });
const shots = process.argv.slice(3).length ? process.argv.slice(3) : ['wide=width=1100&source', 'narrow=width=400', 'dark=width=1000&theme=dark'];
const bundle = await build({ entryPoints: [join(here, 'page.js')], bundle: true, format: 'esm', write: false,
  loader: { '.txt': 'text', '.json': 'json' }, tsconfig: join(root, 'tsconfig.json'), target: 'es2022', logLevel: 'error' });
const js = bundle.outputFiles[0].text;
const page = `<!doctype html><meta charset="utf-8"><style>body{margin:0;padding:24px;background:#eef1f5;font-family:system-ui}body.dark{background:#020617}#stage{margin:0 auto}</style><div id="stage"></div><script type="module" src="/page.js"></script>`;
const server = createServer((req, res) => {
  if (req.url.startsWith('/page.js')) { res.writeHead(200, { 'content-type': 'text/javascript' }); res.end(js); return; }
  res.writeHead(200, { 'content-type': 'text/html' }); res.end(page);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const { port } = server.address();
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
try {
  for (const spec of shots) {
    const [name, query] = spec.split(/=(.*)/s);
    const p = await browser.newPage({ viewport: { width: 1200, height: 900 }, deviceScaleFactor: 1 });
    const errors = [];
    p.on('pageerror', (e) => errors.push(String(e)));
    p.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    await p.goto(`http://127.0.0.1:${port}/?${query}`);
    await p.waitForTimeout(600);
    if (process.env.HOVER) await p.locator(process.env.HOVER).first().hover({ force: true });
    if (process.env.SELECT) await p.evaluate((id) => window.timelineEl.selectEvent(id), process.env.SELECT);
    await p.waitForTimeout(200);
    if (process.env.DEBUG) console.log(await p.evaluate(() => { const el = document.querySelector("event-timeline"); return [String(el), el && !!el.shadowRoot, el && el.shadowRoot && el.shadowRoot.innerHTML.slice(0, 500), typeof customElements.get("event-timeline")]; }));
    await p.screenshot({ path: join(out, `${name}.png`), fullPage: true });
    console.log(name, errors.length ? errors : 'ok');
    await p.close();
  }
} finally {
  await browser.close();
  server.close();
}
