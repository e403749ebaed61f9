// A web-test-runner command that opens the demo desktop (examples/index.html, as `npm start` serves it,
// with examples/main.ts) in a page of its own, waits for the screen pop, optionally runs the outage
// flood, and saves screenshots to build/screenshots/. It reports every console error and uncaught
// error the page had. Requests to other hosts (the demo's avatar images) are answered with a blank
// image so the run needs no network. A command must answer within 20 s and the run can take longer on a
// loaded machine, so `demo-page` starts it and answers { id } at once; `demo-page:result` answers
// { done: true, result } once it has finished (throwing its error if it failed), or { done: false }
// after 5 s of waiting; the test asks until it is done (test/examples/demo-page.test.ts).
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SHOTS = resolve(ROOT, 'build/screenshots');
const BLANK_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

const WAIT_MS = 60_000;

export function demoPagePlugin() {
  const runs = new Map();
  let next = 0;
  return {
    name: 'demo-page-command',
    async executeCommand({ command, payload, session }) {
      if (command === 'demo-page') {
        if (session.browser.type !== 'playwright') throw new Error('The demo-page command needs the Playwright launcher.');
        const id = `demo-${(next += 1)}`;
        const run = openDemo(payload, session);
        run.catch(() => {}); // its error is given to `demo-page:result`
        runs.set(id, run);
        return { id };
      }
      if (command === 'demo-page:result') {
        const run = runs.get(payload.id);
        if (!run) throw new Error(`No demo page run ${payload.id}.`);
        const outcome = await Promise.race([run.then((result) => ({ done: true, result })), new Promise((resolve) => setTimeout(() => resolve({ done: false }), 5_000))]);
        if (outcome.done) runs.delete(payload.id);
        return outcome;
      }
      return undefined;
    },
  };
}

/** Opens the demo in a page of its own, as the file header says; resolves with what it saw. */
async function openDemo(payload, session) {
  const context = session.browser.getPage(session.id).context();
  const page = await context.newPage();
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  const origin = new URL(payload.url).origin;
  await page.route('**/*', (route) =>
    new URL(route.request().url()).origin === origin ? route.continue() : route.fulfill({ status: 200, contentType: 'image/png', body: BLANK_PNG }),
  );
  try {
    await page.setViewportSize({ width: payload.width ?? 1440, height: payload.height ?? 960 });
    await page.goto(payload.url, { timeout: WAIT_MS });
    // Playwright's CSS engine pierces open shadow roots.
    const shown = page.locator('cx-screen-pop [part~="pop-shown"] [part~="title"]');
    await shown.waitFor({ timeout: WAIT_MS });
    await page.locator('cx-screen-pop [part~="pop-shown"] cx-customer-360 [part~="name"]').waitFor({ timeout: WAIT_MS });
    mkdirSync(SHOTS, { recursive: true });
    const result = { problems, popped: (await shown.textContent())?.trim() ?? '', screenshots: [] };
    const shot = async (name) => {
      const path = resolve(SHOTS, `${name}.png`);
      await page.screenshot({ path, fullPage: true });
      result.screenshots.push(path.slice(ROOT.length + 1));
    };
    await shot('desktop');
    if (payload.flood) {
      await page.click('[data-region="flood"]');
      await page.locator('cx-screen-pop [part~="queue-item"][data-kind="incident"]').waitFor({ timeout: WAIT_MS });
      result.incident = (await page.locator('cx-screen-pop [part~="incident"]').first().textContent())?.trim() ?? '';
      await shot('desktop-flood');
    }
    return result;
  } finally {
    await page.close();
  }
}
