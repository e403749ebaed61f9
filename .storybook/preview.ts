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

const LOCALES = ['en', 'es', 'de', 'ar'];

/**
 * Wraps every story in the chosen theme and direction, as a host page would, and in the chosen
 * language: a `<cx-desk locale>` around the story (no adapter: stories bring their own). With a
 * locale the elements take its direction (Arabic is right to left) whatever the direction toolbar says.
 */
const withThemeAndDirection: Decorator = (story, { globals, viewMode }) => {
  const theme: Theme = globals.theme === 'dark' ? 'dark' : 'light';
  const dir: Direction = globals.dir === 'rtl' ? 'rtl' : 'ltr';
  const locale = LOCALES.includes(String(globals.locale)) ? String(globals.locale) : undefined;
  const fill = viewMode === 'docs' ? '' : '; min-height: 100vh; box-sizing: border-box';
  const content = locale ? html`<cx-desk locale=${locale}>${story()}</cx-desk>` : story();
  return html`<div class="cx-story" data-theme=${theme} dir=${dir} style="padding: 1rem; ${themeStyle(theme)}${fill}">
    ${content}
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
    locale: {
      description: 'Language of the elements (a <cx-desk locale> around the story)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'page', title: 'Unset (English)' },
          { value: 'en', title: 'English' },
          { value: 'es', title: 'Español' },
          { value: 'de', title: 'Deutsch' },
          { value: 'ar', title: 'العربية (RTL)' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light', dir: 'ltr', locale: 'page' },
};

export default preview;
