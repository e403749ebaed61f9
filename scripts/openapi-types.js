// The wire types of the HTTP contract: openapi-typescript turns openapi.yaml into
// src/adapters/http/wire.ts, which the HTTP adapter types its request bodies with — so a change to the
// contract that the adapter does not follow fails the type check. `--check` (CI) fails when the file
// is not what openapi.yaml gives.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const spec = new URL('../openapi.yaml', import.meta.url);
const out = fileURLToPath(new URL('../src/adapters/http/wire.ts', import.meta.url));
const header = '// Generated from openapi.yaml by `node scripts/openapi-types.js` (openapi-typescript). Do not edit.\n/* eslint-disable */\n';
const text = header + astToString(await openapiTS(spec));

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(out, 'utf8');
  } catch {
    // missing: stale
  }
  if (current !== text) {
    console.error('src/adapters/http/wire.ts is not what openapi.yaml gives: run `node scripts/openapi-types.js`.');
    process.exit(1);
  }
  console.log('src/adapters/http/wire.ts is current.');
} else {
  writeFileSync(out, text);
  console.log(`Wrote ${out}.`);
}
