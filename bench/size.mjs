// Size report: min, min+gzip and min+brotli of every script-tag file in dist/cdn/, of what a page
// loads through the loader (per element, and for all of them), and of every package entry point
// (bundled with its dependencies, minified, as an app's bundler would ship it). Run after
// `npm run build` (`npm run bench` does both). Reports numbers; never fails on them (the budgets
// in .size-limit.mjs do, in `npm test`).
import { build } from 'esbuild';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { bundleOptions, languagesApart } from '../scripts/bundle-options.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

const measure = (bytes) => ({
  min: bytes.length,
  gzip: gzipSync(bytes, { level: 9 }).length,
  brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});

/**
 * An element's own share: its entry bundled with Lit, @lit/* and the kit's shared layers
 * (dist/internal, dist/api) left out, i.e. what it adds on top of what every element shares.
 */
const shared = {
  name: 'leave-out-shared',
  setup(b) {
    b.onResolve({ filter: /.*/ }, (args) => {
      if (args.kind === 'entry-point') return undefined;
      if (/^(lit|@lit\/)/.test(args.path)) return { path: args.path, external: true };
      if (/\/(internal|api)\//.test(args.path) || /^\.\.?\/(\.\.\/)*(internal|api)\//.test(args.path))
        return { path: args.path, external: true };
      return undefined;
    });
  },
};

async function bundle(entry, platform, plugins = []) {
  const options = bundleOptions(platform);
  const result = await build({
    ...options,
    plugins: [...options.plugins, ...plugins],
    entryPoints: [entry],
    bundle: true,
    minify: true,
    write: false,
  });
  return result.outputFiles[0].contents;
}

/** min+gzip of a bundle registering <hero-provider> and the given element entries (files under dist/). */
async function bundleOf(files) {
  const contents = ['./dist/components/provider/hero-provider.js', ...files]
    .map((f) => `import ${JSON.stringify(f.startsWith('.') ? f : `./${f}`)};`)
    .join('\n');
  const result = await build({
    plugins: [languagesApart],
    stdin: { contents, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    legalComments: 'none',
  });
  return gzipSync(result.outputFiles[0].contents, { level: 9 }).length;
}

const rows = [];
const cdn = 'dist/cdn/hero-elements.js';
if (!existsSync(cdn)) {
  console.error('Run `npm run build` first (or `npm run bench`, which builds).');
  process.exit(1);
}
const cdnFile = (file) => readFileSync(`dist/cdn/${file}`);
/** The sizes of several files a page loads, each compressed on its own (as each is served), summed. */
const sumOf = (files) =>
  files.map((f) => measure(cdnFile(f))).reduce((a, b) => ({ min: a.min + b.min, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli }));

rows.push({ name: 'script tag, all-in-one: hero-elements.js', ...measure(cdnFile('hero-elements.js')) });
rows.push({ name: '  + hero-elements.cy.js (only for lang="cy")', ...measure(cdnFile('hero-elements.cy.js')) });
const modules = readdirSync('dist/cdn')
  .filter((f) => /^hero-.*\.js$/.test(f) && !f.startsWith('hero-elements'))
  .sort();
const elementModules = modules.filter((f) => !['hero-core.js', 'hero-cy.js'].includes(f));
for (const file of ['hero-elements-loader.js', 'hero-core.js', 'hero-cy.js', ...elementModules]) {
  rows.push({ name: `script tag, loader: ${file}`, ...measure(cdnFile(file)) });
}
for (const file of elementModules) {
  rows.push({
    name: `page with <${file.slice(0, -3)}> via the loader (+ loader, core)`,
    ...sumOf(['hero-elements-loader.js', 'hero-core.js', file]),
  });
}
rows.push({ name: 'page with all five tags via the loader', ...sumOf(['hero-elements-loader.js', 'hero-core.js', ...elementModules]) });

for (const [subpath, target] of Object.entries(pkg.exports)) {
  const file = typeof target === 'string' ? target : target.default;
  // Types-only entries (./vue) have no file to measure.
  if (!file?.endsWith('.js')) continue;
  const name = subpath === '.' ? pkg.name : `${pkg.name}/${subpath.slice(2)}`;
  if (!existsSync(file)) {
    rows.push({ name: `${name} (not built yet)` });
    continue;
  }
  const platform = subpath === './server' ? 'node' : 'browser';
  const own = file.includes('/components/') ? measure(await bundle(file, platform, [shared])).gzip : undefined;
  rows.push({ name, file, ...measure(await bundle(file, platform)), own });
}

// An element's share of the script-tag bundle: how much smaller (min+gzip) the all-elements bundle is without it.
const elementFiles = rows.filter((r) => r.own !== undefined && !r.file.includes('/provider/')).map((r) => r.file);
const everything = await bundleOf(elementFiles);
for (const r of rows) {
  if (elementFiles.includes(r.file)) r.share = everything - (await bundleOf(elementFiles.filter((f) => f !== r.file)));
}

const kB = (n) => (n === undefined ? '-' : (n / 1000).toFixed(1));
const width = Math.max(...rows.map((r) => r.name.length));
console.log(`\nBundle sizes (kB = 1000 bytes; entry points bundled with their dependencies)\n`);
const cols = ['min', 'gzip', 'brotli', 'own gzip', 'in bundle'];
console.log(`${'entry'.padEnd(width)} | ${cols.map((c) => c.padStart(8)).join(' | ')}`);
console.log(`${'-'.repeat(width)}-|-${cols.map(() => '-'.repeat(8)).join('-|-')}`);
for (const r of rows) {
  console.log(`${r.name.padEnd(width)} | ${[r.min, r.gzip, r.brotli, r.own, r.share].map((n) => kB(n).padStart(8)).join(' | ')}`);
}
console.log(`
own gzip:  an element entry alone, minified and gzipped, with Lit, @lit/* and everything in src/api and
           src/internal left out (including shared domain rules such as london-time or sms).
in bundle: how much the script-tag bundle of all elements grows (min+gzip) because of that element:
           its code plus the src/internal modules only it uses, with gzip's context shared.`);
