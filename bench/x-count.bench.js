// `npm run bench:x-count`: the size and speed of the composer's X counter (`src/compose/length.ts` and
// what it imports: the link grammar and the generated TLD list), next to X's reference, twitter-text.
//
// - Size: the counter bundled and minified by esbuild, then gzip -9, as the composer pulls it in.
//   `--at REV` also measures the counter as it was at a git revision (e.g. `--at 9e0177e`, before
//   issue 18), from `git archive`, for a before/after figure.
// - Speed: texts per second over every tweet of ../shared/data/sentiment/ (both files), best of
//   several warm runs, ours and twitter-text's `parseTweet` taking turns.
// Agreement with twitter-text is a test (test/compose/x-oracle.test.ts), not measured here.
import { execSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { loadAppleTweets, loadVaderTweets } from '../scripts/corpora.js';

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('..', import.meta.url));

async function bundle(stdin, dir) {
  const result = await build({
    stdin: { contents: stdin, resolveDir: dir },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    target: 'es2022',
    write: false,
    logLevel: 'error',
  });
  const code = result.outputFiles[0].contents;
  return { code, min: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

const COUNTER = "export { weightedLength, lengthStatus, measure, findUrls } from './src/compose/length.ts';";

/** The counter as it is in a git revision, bundled. */
async function counterAt(rev) {
  const dir = mkdtempSync(join(tmpdir(), 'screenpop-x-count-'));
  try {
    execSync(`git archive ${rev} src | tar -x -C ${dir}`, { cwd: root });
    return await bundle(COUNTER, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function load(code) {
  const dir = mkdtempSync(join(tmpdir(), 'screenpop-x-count-'));
  const file = join(dir, 'counter.mjs');
  writeFileSync(file, code);
  const mod = await import(pathToFileURL(file).href);
  rmSync(dir, { recursive: true, force: true });
  return mod;
}

function perSecond(fns, texts, rounds = 5) {
  const best = fns.map(() => Infinity);
  for (const fn of fns) for (const t of texts) fn(t);
  for (let r = 0; r < rounds; r++)
    fns.forEach((fn, i) => {
      const start = performance.now();
      for (const t of texts) fn(t);
      best[i] = Math.min(best[i], performance.now() - start);
    });
  return best.map((ms) => Math.round(texts.length / (ms / 1000)));
}

const kB = (n) => `${n.toLocaleString('en-US')} B`;
const now = await bundle(COUNTER, root);
const reference = await bundle("import tt from 'twitter-text'; export const parseTweet = tt.parseTweet;", root);
const rows = [['counter (this tree)', now]];
const at = process.argv.indexOf('--at');
if (at !== -1) rows.unshift([`counter at ${process.argv[at + 1]}`, await counterAt(process.argv[at + 1])]);
rows.push(['twitter-text parseTweet (not shipped)', reference]);

console.log('\nX counter size (esbuild --minify, gzip -9)\n');
for (const [name, size] of rows) console.log(`  ${name.padEnd(40)} min ${kB(size.min).padStart(10)}   min+gzip ${kB(size.gzip).padStart(9)}`);

const texts = [...loadVaderTweets(), ...loadAppleTweets()].map((r) => r.text);
const ours = await load(now.code);
const tt = require('twitter-text');
const [oursRate, ttRate] = perSecond([(t) => ours.lengthStatus(t, 'x-weighted', 280), (t) => tt.parseTweet(t)], texts);
console.log(`\nSpeed over ${texts.length.toLocaleString('en-US')} tweets (best of 5)\n`);
console.log(`  screenpop lengthStatus    ${oursRate.toLocaleString('en-US')} texts/s`);
console.log(`  twitter-text parseTweet   ${ttRate.toLocaleString('en-US')} texts/s`);
