/**
 * Vite builds the script-tag bundle: `dist/cdn/hero-elements.js`, one minified, self-contained ES
 * module that registers every element, and beside it `dist/cdn/hero-elements.cy.js`, the Welsh
 * tables, which the main file loads (dynamic `import()`, relative to itself) only when an element
 * speaks Welsh. (The npm build is plain `tsc`; the demo runs Vite from
 * demo/server.ts; Storybook has .storybook/vite.config.ts.)
 *
 * Not Vite's library mode: that leaves whitespace in ES output, and this file ships to phones.
 */
import { defineConfig, type Plugin } from 'vite';
import { minifyCssLiterals } from './scripts/minify-css-literals.mjs';

/**
 * Vite wraps each dynamic `import()` in its preload helper (modulepreload and CSS of the chunk's
 * dependencies, with error events): about 0.4 kB that every English reader would download. The
 * language chunks have no dependencies to preload, so their imports are left plain and the helper
 * drops out of the bundle.
 */
const plainLanguageImports: Plugin = {
  name: 'hero:plain-language-imports',
  renderChunk(code) {
    const plain = code.replace(
      /__vitePreload\(\s*\(\)\s*=>\s*(import\(\s*["'`]\.\/hero-elements\.[\w-]+\.js["'`]\s*\)),\s*__VITE_PRELOAD__\s*\)/g,
      '$1',
    );
    // Same lines, so the existing source map still holds (to the column).
    return plain === code ? null : { code: plain, map: null };
  },
};

/** The CSS of Lit's `css` literals, minified (scripts/minify-css-literals.mjs; lines kept, so maps hold). */
const minifiedCssLiterals: Plugin = {
  name: 'hero:minified-css-literals',
  transform(code, id) {
    if (!/\/src\/.*\.ts$/.test(id)) return null;
    const minified = minifyCssLiterals(code, id);
    return minified === null ? null : { code: minified, map: null };
  },
};

export default defineConfig({
  plugins: [minifiedCssLiterals, plainLanguageImports],
  // Never ship public/ (it holds MSW's mock service worker) in a library build.
  publicDir: false,
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: true,
    copyPublicDir: false,
    target: 'es2022',
    minify: true,
    sourcemap: true,
    reportCompressedSize: false,
    modulePreload: false,
    rolldownOptions: {
      input: 'src/cdn.ts',
      output: {
        format: 'es',
        entryFileNames: 'hero-elements.js',
        // The only dynamic import is a language module (src/locales/<lang>.ts): `hero-elements.<lang>.js`.
        chunkFileNames: 'hero-elements.[name].js',
      },
    },
  },
});
