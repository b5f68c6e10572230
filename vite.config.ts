/**
 * Vite builds the script-tag bundle: `dist/cdn/hero-elements.js`, one minified, self-contained ES
 * module that registers every element. (The npm build is plain `tsc`; the demo runs Vite from
 * demo/server.ts; Storybook has .storybook/vite.config.ts.)
 *
 * Not Vite's library mode: that leaves whitespace in ES output, and this file ships to phones.
 */
import { defineConfig } from 'vite';

export default defineConfig({
  // Never ship public/ (it holds MSW's mock service worker) in a library build.
  publicDir: false,
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: true,
    copyPublicDir: false,
    target: 'es2021',
    minify: true,
    sourcemap: true,
    reportCompressedSize: false,
    modulePreload: false,
    rolldownOptions: {
      input: 'src/cdn.ts',
      output: { format: 'es', entryFileNames: 'hero-elements.js', codeSplitting: false },
    },
  },
});
