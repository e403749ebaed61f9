// `npm run bench:boundary`: how long the port boundary takes to validate one `loadMessages` answer,
// and, in headless Chromium, the longest main-thread task while it does (the goal: no task over 50 ms
// for an answer of any size, because validation runs in slices that yield to the browser).
//
// 1. Node: 1 000, 10 000 and 100 000 messages through `createAdapter(...).conversations.loadMessages`,
//    best and median of several runs, and messages validated per second.
// 2. Chromium: the same 100 000-message answer in a page, at normal speed and with the CPU throttled 4×; long tasks (PerformanceObserver "longtask")
//    from the call to its answer, and how many animation frames and 10 ms timers of the page ran
//    meanwhile (the host desktop's own work must go on while a big page is validated).
//
// The code under test (bench/boundary-page.ts) is bundled with esbuild into a temp dir.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundlePage, launchChromium, pageReady, serveDir } from './lib/chromium.js';
import { removeDir, tempDir } from './lib/workdir.js';
import { formatMs, median } from './lib/stats.js';

const dir = tempDir('boundary');
const SIZES = [1_000, 10_000, 100_000];
const RUNS = 7;

await bundlePage('bench/boundary-page.ts', dir, { outfile: join(dir, 'boundary-page.mjs'), define: { 'process.env.NODE_ENV': '"production"' } });
// The page's long-task recorder, for the page script below.
await bundlePage('bench/lib/long-tasks.ts', dir, { outfile: join(dir, 'long-tasks.mjs') });

const ms = (n) => formatMs(n, 1);

try {
  const lib = await import(pathToFileURL(join(dir, 'boundary-page.mjs')).href);
  const rows = [];
  for (const count of SIZES) {
    const page = lib.hostPage(count);
    const times = [];
    for (let i = 0; i < RUNS; i += 1) {
      const { ms: t, accepted } = await lib.validateOnce(page);
      if (accepted !== count) throw new Error(`Only ${accepted} of ${count} messages were accepted.`);
      times.push(t);
    }
    rows.push({ messages: count, best: ms(Math.min(...times)), median: ms(median(times)), 'messages/s (best)': Math.round(count / (Math.min(...times) / 1000)).toLocaleString('en') });
  }
  console.log(`\nNode ${process.version}: one loadMessages answer validated at the boundary (${RUNS} runs each)`);
  console.table(rows);

  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><html lang="en"><meta charset="utf-8"><title>bench</title><body>
<script type="module">
  import { hostPage, validateOnce } from './boundary-page.mjs';
  import { LongTasks } from './long-tasks.mjs';
  const tasks = new LongTasks();
  window.bench = async (count) => {
    const page = hostPage(count);
    await new Promise((r) => setTimeout(r, 100));
    const t0 = performance.now();
    let frames = 0;
    let timers = 0;
    let running = true;
    const tick = () => { if (running) { frames += 1; requestAnimationFrame(tick); } };
    requestAnimationFrame(tick);
    const interval = setInterval(() => (timers += 1), 10);
    const result = await validateOnce(page);
    running = false;
    clearInterval(interval);
    await new Promise((r) => setTimeout(r, 100));
    const mine = tasks.since(t0);
    return { ...result, frames, timers, longTasks: mine.length, longest: Math.max(0, ...mine.map((t) => t.duration)) };
  };
  document.title = 'ready';
</script>`,
  );
  const { server, url } = await serveDir(dir);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(url);
    await pageReady(page);
    const runs = [];
    for (let i = 0; i < 3; i += 1) runs.push({ cpu: 'normal', ...(await page.evaluate((n) => window.bench(n), 100_000)) });
    // A thin client: Chromium's CPU throttling, 4× slower.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    for (let i = 0; i < 2; i += 1) runs.push({ cpu: '4× slower', ...(await page.evaluate((n) => window.bench(n), 100_000)) });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    console.log('\nChromium: one answer of 100 000 messages (long tasks are those of 50 ms or more)');
    console.table(runs.map((r) => ({ cpu: r.cpu, took: ms(r.ms), 'frames meanwhile': r.frames, 'host timers run (every 10 ms)': r.timers, 'long tasks': r.longTasks, 'longest task': r.longTasks ? ms(r.longest) : 'none' })));
    const worst = Math.max(...runs.filter((r) => r.cpu === 'normal').map((r) => r.longest));
    console.log(worst > 50 ? `\nFAIL: a task of ${ms(worst)} blocked the page.` : '\nOK: no task over 50 ms.');
    process.exitCode = worst > 50 ? 1 : 0;
  } finally {
    await browser.close();
    server.close();
  }
} finally {
  removeDir(dir);
}
