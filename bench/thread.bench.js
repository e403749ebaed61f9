// `npm run bench:thread`: <cx-conversation-thread> in headless Chromium.
//
// 1. Long threads: 1 000, 10 000 and 100 000 messages, all loaded into the store: time from mounting
//    to the first painted message, elements in the component (shadow roots included: it must stay
//    bounded by what is visible, not by the thread's length) and the longest main-thread task.
// 2. Live: 1 000 messages a second for 10 s through the watch (every 50th sent twice). Long tasks
//    over 50 ms (PerformanceObserver "longtask") and frame intervals with the thread, against the same
//    stream with no thread as the control, so what is left is the thread's; then every id is counted in
//    the store (nothing dropped, nothing duplicated) and the feed must still be at the bottom showing
//    the latest message (a feed that stopped following would have nothing to render: easy figures).
//    Exits 1 on a long task, a lost or doubled message, or a feed that stopped following.
//
// The page (bench/thread-page.ts) is bundled with esbuild into a temp dir and served on 127.0.0.1.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findBrowser } from '../scripts/find-browser.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'screenpop-thread-bench-'));
const started = Date.now();

await build({
  entryPoints: [join(root, 'bench/thread-page.ts')],
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  splitting: true,
  outdir: dir,
  tsconfig: join(root, 'tsconfig.json'),
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
});
writeFileSync(
  join(dir, 'index.html'),
  `<!doctype html><html lang="en"><meta charset="utf-8"><title>bench</title>
<body style="margin:0"><div id="stage" style="height:800px;width:900px;display:flex"></div>
<script type="module" src="./thread-page.js"></script></body></html>`,
);

const server = createServer(async (req, res) => {
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  try {
    const body = await readFile(join(dir, path === '/' ? 'index.html' : path.slice(1)));
    res.writeHead(200, { 'content-type': path.endsWith('.js') ? 'text/javascript' : 'text/html' }).end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${server.address().port}/`;

const browser = await chromium.launch({ executablePath: findBrowser(), headless: true, args: CHROMIUM_ARGS });
const ms = (n) => `${n.toFixed(0)} ms`;
try {
  const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
  page.on('pageerror', (error) => {
    if (!String(error.message).includes('ResizeObserver loop')) console.error('page error:', error.message);
  });
  await page.goto(url);
  await page.waitForFunction(() => document.title === 'ready');

  const sizes = [];
  for (const count of [1_000, 10_000, 100_000]) sizes.push(await page.evaluate((n) => window.bench.mount(n), count));
  console.log('\nLong threads (all messages in the store)');
  console.table(
    sizes.map((s) => ({
      messages: s.count,
      loaded: s.loaded,
      'first paint': ms(s.firstPaint),
      'elements in component': s.elements,
      'articles rendered': s.articles,
      'longest task': ms(s.longestTask),
    })),
  );

  await page.evaluate(() => window.bench.mount(10_000));
  const withThread = await page.evaluate(() => window.bench.stream(1000, 10, true));
  const control = await page.evaluate(() => window.bench.stream(1000, 10, false));
  console.log('\nLive: 1 000 messages/s for 10 s through the watch, on a 10 000-message thread');
  console.table(
    [withThread, control].map((s) => ({
      run: s.withThread ? 'thread' : 'no thread (control)',
      sent: s.sent,
      'took': ms(s.elapsed),
      'new in store': s.withThread ? s.stored : '–',
      duplicates: s.withThread ? s.duplicates : '–',
      renders: s.withThread ? s.renders : '–',
      'long tasks > 50 ms': s.longTasks,
      'long-task time': ms(s.longTaskTotal),
      'longest task': ms(s.longestTask),
      'frames': s.frames,
      'frame p95': ms(s.frameP95),
      'longest frame': ms(s.frameMax),
      'elements after': s.withThread ? s.elements : '–',
    })),
  );
  const ok = withThread.stored === withThread.sent && withThread.unique === withThread.sent && withThread.duplicates === 0;
  console.log(ok ? `\nOK: all ${withThread.sent} live messages stored once each.` : `\nFAIL: sent ${withThread.sent}, stored ${withThread.stored}, unique ${withThread.unique}.`);
  console.log(withThread.followed ? 'OK: the feed followed the stream at the bottom (latest message shown, no jump offered).' : 'FAIL: the feed stopped following the stream.');
  const bounded = Math.max(...sizes.map((s) => s.elements)) < 2 * Math.min(...sizes.map((s) => s.elements)) + 200;
  console.log(bounded ? 'OK: DOM size does not grow with thread length.' : 'FAIL: DOM size grows with thread length.');
  console.log(`\nBench took ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  process.exitCode = ok && bounded && withThread.followed && withThread.longTasks === 0 ? 0 : 1;
} finally {
  await browser.close();
  server.close();
  rmSync(dir, { recursive: true, force: true });
}
