import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { findBrowser, CHROMIUM_ARGS } from './scripts/find-browser.js';
import { summaryReporter } from './scripts/summary-reporter.js';
import { wheelPlugin } from './scripts/wheel-plugin.js';
import { sourcesPlugin } from './scripts/sources-plugin.js';
import { oraclePlugin } from './scripts/oracle-plugin.js';
import { httpServerPlugin } from './test/http/server-plugin.js';
import { originsPlugin } from './scripts/origins-plugin.js';
import { demoPagePlugin } from './scripts/demo-page-plugin.js';
import { reactEsmPlugin } from './scripts/react-esm-plugin.js';
import { defaultReporter } from '@web/test-runner';

const tsconfig = fileURLToPath(new URL('./tsconfig.json', import.meta.url));

/** Code written as an integrator writes it (examples/rest-adapter) imports `screenpop`: here that is src/, one copy with the tests'. */
const SELF_IMPORTS = {
  screenpop: '/src/index.ts',
  'screenpop/testing': '/src/testing/index.ts',
  'screenpop/adapters/demo': '/src/adapters/demo/index.ts',
  'screenpop/adapters/http': '/src/adapters/http/index.ts',
  'screenpop/adapters/post-message': '/src/adapters/post-message/index.ts',
  'screenpop/adapters/hosts/amazon-connect': '/src/adapters/hosts/amazon-connect/index.ts',
  'screenpop/adapters/hosts/zendesk': '/src/adapters/hosts/zendesk/index.ts',
  'screenpop/adapters/hosts/salesforce': '/src/adapters/hosts/salesforce/index.ts',
};
const selfImports = { name: 'screenpop-self-imports', resolveImport: ({ source }) => SELF_IMPORTS[source] };

export default {
  files: process.env.TEST_FILES ? process.env.TEST_FILES.split(',') : ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  concurrency: 2,
  testsFinishTimeout: 240_000,
  testFramework: { config: { timeout: 60_000 } },
  // Chromium reports "ResizeObserver loop completed with undelivered notifications" when rows that
  // @lit-labs/virtualizer creates inside its own resize callback get their size in the same frame; the
  // notifications are delivered at the next frame (w3c/csswg-drafts#5488), nothing is lost. Mocha would
  // fail whichever test was running, so exactly that message is kept from it; every other error still fails.
  testRunnerHtml: (testFramework) => `<!doctype html><html><body>
    <script>
      window.addEventListener('error', (event) => {
        if (event.message === 'ResizeObserver loop completed with undelivered notifications.') event.stopImmediatePropagation();
      });
    </script>
    <script type="module" src="${testFramework}"></script>
  </body></html>`,
  middleware: [
    // msw's worker must be served from the root so its scope covers every test page.
    (ctx, next) => {
      if (ctx.path === '/mockServiceWorker.js') ctx.path = '/public/mockServiceWorker.js';
      return next();
    },
  ],
  plugins: [selfImports, esbuildPlugin({ ts: true, target: 'es2022', tsconfig }), wheelPlugin(), sourcesPlugin(), oraclePlugin(), httpServerPlugin(), originsPlugin(), demoPagePlugin(), reactEsmPlugin()],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: findBrowser(), headless: true, args: CHROMIUM_ARGS },
    }),
  ],
  reporters: [defaultReporter(), summaryReporter()],
};
