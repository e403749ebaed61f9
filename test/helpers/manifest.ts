/** The element manifest (`custom-elements.json`, generated from the classes' JSDoc headers by `npm test`). */
export interface ManifestElement {
  tagName: string;
  name: string;
  events?: { name: string; type?: { text: string }; description?: string }[];
  cssParts?: { name: string }[];
  slots?: { name: string }[];
}

let loaded: Promise<ManifestElement[]> | undefined;

/** Every custom element the manifest declares. */
export function manifestElements(): Promise<ManifestElement[]> {
  return (loaded ??= fetch('/custom-elements.json')
    .then((response) => {
      if (!response.ok) throw new Error('custom-elements.json is missing: run `npm run manifest`.');
      return response.json() as Promise<{ modules: { declarations?: (ManifestElement & { customElement?: boolean })[] }[] }>;
    })
    .then((manifest) => manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName)));
}

/** One element's declaration. */
export async function manifestElement(tagName: string): Promise<ManifestElement> {
  const element = (await manifestElements()).find((e) => e.tagName === tagName);
  if (!element) throw new Error(`custom-elements.json has no <${tagName}>.`);
  return element;
}
