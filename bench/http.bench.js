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
import { buildReferenceServer } from '../examples/http-server/build.js';
import { bundlePage, launchChromium, pageReady, printPageErrors, serveDir, writePage } from './lib/chromium.js';
import { removeDir, tempDir } from './lib/workdir.js';
import { formatMs } from './lib/stats.js';

const LONG = 10_000;
const dir = tempDir('http');

const { server: serverModule } = buildReferenceServer({ quiet: true });
const { startReferenceServer } = await import(serverModule);
const api = await startReferenceServer({ port: 0, longConversation: LONG });
const conversationId = `LONG-${LONG}`;

await bundlePage('bench/http-page.ts', dir, { define: { 'process.env.NODE_ENV': '"production"' } });
writePage(dir, { stage: 'height:800px;width:900px;display:flex', script: 'http-page.js' });
const { server: pages, url } = await serveDir(dir);

const browser = await launchChromium();
const ms = (n) => formatMs(n);
let failed = false;
try {
  const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
  printPageErrors(page, { ignoreResizeObserver: true });
  await page.goto(url);
  await pageReady(page);

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
  removeDir(dir);
}
process.exit(failed ? 1 : 0);
