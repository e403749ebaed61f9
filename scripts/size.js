// Size of every public entry, as a page pays for it: minified + gzip (level 9), Lit included.
//
//   npm run size                          the table
//   npm run size -- --write               rewrite the README's table (between `<!-- size:start -->` and `<!-- size:end -->`)
//   npm run size -- --check               exit 1 when an entry breaks its budget (size-budgets.json), naming entry, figure, budget
//   npm run size -- --check --self-test   then prove the check fails: a temporary copy of the project gets a deliberately
//                                         heavy change, is built, and its check must exit non-zero with that message
//   --only <entry>[,<entry>]              measure only these entries (used by the self-test)
//
// Run after `npm run build` (it measures dist/, the real build output). Each library entry is bundled alone by esbuild
// (the bundler most tools put in front of a consumer's build): minified, ES2022, code splitting on, so each dynamic
// `import()` becomes a chunk of its own. **Eager** is the entry's file and every chunk it imports statically (what
// loads before the element can paint); **lazy** is every chunk reached only through a dynamic `import()` (loaded on
// first use). Each file is gzipped on its own, as a server sends it, and the figures added up.
// The no-build files (`dist/screenpop.standalone.js`, `dist/screenpop.demo.js`, `dist/standalone/`) are measured as
// shipped: already minified by the standalone build, split the same way by their static and dynamic imports.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = process.cwd();
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const onlyArg = args.indexOf('--only');
const only = onlyArg >= 0 ? new Set(args[onlyArg + 1].split(',')) : undefined;
const START = '<!-- size:start -->';
const END = '<!-- size:end -->';
const kB = (bytes) => (bytes / 1000).toFixed(1);
const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;

/** Every public entry of package.json `exports` that is code, with the file it resolves to. */
export function publicEntries(pkg = JSON.parse(readFileSync('package.json', 'utf8'))) {
  const entries = [];
  for (const [key, target] of Object.entries(pkg.exports)) {
    const file = typeof target === 'string' ? target : target.import;
    if (!file?.endsWith('.js')) continue;
    const name = key === '.' ? pkg.name : `${pkg.name}/${key.slice(2)}`;
    if (file.includes('*')) {
      const [dir, suffix] = file.split('*');
      const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(suffix) && f !== `index${suffix}`).sort() : [];
      for (const f of files) entries.push({ name: name.replace('*', f.slice(0, -suffix.length)), file: `${dir}${f}`, shipped: false });
    } else entries.push({ name, file: file.replace(/^\.\//, ''), shipped: file.includes('standalone') });
  }
  // The no-build demo adapter and its data set: not an `exports` entry, a file beside the standalone one.
  entries.push({ name: 'screenpop.demo.js (no build)', file: 'dist/screenpop.demo.js', shipped: true });
  return entries;
}

/** Splits an import graph into what the entry loads statically and what only dynamic imports reach. */
function split(entry, importsOf) {
  const eager = new Set();
  const walk = (node, into, kinds) => {
    if (into.has(node)) return;
    into.add(node);
    for (const i of importsOf(node)) if (kinds.includes(i.kind)) walk(i.path, into, kinds);
  };
  walk(entry, eager, ['import-statement']);
  const everything = new Set();
  walk(entry, everything, ['import-statement', 'dynamic-import']);
  return { eager: [...eager], lazy: [...everything].filter((node) => !eager.has(node)) };
}

/** A library entry bundled alone by esbuild, minified, with code splitting. */
async function measureBundled(file) {
  const outdir = join(tmpdir(), 'screenpop-size');
  const result = await build({
    entryPoints: [resolve(file)], bundle: true, splitting: true, format: 'esm', minify: true, target: 'es2022', platform: 'browser',
    write: false, metafile: true, outdir, logLevel: 'error', legalComments: 'none',
  });
  const bytes = new Map(result.outputFiles.map((o) => [relative(root, o.path), o.contents]));
  const outputs = result.metafile.outputs;
  // The entry's own output (the chunks of dynamic imports are entry points too, so match the file).
  const entryPoint = relative(root, resolve(file));
  const entry = Object.keys(outputs).find((k) => outputs[k].entryPoint === entryPoint);
  if (!entry) throw new Error(`size: esbuild made no output for ${entryPoint}`);
  const { eager, lazy } = split(entry, (node) => outputs[node]?.imports ?? []);
  const size = (list) => list.filter((o) => o.endsWith('.js')).reduce((sum, o) => sum + gzip(bytes.get(o)), 0);
  return { eager: size(eager), lazy: size(lazy), lazyFiles: lazy.filter((o) => o.endsWith('.js')).length };
}

/** A no-build file as shipped: its own bytes and those of the files beside it that it imports. */
async function measureShipped(file) {
  const result = await build({ entryPoints: [resolve(file)], bundle: true, format: 'esm', write: false, metafile: true, outdir: join(tmpdir(), 'screenpop-size'), logLevel: 'error', splitting: true });
  const inputs = result.metafile.inputs;
  const { eager, lazy } = split(relative(root, resolve(file)), (node) => inputs[node]?.imports ?? []);
  const size = (list) => list.reduce((sum, f) => sum + gzip(readFileSync(f)), 0);
  return { eager: size(eager), lazy: size(lazy), lazyFiles: lazy.length };
}

export async function measure(entries) {
  const rows = [];
  for (const entry of entries) {
    if (!existsSync(entry.file)) {
      rows.push({ ...entry, missing: true });
      continue;
    }
    rows.push({ ...entry, ...(entry.shipped ? await measureShipped(entry.file) : await measureBundled(entry.file)) });
  }
  return rows;
}

/** Budgets in kB (1000 bytes), from size-budgets.json; `eager: null` marks an entry whose budget is set when it lands. */
function loadBudgets() {
  return JSON.parse(readFileSync('size-budgets.json', 'utf8')).entries;
}

function verdicts(rows, budgets) {
  const problems = [];
  for (const row of rows) {
    const budget = budgets[row.name];
    if (row.missing) {
      problems.push(`${row.name}: ${row.file} is missing (run \`npm run build\` first)`);
      continue;
    }
    if (!budget || budget.eager == null) {
      problems.push(`${row.name}: no budget in size-budgets.json (today ${kB(row.eager)} kB eager, ${kB(row.lazy)} kB lazy): add one`);
      continue;
    }
    if (row.eager > budget.eager * 1000) problems.push(`${row.name}: ${kB(row.eager)} kB eager is over its budget of ${budget.eager} kB`);
    if (budget.lazy != null && row.lazy > budget.lazy * 1000) problems.push(`${row.name}: ${kB(row.lazy)} kB lazy is over its budget of ${budget.lazy} kB`);
  }
  return problems;
}

export function table(rows, budgets) {
  const out = [
    '| entry | eager | lazy (loaded on first use) | budget (eager) | goal (issue 16) |',
    '| --- | ---: | ---: | ---: | --- |',
  ];
  for (const row of rows) {
    if (row.missing) continue;
    const b = budgets[row.name] ?? {};
    const goal = b.goal == null ? '' : row.eager <= b.goal * 1000 ? `≤ ${b.goal} kB: met` : `≤ ${b.goal} kB: **not yet**`;
    const lazy = row.lazy ? `${kB(row.lazy)} kB (${row.lazyFiles} file${row.lazyFiles === 1 ? '' : 's'})` : '—';
    out.push(`| \`${row.name}\` | ${kB(row.eager)} kB | ${lazy} | ${b.eager == null ? '—' : `${b.eager} kB`} | ${goal} |`);
  }
  return out.join('\n');
}

async function selfTest() {
  // A temporary copy of what the library build needs, with node_modules linked, not copied.
  const dir = mkdtempSync(join(tmpdir(), 'screenpop-size-self-test-'));
  try {
    for (const path of ['src', 'scripts', 'package.json', 'tsconfig.json', 'vite.config.ts', 'size-budgets.json']) cpSync(path, join(dir, path), { recursive: true });
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
    // The deliberately heavy change: the badge's define module pulls in 30 kB of random text (about 10 kB gzipped).
    let seed = 16;
    const noise = Array.from({ length: 30_000 }, () => String.fromCharCode(33 + ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % 90))).join('').replace(/[\\'`$]/g, 'x');
    writeFileSync(join(dir, 'src/define/heavy.ts'), `(globalThis as { heavy?: string }).heavy = '${noise}';\n`);
    const badge = join(dir, 'src/define/cx-sentiment-badge.ts');
    writeFileSync(badge, `import './heavy.js';\n${readFileSync(badge, 'utf8')}`);
    const built = spawnSync(join(root, 'node_modules/.bin/vite'), ['build', '--logLevel', 'error'], { cwd: dir, encoding: 'utf8' });
    if (built.status !== 0) throw new Error(`self-test: the temporary copy did not build:\n${built.stderr}`);
    const entry = 'screenpop/define/cx-sentiment-badge';
    const checked = spawnSync(process.execPath, ['scripts/size.js', '--check', '--only', entry], { cwd: dir, encoding: 'utf8' });
    const expected = new RegExp(`${entry}: \\d+\\.\\d kB eager is over its budget of [\\d.]+ kB`);
    if (checked.status === 0) throw new Error(`self-test: the check passed a badge made about 10 kB (gzip) heavier:\n${checked.stdout}`);
    if (!expected.test(checked.stderr)) throw new Error(`self-test: the check failed without naming entry, figure and budget:\n${checked.stderr}`);
    console.log(`Self-test passed: a badge made heavier in a temporary copy fails the check (exit ${checked.status}): ${checked.stderr.match(expected)[0]}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const budgets = loadBudgets();
  const entries = publicEntries().filter((e) => !only || only.has(e.name));
  const rows = await measure(entries);
  const text = table(rows, budgets);
  console.log(text);
  if (flag('--write')) {
    const readme = readFileSync('README.md', 'utf8');
    const [before, rest] = readme.split(START);
    if (rest === undefined) throw new Error(`README.md has no ${START} marker`);
    const after = rest.slice(rest.indexOf(END));
    writeFileSync('README.md', `${before}${START}\n\n_Generated by \`npm run size -- --write\` from \`dist/\`; budgets in \`size-budgets.json\`._\n\n${text}\n\n${after}`);
    console.log('README.md: size table rewritten.');
  }
  if (flag('--check')) {
    const problems = verdicts(rows, budgets);
    if (problems.length) {
      console.error(`Size budgets broken:\n- ${problems.join('\n- ')}`);
      process.exit(1);
    }
    console.log(`Size budgets kept: ${rows.length} entries.`);
  }
  if (flag('--self-test')) await selfTest();
}
