// A web-test-runner command that opens the demo desktop (examples/index.html, as `npm start` serves it,
// with examples/main.ts) in a page of its own, waits for the screen pop, optionally runs the outage
// flood, and saves screenshots to build/screenshots/. It reports every console error and uncaught
// error the page had. Requests to other hosts (the demo's avatar images) are answered with a blank
// image so the run needs no network. From a test: `executeServerCommand('demo-page', { url })`.
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SHOTS = resolve(ROOT, 'build/screenshots');
const BLANK_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

export function demoPagePlugin() {
  return {
    name: 'demo-page-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'demo-page') return undefined;
      if (session.browser.type !== 'playwright') throw new Error('The demo-page command needs the Playwright launcher.');
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
        await page.goto(payload.url);
        // Playwright's CSS engine pierces open shadow roots.
        const shown = page.locator('cx-screen-pop [part~="pop-shown"] [part~="title"]');
        await shown.waitFor({ timeout: 30_000 });
        await page.locator('cx-screen-pop [part~="pop-shown"] cx-customer-360 [part~="name"]').waitFor({ timeout: 30_000 });
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
          await page.locator('cx-screen-pop [part~="queue-item"][data-kind="incident"]').waitFor({ timeout: 30_000 });
          result.incident = (await page.locator('cx-screen-pop [part~="incident"]').first().textContent())?.trim() ?? '';
          await shot('desktop-flood');
        }
        return result;
      } finally {
        await page.close();
      }
    },
  };
}
