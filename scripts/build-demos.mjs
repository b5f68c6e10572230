// Builds the framework demos (demo/react, demo/vue, demo/angular) with Vite into dist-demos/<name>:
//   react19  demo/react with the repo's React 19
//   react18  the same source with React 18 only (demo/react/react18, `npm ci` there when missing)
//   vue      demo/vue (SFC, @vitejs/plugin-vue)
//   angular  demo/angular (standalone, zoneless, JIT)
// Each app imports the BUILT package by its name, `hero-elements` (run `npm run build` first): the
// plugin below resolves `hero-elements` and `hero-elements/<entry>` through package.json "exports"
// to dist/, as a bundler would in an integrator's app. `node scripts/build-demos.mjs vue` builds one.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import vue from '@vitejs/plugin-vue';
import { build } from 'vite';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const react18 = join(root, 'demo/react/react18');

/** Resolves `hero-elements[/entry]` to the built file its package.json export names. */
function heroElementsPackage() {
  return {
    name: 'hero-elements-package',
    enforce: 'pre',
    resolveId(id) {
      const match = /^hero-elements(\/.+)?$/.exec(id);
      if (!match) return null;
      const target = pkg.exports[`.${match[1] ?? ''}`];
      const file = typeof target === 'string' ? target : target?.default;
      if (!file) throw new Error(`hero-elements has no runtime export "${id}"`);
      const path = join(root, file);
      if (!existsSync(path)) throw new Error(`${file} is missing: run \`npm run build\` before building the demos.`);
      return path;
    },
  };
}

/** React 18 in demo/react/react18/node_modules, installed from its lockfile when missing. */
function ensureReact18() {
  if (existsSync(join(react18, 'node_modules/react-dom/package.json'))) return;
  console.log('Installing React 18 for the React 18 demo build (npm ci in demo/react/react18)…');
  execFileSync('npm', ['ci', '--prefix', react18, '--no-audit', '--no-fund', '--ignore-scripts'], { stdio: 'inherit' });
}

const APPS = {
  react19: { dir: 'demo/react' },
  react18: {
    dir: 'demo/react',
    prepare: ensureReact18,
    resolve: {
      // Every `react`, `react-dom` and subpath import (the app's and hero-elements/react's) gets React 18.
      alias: [{ find: /^(react|react-dom)(\/.*)?$/, replacement: `${react18}/node_modules/$1$2` }],
      dedupe: ['react', 'react-dom'],
    },
  },
  vue: {
    dir: 'demo/vue',
    plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('hero-') } } })],
  },
  angular: { dir: 'demo/angular' },
};

export async function buildDemo(name) {
  const app = APPS[name];
  if (!app) throw new Error(`unknown demo ${name}: one of ${Object.keys(APPS).join(', ')}`);
  app.prepare?.();
  await build({
    configFile: false,
    root: join(root, app.dir),
    base: './',
    logLevel: 'warn',
    publicDir: false,
    plugins: [heroElementsPackage(), ...(app.plugins ?? [])],
    resolve: app.resolve,
    oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
    build: {
      outDir: join(root, 'dist-demos', name),
      emptyOutDir: true,
      reportCompressedSize: false,
      chunkSizeWarningLimit: 4000,
    },
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const names = process.argv.slice(2);
  for (const name of names.length ? names : Object.keys(APPS)) {
    const started = Date.now();
    await buildDemo(name);
    console.log(`built dist-demos/${name} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
}
