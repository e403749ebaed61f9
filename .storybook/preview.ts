import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../custom-elements.json';
import '../src/define/index.js';
import { describeElement, forAutodocs } from './manifest.js';
import { themeStyle, type Direction, type Theme } from './theme.js';

// Autodocs (properties, attributes, slots, parts, CSS properties) come from the generated manifest.
setCustomElementsManifest(forAutodocs(manifest));

/** Rows that document the element but are not inputs of a story get no control. */
const DOCUMENTATION_ONLY = new Set(['css shadow parts', 'css custom properties', 'slots', 'events']);

/** Wraps every story in the chosen theme and direction, as a host page would. */
const withThemeAndDirection: Decorator = (story, { globals, viewMode }) => {
  const theme: Theme = globals.theme === 'dark' ? 'dark' : 'light';
  const dir: Direction = globals.dir === 'rtl' ? 'rtl' : 'ltr';
  const fill = viewMode === 'docs' ? '' : '; min-height: 100vh; box-sizing: border-box';
  return html`<div class="cx-story" data-theme=${theme} dir=${dir} style="padding: 1rem; ${themeStyle(theme)}${fill}">
    ${story()}
  </div>`;
};

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withThemeAndDirection],
  argTypesEnhancers: [
    ({ argTypes }) =>
      Object.fromEntries(
        Object.entries(argTypes).map(([name, argType]) => [
          name,
          DOCUMENTATION_ONLY.has(String(argType.table?.category)) ? { ...argType, control: false as const } : argType,
        ]),
      ),
  ],
  parameters: {
    docs: {
      extractComponentDescription: (component: unknown) =>
        typeof component === 'string' ? describeElement(manifest, component) : undefined,
    },
    layout: 'fullscreen',
    // Violations fail the story (the addon's default, "todo", only warns).
    a11y: { test: 'error' },
    controls: { expanded: true },
  },
  globalTypes: {
    theme: {
      description: 'Colour theme, set through the public --cx-* tokens',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
    dir: {
      description: 'Text direction',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light', dir: 'ltr' },
};

export default preview;
