// Size budgets (size-limit, run by `npm test` after the build). min+gzip, kB = 1000 bytes, each set
// just above the size when it was last changed: a change that grows a file fails here until its
// budget is raised on purpose. `npm run bench` prints the full table (min, gzip, brotli, each
// element's share of the all-in-one file).
//   cdn:  each script-tag file in dist/cdn/ as served (Welsh only for lang="cy");
//   page: what a page loads through the loader for one element (loader, core, element module);
//   npm:  each package entry as an app's bundler ships it: bundled with its dependencies, minified,
//         language tables left out (loaded on demand), React left out of hero-elements/react.
import { bundleOptions } from './scripts/bundle-options.mjs';

const ELEMENTS = ['provider', 'slot-picker', 'patient-lookup', 'form-renderer', 'message-composer'];

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
  cdn('hero-elements.js', '59.5 kB'),
  cdn('hero-elements.cy.js', '7.8 kB'),
  cdn('hero-elements-loader.js', '0.7 kB'),
  cdn('hero-core.js', '22.1 kB'),
  cdn('hero-cy.js', '7.8 kB'),
  cdn('hero-provider.js', '0.9 kB'),
  cdn('hero-slot-picker.js', '10.9 kB'),
  cdn('hero-patient-lookup.js', '7.2 kB'),
  cdn('hero-form-renderer.js', '9.5 kB'),
  cdn('hero-message-composer.js', '15.6 kB'),
  page('slot-picker', '33.3 kB'),
  page('patient-lookup', '29.6 kB'),
  page('form-renderer', '32.3 kB'),
  page('message-composer', '38.0 kB'),
  {
    name: 'page: all five tags through the loader',
    path: ['hero-elements-loader.js', 'hero-core.js', ...ELEMENTS.map((e) => `hero-${e}.js`)].map((f) => `dist/cdn/${f}`),
    limit: '66.4 kB',
    gzip: true,
    disablePlugins: ['@size-limit/esbuild'],
  },
  npm('hero-elements', 'dist/index.js', '70.6 kB'),
  npm('hero-elements/provider', 'dist/components/provider/hero-provider.js', '24.2 kB'),
  npm('hero-elements/slot-picker', 'dist/components/slot-picker/hero-slot-picker.js', '38.9 kB'),
  npm('hero-elements/patient-lookup', 'dist/components/patient-lookup/hero-patient-lookup.js', '35.2 kB'),
  npm('hero-elements/form-renderer', 'dist/components/form-renderer/hero-form-renderer.js', '37.4 kB'),
  npm('hero-elements/message-composer', 'dist/components/message-composer/hero-message-composer.js', '43.7 kB'),
  npm('hero-elements/react', 'dist/react/index.js', '71.9 kB', { ignore: ['react'] }),
  npm('hero-elements/server', 'dist/server/index.js', '14.7 kB', { platform: 'node' }),
  npm('hero-elements/api', 'dist/api/index.js', '9.3 kB'),
];
