import { defineConfig } from 'vite';

/**
 * Vite settings for Storybook only. Decorators follow the root tsconfig.json
 * (`experimentalDecorators`, `useDefineForClassFields: false`), as in the library build.
 */
export default defineConfig({
  publicDir: false,
  build: { target: 'es2022' },
});
