/**
 * The locale runtime every element carries: which catalogues exist (Screenpop's lazy ones and the
 * host's), loading them, and the words an element shows in a locale. It imports no English words:
 * each element hands `wordsFor` the English sections it shows, so it carries only those (the public
 * `catalogueFor`, with every section, is in `registry.ts`).
 */
import type { Catalogue, PartialCatalogue } from './catalogue.js';
import { mergeCatalogue } from './merge.js';

/** A catalogue, or a function that loads one (a dynamic `import()`), so it costs nothing until used. */
export type CatalogueSource = PartialCatalogue | (() => Promise<PartialCatalogue | { default: PartialCatalogue }>);

/** The catalogues Screenpop ships besides English, each in its own chunk, loaded on first use. */
const BUILT_IN: Record<string, () => Promise<{ default: PartialCatalogue }>> = {
  es: () => import('./locales/es.js'),
  de: () => import('./locales/de.js'),
  ar: () => import('./locales/ar.js'),
};

/** Languages written right to left, for browsers without `Intl.Locale#getTextInfo`. */
const RTL = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'ha', 'he', 'iw', 'khw', 'ks', 'ku', 'ps', 'sd', 'ur', 'yi']);

const host = new Map<string, CatalogueSource[]>();
const loaded = new Map<string, PartialCatalogue>();
const loading = new Map<string, Promise<void>>();
const listeners = new Set<() => void>();
/** Merged words per English object (one per element type) and tag; dropped whenever a catalogue loads or is registered. */
let resolved = new WeakMap<object, Map<string, object>>();

/** `es-MX` → `es-mx`; an invalid tag → undefined. */
export function normalizeTag(tag: string | undefined | null): string | undefined {
  if (!tag) return undefined;
  try {
    return Intl.getCanonicalLocales(tag.trim())[0]?.toLowerCase();
  } catch {
    return undefined;
  }
}

/** The tags to try for a locale, most specific first: `es-mx` → `es-mx`, `es`. */
function chain(tag: string): string[] {
  const parts = tag.split('-');
  return parts.map((_, i) => parts.slice(0, parts.length - i).join('-'));
}

/**
 * Adds a catalogue for a locale, or adds to one: the host's words win over Screenpop's own catalogue for
 * that locale, which wins over English, per key (so a partial catalogue is fine). A function is called
 * once, when an element first needs the locale. Elements showing that locale re-render.
 *
 * ```js
 * registerLocale('fr', () => import('./screenpop-fr.js'));
 * registerLocale('es', { composer: { send: 'Enviar ya' } });
 * ```
 */
export function registerLocale(tag: string, catalogue: CatalogueSource): void {
  const key = normalizeTag(tag);
  if (!key) throw new TypeError(`registerLocale: "${tag}" is not a valid BCP 47 language tag`);
  host.set(key, [...(host.get(key) ?? []), catalogue]);
  loaded.delete(key);
  loading.delete(key);
  resolved = new WeakMap();
  void loadLanguage(key).then(notify);
}

/** The locales with a catalogue (Screenpop's own and the host's), not necessarily loaded yet. */
export function availableLocales(): string[] {
  return [...new Set(['en', ...Object.keys(BUILT_IN), ...host.keys()])];
}

/** Calls `listener` when a catalogue finishes loading or is registered; returns the unsubscribe. */
export function onLocalesChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function notify(): void {
  for (const listener of listeners) listener();
}

async function unwrap(source: CatalogueSource): Promise<PartialCatalogue> {
  if (typeof source !== 'function') return source;
  const value = await source();
  return 'default' in value && value.default && typeof value.default === 'object' ? (value.default as PartialCatalogue) : (value as PartialCatalogue);
}

/** Loads what one tag (not its fallbacks) needs: Screenpop's catalogue and the host's, merged. */
function loadOne(key: string): Promise<void> {
  if (loaded.has(key)) return Promise.resolve();
  let pending = loading.get(key);
  if (!pending) {
    const sources: CatalogueSource[] = [...(BUILT_IN[key] ? [BUILT_IN[key]] : []), ...(host.get(key) ?? [])];
    pending = Promise.all(sources.map(unwrap)).then(
      (parts) => {
        if (loading.get(key) !== pending) return; // registered again meanwhile
        loaded.set(key, parts.reduce<PartialCatalogue>((all, part) => mergeCatalogue(all, part), {}));
        resolved = new WeakMap();
      },
      (error: unknown) => {
        loading.delete(key);
        console.warn(`Screenpop: the "${key}" catalogue could not be loaded; English is shown.`, error);
      },
    );
    loading.set(key, pending);
  }
  return pending;
}

/** Loads the catalogues a locale needs (its own and its language's); resolves when `wordsFor` has them. */
export async function loadLanguage(tag: string): Promise<void> {
  const key = normalizeTag(tag) ?? 'en';
  const known = chain(key).filter((k) => BUILT_IN[k] || host.has(k));
  await Promise.all(known.map(loadOne));
}

/** Whether everything `tag` needs is loaded (else `catalogueFor` still shows English where it is missing). */
export function isLocaleReady(tag: string): boolean {
  const key = normalizeTag(tag) ?? 'en';
  return chain(key).every((k) => loaded.has(k) || !(BUILT_IN[k] || host.has(k)));
}

/** Sections of the catalogue, each whole or with only some of its keys: the English words an element shows. */
export type Sections = { [K in keyof Catalogue]?: Partial<Catalogue[K]> };

/**
 * The words of `english` in a locale, as far as its catalogues are loaded: English ← language (`es`) ←
 * region (`es-mx`), per key. Only the sections `english` has, and in each only the keys it has, are
 * looked up: an element passing `{ sentiment, terms }` gets those two, a thread passing three keys of
 * `move` gets those three. The same object comes back until a catalogue loads.
 */
export function wordsFor<W extends Sections>(tag: string | undefined, english: W): W {
  const key = normalizeTag(tag) ?? 'en';
  let byTag = resolved.get(english);
  if (!byTag) resolved.set(english, (byTag = new Map()));
  let words = byTag.get(key) as W | undefined;
  if (!words) {
    words = english;
    for (const k of chain(key).reverse()) {
      const catalogue = loaded.get(k) as Record<string, Record<string, unknown> | undefined> | undefined;
      if (catalogue) words = mergeCatalogue(words, only(catalogue, english) as never);
    }
    byTag.set(key, words);
  }
  return words;
}

/** The part of a loaded catalogue that `english` has: its sections, and in each its keys. */
function only(catalogue: Record<string, Record<string, unknown> | undefined>, english: Sections): Record<string, Record<string, unknown>> {
  const out: Record<string, Record<string, unknown>> = {};
  for (const [section, words] of Object.entries(english)) {
    const over = catalogue[section];
    if (!over || !words) continue;
    out[section] = Object.fromEntries(Object.keys(words).filter((word) => over[word] !== undefined).map((word) => [word, over[word]]));
  }
  return out;
}

/** `rtl` for a locale written right to left (Arabic, Hebrew, Persian, Urdu…), else `ltr`. */
export function directionOf(tag: string | undefined): 'ltr' | 'rtl' {
  const key = normalizeTag(tag);
  if (!key) return 'ltr';
  try {
    const locale = new Intl.Locale(key) as Intl.Locale & { getTextInfo?: () => { direction?: string }; textInfo?: { direction?: string } };
    const direction = locale.getTextInfo?.().direction ?? locale.textInfo?.direction;
    if (direction === 'rtl' || direction === 'ltr') return direction;
  } catch {
    // fall through to the list
  }
  return RTL.has(key.split('-')[0]!) ? 'rtl' : 'ltr';
}
