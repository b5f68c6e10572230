import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: {
    name: '@storybook/web-components-vite',
    options: { builder: { viteConfigPath: '.storybook/vite.config.ts' } },
  },
  stories: ['../src/**/*.stories.ts'],
  // Serves MSW's worker at the site root, as the browser needs.
  staticDirs: ['../public'],
  core: { disableTelemetry: true },
};

export default config;
