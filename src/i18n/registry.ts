/**
 * The public face of the locale runtime (`screenpop` exports it): registering, loading and choosing
 * catalogues, and `catalogueFor`, every section of a locale. Elements import `runtime.ts` instead, which
 * carries no English words, so that `catalogueFor`'s whole English catalogue stays out of them.
 */
import { enCatalogue, type Catalogue } from './catalogue.js';
import { loadLanguage, wordsFor } from './runtime.js';

export { registerLocale, availableLocales, onLocalesChanged, isLocaleReady, normalizeTag, directionOf, wordsFor, type CatalogueSource } from './runtime.js';

/** Loads the catalogues a locale needs (its own and its language's); resolves with every section of it. */
export async function loadLocale(tag: string): Promise<Catalogue> {
  await loadLanguage(tag);
  return catalogueFor(tag);
}

/** The catalogue for a locale as far as it is loaded: English ← language (`es`) ← region (`es-mx`), per key. */
export function catalogueFor(tag: string | undefined): Catalogue {
  return wordsFor(tag, enCatalogue);
}
