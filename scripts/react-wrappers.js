// Writes src/react/index.ts (the `screenpop/react` entry) from custom-elements.json: one `@lit/react`
// wrapper per element, each event as an `onCx…` prop typed with its event class. Elements and events
// added later are picked up by running it again; CI runs `--check`.
//   node scripts/react-wrappers.js          rewrite src/react/index.ts
//   node scripts/react-wrappers.js --check  exit 1 if it is out of date
// The element and event classes are found by name among the `export class` declarations in src/.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const OUT = 'src/react/index.ts';

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

export function render(manifest, classes) {
  const elements = manifest.modules
    .flatMap((module) => (module.declarations ?? []).map((d) => ({ ...d, path: module.path })))
    .filter((d) => d.customElement && d.tagName)
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
  const problems = [];
  const values = new Map(); // module → names imported as values
  const types = new Map(); // module → names imported as types
  const add = (map, name) => {
    const path = classes.get(name);
    if (!path) return problems.push(`no \`export class ${name}\` in src/`);
    if (!map.has(path)) map.set(path, new Set());
    map.get(path).add(name);
  };
  const body = [];
  for (const el of elements) {
    add(values, el.name);
    const events = (el.events ?? []).filter((e) => e.name);
    const lines = [];
    for (const event of events) {
      const type = event.type?.text;
      if (!type || !/^\w+$/.test(type)) {
        problems.push(`<${el.tagName}> documents ${event.name} without an event class (@event {CxClass} ${event.name} - …)`);
        continue;
      }
      add(types, type);
      lines.push(`    /** \`${event.name}\`: ${comment(event.description)} */`, `    ${propName(event.name)}: '${event.name}' as EventName<${type}>,`);
    }
    body.push(
      '',
      `/** React wrapper of \`<${el.tagName}>\` (registers it): ${comment(el.summary ?? String(el.description ?? '').split(/(?<=\.)\s/)[0])} */`,
      `export const ${el.name} = createComponent({`,
      `  tagName: '${el.tagName}',`,
      `  elementClass: ${el.name}Element,`,
      '  react: React,',
      `  displayName: '${el.name}',`,
      lines.length ? `  events: {\n${lines.join('\n')}\n  },` : '  events: {},',
      '});',
    );
  }
  const imports = [];
  for (const el of elements) imports.push(`import '../define/${el.tagName}.js';`);
  for (const [path, names] of [...values].sort(([a], [b]) => a.localeCompare(b))) {
    imports.push(`import { ${[...names].sort().map((n) => `${n} as ${n}Element`).join(', ')} } from '${specifier(path)}';`);
  }
  for (const [path, names] of [...types].sort(([a], [b]) => a.localeCompare(b))) {
    imports.push(`import type { ${[...names].sort().join(', ')} } from '${specifier(path)}';`);
  }
  const text = [
    '// Generated from custom-elements.json by `node scripts/react-wrappers.js`; do not edit by hand.',
    '/**',
    ' * `screenpop/react`: a React component for each Screenpop element, made with `@lit/react`. Importing a',
    ' * wrapper registers its element. Properties are set as properties (objects and arrays too), and each',
    ' * `cx-*` event is an `onCx…` prop typed with its event class. React is a peer dependency, not bundled.',
    ' */',
    "import React from 'react';",
    "import { createComponent, type EventName } from '@lit/react';",
    ...imports,
    ...body,
    '',
  ].join('\n');
  return { text, problems };
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
  const { text, problems } = render(manifest, exportedClasses());
  if (problems.length) {
    console.error(`Cannot write the React wrappers:\n- ${problems.join('\n- ')}`);
    process.exit(1);
  }
  let current = '';
  try {
    current = readFileSync(OUT, 'utf8');
  } catch {
    /* first run */
  }
  if (process.argv.includes('--check')) {
    if (current !== text) {
      console.error(`${OUT} is out of date with custom-elements.json: run \`npm run react:wrappers\`.`);
      process.exit(1);
    }
    console.log(`${OUT} is up to date.`);
  } else {
    writeFileSync(OUT, text);
    console.log(`Wrote ${OUT}.`);
  }
}
