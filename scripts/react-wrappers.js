// Writes src/react/ (the `screenpop/react` entry) from custom-elements.json: one `@lit/react` wrapper
// per element in a module of its own (src/react/cx-….ts, re-exported by index.ts), each event as an
// `onCx…` prop typed with its event class. Elements and events added later are picked up by running it
// again; CI runs `--check`.
//   node scripts/react-wrappers.js          rewrite src/react/
//   node scripts/react-wrappers.js --check  exit 1 if it is out of date
// The element and event classes are found by name among the `export class` declarations in src/.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const OUT = 'src/react';
const GENERATED = '// Generated from custom-elements.json by `node scripts/react-wrappers.js`; do not edit by hand.';

/** `cx-before-send` → `onCxBeforeSend`. */
export const propName = (event) => `on${event.replace(/(^|-)([a-z])/g, (_, __, c) => c.toUpperCase())}`;

function exportedClasses(dir = 'src', found = new Map()) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) exportedClasses(path, found);
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') && !path.startsWith('src/react/')) {
      for (const [, name] of readFileSync(path, 'utf8').matchAll(/^export (?:abstract )?class (\w+)/gm)) if (!found.has(name)) found.set(name, path);
    }
  }
  return found;
}

const specifier = (path) => {
  const rel = relative('src/react', path).replace(/\.ts$/, '.js');
  return rel.startsWith('.') ? rel : `./${rel}`;
};
const comment = (text = '') => String(text).replace(/\*\//g, '*\\/').replace(/\s+/g, ' ').trim();

/** The files of src/react/ (name → text): one module per element, and index.ts re-exporting them. */
export function render(manifest, classes) {
  const elements = manifest.modules
    .flatMap((module) => (module.declarations ?? []).map((d) => ({ ...d, path: module.path })))
    .filter((d) => d.customElement && d.tagName)
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
  const problems = [];
  const files = new Map();
  for (const el of elements) {
    const values = new Map(); // module → names imported as values
    const types = new Map(); // module → names imported as types
    const add = (map, name) => {
      const path = classes.get(name);
      if (!path) return problems.push(`no \`export class ${name}\` in src/`);
      if (!map.has(path)) map.set(path, new Set());
      map.get(path).add(name);
    };
    add(values, el.name);
    const lines = [];
    for (const event of (el.events ?? []).filter((e) => e.name)) {
      const type = event.type?.text;
      if (!type || !/^\w+$/.test(type)) {
        problems.push(`<${el.tagName}> documents ${event.name} without an event class (@event {CxClass} ${event.name} - …)`);
        continue;
      }
      add(types, type);
      lines.push(`    /** \`${event.name}\`: ${comment(event.description)} */`, `    ${propName(event.name)}: '${event.name}' as EventName<${type}>,`);
    }
    const imports = [`import '../define/${el.tagName}.js';`];
    for (const [path, names] of [...values].sort(([a], [b]) => a.localeCompare(b))) {
      imports.push(`import { ${[...names].sort().map((n) => `${n} as ${n}Element`).join(', ')} } from '${specifier(path)}';`);
    }
    for (const [path, names] of [...types].sort(([a], [b]) => a.localeCompare(b))) {
      imports.push(`import type { ${[...names].sort().join(', ')} } from '${specifier(path)}';`);
    }
    files.set(`${el.tagName}.ts`, [
      GENERATED,
      "import React from 'react';",
      lines.length ? "import { createComponent, type EventName } from '@lit/react';" : "import { createComponent } from '@lit/react';",
      ...imports,
      '',
      `/** React wrapper of \`<${el.tagName}>\` (importing it registers the element): ${comment(String(el.summary || el.description || '').split(/\n\s*\n/)[0])} */`,
      `export const ${el.name} = /* @__PURE__ */ createComponent({`,
      `  tagName: '${el.tagName}',`,
      `  elementClass: ${el.name}Element,`,
      '  react: React,',
      `  displayName: '${el.name}',`,
      lines.length ? `  events: {\n${lines.join('\n')}\n  },` : '  events: {},',
      '});',
      '',
    ].join('\n'));
  }
  files.set('index.ts', [
    GENERATED,
    '/**',
    ' * `screenpop/react`: a React component for each Screenpop element, made with `@lit/react`. Each wrapper',
    ' * is a module of its own that registers its element, so a bundler drops the wrappers (and elements) an',
    ' * app does not use. Properties are set as properties (objects and arrays too), and each `cx-*` event is',
    ' * an `onCx…` prop typed with its event class. React is a peer dependency, not bundled.',
    ' */',
    ...elements.map((el) => `export { ${el.name} } from './${el.tagName}.js';`),
    '',
  ].join('\n'));
  return { files, problems };
}

const isMain = process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (isMain) {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  } catch {
    console.error('custom-elements.json is missing: run `npm run -s manifest` first.');
    process.exit(1);
  }
  const { files, problems } = render(manifest, exportedClasses());
  if (problems.length) {
    console.error(`Cannot write the React wrappers:\n- ${problems.join('\n- ')}`);
    process.exit(1);
  }
  mkdirSync(OUT, { recursive: true });
  const present = readdirSync(OUT).filter((f) => f.endsWith('.ts'));
  const stale = [...present.filter((f) => !files.has(f)), ...[...files].filter(([f, text]) => !existsSync(join(OUT, f)) || readFileSync(join(OUT, f), 'utf8') !== text).map(([f]) => f)];
  if (process.argv.includes('--check')) {
    if (stale.length) {
      console.error(`src/react/ is out of date with custom-elements.json (${stale.join(', ')}): run \`npm run react:wrappers\`.`);
      process.exit(1);
    }
    console.log(`src/react/ is up to date: ${files.size - 1} wrappers.`);
  } else {
    for (const f of present.filter((f) => !files.has(f))) rmSync(join(OUT, f));
    for (const [f, text] of files) writeFileSync(join(OUT, f), text);
    console.log(`Wrote src/react/: ${files.size - 1} wrappers${stale.length ? ` (changed ${stale.join(', ')})` : ''}.`);
  }
}
