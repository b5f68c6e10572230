// Size report: min, min+gzip and min+brotli of the script-tag bundle and of every package entry
// point (bundled with its dependencies, minified, as an app's bundler would ship it). Run after
// `npm run build` (`npm run bench` does both). Reports numbers; never fails on them.
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

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
      if (/\/(internal|api)\//.test(args.path) || /^\.\.?\/(\.\.\/)*(internal|api)\//.test(args.path)) return { path: args.path, external: true };
      return undefined;
    });
  },
};

/**
 * Language tables (src/locales, e.g. Welsh) are loaded with `import()` only when an element speaks
 * that language: a separate chunk in any app's bundler, and `hero-elements.<lang>.js` beside the
 * script tag. Left out here, and measured on their own below.
 */
const languagesApart = {
  name: 'languages-apart',
  setup(b) {
    b.onResolve({ filter: /\/locales\// }, (args) => (args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined));
  },
};

async function bundle(entry, platform, plugins = []) {
  const result = await build({
    plugins: [languagesApart, ...plugins],
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    platform,
    target: 'es2022',
    write: false,
    legalComments: 'none',
  });
  return result.outputFiles[0].contents;
}

/** min+gzip of a bundle registering <hero-provider> and the given element entries (files under dist/). */
async function bundleOf(files) {
  const contents = ['./dist/components/provider/hero-provider.js', ...files].map((f) => `import ${JSON.stringify(f.startsWith('.') ? f : `./${f}`)};`).join('\n');
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
rows.push({ name: 'script tag: dist/cdn/hero-elements.js', ...measure(readFileSync(cdn)) });
for (const lang of ['cy']) {
  const file = `dist/cdn/hero-elements.${lang}.js`;
  if (existsSync(file)) rows.push({ name: `  + ${file} (loaded for lang="${lang}")`, ...measure(readFileSync(file)) });
}

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
