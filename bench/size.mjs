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

async function bundle(entry, platform) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    platform,
    target: 'es2021',
    write: false,
    legalComments: 'none',
  });
  return result.outputFiles[0].contents;
}

const rows = [];
const cdn = 'dist/cdn/hero-elements.js';
if (!existsSync(cdn)) {
  console.error('Run `npm run build` first (or `npm run bench`, which builds).');
  process.exit(1);
}
rows.push({ name: 'script tag: dist/cdn/hero-elements.js', ...measure(readFileSync(cdn)) });

for (const [subpath, target] of Object.entries(pkg.exports)) {
  const file = typeof target === 'string' ? target : target.default;
  if (!file.endsWith('.js')) continue;
  const name = subpath === '.' ? pkg.name : `${pkg.name}/${subpath.slice(2)}`;
  if (!existsSync(file)) {
    rows.push({ name: `${name} (not built yet)` });
    continue;
  }
  rows.push({ name, ...measure(await bundle(file, subpath === './server' ? 'node' : 'browser')) });
}

const kB = (n) => (n === undefined ? '-' : (n / 1000).toFixed(1));
const width = Math.max(...rows.map((r) => r.name.length));
console.log(`\nBundle sizes (kB = 1000 bytes; entry points bundled with their dependencies)\n`);
console.log(`${'entry'.padEnd(width)} | ${'min'.padStart(6)} | ${'gzip'.padStart(6)} | ${'brotli'.padStart(6)}`);
console.log(`${'-'.repeat(width)}-|-${'-'.repeat(6)}-|-${'-'.repeat(6)}-|-${'-'.repeat(6)}`);
for (const r of rows) {
  console.log(`${r.name.padEnd(width)} | ${kB(r.min).padStart(6)} | ${kB(r.gzip).padStart(6)} | ${kB(r.brotli).padStart(6)}`);
}
