// `npm test`: element manifest, type check, standalone build, then every browser test in headless Chromium, then one plain line
// `N passed, N failed` (the manifest, the type check and the build count as one test each).
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { findBrowser } from './find-browser.js';

const SUMMARY_FILE = `node_modules/.cache/screenpop/wtr-summary-${process.pid}.json`;
process.env.SCREENPOP_SUMMARY_FILE = SUMMARY_FILE;

const bin = (name) => `node_modules/.bin/${name}${process.platform === 'win32' ? '.cmd' : ''}`;
const run = (name, args) => spawnSync(bin(name), args, { stdio: 'inherit', shell: process.platform === 'win32' });

let passed = 0;
let failed = 0;

// The browser tests need Chromium or Chrome: say how to get one rather than fail with a stack trace.
try {
  findBrowser();
} catch (error) {
  console.error(error.message);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

// Tests read the element manifest (documented parts and events), which is generated, not committed.
console.log('> cem analyze');
const manifest = spawnSync('npm', ['run', '-s', 'manifest'], { stdio: 'inherit', shell: process.platform === 'win32' });
if (manifest.status === 0) passed += 1;
else failed += 1;

console.log('> tsc --noEmit');
const typecheck = run('tsc', [ '--noEmit', '-p', 'tsconfig.json']);
if (typecheck.status === 0) passed += 1;
else failed += 1;

// The standalone test loads dist/screenpop.standalone.js in a plain page: build it first.
console.log('> vite build --mode standalone');
const standalone = run('vite', ['build', '--mode', 'standalone', '--logLevel', 'warn']);
if (standalone.status === 0) passed += 1;
else failed += 1;

rmSync(SUMMARY_FILE, { force: true });
const wtr = run('web-test-runner', [ '--config', 'web-test-runner.config.js', ...process.argv.slice(2)]);
try {
  const totals = JSON.parse(readFileSync(SUMMARY_FILE, 'utf8'));
  rmSync(SUMMARY_FILE, { force: true });
  passed += totals.passed;
  failed += totals.failed + totals.brokenFiles;
  if (totals.failed + totals.brokenFiles === 0 && wtr.status !== 0) failed += 1;
} catch {
  console.error('The browser tests did not report results (see the output above).');
  failed += 1;
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
