/**
 * Vite builds the script-tag files in `dist/cdn/` (the npm build is plain `tsc`, unminified, as
 * Lit advises for libraries; the demo runs Vite from demo/server.ts; Storybook has
 * .storybook/vite.config.ts). Two builds, both minified ES modules:
 *
 * - `vite build`: `hero-elements.js`, every element in one self-contained file, and beside it
 *   `hero-elements.cy.js`, the Welsh tables, which it loads (dynamic `import()`, relative to itself)
 *   only when an element speaks Welsh.
 * - `vite build --mode elements`: one module per element (`hero-provider.js`, `hero-slot-picker.js`,
 *   ...), the code two or more of them share in `hero-core.js`, the Welsh tables in `hero-cy.js`,
 *   and `hero-elements-loader.js`, which imports each element's module when its tag first appears.
 *
 * Vite's library mode, because an application build wraps every dynamic `import()` in Vite's
 * preload helper (modulepreload and CSS of a chunk's dependencies), about 0.4 kB that no page here
 * needs; `output.minify` because library mode otherwise keeps the whitespace of ES output.
 *
 * The HTML and CSS inside Lit's `html` and `css` literals are minified by the Lit team's plugin
 * (HTML whitespace collapsed conservatively, to one space, so nothing renders differently).
 */
import minifyHTMLLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/** One module per element, named after its tag, and the loader. */
const ELEMENT_ENTRIES = {
  'hero-provider': 'src/components/provider/hero-provider.ts',
  'hero-slot-picker': 'src/components/slot-picker/hero-slot-picker.ts',
  'hero-patient-lookup': 'src/components/patient-lookup/hero-patient-lookup.ts',
  'hero-form-renderer': 'src/components/form-renderer/hero-form-renderer.ts',
  'hero-message-composer': 'src/components/message-composer/hero-message-composer.ts',
  'hero-message-history': 'src/components/message-history/hero-message-history.ts',
  'hero-appointments': 'src/components/appointments/hero-appointments.ts',
  'hero-elements-loader': 'src/cdn/hero-elements-loader.ts',
};

export default defineConfig(({ mode }) => {
  const perElement = mode === 'elements';
  return {
    plugins: [
      minifyHTMLLiterals({
        include: ['src/**/*.ts'],
        failOnError: true,
        options: { minifyOptions: { conservativeCollapse: true } },
      }),
    ],
    // The all-in-one file defines every element, so what others load on demand is already there
    // (src/components/lazy-elements.ts explains); a dynamic import would split the file in two.
    resolve: perElement
      ? {}
      : {
          alias: [
            { find: /^\.\.\/lazy-elements\.js$/, replacement: fileURLToPath(new URL('./src/cdn/lazy-elements.ts', import.meta.url)) },
          ],
        },
    // Never ship public/ (it holds MSW's mock service worker) in a library build.
    publicDir: false,
    build: {
      outDir: 'dist/cdn',
      // The per-element build writes beside the all-in-one file, which `vite build` has just made.
      emptyOutDir: !perElement,
      copyPublicDir: false,
      target: 'es2022',
      minify: true,
      // Shipped beside each file, so browsers' developer tools show the TypeScript sources.
      sourcemap: true,
      reportCompressedSize: false,
      lib: {
        entry: perElement ? ELEMENT_ENTRIES : { 'hero-elements': 'src/cdn/hero-elements.ts' },
        formats: ['es'],
      },
      rolldownOptions: {
        output: {
          minify: true,
          entryFileNames: '[name].js',
          // The only dynamic imports besides the loader's are language modules (src/locales/<lang>.ts).
          chunkFileNames: perElement ? 'hero-[name].js' : 'hero-elements.[name].js',
          // Everything two or more element modules import goes into one chunk, hero-core.js.
          ...(perElement ? { codeSplitting: { groups: [{ name: 'core', minShareCount: 2, tags: ['$initial' as const] }] } } : {}),
        },
      },
    },
  };
});
