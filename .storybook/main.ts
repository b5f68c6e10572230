import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: {
    name: '@storybook/web-components-vite',
    options: { builder: { viteConfigPath: '.storybook/vite.config.ts' } },
  },
  stories: ['../src/**/*.stories.ts'],
  // Docs pages per element: description, controls and the tables of attributes, properties,
  // events, slots, parts and CSS custom properties, all from custom-elements.json.
  addons: ['@storybook/addon-docs'],
  // Serves MSW's worker at the site root, as the browser needs.
  staticDirs: ['../public'],
  core: { disableTelemetry: true },
};

export default config;
