// `npm run bench:replies`: the reply checks (`reviewReply`, src/compose/review.ts) on the development sets in
// ../shared/data/replies/ — real replies brands posted on X (a warning there is, almost always, a false alarm)
// and replies no brand should post (a check should stop them) — as a public post would be checked.
//
// Prints, per check: the share of real brand replies it warns on, and the share of bad replies it stops.
// Then the same on the sets written by the team (bench/replies-team-*.txt, not from shared/): 150 bad replies
// of every kind and 140 fine near misses that the tone rules were reworked against, and 50 + 50 written at the
// same time but kept back and run only once the rules were frozen (the nearest thing here to a held-out set).
// Then phone numbers: the hand-written patterns against libphonenumber-js (minimal metadata), both behind the
// same rules (links, references, service numbers), on bench/replies-phones.txt and the brand replies.
// Then sizes (min+gzip, esbuild): the reply-tone chunk and what it adds to the analyzer's lazy chunk.
//
// Options: `--misses` prints the bad replies no check stops and the brand replies that are warned on.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { findPhoneNumbersInText } from 'libphonenumber-js/min';

const root = fileURLToPath(new URL('..', import.meta.url));
const dataDir = new URL('../../shared/data/replies/', import.meta.url);
const showMisses = process.argv.includes('--misses');

const TARGETS = { tone: 0.02, pii: 0.01, caught: 0.9, addedBytes: 3_000 };

const lines = (url) =>
  readFileSync(url, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));

async function bundle(contents, { load = false } = {}) {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    write: false,
    absWorkingDir: root,
    logLevel: 'error',
  });
  const code = result.outputFiles[0].contents;
  const size = gzipSync(code, { level: 9 }).length;
  if (!load) return { size };
  const dir = mkdtempSync(join(tmpdir(), 'screenpop-replies-'));
  const file = join(dir, 'replies.mjs');
  writeFileSync(file, code);
  const mod = await import(pathToFileURL(file).href);
  rmSync(dir, { recursive: true, force: true });
  return { mod, size };
}

const { mod } = await bundle(
  `export { reviewWith } from './src/compose/review.ts'; export { replyTone } from './src/compose/reply-tone.ts'; export { findPii } from './src/compose/pii.ts';`,
  { load: true },
);
const tone = { replyTone: mod.replyTone };
const review = (text) => mod.reviewWith(tone, text, { public: true });

const brand = lines(new URL('brand-replies-dev.txt', dataDir));
const bad = lines(new URL('bad-replies-dev.txt', dataDir));
const pct = (n, d) => `${((100 * n) / d).toFixed(1)} % (${n} of ${d})`;

// ---------------------------------------------------------------- checks

const KINDS = ['tone', 'pii', 'stock', 'note-like'];
const warned = (set) => set.map((text) => ({ text, kinds: new Set(review(text).map((f) => f.kind)) }));
const brandRuns = warned(brand);
const badRuns = warned(bad);
const count = (runs, kind) => runs.filter((r) => (kind ? r.kinds.has(kind) : r.kinds.size > 0)).length;

console.log(`\nReply checks on the development sets (${brand.length} real brand replies, ${bad.length} bad replies), checked as public posts.\n`);
console.log('| check | real brand replies warned (false alarms) | bad replies stopped |');
console.log('| --- | --- | --- |');
for (const kind of KINDS) console.log(`| ${kind} | ${pct(count(brandRuns, kind), brand.length)} | ${pct(count(badRuns, kind), bad.length)} |`);
console.log(`| any check | ${pct(count(brandRuns), brand.length)} | ${pct(count(badRuns), bad.length)} |`);

if (showMisses) {
  for (const r of badRuns.filter((r) => !r.kinds.has('tone'))) console.log(`  missed: ${r.text}`);
  for (const r of brandRuns.filter((r) => r.kinds.size)) console.log(`  warned [${[...r.kinds].join(', ')}]: ${r.text.slice(0, 160)}`);
}

// ---------------------------------------------------------------- the team's sets

const team = (name) => warned(lines(new URL(`replies-team-${name}.txt`, import.meta.url)));
const TEAM = [
  ['written for the rework (the rules were tuned on these)', team('bad'), team('fine')],
  ['kept back, run only after the rules were frozen', team('bad-late'), team('fine-late')],
];
console.log('\nReply checks on the sets written by the team (bench/replies-team-*.txt; not from shared/), checked as public posts.\n');
console.log('| set | fine near misses warned: tone | any check | bad replies stopped: tone | any check |');
console.log('| --- | --- | --- | --- | --- |');
for (const [name, bad, fine] of TEAM) {
  console.log(`| ${name} | ${pct(count(fine, 'tone'), fine.length)} | ${pct(count(fine), fine.length)} | ${pct(count(bad, 'tone'), bad.length)} | ${pct(count(bad), bad.length)} |`);
  if (showMisses) {
    for (const r of bad.filter((r) => !r.kinds.has('tone'))) console.log(`  missed: ${r.text}`);
    for (const r of fine.filter((r) => r.kinds.size)) console.log(`  warned [${[...r.kinds].join(', ')}]: ${r.text}`);
  }
}

// ---------------------------------------------------------------- phone numbers

const phones = lines(new URL('replies-phones.txt', import.meta.url)).map((l) => {
  const [label, ...rest] = l.split('\t');
  return { personal: label === 'P', text: rest.join('\t') };
});

/** libphonenumber-js with minimal metadata: numbers in international format, and national ones for a few likely countries. */
const library = (countries) => (text) => {
  const spans = new Map();
  for (const country of countries) for (const m of findPhoneNumbersInText(text, country)) spans.set(`${m.startsAt}:${m.endsAt}`, { start: m.startsAt, end: m.endsAt });
  return [...spans.values()];
};

const DETECTORS = [
  ['hand-written patterns (src/compose/pii.ts)', undefined],
  ['libphonenumber-js/min, international only', library([undefined])],
  ['libphonenumber-js/min, + US, GB', library([undefined, 'US', 'GB'])],
  ['libphonenumber-js/min, + US, GB, FR, DE, IN, AU', library([undefined, 'US', 'GB', 'FR', 'DE', 'IN', 'AU'])],
];

const hasPhone = (text, findPhones) => mod.findPii(text, { findPhones }).some((f) => f.kind === 'phone');
const libSize = (await bundle(`export { findPhoneNumbersInText } from 'libphonenumber-js/min';`)).size;

console.log(`\nPhone numbers (${phones.filter((p) => p.personal).length} replies with a customer's number, ${phones.filter((p) => !p.personal).length} with numbers that are not personal data, in bench/replies-phones.txt; and the ${brand.length} brand replies).\n`);
console.log('| detector | customers’ numbers found | other numbers flagged | brand replies flagged | added min+gzip |');
console.log('| --- | --- | --- | --- | --- |');
for (const [name, findPhones] of DETECTORS) {
  const personal = phones.filter((p) => p.personal);
  const other = phones.filter((p) => !p.personal);
  const found = personal.filter((p) => hasPhone(p.text, findPhones)).length;
  const flagged = other.filter((p) => hasPhone(p.text, findPhones)).length;
  const brandFlagged = brand.filter((t) => hasPhone(t, findPhones)).length;
  console.log(`| ${name} | ${pct(found, personal.length)} | ${pct(flagged, other.length)} | ${pct(brandFlagged, brand.length)} | ${findPhones ? `${libSize.toLocaleString('en-US')} B` : '—'} |`);
  if (showMisses) for (const p of personal.filter((p) => !hasPhone(p.text, findPhones))) console.log(`    not found: ${p.text}`);
}

// ---------------------------------------------------------------- sizes

const analyzer = (await bundle(`export * from './src/sentiment/index.ts';`)).size;
const both = (await bundle(`export * from './src/sentiment/index.ts'; export { replyTone } from './src/compose/reply-tone.ts';`)).size;
const alone = (await bundle(`export { replyTone } from './src/compose/reply-tone.ts';`)).size;
const checks = (await bundle(`export { reviewWith } from './src/compose/review.ts';`)).size;
console.log('\nSizes, min+gzip (esbuild, gzip -9):\n');
console.log(`- the analyzer chunk: ${analyzer.toLocaleString('en-US')} B; with the reply-tone rules: ${both.toLocaleString('en-US')} B (+${(both - analyzer).toLocaleString('en-US')} B; they share the lexicon)`);
console.log(`- the reply-tone chunk on its own (lexicon included): ${alone.toLocaleString('en-US')} B`);
console.log(`- reviewReply and its other checks (in the composer's bundle, not lazy): ${checks.toLocaleString('en-US')} B`);

// ---------------------------------------------------------------- targets

const targets = [
  [`tone warnings on ≤ ${TARGETS.tone * 100} % of brand replies`, count(brandRuns, 'tone') / brand.length <= TARGETS.tone],
  [`personal-data warnings on ≤ ${TARGETS.pii * 100} % of brand replies`, count(brandRuns, 'pii') / brand.length <= TARGETS.pii],
  [`≥ ${TARGETS.caught * 100} % of bad replies stopped`, count(badRuns) / bad.length >= TARGETS.caught],
  ...TEAM.map(([name, bad]) => [`≥ ${TARGETS.caught * 100} % of the team's bad replies stopped (${name})`, count(bad) / bad.length >= TARGETS.caught]),
  [`the check adds ≤ ${TARGETS.addedBytes.toLocaleString('en-US')} B to the lazy chunk`, both - analyzer <= TARGETS.addedBytes],
];
console.log('\nTargets (development and team sets; the held-out sets are judged elsewhere):');
for (const [what, ok] of targets) console.log(`- ${ok ? 'met' : 'MISSED'}: ${what}`);
