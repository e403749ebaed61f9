// `npm run bench:knowledge`: the local search of <cx-knowledge> (no KnowledgeSource: the host's own list)
// over 10 000 generated articles in English and Spanish, in Node, through the element's own code
// (src/components/knowledge/local-index.ts and the boundary's articleList, bundled by esbuild):
//
// - validation of the list, and time to index it (built in slices of about 8 ms that yield between them, as the
//   element does while the page is idle; the longest slice is the longest the page would be blocked);
// - keystroke to results: each prefix of 40 realistic queries typed a character at a time searched
//   (the search the element runs after the debounce; rendering and the debounce itself not included),
//   median and 95th percentile;
// - the size of the lazy MiniSearch chunk, minified and gzipped.
// Five runs; the median run is reported.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { build } from 'esbuild';
import { formatMs, median, p95 } from './lib/stats.js';
import { removeDir, root, tempDir } from './lib/workdir.js';

const dir = tempDir('kb');
const COUNT = 10_000;
const RUNS = 5;

const entry = join(dir, 'entry.ts');
writeFileSync(entry, `export { LocalIndex } from ${JSON.stringify(join(root, 'src/components/knowledge/local-index.ts'))};
export { articleList } from ${JSON.stringify(join(root, 'src/ports/validate-knowledge.ts'))};
export { KNOWLEDGE_ARTICLES } from ${JSON.stringify(join(root, 'src/adapters/demo/data/knowledge.ts'))};
`);
await build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'node', target: 'es2022', outfile: join(dir, 'bench.mjs'), logLevel: 'error', absWorkingDir: root });
const chunk = await build({ stdin: { contents: "export { default } from 'minisearch';", resolveDir: root }, bundle: true, minify: true, format: 'esm', write: false, logLevel: 'error' });
const chunkGzip = gzipSync(chunk.outputFiles[0].contents, { level: 9 }).length;
const { LocalIndex, articleList, KNOWLEDGE_ARTICLES } = await import(pathToFileURL(join(dir, 'bench.mjs')).href);

/** 10 000 articles: the demo's, varied (product names, numbers, mixed topics) so no two are the same. */
function articles() {
  const products = ['Hub 4', 'Hub 5', 'Veyra Fold 3', 'Corvid One', 'Helix Aurora 15', 'Essential Fibre', 'Fibre Pro', 'eSIM', 'Europe Roam', 'International Saver'];
  const out = [];
  for (let i = 0; i < COUNT; i += 1) {
    const base = KNOWLEDGE_ARTICLES[i % KNOWLEDGE_ARTICLES.length];
    const product = products[(i * 7) % products.length];
    out.push({ ...base, id: `a-${i}`, title: `${base.title} — ${product} (${i})`, snippet: `${product}: ${base.snippet}`, body: `${base.body} Applies to ${product}, reference ${1000 + i}.` });
  }
  return out;
}

const QUERIES = ['router restart', 'hub wifi drops evening', 'charged twice', 'roaming switzerland', 'esim new phone', 'engineer did not turn up', 'direct debit bank', 'social tariff universal credit', 'vat invoice', 'lost parcel delivered',
  'price rise april', 'moving home broadband', 'pre order launch', 'damaged screen', 'cobro duplicado', 'itinerancia europa', 'reiniciar router', 'portabilidad numero', 'outage postcode', 'compensation missed appointment',
  'firmware 4.2.3', 'smart channel', 'pac code', 'international calls ghana', 'bereavement close account', 'installation cancelled', 'veyra fold', 'corvid one cracked', 'fibre pro down', 'helix aurora',
  'refund card 5 days', 'safe place neighbours', 'qr code email', 'master socket', 'essential fibre', 'tecnico no se presento', 'factura pdf', 'domiciliacion cuenta', 'pedido entregado', 'mover esim'];

const runs = [];
const list = articles();
for (let run = 0; run < RUNS; run += 1) {
  let t = performance.now();
  const { articles: valid, rejected } = articleList(list);
  const validateMs = performance.now() - t;
  if (rejected.length) throw new Error(`rejected ${rejected.length}`);
  // The longest slice: from the build resuming after a yield to its next yield (the timer's own wait, long on a
  // loaded machine, is not the page being blocked and is not counted).
  let longest = 0;
  let resumed = performance.now();
  const realTimeout = globalThis.setTimeout;
  globalThis.setTimeout = (fn, ms) => {
    longest = Math.max(longest, performance.now() - resumed);
    return realTimeout(() => { resumed = performance.now(); fn(); }, ms);
  };
  t = performance.now();
  resumed = t;
  const index = await LocalIndex.build(valid);
  const indexMs = performance.now() - t;
  globalThis.setTimeout = realTimeout;
  const keystrokes = [];
  let hits = 0;
  for (const query of QUERIES) {
    for (let n = 1; n <= query.length; n += 1) {
      const typed = query.slice(0, n);
      if (!typed.trim()) continue;
      const s = performance.now();
      const result = index.search(typed, { lang: 'en' });
      keystrokes.push(performance.now() - s);
      if (n === query.length && result.articles.length > 0) hits += 1;
    }
  }
  runs.push({ validateMs, indexMs, longestSliceMs: longest, medianKeyMs: median(keystrokes), p95KeyMs: p95(keystrokes), keystrokes: keystrokes.length, hits });
}
removeDir(dir);
const byIndex = [...runs].sort((a, b) => a.indexMs - b.indexMs)[Math.floor(RUNS / 2)];
const fmt = (ms) => formatMs(ms, 1);
console.log(`Local knowledge search, ${COUNT.toLocaleString('en')} articles, Node ${process.version}, median of ${RUNS} runs`);
console.log(`  validate the list (articleList)  ${fmt(median(runs.map((r) => r.validateMs)))}`);
console.log(`  index (MiniSearch, ~8 ms slices) ${fmt(median(runs.map((r) => r.indexMs)))}  (longest slice ${fmt(median(runs.map((r) => r.longestSliceMs)))})`);
console.log(`  keystroke to results             median ${fmt(median(runs.map((r) => r.medianKeyMs)))}, p95 ${fmt(median(runs.map((r) => r.p95KeyMs)))} over ${byIndex.keystrokes} keystrokes`);
console.log(`  queries with results             ${byIndex.hits}/${QUERIES.length}`);
console.log(`  MiniSearch chunk                 ${(chunk.outputFiles[0].contents.length / 1024).toFixed(1)} kB min, ${(chunkGzip / 1024).toFixed(1)} kB min+gzip`);
