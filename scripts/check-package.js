// After `npm run build`: checks that every `exports` target exists, that dist/index.d.ts is one
// self-contained file, that `sideEffects` names only the define modules (and the standalone file,
// which registers every element), that the manifest lists every element, and that the no-build files need nothing
// but the files beside them.
import { existsSync, readFileSync, readdirSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const problems = [];

for (const [entry, target] of Object.entries(pkg.exports)) {
  const files = typeof target === 'string' ? [target] : Object.values(target);
  for (const file of files) {
    if (file.includes('*')) {
      const [dir, suffix] = file.split('*');
      if (!existsSync(dir) || !readdirSync(dir).some((f) => f.endsWith(suffix))) problems.push(`${entry}: nothing matches ${file}`);
    } else if (!existsSync(file)) problems.push(`${entry}: ${file} is missing`);
  }
}

const dts = readFileSync('dist/index.d.ts', 'utf8');
if (/from ['"]\.\.?\//.test(dts)) problems.push('dist/index.d.ts imports relative files: it is not one bundled file');
if (/lit-html/.test(dts)) problems.push('dist/index.d.ts mentions lit-html, which consumers do not install');

const defineFiles = readdirSync('dist/define').filter((f) => f.endsWith('.js'));
for (const pattern of pkg.sideEffects) {
  if (!/define\/\*|standalone/.test(pattern)) problems.push(`sideEffects names ${pattern}, which is not a define module`);
}
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const tags = manifest.modules.flatMap((m) => (m.declarations ?? []).map((d) => d.tagName).filter(Boolean));
for (const file of defineFiles.filter((f) => f !== 'index.js')) {
  const tag = file.replace(/\.js$/, '');
  if (!tags.includes(tag)) problems.push(`custom-elements.json has no <${tag}> (is @tagname in its JSDoc header?)`);
}

const main = await import(new URL('../dist/index.js', import.meta.url));
if (typeof main.createAdapter !== 'function') problems.push('dist/index.js does not export createAdapter');

// screenpop/testing runs in plain Node (no DOM): it must load here, and nothing it imports may pull in Lit.
const testing = await import(new URL('../dist/testing/index.js', import.meta.url));
if (typeof testing.runAdapterContract !== 'function') problems.push('dist/testing/index.js does not export runAdapterContract');
const seen = new Set();
const walk = (file) => {
  if (seen.has(file)) return;
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  for (const [, spec] of text.matchAll(/(?:^|\n)(?:import|export)[^'"]*from\s*['"]([^'"]+)['"]/g)) {
    if (spec.startsWith('.')) walk(new URL(spec, new URL(`file://${process.cwd()}/${file}`)).pathname.slice(process.cwd().length + 1));
    else problems.push(`dist/testing imports ${spec} (through ${file}): the contract suite must not need the DOM`);
  }
};
walk('dist/testing/index.js');
// screenpop/adapters/http is plain TS over fetch: it loads in Node, and imports nothing but eventsource-parser.
const httpAdapter = await import(new URL('../dist/adapters/http/index.js', import.meta.url));
if (typeof httpAdapter.createHttpAdapter !== 'function') problems.push('dist/adapters/http/index.js does not export createHttpAdapter');
seen.clear();
const walkHttp = (file) => {
  if (seen.has(file)) return;
  seen.add(file);
  for (const [, spec] of readFileSync(file, 'utf8').matchAll(/(?:^|\n)(?:import|export)[^'"]*from\s*['"]([^'"]+)['"]/g)) {
    if (spec.startsWith('.')) walkHttp(new URL(spec, new URL(`file://${process.cwd()}/${file}`)).pathname.slice(process.cwd().length + 1));
    else if (spec !== 'eventsource-parser') problems.push(`dist/adapters/http imports ${spec} (through ${file})`);
  }
};
walkHttp('dist/adapters/http/index.js');
if (!pkg.files.includes('openapi.yaml') || pkg.exports['./openapi.yaml'] !== './openapi.yaml' || !existsSync('openapi.yaml')) problems.push('openapi.yaml is not shipped as screenpop/openapi.yaml');
const testingDts = readFileSync('dist/testing.d.ts', 'utf8');
if (/from ['"]\.\.?\//.test(testingDts)) problems.push('dist/testing.d.ts imports relative files: it is not one bundled file');

// The bridges are plain TypeScript: each entry loads in Node, pulls in neither Lit nor another bridge
// (tree-shakable: one host's code never ships with another's), and has one bundled .d.ts.
const BRIDGES = {
  'adapters/post-message': ['exposeAdapter', 'connectAdapter'],
  'adapters/hosts/amazon-connect': ['createConnectStreamsBridge', 'createConnectWorkspaceBridge'],
  'adapters/hosts/zendesk': ['createZendeskBridge'],
  'adapters/hosts/salesforce': ['createSalesforceBridge', 'createOpenCtiBridge'],
};
for (const [entry, names] of Object.entries(BRIDGES)) {
  const module = await import(new URL(`../dist/${entry}/index.js`, import.meta.url));
  for (const name of names) if (typeof module[name] !== 'function') problems.push(`dist/${entry}/index.js does not export ${name}`);
  const files = new Set();
  const visit = (file) => {
    if (files.has(file)) return;
    files.add(file);
    const text = readFileSync(file, 'utf8');
    for (const [, spec] of text.matchAll(/(?:^|\n)(?:import|export)[^'"]*from\s*['"]([^'"]+)['"]/g)) {
      if (!spec.startsWith('.')) problems.push(`dist/${entry} imports ${spec} (through ${file}): a bridge must not need Lit or the DOM`);
      else visit(new URL(spec, new URL(`file://${process.cwd()}/${file}`)).pathname.slice(process.cwd().length + 1));
    }
    for (const other of Object.keys(BRIDGES)) if (other !== entry && file.startsWith(`dist/${other}/`)) problems.push(`dist/${entry} pulls in ${other} (through ${file})`);
  };
  visit(`dist/${entry}/index.js`);
  const types = readFileSync(`dist/${entry}.d.ts`, 'utf8');
  if (/from ['"]\.\.?\//.test(types)) problems.push(`dist/${entry}.d.ts imports relative files: it is not one bundled file`);
  if (/from ['"](amazon-connect-streams|@amazon-connect\/)|reference types=/.test(types)) problems.push(`dist/${entry}.d.ts mentions the vendor typings, which consumers do not install`);
}

// screenpop/react: React stays the host's (imported, never bundled); one bundled .d.ts. Editor data: web-types named in package.json.
// Each wrapper is its own module registering only its own element, so unused ones are dropped.
const wrappers = readdirSync('dist/react').filter((f) => /^cx-.*\.js$/.test(f));
if (wrappers.length !== defineFiles.length - 1) problems.push(`dist/react has ${wrappers.length} wrappers for ${defineFiles.length - 1} define modules (run npm run react:wrappers)`);
for (const file of wrappers) {
  const text = readFileSync(`dist/react/${file}`, 'utf8');
  if (!/from ["']react["']/.test(text) || !/from ["']@lit\/react["']/.test(text)) problems.push(`dist/react/${file} does not import react and @lit/react`);
  const defines = [...text.matchAll(/import ["']\.\.\/define\/([^"']+)["']/g)].map((m) => m[1]);
  if (defines.join() !== file) problems.push(`dist/react/${file} registers ${defines.join(', ') || 'nothing'}, not only its own element`);
}
for (const file of readdirSync('dist', { recursive: true }).filter((f) => String(f).endsWith('.js'))) {
  if (/react\.transitional\.element|react\.element"/.test(readFileSync(`dist/${file}`, 'utf8'))) problems.push(`dist/${file} bundles React, which must stay a peer dependency`);
}
if (/from ['"]\.\.?\//.test(readFileSync('dist/react.d.ts', 'utf8'))) problems.push('dist/react.d.ts imports relative files: it is not one bundled file');
if (!pkg['web-types'] || !existsSync(pkg['web-types'])) problems.push(`package.json "web-types" names ${pkg['web-types']}, which is missing`);

// The no-build files: dist/screenpop.standalone.js and dist/screenpop.demo.js import nothing but files beside them in
// dist/standalone/ (statically or on first use), each of which exists: a page needs no build and no node_modules.
for (const start of ['dist/screenpop.standalone.js', 'dist/screenpop.demo.js']) {
  if (!existsSync(start)) {
    problems.push(`${start} is missing (vite build --mode standalone)`);
    continue;
  }
  const visited = new Set();
  const follow = (file) => {
    if (visited.has(file)) return;
    visited.add(file);
    const text = readFileSync(file, 'utf8');
    for (const [, spec] of text.matchAll(/(?<![\w$.])(?:from|import)\s*\(?\s*["'`]([^"'`\s,$]+)["'`]/g)) {
      const target = new URL(spec, new URL(`file://${process.cwd()}/${file}`)).pathname.slice(process.cwd().length + 1);
      if (!spec.startsWith('./')) problems.push(`${file} imports ${spec}: the no-build files may import only files beside them`);
      else if (!target.startsWith('dist/standalone/') || !existsSync(target)) problems.push(`${file} imports ${spec}, which is not a file in dist/standalone/`);
      else follow(target);
    }
  };
  follow(start);
}

if (problems.length) {
  console.error(`Package check failed:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(`Package check passed: ${Object.keys(pkg.exports).length} exports, ${defineFiles.length} define modules, ${tags.length} elements in the manifest.`);
