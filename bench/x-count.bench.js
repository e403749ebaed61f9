// `npm run bench:x-count`: the size and speed of the composer's X counter (`src/compose/length.ts` and
// what it imports: the link grammar and the generated TLD list), next to X's reference, twitter-text.
//
// - Size: the counter bundled and minified by esbuild, then gzip -9, as the composer pulls it in.
//   `--at REV` also measures the counter as it was at a git revision (e.g. `--at 9e0177e`, before
//   issue 18), from `git archive`, for a before/after figure.
// - Speed: texts per second over every tweet of ../shared/data/sentiment/ (both files), best of
//   several warm runs, ours and twitter-text's `parseTweet` taking turns.
// - `--emoji`: every RGI emoji Node's ICU knows (single, skin tones, flags, keycaps, tags, ZWJ sequences
//   of two to four parts) where our count differs from twitter-text's, by kind, with the count of the
//   same counter with today's Twemoji parser (the platform today) beside it. About a minute.
// Agreement with twitter-text is a test (test/compose/x-oracle.test.ts), not measured here.
import { execSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { loadAppleTweets, loadVaderTweets } from '../scripts/corpora.js';
import { importCode, removeDir, root, tempDir } from './lib/workdir.js';

const require = createRequire(import.meta.url);

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
  const dir = tempDir('x-count');
  try {
    execSync(`git archive ${rev} src | tar -x -C ${dir}`, { cwd: root });
    return await bundle(COUNTER, dir);
  } finally {
    removeDir(dir);
  }
}

const load = (code) => importCode(code, 'counter');

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

if (process.argv.includes('--emoji')) {
  const today = await load(
    (
      await build({
        stdin: { contents: "import tt from 'twitter-text'; export const parseTweet = tt.parseTweet;", resolveDir: root },
        bundle: true,
        format: 'esm',
        platform: 'neutral',
        mainFields: ['module', 'main'],
        alias: { 'twemoji-parser': '@twemoji/parser' },
        write: false,
        logLevel: 'error',
      })
    ).outputFiles[0].contents,
  );
  const RGI = /^\p{RGI_Emoji}$/v;
  const singles = [];
  for (let cp = 0x20; cp <= 0x1ffff; cp++) {
    const c = String.fromCodePoint(cp);
    if (RGI.test(c)) singles.push(c);
    else if (RGI.test(`${c}\uFE0F`)) singles.push(`${c}\uFE0F`);
  }
  const tones = ['🏻', '🏼', '🏽', '🏾', '🏿'];
  const toned = singles.flatMap((s) => tones.map((t) => s.replace('\uFE0F', '') + t)).filter((e) => RGI.test(e));
  const flags = [];
  for (let a = 0x1f1e6; a <= 0x1f1ff; a++) for (let b = 0x1f1e6; b <= 0x1f1ff; b++) flags.push(String.fromCodePoint(a, b));
  const parts = [...singles, ...toned];
  const people = ['👨', '👩', '🧑', '🧒', '👦', '👧', '❤️', '💋', '🤝', ...['👨', '👩', '🧑'].flatMap((p) => tones.map((t) => p + t))];
  const zwj = [];
  for (const a of parts) for (const b of parts) zwj.push(`${a}\u200D${b}`);
  for (const a of people) for (const b of people) for (const c of people) {
    zwj.push([a, b, c].join('\u200D'));
    for (const d of people) zwj.push([a, b, c, d].join('\u200D'));
  }
  const pairs = zwj.filter((e) => RGI.test(e));
  for (const e of [...pairs]) for (const end of ['➡️', '♀️', '♂️']) if (RGI.test(`${e}\u200D${end}`)) pairs.push(`${e}\u200D${end}`);
  const all = [...new Set([...singles, ...toned, ...flags.filter((f) => RGI.test(f)), ...pairs])];
  const unqualified = all.filter((e) => e.includes('\u200D') && e.includes('\uFE0F')).map((e) => e.replaceAll('\uFE0F', ''));
  const kind = (e) => (e.includes('\u200D') ? 'ZWJ sequence' : /\p{Emoji_Modifier}/u.test(e) ? 'skin tone' : /\p{Regional_Indicator}/u.test(e) ? 'flag' : 'single');
  console.log(`\nEmoji where we differ from twitter-text 3.1 (${all.length.toLocaleString('en-US')} RGI emoji, Unicode ${process.versions.unicode})\n`);
  for (const [label, list] of [['fully qualified', all], ['without U+FE0F', unqualified]]) {
    const groups = new Map();
    for (const e of list) {
      const ref = tt.parseTweet(e).weightedLength;
      const ourCount = ours.weightedLength(e);
      if (ourCount === ref) continue;
      const key = `${kind(e)}, ${label}`;
      if (!groups.has(key)) groups.set(key, { n: 0, lower: 0, asToday: 0, examples: [] });
      const g = groups.get(key);
      g.n++;
      if (ourCount < ref) g.lower++;
      if (ourCount === today.parseTweet(e).weightedLength) g.asToday++;
      if (g.examples.length < 6) g.examples.push(`${e} ${ref}→${ourCount}`);
    }
    for (const [key, g] of groups)
      console.log(`  ${key.padEnd(36)} ${String(g.n).padStart(4)}  (lower ${g.lower}, as today's Twemoji ${g.asToday})  e.g. ${g.examples.join('  ')}`);
  }
}
