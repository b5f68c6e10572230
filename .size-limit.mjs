// Size budgets (size-limit, run by `npm test` after the build). min+gzip, kB = 1000 bytes, each set
// just above the size when it was last changed: a change that grows a file fails here until its
// budget is raised on purpose. `npm run bench` prints the full table (min, gzip, brotli, each
// element's share of the all-in-one file).
//   cdn:  each script-tag file in dist/cdn/ as served (Welsh only for lang="cy");
//   page: what a page loads through the loader for one element (loader, core, element module);
//   npm:  each package entry as an app's bundler ships it: bundled with its dependencies, minified,
//         language tables left out (loaded on demand), React left out of hero-elements/react.
import { bundleOptions } from './scripts/bundle-options.mjs';

const ELEMENTS = ['provider', 'slot-picker', 'patient-lookup', 'form-renderer', 'message-composer', 'message-history'];

const cdn = (file, limit) => ({ name: `cdn: ${file}`, path: [`dist/cdn/${file}`], limit, gzip: true, disablePlugins: ['@size-limit/esbuild'] });
const page = (element, limit) => ({
  name: `page: <hero-${element}> through the loader`,
  path: ['hero-elements-loader.js', 'hero-core.js', `hero-${element}.js`].map((f) => `dist/cdn/${f}`),
  limit,
  gzip: true,
  disablePlugins: ['@size-limit/esbuild'],
});
const npm = (entry, path, limit, { platform = 'browser', ignore = [] } = {}) => ({
  name: `npm: ${entry}`,
  path,
  limit,
  gzip: true,
  ignore,
  modifyEsbuildConfig: (config) => ({ ...config, ...bundleOptions(platform) }),
});

export default [
  cdn('hero-elements.js', '67.7 kB'),
  cdn('hero-elements.cy.js', '8.9 kB'),
  cdn('hero-elements-loader.js', '0.7 kB'),
  cdn('hero-core.js', '22.8 kB'),
  cdn('hero-cy.js', '8.9 kB'),
  cdn('hero-provider.js', '0.9 kB'),
  cdn('hero-slot-picker.js', '10.9 kB'),
  cdn('hero-patient-lookup.js', '7.2 kB'),
  cdn('hero-form-renderer.js', '9.7 kB'),
  cdn('hero-message-composer.js', '15.0 kB'),
  cdn('hero-message-history.js', '8.7 kB'),
  page('slot-picker', '34.3 kB'),
  page('patient-lookup', '30.6 kB'),
  page('form-renderer', '33.0 kB'),
  page('message-composer', '38.4 kB'),
  page('message-history', '32.0 kB'),
  {
    name: 'page: all six tags through the loader',
    path: ['hero-elements-loader.js', 'hero-core.js', ...ELEMENTS.map((e) => `hero-${e}.js`)].map((f) => `dist/cdn/${f}`),
    limit: '75.5 kB',
    gzip: true,
    disablePlugins: ['@size-limit/esbuild'],
  },
  npm('hero-elements', 'dist/index.js', '72.0 kB'),
  npm('hero-elements/provider', 'dist/components/provider/hero-provider.js', '16.2 kB'),
  npm('hero-elements/slot-picker', 'dist/components/slot-picker/hero-slot-picker.js', '31.1 kB'),
  npm('hero-elements/patient-lookup', 'dist/components/patient-lookup/hero-patient-lookup.js', '27.5 kB'),
  npm('hero-elements/form-renderer', 'dist/components/form-renderer/hero-form-renderer.js', '29.7 kB'),
  npm('hero-elements/message-composer', 'dist/components/message-composer/hero-message-composer.js', '36.4 kB'),
  npm('hero-elements/message-history', 'dist/components/message-history/hero-message-history.js', '29.4 kB'),
  npm('hero-elements/react', 'dist/react/index.js', '72.7 kB', { ignore: ['react'] }),
  npm('hero-elements/server', 'dist/server/index.js', '14.8 kB', { platform: 'node' }),
  npm('hero-elements/api', 'dist/api/index.js', '9.4 kB'),
];
