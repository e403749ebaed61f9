/**
 * Adapts the generated custom-elements.json for Storybook's autodocs, which key every entry by its
 * bare name: a CSS part named like an attribute (`label`) would hide the attribute's row. Parts are
 * listed as `::part(name)`, which is also how a host styles them.
 */
interface Named {
  name: string;
}
interface Declaration {
  tagName?: string;
  summary?: string;
  description?: string;
  cssParts?: Named[];
}
interface Manifest {
  modules: { declarations?: Declaration[] }[];
}

export function forAutodocs<T>(manifest: T): T {
  const copy = structuredClone(manifest) as T & Manifest;
  for (const module of copy.modules) {
    for (const declaration of module.declarations ?? []) {
      declaration.cssParts = declaration.cssParts?.map((part) => ({ ...part, name: `::part(${part.name})` }));
    }
  }
  return copy;
}

/** The component's description for the docs page: cem puts the JSDoc text under `summary`. */
export function describeElement(manifest: unknown, tagName: string): string | undefined {
  for (const module of (manifest as Manifest).modules) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.tagName === tagName) return [declaration.summary, declaration.description].filter(Boolean).join('\n\n') || undefined;
    }
  }
  return undefined;
}
