// Smoke run of every built story: serves storybook-static/ on 127.0.0.1, opens each index.json
// entry in Chromium and fails it on a console error, a page error, a Storybook render error, a
// custom element that never got defined, or an accessibility violation from addon-a11y.
//
//   npm run build-storybook && npm run smoke:storybook
//
// Options: STORY_TIMEOUT_MS (default 60000: a bound on a broken story, not a speed target; shared machines are slow), SMOKE_FILTER (substring of the ids to run).
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findBrowser } from './find-browser.js';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)), 'storybook-static');
const TIMEOUT_MS = Number(process.env.STORY_TIMEOUT_MS) || 60_000;
const FILTER = process.env.SMOKE_FILTER ?? '';
/** Time for docs pages to render their inline stories after `docsRendered`. */
const DOCS_SETTLE_MS = 500;
/** Set on Ctrl-C / SIGTERM: what fails after it is the shutdown, not a story. */
let interrupted = false;

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

// ---- static server ----------------------------------------------------------------------------

function startServer() {
  const server = createServer(async (req, res) => {
    try {
      const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
      let file = normalize(join(ROOT, pathname));
      if (file !== ROOT && !file.startsWith(ROOT + sep)) {
        res.writeHead(403).end();
        return;
      }
      let info = await stat(file).catch(() => undefined);
      if (info?.isDirectory()) {
        file = join(file, 'index.html');
        info = await stat(file).catch(() => undefined);
      }
      if (!info?.isFile() && pathname === '/favicon.ico') {
        // Chromium asks for it on its own; the built Storybook has only favicon.svg.
        res.writeHead(204).end();
        return;
      }
      if (!info?.isFile()) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'content-length': info.size,
        'cache-control': 'no-store',
      });
      createReadStream(file).pipe(res);
    } catch (error) {
      res.writeHead(500).end(String(error));
    }
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolvePromise(server));
  });
}

// ---- in the page ------------------------------------------------------------------------------

/**
 * Runs in every page before Storybook's own scripts: catches the preview channel the moment the
 * runtime installs it, so no event is missed however fast the story finishes.
 */
function hookChannel() {
  const EVENTS = [
    'storyFinished',
    'docsRendered',
    'storyErrored',
    'storyThrewException',
    'storyMissing',
    'configError',
    'playFunctionThrewException',
    'unhandledErrorsWhilePlaying',
    'docsRenderError',
  ];
  const smoke = { events: [] };
  window.__SMOKE__ = smoke;
  const attach = (channel) => {
    if (!channel || channel.__smokeAttached) return;
    channel.__smokeAttached = true;
    for (const name of EVENTS) {
      channel.on(name, (...args) => {
        let payload;
        try {
          payload = JSON.parse(JSON.stringify(args[0] ?? null, (_key, value) => (value instanceof Error ? { name: value.name, message: value.message } : value)));
        } catch {
          payload = String(args[0]);
        }
        smoke.events.push({ name, payload });
      });
    }
  };
  let current;
  Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => current,
    set: (value) => {
      current = value;
      attach(value);
    },
  });
}

/** Tags with a dash that are not defined, in the document and in every open shadow root. */
function findUndefinedElements() {
  const found = new Set();
  const visit = (root) => {
    for (const element of root.querySelectorAll('*')) {
      if (element.localName.includes('-') && !element.matches(':defined')) found.add(element.localName);
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  visit(document);
  return [...found];
}

/** Whether the story root rendered anything at all (a blank story is a failure, not a pass). */
function storyRootIsEmpty() {
  // Look inside the theme/direction wrapper of .storybook/preview.ts, which is always there.
  const root = document.querySelector('#storybook-root .cx-story') ?? document.querySelector('#storybook-root');
  return !root || (root.children.length === 0 && !root.textContent?.trim());
}

/** Whether the a11y check was switched off for the story on purpose. */
function a11yDisabledOnPurpose() {
  const story = window.__STORYBOOK_PREVIEW__?.currentRender?.story;
  const a11y = story?.parameters?.a11y;
  return Boolean(a11y?.disable === true || a11y?.test === 'off' || story?.globals?.a11y?.manual === true);
}

// ---- one entry --------------------------------------------------------------------------------

function describeA11y(result) {
  return result.violations
    .map((violation) => {
      // A target inside shadow DOM is a list of selectors, host first.
      const targets = violation.nodes.slice(0, 3).map((node) => node.target.map((part) => [].concat(part).join(' >>> ')).join(' '));
      return `${violation.id} [${violation.impact ?? 'n/a'}] ${violation.help} (${targets.join(', ')}${violation.nodes.length > 3 ? ', …' : ''})`;
    })
    .join('; ');
}

async function checkEntry(context, origin, entry) {
  const viewMode = entry.type === 'docs' ? 'docs' : 'story';
  const problems = [];
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const where = message.location()?.url;
    const text = message.text().split('\n')[0];
    problems.push(`console error: ${text}${where && text.startsWith('Failed to load resource') ? ` (${where})` : ''}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message.split('\n')[0]}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`));

  try {
    await page.goto(`${origin}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=${viewMode}`, { timeout: TIMEOUT_MS });
    const terminal = viewMode === 'docs' ? 'docsRendered' : 'storyFinished';
    const errorEvents = ['storyErrored', 'storyThrewException', 'storyMissing', 'configError', 'docsRenderError'];
    const handle = await page
      .waitForFunction(
        ([done, errors]) => window.__SMOKE__?.events.find((event) => event.name === done || errors.includes(event.name)),
        [terminal, errorEvents],
        { timeout: TIMEOUT_MS, polling: 50 },
      )
      .catch(() => undefined);
    if (!handle) {
      problems.push(`no ${terminal} within ${TIMEOUT_MS / 1000} s`);
    } else {
      if (viewMode === 'docs') await page.waitForTimeout(DOCS_SETTLE_MS);
      const events = await page.evaluate(() => window.__SMOKE__.events);
      for (const { name, payload } of events) {
        if (name === 'storyErrored') problems.push(`storyErrored: ${payload?.title ?? ''} ${payload?.description ?? ''}`.trim());
        else if (name === 'storyThrewException' || name === 'playFunctionThrewException' || name === 'docsRenderError')
          problems.push(`${name}: ${payload?.message ?? JSON.stringify(payload)}`);
        else if (name === 'storyMissing') problems.push(`storyMissing: ${JSON.stringify(payload)}`);
        else if (name === 'configError') problems.push(`configError: ${payload?.message ?? JSON.stringify(payload)}`);
        else if (name === 'unhandledErrorsWhilePlaying') problems.push(`unhandled errors while playing: ${JSON.stringify(payload)}`);
      }
      const finished = events.find((event) => event.name === 'storyFinished')?.payload;
      const threw = events.some((event) => event.name === 'storyThrewException' || event.name === 'storyErrored');
      // After a render error there is no story to check for a11y or content; the error says it all.
      if (viewMode === 'story' && finished && !threw) {
        const reports = finished.reporters ?? [];
        const a11y = reports.find((report) => report.type === 'a11y');
        if (!a11y) {
          if (!(await page.evaluate(a11yDisabledOnPurpose))) problems.push('no a11y report (is addon-a11y registered?)');
        } else if (a11y.result?.error) {
          problems.push(`a11y check failed to run: ${a11y.result.error.message ?? JSON.stringify(a11y.result.error)}`);
        } else if (a11y.result?.violations?.length) {
          problems.push(`a11y: ${describeA11y(a11y.result)}`);
        }
        for (const report of reports) {
          if (report.type !== 'a11y' && report.status === 'failed') problems.push(`${report.type} report failed`);
        }
        if (finished.status === 'error' && problems.length === 0) problems.push('storyFinished with status "error"');
        if (await page.evaluate(storyRootIsEmpty)) problems.push('story rendered nothing');
      }
      const undefinedTags = await page.evaluate(findUndefinedElements);
      if (undefinedTags.length) problems.push(`undefined elements: ${undefinedTags.map((tag) => `<${tag}>`).join(', ')}`);
    }
  } catch (error) {
    problems.push(`smoke run error: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  } finally {
    await page.close().catch(() => {});
  }
  return [...new Set(problems)];
}

// ---- main -------------------------------------------------------------------------------------

async function main() {
  let index;
  try {
    index = JSON.parse(await readFile(join(ROOT, 'index.json'), 'utf8'));
  } catch {
    console.error(`No ${join(ROOT, 'index.json')}: run \`npm run build-storybook\` first.`);
    return 1;
  }
  const entries = Object.values(index.entries ?? {}).filter((entry) => entry.id.includes(FILTER));
  if (entries.length === 0) {
    console.error('No stories found in storybook-static/index.json.');
    return 1;
  }

  let server;
  let browser;
  const stop = async () => {
    await browser?.close().catch(() => {});
    browser = undefined;
    if (server) {
      server.closeAllConnections?.();
      await new Promise((done) => server.close(() => done()));
      server = undefined;
    }
  };
  const onSignal = (signal) => {
    interrupted = true;
    console.log('interrupted; closing the browser and the server');
    stop().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  try {
    server = await startServer();
    const { port } = server.address();
    const origin = `http://127.0.0.1:${port}`;
    browser = await chromium.launch({ executablePath: findBrowser(), args: CHROMIUM_ARGS, headless: true });
    const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
    await context.addInitScript(hookChannel);

    let passed = 0;
    let failed = 0;
    for (const entry of entries) {
      if (interrupted) break;
      const problems = await checkEntry(context, origin, entry);
      if (interrupted) break;
      if (problems.length === 0) {
        passed += 1;
        console.log(`ok ${entry.id}`);
      } else {
        failed += 1;
        console.log(`FAIL ${entry.id}: ${problems.join(' | ')}`);
      }
    }
    if (interrupted) return 130;
    console.log(`${passed} passed, ${failed} failed`);
    return failed > 0 ? 1 : 0;
  } finally {
    await stop();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    if (interrupted) return;
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exitCode = 1;
  },
);
