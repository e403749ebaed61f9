/**
 * `custom-elements.json` is generated (`npm run manifest`, run by `storybook` and `build-storybook`)
 * and git-ignored. This lets the type check pass before it exists; once it does, TypeScript reads the
 * file itself. The Storybook build still fails loudly when it is missing.
 */
declare module '*/custom-elements.json' {
  const manifest: { schemaVersion: string; modules: unknown[] };
  export default manifest;
}
