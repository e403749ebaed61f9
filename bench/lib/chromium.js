// What the benches that measure in headless Chromium share: the bench's page bundled by esbuild into
// its temp dir (./workdir.js), a static server for that dir on 127.0.0.1, and the browser itself (found
// as a user's machine has it, scripts/find-browser.js). What the page measures in the browser (long
// tasks, frames) is in ./long-tasks.ts; the figures' arithmetic in ./stats.js.
import { writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findBrowser } from '../../scripts/find-browser.js';
import { root } from './workdir.js';

/**
 * Bundles a bench page (`entry`, a path from the repository root) for the browser into `dir`: ESM,
 * ES2022, minified, with the repository's tsconfig. `options` adds esbuild options (a production
 * `define`, `splitting`, `outfile` instead of the dir …).
 */
export function bundlePage(entry, dir, options = {}) {
  return build({
    entryPoints: [join(root, entry)],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    ...(options.outfile ? {} : { outdir: dir }),
    tsconfig: join(root, 'tsconfig.json'),
    logLevel: 'warning',
    ...options,
  });
}

/** Writes the dir's index.html: a `#stage` element styled `stage`, and the bundled `script` as a module. */
export function writePage(dir, { title = 'bench', stage, script }) {
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><html lang="en"><meta charset="utf-8"><title>${title}</title>
<body style="margin:0"><div id="stage" style="${stage}"></div>
<script type="module" src="./${script}"></script></body></html>`,
  );
}

/** Serves `dir` on 127.0.0.1 on a free port (index.html at `/`, scripts as JavaScript); resolves with the server and its URL. */
export async function serveDir(dir) {
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    try {
      const body = await readFile(join(dir, path === '/' ? 'index.html' : path.slice(1)));
      res.writeHead(200, { 'content-type': /\.m?js$/.test(path) ? 'text/javascript' : 'text/html' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${server.address().port}/` };
}

/** Headless Chromium with the project's flags. */
export const launchChromium = () => chromium.launch({ executablePath: findBrowser(), headless: true, args: CHROMIUM_ARGS });

/** Waits until a bench page has set up (its title becomes "ready"). */
export const pageReady = (page) => page.waitForFunction(() => document.title === 'ready');

/** Prints the page's uncaught errors; with `ignoreResizeObserver`, not the harmless "ResizeObserver loop" ones. */
export function printPageErrors(page, { ignoreResizeObserver = false } = {}) {
  page.on('pageerror', (error) => {
    if (!ignoreResizeObserver || !String(error.message).includes('ResizeObserver loop')) console.error('page error:', error.message);
  });
}
