// `npm run bench:http`: the thread on the HTTP adapter against the reference server, on loopback, in
// headless Chromium.
//
// 1. First page of a 10 000-message conversation to the painted thread: from creating the adapter
//    (discovery, the live stream, the conversation and its newest page, all over HTTP) to the first
//    message painted. Five runs, each a fresh adapter and thread.
// 2. Live: the server writes 1 000 messages a second for 10 s into that conversation; they reach the
//    thread through the Server-Sent Event stream. Afterwards the thread must hold each once and equal
//    the server's messages; long tasks over 50 ms are counted. Exits 1 on a lost or doubled message,
//    a thread that differs from the server, or a long task over 50 ms.
//
// The page (bench/http-page.ts) is bundled with esbuild; the server is examples/http-server, built
// with tsc (examples/http-server/build.js) and run in this process.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findBrowser } from '../scripts/find-browser.js';
import { buildReferenceServer } from '../examples/http-server/build.js';

const LONG = 10_000;
const root = fileURLToPath(new URL('..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'screenpop-http-bench-'));

const { server: serverModule } = buildReferenceServer({ quiet: true });
const { startReferenceServer } = await import(serverModule);
const api = await startReferenceServer({ port: 0, longConversation: LONG });
const conversationId = `LONG-${LONG}`;

await build({
  entryPoints: [join(root, 'bench/http-page.ts')],
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  outdir: dir,
  tsconfig: join(root, 'tsconfig.json'),
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
});
writeFileSync(
  join(dir, 'index.html'),
  `<!doctype html><html lang="en"><meta charset="utf-8"><title>bench</title>
<body style="margin:0"><div id="stage" style="height:800px;width:900px;display:flex"></div>
<script type="module" src="./http-page.js"></script></body></html>`,
);
const pages = createServer(async (req, res) => {
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  try {
    const body = await readFile(join(dir, path === '/' ? 'index.html' : path.slice(1)));
    res.writeHead(200, { 'content-type': path.endsWith('.js') ? 'text/javascript' : 'text/html' }).end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((resolve) => pages.listen(0, '127.0.0.1', resolve));

const browser = await chromium.launch({ executablePath: findBrowser(), headless: true, args: CHROMIUM_ARGS });
const ms = (n) => `${n.toFixed(0)} ms`;
let failed = false;
try {
  const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
  page.on('pageerror', (error) => {
    if (!String(error.message).includes('ResizeObserver loop')) console.error('page error:', error.message);
  });
  await page.goto(`http://127.0.0.1:${pages.address().port}/`);
  await page.waitForFunction(() => document.title === 'ready');

  const runs = [];
  for (let i = 0; i < 5; i += 1) runs.push(await page.evaluate(([base, id]) => window.bench.first(base, id), [api.baseUrl, conversationId]));
  const paints = runs.map((r) => r.firstPaint).sort((a, b) => a - b);
  console.log(`\nFirst page of a ${LONG.toLocaleString('en')}-message conversation to the painted thread, over HTTP (5 runs)`);
  console.table({ 'first paint, median': ms(paints[2]), 'first paint, range': `${ms(paints[0])}–${ms(paints[4])}`, 'messages loaded': runs[0].loaded, 'longest task': ms(Math.max(...runs.map((r) => r.longestTask))) });

  const live = await page.evaluate(([base, origin, id]) => window.bench.live(base, origin, id, 1_000, 10), [api.baseUrl, api.origin, conversationId]);
  console.log('\nLive: 1 000 messages a second for 10 s, through the Server-Sent Event stream into the thread');
  console.table({
    sent: live.sent,
    'in the thread': live.received,
    lost: live.lost,
    doubled: live.doubled,
    'thread equals server': live.equalsServer,
    'all applied after': ms(live.appliedMs),
    'longest task': ms(live.longestTask),
    'tasks over 50 ms': live.longTasksOver50,
    frames: live.frames,
    '95th-percentile frame': ms(live.p95FrameMs),
    'stream connections': live.connections,
  });
  failed = live.lost > 0 || live.doubled > 0 || !live.equalsServer || live.longTasksOver50 > 0;
  if (failed) console.error('FAILED: a message lost or doubled, a thread unlike the server, or a long task over 50 ms.');
} finally {
  await browser.close();
  await api.close();
  pages.close();
  rmSync(dir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
