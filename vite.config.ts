import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** One define module per element, each its own entry so `sideEffects` can name them. */
const defineEntries = Object.fromEntries(
  readdirSync(here('./src/define'))
    .filter((file) => file.endsWith('.ts'))
    .map((file) => [`define/${file.replace(/\.ts$/, '')}`, here(`./src/define/${file}`)]),
);

/** One module per React wrapper (and index.ts re-exporting them), so a bundler drops the wrappers, and elements, an app does not use. */
const reactEntries = Object.fromEntries(
  readdirSync(here('./src/react'))
    .filter((file) => file.endsWith('.ts'))
    .map((file) => [`react/${file.replace(/\.ts$/, '')}`, here(`./src/react/${file}`)]),
);

const external = [/^lit($|\/)/, /^@lit\//, /^@lit-labs\//, /^eventsource-parser/, /^react($|\/)/];

/**
 * - `vite` (npm start): serves the demo agent desktop in examples/ on the built-in demo data.
 * - `vite build`: the ESM library in dist/, dependencies left to the consumer's bundler.
 * - `vite build --mode standalone`: dist/screenpop.standalone.js with Lit bundled and every element
 *   registered, for a plain `<script type="module">` in a page with no build; the parts it loads on
 *   first use beside it in dist/standalone/, and the demo adapter with its data set in
 *   dist/screenpop.demo.js.
 */
export default defineConfig(({ command, mode }) => {
  if (command === 'serve') {
    return {
      root: here('./examples'),
      publicDir: false,
      server: { host: '127.0.0.1', port: 5173, fs: { allow: [here('.')] } },
    };
  }
  if (mode === 'standalone') {
    return {
      publicDir: false,
      build: {
        outDir: 'dist',
        emptyOutDir: false,
        target: 'es2022',
        lib: {
          entry: { 'screenpop.standalone': here('./src/standalone.ts'), 'screenpop.demo': here('./src/adapters/demo/index.ts') } as Record<string, string>,
          formats: ['es'],
          fileName: (_format, name) => `${name}.js`,
        },
        // Parts loaded on first use (and code both files share) go beside them, in dist/standalone/.
        rolldownOptions: { output: { minify: true, chunkFileNames: 'standalone/[name]-[hash].js' } },
      },
    };
  }
  return {
    publicDir: false,
    build: {
      outDir: 'dist',
      emptyOutDir: true,
      target: 'es2022',
      minify: false,
      lib: {
        entry: {
          index: here('./src/index.ts'),
          ...defineEntries,
          'adapters/demo/index': here('./src/adapters/demo/index.ts'),
          'adapters/http/index': here('./src/adapters/http/index.ts'),
          'adapters/post-message/index': here('./src/adapters/post-message/index.ts'),
          'adapters/hosts/amazon-connect/index': here('./src/adapters/hosts/amazon-connect/index.ts'),
          'adapters/hosts/zendesk/index': here('./src/adapters/hosts/zendesk/index.ts'),
          'adapters/hosts/salesforce/index': here('./src/adapters/hosts/salesforce/index.ts'),
          'sentiment/index': here('./src/sentiment/index.ts'),
          'testing/index': here('./src/testing/index.ts'),
          ...reactEntries,
        },
        formats: ['es'],
      },
      rolldownOptions: {
        external,
        output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
      },
    },
  };
});
