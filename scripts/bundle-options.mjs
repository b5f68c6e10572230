// How the size bench (bench/size.mjs) and the size budgets (.size-limit.mjs) bundle a package
// entry, as an app's bundler would ship it: ES module, minified by the caller, ES2022 (the
// script-tag target), no legal comments, and the language tables left out.

/**
 * Language tables (src/locales, e.g. Welsh) are loaded with `import()` only when an element speaks
 * that language: a separate chunk in any app's bundler, and a file of its own beside the script
 * tag. Left out of an entry's size, and measured on their own.
 * @type {import('esbuild').Plugin}
 */
export const languagesApart = {
  name: 'languages-apart',
  setup(build) {
    // The languages are registered in src/locales/register.ts as `import('./cy.js')`: a dynamic
    // import of a sibling of the importing file, which is in a locales folder.
    build.onResolve({ filter: /.*/ }, (args) =>
      args.kind === 'dynamic-import' && /[\\/]locales[\\/]/.test(`${args.importer}`) ? { path: args.path, external: true } : undefined,
    );
  },
};

/** esbuild options for bundling an entry (`platform`: 'browser', or 'node' for hero-elements/server). */
export const bundleOptions = (platform = 'browser') => ({
  format: 'esm',
  platform,
  target: 'es2022',
  legalComments: 'none',
  plugins: [languagesApart],
});
