// npm run screenshots: every element on the demo adapter, left to right (English) and right to left
// (Arabic), as PNGs in dist/screenshots/ with an index.html that shows each pair side by side.
// Uses the shared Chromium: run it under the browser lock on shared machines
// (flock /tmp/screenpop-browser.lock npm run screenshots).
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { CHROMIUM_ARGS, findBrowser } from './find-browser.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = fileURLToPath(new URL('../dist/screenshots/', import.meta.url));
const DIRECTIONS = [
  { dir: 'ltr', locale: 'en' },
  { dir: 'rtl', locale: 'ar' },
];

mkdirSync(out, { recursive: true });
const server = await createServer({ configFile: `${root}vite.config.ts`, server: { port: 5199, strictPort: false, host: '127.0.0.1' }, logLevel: 'error' });
await server.listen();
const address = server.httpServer.address();
const base = `http://127.0.0.1:${address.port}`;
const browser = await chromium.launch({ executablePath: findBrowser(), headless: true, args: CHROMIUM_ARGS });
const written = [];
let failed = false;
try {
  const page = await browser.newPage({ viewport: { width: 1180, height: 900 }, deviceScaleFactor: 1 });
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  for (const { dir, locale } of DIRECTIONS) {
    await page.goto(`${base}/screenshots.html?locale=${locale}`);
    await page.waitForSelector('body[data-ready]', { timeout: 60_000 });
    if ((await page.getAttribute('body', 'data-ready')) !== 'yes') {
      // Photographed anyway, so what went wrong can be seen; the run still fails.
      failed = true;
      console.error(`${locale}: not every element showed its ${locale} words in time: ${await page.getAttribute('body', 'data-missing')}`);
    }
    const shown = await page.evaluate(() => getComputedStyle(document.querySelector('cx-composer')).direction);
    if (shown !== dir) throw new Error(`${locale}: the composer is ${shown}, expected ${dir}`);
    await page.evaluate(() => document.fonts.ready);
    for (const shot of await page.locator('[data-shot]').all()) {
      const name = await shot.getAttribute('data-shot');
      const file = `${name}.${dir}.png`;
      await shot.screenshot({ path: `${out}${file}`, animations: 'disabled' });
      written.push({ name, dir, file });
    }
    // The move to private is a modal dialog (top layer): photographed over the page.
    await page.evaluate(() => document.querySelector('cx-move-to-private').show());
    await page.waitForFunction(() => document.querySelector('cx-move-to-private').shadowRoot.querySelector('dialog[open] [part~="routes"], dialog[open] fieldset'), null, { timeout: 30_000 });
    const file = `move-to-private-dialog.${dir}.png`;
    await page.screenshot({ path: `${out}${file}`, animations: 'disabled' });
    written.push({ name: 'move-to-private-dialog', dir, file });
  }
  if (errors.length) throw new Error(`page errors:\n${errors.join('\n')}`);
} catch (error) {
  failed = true;
  console.error(error);
} finally {
  await browser.close();
  await server.close();
}

const names = [...new Set(written.map((w) => w.name))];
const cell = (name, dir) => {
  const shot = written.find((w) => w.name === name && w.dir === dir);
  return shot ? `<td><img src="${shot.file}" alt="${name}, ${dir}" loading="lazy"></td>` : '<td>—</td>';
};
writeFileSync(
  `${out}index.html`,
  `<!doctype html><meta charset="utf-8"><title>Screenpop: LTR and RTL</title>
<style>body{font-family:system-ui,sans-serif;margin:16px}td{vertical-align:top;padding:8px;border-top:1px solid #ccc}img{max-inline-size:560px}</style>
<h1>Every element, left to right (en) and right to left (ar)</h1>
<table><tr><th>element</th><th>LTR (en)</th><th>RTL (ar)</th></tr>
${names.map((name) => `<tr><th>${name}</th>${cell(name, 'ltr')}${cell(name, 'rtl')}</tr>`).join('\n')}
</table>\n`,
);
console.log(`${written.length} screenshots in dist/screenshots/ (index.html shows them side by side)`);
process.exit(failed ? 1 : 0);
