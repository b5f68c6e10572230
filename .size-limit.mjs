// Size budgets (size-limit, run by `npm test` after the build). min+gzip, kB = 1000 bytes, each set
// just above the size when it was last changed: a change that grows a file fails here until its
// budget is raised on purpose. `npm run bench` prints the full table (min, gzip, brotli, each
// element's share of the all-in-one file).
//   cdn:  each script-tag file in dist/cdn/ as served (Welsh only for lang="cy");
//   page: what a page loads through the loader for one element (loader, core, element module);
//   npm:  each package entry as an app's bundler ships it: bundled with its dependencies, minified,
//         language tables left out (loaded on demand), React left out of hero-elements/react.
import { bundleOptions } from './scripts/bundle-options.mjs';

const ELEMENTS = ['provider', 'slot-picker', 'patient-lookup', 'form-renderer', 'message-composer', 'message-history', 'appointments'];

const cdn = (file, limit) => ({
  name: `cdn: ${file}`,
  path: [`dist/cdn/${file}`],
  limit,
  gzip: true,
  disablePlugins: ['@size-limit/esbuild'],
});
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
  cdn('hero-elements.js', '98.5 kB'),
  cdn('hero-elements.cy.js', '13.5 kB'),
  cdn('hero-elements-loader.js', '0.7 kB'),
  cdn('hero-core.js', '29.3 kB'),
  cdn('hero-cy.js', '13.5 kB'),
  cdn('hero-provider.js', '0.9 kB'),
  cdn('hero-slot-picker.js', '20.8 kB'),
  cdn('hero-patient-lookup.js', '8.1 kB'),
  cdn('hero-form-renderer.js', '10.4 kB'),
  cdn('hero-message-composer.js', '25.3 kB'),
  cdn('hero-message-history.js', '5.1 kB'),
  cdn('hero-appointments.js', '7.4 kB'),
  page('slot-picker', '50.6 kB'),
  page('patient-lookup', '38.0 kB'),
  page('form-renderer', '40.3 kB'),
  page('message-composer', '55.2 kB'),
  page('message-history', '35.0 kB'),
  page('appointments', '37.2 kB'),
  {
    name: 'page: all seven tags through the loader',
    path: ['hero-elements-loader.js', 'hero-core.js', ...ELEMENTS.map((e) => `hero-${e}.js`)].map((f) => `dist/cdn/${f}`),
    limit: '107.6 kB',
    gzip: true,
    disablePlugins: ['@size-limit/esbuild'],
  },
  npm('hero-elements', 'dist/index.js', '105.5 kB'),
  npm('hero-elements/provider', 'dist/components/provider/hero-provider.js', '16.2 kB'),
  npm('hero-elements/slot-picker', 'dist/components/slot-picker/hero-slot-picker.js', '58.9 kB'),
  npm('hero-elements/patient-lookup', 'dist/components/patient-lookup/hero-patient-lookup.js', '31.5 kB'),
  npm('hero-elements/form-renderer', 'dist/components/form-renderer/hero-form-renderer.js', '34.2 kB'),
  npm('hero-elements/message-composer', 'dist/components/message-composer/hero-message-composer.js', '53.2 kB'),
  npm('hero-elements/message-history', 'dist/components/message-history/hero-message-history.js', '29.4 kB'),
  npm('hero-elements/appointments', 'dist/components/appointments/hero-appointments.js', '65.5 kB'),
  npm('hero-elements/react', 'dist/react/index.js', '106.4 kB', { ignore: ['react'] }),
  npm('hero-elements/server', 'dist/server/index.js', '15.0 kB', { platform: 'node' }),
  npm('hero-elements/api', 'dist/api/index.js', '9.5 kB'),
];
