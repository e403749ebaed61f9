// Writes the README's element reference from custom-elements.json (generated from the classes'
// JSDoc headers), between the markers `<!-- elements:start -->` and `<!-- elements:end -->`.
//   node scripts/readme-elements.js          rewrite the section
//   node scripts/readme-elements.js --check  exit 1 if the README is out of date
import { readFileSync, writeFileSync } from 'node:fs';

const START = '<!-- elements:start -->';
const END = '<!-- elements:end -->';
const cell = (text = '') => String(text).replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();

export function render(manifest) {
  const elements = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.tagName)
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
  const out = [START, '', '_Generated from `custom-elements.json` by `npm run docs:readme`; do not edit by hand._', ''];
  for (const el of elements) {
    out.push(`### \`<${el.tagName}>\` — ${el.name}`, '', cell(el.summary ?? el.description), '');
    const fields = (el.members ?? []).filter((m) => m.kind === 'field' && !m.static && m.privacy !== 'private' && m.privacy !== 'protected' && m.description);
    if (fields.length) {
      out.push('| property | attribute | type | description |', '| --- | --- | --- | --- |');
      for (const f of fields) out.push(`| \`${f.name}\` | ${f.attribute ? `\`${f.attribute}\`` : ''} | ${cell(f.type?.text ? `\`${f.type.text}\`` : '')} | ${cell(f.description)} |`);
      out.push('');
    }
    const rows = [
      ...(el.events ?? []).filter((e) => e.name).map((e) => ['event', e.name, e.type?.text ? `\`${e.type.text}\`: ${e.description ?? ''}` : e.description]),
      ...(el.slots ?? []).map((s) => ['slot', s.name || '(default)', s.description]),
      ...(el.cssParts ?? []).map((p) => ['part', p.name, p.description]),
      ...(el.cssProperties ?? []).map((p) => ['CSS property', p.name, p.description]),
    ];
    if (rows.length) {
      out.push('| kind | name | description |', '| --- | --- | --- |');
      for (const [kind, name, description] of rows) out.push(`| ${kind} | \`${name}\` | ${cell(description)} |`);
      out.push('');
    }
  }
  out.push(END);
  return out.join('\n');
}

const readme = readFileSync('README.md', 'utf8');
const from = readme.indexOf(START);
const to = readme.indexOf(END);
if (from < 0 || to < 0) {
  console.error(`README.md has no ${START} … ${END} section.`);
  process.exit(1);
}
const next = readme.slice(0, from) + render(JSON.parse(readFileSync('custom-elements.json', 'utf8'))) + readme.slice(to + END.length);
if (process.argv.includes('--check')) {
  if (next !== readme) {
    console.error('The README element reference is out of date: run `npm run docs:readme`.');
    process.exit(1);
  }
  console.log('README element reference is up to date.');
} else {
  writeFileSync('README.md', next);
}
