/** Storybook's own Vite config: nothing from the CDN build or the demo server. */
import { defineConfig } from 'vite';

export default defineConfig({});
