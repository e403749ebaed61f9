// Writes the editor data for the elements from custom-elements.json, then validates both files against
// their published JSON schemas (pinned devDependencies) with ajv; exits 1 on any problem. Run by
// `npm run build`, after the manifest.
//   dist/vscode.html-custom-data.json  VS Code `html.customData` (schema: vscode-html-languageservice's
//                                      docs/customData.schema.json)
//   dist/web-types.json                JetBrains web-types, named by package.json's "web-types"
//                                      (schema: the copy of JetBrains' web-types schema in web-types-lit)
//   node scripts/editor-data.js            write and validate
//   node scripts/editor-data.js --validate only validate the files already in dist/
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import Ajv from 'ajv';

const VSCODE_FILE = 'dist/vscode.html-custom-data.json';
const WEB_TYPES_FILE = 'dist/web-types.json';
const VSCODE_SCHEMA = 'node_modules/vscode-html-languageservice/docs/customData.schema.json';
const WEB_TYPES_SCHEMA = 'node_modules/web-types-lit/web-types-schema.json';

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
const oneLine = (text = '') => String(text).replace(/\s+/g, ' ').trim();

function elementsOf(manifest) {
  return manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((d) => d.customElement && d.tagName)
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
}

/** The type as written, without `| undefined`. */
const typeText = (type) => (type?.text ?? '').split('|').map((t) => t.trim()).filter((t) => t && t !== 'undefined').join(' | ');
/** `'compact' | 'full'` → ['compact', 'full']; anything that is not a union of string literals → undefined. */
function literals(type) {
  const parts = typeText(type).split(' | ');
  return parts.every((p) => /^'[^']*'$/.test(p)) ? parts.map((p) => p.slice(1, -1)) : undefined;
}
const describe = (el) => [el.summary, el.description].filter(Boolean).join('\n\n');
const publicFields = (el) => (el.members ?? []).filter((m) => m.kind === 'field' && !m.static && m.privacy !== 'private' && m.privacy !== 'protected' && m.description);

export function vscodeData(manifest) {
  return {
    version: 1.1,
    tags: elementsOf(manifest).map((el) => ({
      name: el.tagName,
      description: { kind: 'markdown', value: describe(el) },
      attributes: (el.attributes ?? []).map((a) => {
        const values = literals(a.type);
        return {
          name: a.name,
          ...(a.description ? { description: oneLine(a.description) } : {}),
          ...(typeText(a.type) === 'boolean' ? { valueSet: 'v' } : values ? { values: values.map((name) => ({ name })) } : {}),
        };
      }),
    })),
  };
}

export function webTypes(manifest, pkg) {
  return {
    name: pkg.name,
    version: pkg.version,
    'js-types-syntax': 'typescript',
    'description-markup': 'markdown',
    contributions: {
      html: {
        elements: elementsOf(manifest).map((el) => ({
          name: el.tagName,
          description: describe(el),
          attributes: (el.attributes ?? []).map((a) => {
            const type = typeText(a.type);
            return {
              name: a.name,
              ...(a.description ? { description: oneLine(a.description) } : {}),
              ...(a.default !== undefined ? { default: String(a.default) } : {}),
              value: type === 'boolean' ? { kind: 'no-value', type: 'boolean' } : { kind: 'plain', type: type || 'string' },
            };
          }),
          events: (el.events ?? []).filter((e) => e.name).map((e) => ({ name: e.name, description: oneLine(e.description) })),
          slots: (el.slots ?? []).map((s) => ({ name: s.name, description: oneLine(s.description) })),
          js: {
            properties: publicFields(el).map((f) => ({ name: f.name, description: oneLine(f.description), ...(f.type?.text ? { type: f.type.text } : {}) })),
            events: (el.events ?? []).filter((e) => e.name).map((e) => ({ name: e.name, description: oneLine(e.description), ...(e.type?.text ? { type: e.type.text } : {}) })),
          },
          css: {
            properties: (el.cssProperties ?? []).map((p) => ({ name: p.name, description: oneLine(p.description) })),
            parts: (el.cssParts ?? []).map((p) => ({ name: p.name, description: oneLine(p.description) })),
          },
        })),
      },
    },
  };
}

/**
 * JetBrains writes the schema with one definition extending another (`allOf: [{ $ref: base }]` next to its
 * own `properties` and `additionalProperties: false`) and publishes it after merging each `allOf`: read
 * literally, JSON Schema would reject every property. This does the same merge: a definition gets its
 * bases' properties and required names, and the first open `additionalProperties` of its bases (the
 * generic contributions every element or attribute may carry).
 */
export function mergeWebTypesSchema(schema) {
  const defs = schema.definitions;
  const merged = new Map();
  const flat = (name) => {
    if (merged.has(name)) return merged.get(name);
    const def = defs[name];
    if (!def) throw new Error(`web-types schema: no definition ${name}`);
    if (!def.allOf) return merged.set(name, def).get(name);
    const { allOf, ...own } = def;
    const bases = allOf.map((part) => {
      if (!part.$ref?.startsWith('#/definitions/') || Object.keys(part).length !== 1) throw new Error(`web-types schema: ${name} has an allOf this merge does not know`);
      return flat(part.$ref.slice('#/definitions/'.length));
    });
    const open = bases.map((b) => b.additionalProperties).find((a) => a !== undefined && a !== false);
    const required = [...new Set([...bases.flatMap((b) => b.required ?? []), ...(own.required ?? [])])];
    return merged
      .set(name, {
        ...own,
        properties: Object.assign({}, ...bases.map((b) => b.properties ?? {}), own.properties ?? {}),
        ...(open !== undefined ? { additionalProperties: open } : {}),
        ...(required.length ? { required } : {}),
      })
      .get(name);
  };
  const out = { ...schema, definitions: Object.fromEntries(Object.keys(defs).map((name) => [name, flat(name)])) };
  delete out.$schema; // draft-04 in name; it uses nothing that draft-07 reads differently
  return out;
}

export function validators() {
  const ajv = new Ajv({ strict: false, allErrors: true });
  return {
    vscode: ajv.compile(readJson(VSCODE_SCHEMA)),
    webTypes: ajv.compile(mergeWebTypesSchema(readJson(WEB_TYPES_SCHEMA))),
  };
}

const errorsOf = (validate, data, label) => (validate(data) ? [] : validate.errors.slice(0, 8).map((e) => `${label}${e.instancePath} ${e.message}`));

const isMain = process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (isMain) {
  let vscode;
  let types;
  if (process.argv.includes('--validate')) {
    vscode = readJson(VSCODE_FILE);
    types = readJson(WEB_TYPES_FILE);
  } else {
    const manifest = readJson('custom-elements.json');
    vscode = vscodeData(manifest);
    types = webTypes(manifest, readJson('package.json'));
    mkdirSync('dist', { recursive: true });
    writeFileSync(VSCODE_FILE, `${JSON.stringify(vscode, null, 2)}\n`);
    writeFileSync(WEB_TYPES_FILE, `${JSON.stringify(types, null, 2)}\n`);
  }
  const { vscode: checkVscode, webTypes: checkWebTypes } = validators();
  const problems = [...errorsOf(checkVscode, vscode, VSCODE_FILE), ...errorsOf(checkWebTypes, types, WEB_TYPES_FILE)];
  // The schemas must be able to say no: a tag without a name, an attribute whose value is a number.
  const broken = { ...vscode, tags: [{ description: 'no name' }] };
  if (checkVscode(broken)) problems.push(`${VSCODE_SCHEMA} accepts a tag without a name: the check checks nothing`);
  const brokenTypes = structuredClone(types);
  brokenTypes.contributions.html.elements[0].attributes = [{ name: 'x', value: { kind: 'sometimes' } }];
  if (checkWebTypes(brokenTypes)) problems.push(`${WEB_TYPES_SCHEMA} accepts an attribute value of kind "sometimes": the check checks nothing`);
  if (!vscode.tags.length || !types.contributions.html.elements.length) problems.push('no elements: is custom-elements.json empty?');
  if (problems.length) {
    console.error(`Editor data check failed:\n- ${problems.join('\n- ')}`);
    process.exit(1);
  }
  console.log(`Editor data: ${vscode.tags.length} elements in ${VSCODE_FILE} and ${WEB_TYPES_FILE}, both valid against their schemas.`);
}
