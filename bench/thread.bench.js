// `npm run bench:thread`: <cx-conversation-thread> from the BUILT library in headless Chromium, on this
// machine and with the CPU slowed down 4× (DevTools `Emulation.setCPUThrottlingRate`), standing in for
// an agent's thin client.
//
// It builds dist/screenpop.standalone.js (production, as users get it), serves it with a page
// (bench/thread-page.ts, bundled with esbuild) whose host adapter is made with the public `createAdapter`,
// and for each CPU rate measures:
//  1. Live: a 10 000-message conversation open, 1 000 messages a second for 10 s through the watch (every
//     50th sent twice): long tasks (> 50 ms), the longest, frame p95; the same stream with no thread on
//     the page as the control; then again while typing into the hosted composer (a key every 100 ms):
//     keystroke-to-paint p95. Every live message must be stored once, in order, and the feed must have
//     followed the stream at the bottom.
//  2. One `loadMessages` answer of 100 000 messages: the time to the first painted rows, to all of them
//     in the store, and the longest task; and the port boundary's validation of that answer alone.
//
// Options: `--runs N` (default 1) repeats everything and prints each run; `--rates 1,4` picks CPU rates;
// `--frames` prints the three longest animation frames of each flood, with what ran in them;
// `--profile` writes a CPU profile of the first throttled flood to bench/thread-flood.cpuprofile (from
// the same sources bundled unminified, so it names functions).
// Exits 1 when a live message was lost, doubled or out of order, or the feed stopped following.
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { bundlePage, launchChromium, pageReady, printPageErrors, serveDir, writePage } from './lib/chromium.js';
import { removeDir, root, tempDir } from './lib/workdir.js';
import { formatMs } from './lib/stats.js';

const arg = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at < 0 ? fallback : process.argv[at + 1];
};
const runs = Number(arg('runs', '1'));
const rates = arg('rates', '1,4').split(',').map(Number);
const profile = process.argv.includes('--profile');
/** `--only flood,typing,big`: some of the measures (while working on one); all by default. */
const only = new Set(arg('only', 'flood,typing,big').split(','));
const none = { longTasks: 0, longestTask: 0, frameP95: 0, keyP95: 0, keystrokes: 0, firstRows: 0, allIn: 0, took: 0, sent: 0, stored: 0, unique: 0, inOrder: true, followed: true };
const dir = tempDir('thread');
const started = Date.now();

if (profile) {
  // The same entry, not minified, so the profile names functions (production Lit all the same).
  await build({ entryPoints: { 'screenpop.standalone': join(root, 'src/standalone.ts') }, bundle: true, format: 'esm', target: 'es2022', outdir: dir, tsconfig: join(root, 'tsconfig.json'), conditions: ['production'], logLevel: 'warning' });
} else {
  execFileSync(join(root, 'node_modules/.bin/vite'), ['build', '--mode', 'standalone', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  copyFileSync(join(root, 'dist/screenpop.standalone.js'), join(dir, 'screenpop.standalone.js'));
  cpSync(join(root, 'dist/standalone'), join(dir, 'standalone'), { recursive: true }); // the parts it loads on first use
}
await bundlePage('bench/thread-page.ts', dir);
writePage(dir, { stage: 'height:800px;width:900px;display:flex;flex-direction:column', script: 'thread-page.js' });
const { server, url } = await serveDir(dir);

const ms = (n) => formatMs(n);
const rows = [];
let ok = true;

/** Types a key into the focused composer every `every` ms until `done` resolves. */
async function typeUntil(page, done, every = 100) {
  let finished = false;
  void done.then(() => (finished = true));
  const letters = 'the router drops every evening ';
  for (let i = 0; !finished; i += 1) {
    await page.keyboard.press(letters[i % letters.length] === ' ' ? 'Space' : letters[i % letters.length]);
    await new Promise((r) => setTimeout(r, every));
  }
}

const browser = await launchChromium();
try {
  for (let run = 1; run <= runs; run += 1) {
    for (const rate of rates) {
      const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
      printPageErrors(page, { ignoreResizeObserver: true });
      const cdp = await page.context().newCDPSession(page);
      await page.goto(url);
      await pageReady(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });

      let flood = none;
      let typing = none;
      let control = none;
      let big = none;
      let boundary = none;
      if (only.has('flood')) {
        await page.evaluate(() => window.bench.mount(10_000));
        if (profile && rate > 1) await cdp.send('Profiler.enable').then(() => cdp.send('Profiler.start'));
        flood = await page.evaluate(() => window.bench.stream(1000, 10, true));
        if (profile && rate > 1) {
          const { profile: data } = await cdp.send('Profiler.stop');
          writeFileSync(join(root, 'bench/thread-flood.cpuprofile'), JSON.stringify(data));
        }
      }
      if (only.has('typing')) {
        await page.evaluate(() => window.bench.mount(10_000));
        if (!(await page.evaluate(() => window.bench.focusComposer()))) throw new Error('No composer text box to type into.');
        const typingRun = page.evaluate(() => window.bench.stream(1000, 10, true));
        await typeUntil(page, typingRun);
        typing = await typingRun;
      }
      if (only.has('flood')) control = await page.evaluate(() => window.bench.stream(1000, 10, false));
      if (only.has('big')) {
        if (profile && rate > 1 && !only.has('flood')) await cdp.send('Profiler.enable').then(() => cdp.send('Profiler.start'));
        big = await page.evaluate(() => window.bench.mount(100_000));
        if (profile && rate > 1 && !only.has('flood')) {
          const { profile: data } = await cdp.send('Profiler.stop');
          writeFileSync(join(root, 'bench/thread-big.cpuprofile'), JSON.stringify(data));
        }
        boundary = await page.evaluate(() => window.bench.boundary(100_000));
      }
      await page.close();

      for (const s of [flood, typing]) {
        const good = s.stored === s.sent && s.unique === s.sent && s.inOrder && s.followed;
        if (!good) console.log(`FAIL (run ${run}, CPU ${rate}×): sent ${s.sent}, stored ${s.stored}, unique ${s.unique}, in order ${s.inOrder}, followed ${s.followed}`);
        ok &&= good;
      }
      rows.push({
        run,
        CPU: `${rate}×`,
        'flood long tasks': flood.longTasks,
        'flood longest': ms(flood.longestTask),
        'frame p95': ms(flood.frameP95),
        'control p95': ms(control.frameP95),
        'typing: key→paint p95': ms(typing.keyP95),
        'keys': typing.keystrokes,
        'typing long tasks': typing.longTasks,
        '100k first rows': ms(big.firstRows),
        '100k all in': ms(big.allIn),
        '100k longest': ms(big.longestTask),
        '100k long tasks': big.longTasks,
        '100k rows / elements': `${big.rendered} / ${big.elements}`,
        'boundary alone': `${ms(boundary.took)} (longest ${ms(boundary.longestTask)})`,
      });
      console.table(rows.slice(-1));
      if (process.argv.includes('--frames')) console.dir({ rate, flood: flood.longestFrames, typing: typing.longestFrames, big: big.longestFrames }, { depth: 5 });
    }
  }
  console.log(`\nAll runs (${cpus().length} cores, ${cpus()[0]?.model ?? 'unknown CPU'}):`);
  console.table(rows);
  console.log(ok ? 'OK: every live message stored once, in order, and the feed followed the stream.' : 'FAIL: see above.');
  console.log(`Bench took ${((Date.now() - started) / 1000).toFixed(0)} s.`);
  process.exitCode = ok ? 0 : 1;
} finally {
  await browser.close();
  server.close();
  removeDir(dir);
}
