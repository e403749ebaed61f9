import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';

/**
 * Written by hand on purpose (`storybook init` pins versions that were never published).
 * The root vite.config.ts builds the library; Storybook gets a config of its own so a change to the
 * library build never reaches the stories.
 */
const config: StorybookConfig = {
  framework: {
    name: '@storybook/web-components-vite',
    options: { builder: { viteConfigPath: fileURLToPath(new URL('./vite.config.ts', import.meta.url)) } },
  },
  stories: ['../stories/**/*.stories.ts'],
  // msw's worker (the "over HTTP" stories) must be served from the root so its scope covers the stories.
  staticDirs: [{ from: '../public/mockServiceWorker.js', to: '/mockServiceWorker.js' }],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: { disableTelemetry: true },
  docs: { defaultName: 'Docs' },
};

export default config;
