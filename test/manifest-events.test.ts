/**
 * The manifest lists exactly the events each element dispatches. "Dispatches" is read from the
 * code: every `new Cx…Event(` in the element's module and the modules it imports (not through
 * another element's module, nor type-only imports), mapped to event names through the
 * `GlobalEventHandlersEventMap` declarations in src/events/. The manifest is `custom-elements.json`
 * (`npm run -s manifest`); the sources come from the test server (scripts/sources-plugin.js).
 */
import { expect } from '@open-wc/testing';

type Sources = Record<string, string>;
interface ManifestEvent {
  name: string;
  type?: { text: string };
}
interface Declared {
  path: string;
  tagName: string;
  events: ManifestEvent[];
}

/** Event class → event name, from `'cx-name': CxClass;` lines of `GlobalEventHandlersEventMap` in src/events/. */
function eventNames(sources: Sources): Map<string, string> {
  const names = new Map<string, string>();
  for (const [path, text] of Object.entries(sources)) {
    if (!path.startsWith('src/events/')) continue;
    const map = text.match(/interface GlobalEventHandlersEventMap\s*\{([^}]*)\}/);
    for (const [, name, type] of map?.[1]!.matchAll(/'(cx-[a-z-]+)':\s*(\w+);/g) ?? []) names.set(type!, name!);
  }
  return names;
}

function resolve(from: string, specifier: string): string {
  const parts = from.split('/').slice(0, -1);
  for (const segment of specifier.split('/')) {
    if (segment === '..') parts.pop();
    else if (segment !== '.') parts.push(segment);
  }
  return parts.join('/').replace(/\.js$/, '.ts');
}

/** The modules an element's code runs: its own and what it imports, stopping at other elements' modules. */
function ownModules(entry: string, sources: Sources, otherElements: Set<string>): string[] {
  const seen = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path) || sources[path] === undefined || (path !== entry && otherElements.has(path))) return;
    seen.add(path);
    for (const [statement, specifier] of sources[path]!.matchAll(/^(?:import|export)\s[^;]*?from\s+'(\.[^']+)'/gm)) {
      if (!/^import\s+type\s/.test(statement)) visit(resolve(path, specifier!));
    }
    for (const [, specifier] of sources[path]!.matchAll(/^import\s+'(\.[^']+)'/gm)) visit(resolve(path, specifier!));
  };
  visit(entry);
  return [...seen];
}

/** The event names an element dispatches, and each one's class. */
function dispatched(entry: string, sources: Sources, otherElements: Set<string>): Map<string, string> {
  const names = eventNames(sources);
  const out = new Map<string, string>();
  for (const path of ownModules(entry, sources, otherElements)) {
    for (const [, type] of sources[path]!.matchAll(/new (Cx\w+Event)\(/g)) {
      const name = names.get(type!);
      if (!name) throw new Error(`${path} creates ${type}, which no GlobalEventHandlersEventMap in src/events/ declares.`);
      out.set(name, type!);
    }
  }
  return out;
}

/** Differences between what the manifest lists and what the code dispatches, in words; empty when they agree. */
function compare(declared: Declared, sources: Sources, otherElements: Set<string>): string[] {
  const actual = dispatched(declared.path, sources, otherElements);
  const listed = new Map(declared.events.map((e) => [e.name, e.type?.text ?? '']));
  const problems: string[] = [];
  for (const [name, type] of actual) {
    if (!listed.has(name)) problems.push(`<${declared.tagName}> dispatches ${name} (${type}) but does not document it`);
    else if (listed.get(name) !== type) problems.push(`<${declared.tagName}> documents ${name} as ${listed.get(name) || 'no class'}, but dispatches ${type}`);
  }
  for (const name of listed.keys()) if (!actual.has(name)) problems.push(`<${declared.tagName}> documents ${name} but never dispatches it`);
  return problems;
}

async function load(): Promise<{ sources: Sources; elements: Declared[] }> {
  const sources = (await (await fetch('/__sources__.json')).json()) as Sources;
  const response = await fetch('/custom-elements.json');
  if (!response.ok) throw new Error('custom-elements.json is missing: run `npm run -s manifest`.');
  const manifest = (await response.json()) as { modules: { path: string; declarations?: { tagName?: string; customElement?: boolean; events?: ManifestEvent[] }[] }[] };
  const elements = manifest.modules.flatMap((m) =>
    (m.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => ({ path: m.path, tagName: d.tagName!, events: d.events ?? [] })),
  );
  return { sources, elements };
}

describe('manifest events', () => {
  it('lists, for every element, exactly the events its code dispatches, each with its class', async () => {
    const { sources, elements } = await load();
    expect(elements.length).to.be.at.least(5);
    const paths = new Set(elements.map((e) => e.path));
    const problems = elements.flatMap((element) => compare(element, sources, paths));
    expect(problems, problems.join('\n')).to.deep.equal([]);
    expect(dispatched('src/components/composer/composer.ts', sources, paths).get('cx-after-send')).to.equal('CxAfterSendEvent');
  });

  it('fails for an event dispatched but not documented, or documented but never dispatched', async () => {
    const { sources } = await load();
    const fake: Sources = {
      ...sources,
      'src/components/fake/fake.ts': "import { helper } from './helper.js';\nimport type { Other } from './types.js';\nexport class Fake {}",
      'src/components/fake/helper.ts': "import { CxAdapterErrorEvent } from '../../events/adapter-error.js';\nexport const helper = (h: EventTarget) => h.dispatchEvent(new CxAdapterErrorEvent(x));",
      'src/components/fake/types.ts': 'export type Other = 1; const e = new CxMessageRetryEvent(m);',
    };
    const paths = new Set(['src/components/fake/fake.ts']);
    const declared = { path: 'src/components/fake/fake.ts', tagName: 'cx-fake', events: [{ name: 'cx-message-select', type: { text: 'CxMessageSelectEvent' } }] };
    expect(compare(declared, fake, paths)).to.deep.equal([
      '<cx-fake> dispatches cx-adapter-error (CxAdapterErrorEvent) but does not document it',
      '<cx-fake> documents cx-message-select but never dispatches it',
    ]);
  });
});
