// Keeps the README's code snippets true: a block between `<!-- snippet: path -->` and
// `<!-- /snippet -->` must be exactly that file, which is compiled with the examples (the REST
// example's tsconfig checks it under strict). `--check` fails when one differs; without it the
// README is rewritten from the files.
import { readFileSync, writeFileSync } from 'node:fs';

const README = 'README.md';
const text = readFileSync(README, 'utf8');
const block = /(<!-- snippet: (\S+) -->\n```(\w+)\n)([\s\S]*?)(```\n<!-- \/snippet -->)/g;
const stale = [];
let count = 0;
const next = text.replace(block, (_all, open, path, _lang, body, close) => {
  count += 1;
  const file = readFileSync(path, 'utf8').replace(/\s+$/, '') + '\n';
  if (file !== body) stale.push(path);
  return `${open}${file}${close}`;
});

if (process.argv.includes('--check')) {
  if (count === 0) {
    console.error('README.md has no <!-- snippet: … --> blocks.');
    process.exit(1);
  }
  if (stale.length) {
    console.error(`README.md snippets differ from their files: ${stale.join(', ')}. Run node scripts/readme-snippets.js.`);
    process.exit(1);
  }
  console.log(`README snippets current: ${count}.`);
} else {
  writeFileSync(README, next);
  console.log(`README snippets written: ${count}${stale.length ? ` (updated ${stale.join(', ')})` : ''}.`);
}
