// `npm run bench:forum`: does a forum thread of 5 000 posts open as fast as a chat thread of the same
// length? Headless Chromium, the library's sources bundled for production, CPU at 1× and 4× slower
// (DevTools `Emulation.setCPUThrottlingRate`). The same 5 000 messages open as a forum (question,
// nested replies, roles, kudos, one accepted solution) and as a chat, alternately, in one run; for each
// it prints the median time to the first painted rows and to all posts stored.
// Options: `--runs N` (default 5) openings of each per rate, `--rates 1,4`, `--count 5000`.
import { bundlePage, launchChromium, serveDir, writePage } from './lib/chromium.js';
import { removeDir, tempDir } from './lib/workdir.js';
import { median } from './lib/stats.js';

const arg = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at < 0 ? fallback : process.argv[at + 1];
};
const runs = Number(arg('runs', '5'));
const rates = arg('rates', '1,4').split(',').map(Number);
const count = Number(arg('count', '5000'));
const dir = tempDir('forum');

await bundlePage('bench/forum-page.ts', dir, { conditions: ['production'] });
writePage(dir, { title: 'forum bench', stage: 'height:800px;width:900px;display:flex;flex-direction:column', script: 'forum-page.js' });
const { server, url } = await serveDir(dir);
const browser = await launchChromium();
try {
  console.log(`A thread of ${count} posts, opened ${runs}× as a forum and ${runs}× as a chat, alternately (median ms):`);
  console.log('CPU  kind   first rows  all stored');
  for (const rate of rates) {
    const page = await browser.newPage();
    const cdp = await page.context().newCDPSession(page);
    await page.goto(url);
    await page.waitForFunction(() => window.forumBench !== undefined);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    const results = { forum: [], chat: [] };
    await page.evaluate((n) => window.forumBench.open('chat', n), count); // warm-up
    for (let run = 0; run < runs; run += 1) {
      for (const kind of run % 2 ? ['chat', 'forum'] : ['forum', 'chat']) results[kind].push(await page.evaluate(([k, n]) => window.forumBench.open(k, n), [kind, count]));
    }
    for (const kind of ['forum', 'chat']) {
      const r = results[kind];
      console.log(`${rate}×   ${kind.padEnd(5)}  ${String(Math.round(median(r.map((x) => x.firstRows)))).padStart(10)}  ${String(Math.round(median(r.map((x) => x.allIn)))).padStart(10)}`);
    }
    const ratio = median(results.forum.map((x) => x.allIn)) / median(results.chat.map((x) => x.allIn));
    console.log(`${rate}×   forum / chat, all stored: ${ratio.toFixed(2)}`);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
  removeDir(dir);
}
