/**
 * What an integrator installs: runs after `npm run build` (as `npm test` does) and checks the
 * package's entry points and the script-tag bundle as files on disk.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { promisify } from 'node:util';

const run = promisify(execFile);

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  name: string;
  type: string;
  exports: Record<string, string | { types: string; default: string }>;
};
const cdn = 'dist/cdn/hero-elements.js';
/** Every element's tag, as the manifest lists them. */
const TAGS = (JSON.parse(readFileSync('custom-elements.json', 'utf8')) as { modules: { declarations?: { tagName?: string }[] }[] }).modules
  .flatMap((m) => m.declarations ?? [])
  .flatMap((d) => (d.tagName ? [d.tagName] : []));
/** What `npm run build` puts in dist/cdn/ (besides maps and integrity.json). */
const CDN_FILES = [
  'hero-elements.js',
  'hero-elements.cy.js',
  'hero-elements-loader.js',
  'hero-core.js',
  'hero-cy.js',
  ...TAGS.map((t) => `${t}.js`),
];

describe('the hero-elements package', () => {
  it('is an ES module package named hero-elements with the documented entry points', () => {
    assert.equal(pkg.name, 'hero-elements');
    assert.equal(pkg.type, 'module');
    for (const subpath of [
      '.',
      './slot-picker',
      './patient-lookup',
      './form-renderer',
      './message-composer',
      './message-history',
      './appointments',
      './react',
      './server',
      './themes/*.css',
      './custom-elements.json',
    ]) {
      assert.ok(subpath in pkg.exports, `exports ${subpath}`);
    }
  });

  it('has typings beside every entry point that is built', () => {
    const built = Object.values(pkg.exports).filter(
      (t): t is { types: string; default: string } => typeof t === 'object' && existsSync(t.default),
    );
    assert.ok(built.length >= 3, 'at least the root, provider, server and api entries are built');
    for (const target of built) assert.ok(existsSync(target.types), `${target.types} exists`);
  });

  it('registers <hero-provider> from the root entry and the provider entry', () => {
    for (const file of ['dist/index.js', 'dist/components/provider/hero-provider.js']) {
      const source = readFileSync(file, 'utf8');
      assert.ok(/hero-provider/.test(source) || /provider\/hero-provider\.js/.test(source), file);
    }
  });

  it('loads the server entry under Node by its package name', async () => {
    // Resolved through package.json "exports", as an integrator's import is (typed loosely: dist/ may not exist at type-check time).
    const specifier: string = 'hero-elements/server';
    const server = (await import(specifier)) as Record<string, unknown>;
    assert.equal(typeof server.createAccessToken, 'function');
    assert.equal(typeof server.createTokenHandler, 'function');
    assert.equal(typeof server.toNodeHandler, 'function');
  });

  it('ships the four themes, and only the CSS (no story)', () => {
    assert.deepEqual(readdirSync('dist/themes').sort(), ['dark.css', 'default.css', 'high-contrast.css', 'nhs.css']);
    for (const theme of ['default', 'dark', 'nhs', 'high-contrast']) {
      const css = readFileSync(`dist/themes/${theme}.css`, 'utf8');
      assert.ok(css.includes(`.hero-theme-${theme}`), `${theme}: class scope`);
      for (const token of ['--hero-color-primary', '--hero-font-family', '--hero-space-m', '--hero-radius-m', '--hero-focus-ring-color']) {
        assert.ok(css.includes(token), `${theme}: ${token}`);
      }
    }
  });

  it('builds the all-in-one script tag as one self-contained, minified file that registers every element, with Welsh beside it', () => {
    const source = readFileSync(cdn, 'utf8');
    // Self-contained: no static import statement, and no dynamic import() but the Welsh tables'.
    assert.doesNotMatch(source, /(^|[;}])\s*import\s*[{*"'\w]/m, 'no static imports: self-contained');
    assert.deepEqual(
      source.match(/\bimport\s*\(\s*["'`][^"'`]*["'`]/g),
      ['import(`./hero-elements.cy.js`'],
      'only the Welsh tables, loaded on demand',
    );
    assert.doesNotMatch(source, /vite:preloadError|__vitePreload|__vite__mapDeps/, 'no preload helper');
    assert.match(source, /["'`]hero-provider["'`]/, 'registers <hero-provider>');
    // Minified: names mangled and comments gone, and the CSS and HTML of Lit's literals too.
    assert.ok(!source.includes('resolveTokenSource') && !source.includes('/**'), 'minified');
    assert.doesNotMatch(source, /\n {2,}/, 'no indented lines left in any template literal');
    // The Welsh file is the tables and nothing else: no Lit, no other imports.
    const welsh = readFileSync('dist/cdn/hero-elements.cy.js', 'utf8');
    assert.match(welsh, /Rhif GIG/);
    assert.doesNotMatch(welsh, /\bimport\b|lit-html|customElements/);
  });

  it('builds one module per element, a shared core, the Welsh tables and the loader beside the all-in-one file, each with its source map', () => {
    const js = readdirSync('dist/cdn')
      .filter((f) => f.endsWith('.js'))
      .sort();
    assert.deepEqual(js, [...CDN_FILES].sort());
    for (const file of js) {
      const source = readFileSync(`dist/cdn/${file}`, 'utf8');
      assert.ok(
        source.endsWith(`//# sourceMappingURL=${file}.map`) || source.endsWith(`//# sourceMappingURL=${file}.map\n`),
        `${file} names its map`,
      );
      assert.ok(existsSync(`dist/cdn/${file}.map`), `${file}.map is built`);
      assert.doesNotMatch(source, /vite:preloadError|__vitePreload|__vite__mapDeps/, `${file}: no preload helper`);
      assert.doesNotMatch(
        source,
        /process\.env|import\.meta\.env|Lit is in dev mode/,
        `${file}: production Lit, nothing left for a bundler to replace`,
      );
    }
    for (const tag of TAGS) {
      const source = readFileSync(`dist/cdn/${tag}.js`, 'utf8');
      // Statically, an element module imports the core and nothing else.
      const head = /^(?:import[^;]*;)*/.exec(source)?.[0] ?? '';
      const imports = [...head.matchAll(/["'`]([^"'`]+)["'`];/g)].map((m) => m[1]);
      assert.deepEqual([...new Set(imports)], ['./hero-core.js'], `${tag}.js imports only the core`);
      assert.match(source, new RegExp(`customElements\\.define\\(\\s*["'\`]${tag}["'\`]`), `${tag}.js defines <${tag}>`);
      for (const other of TAGS.filter((t) => t !== tag)) {
        assert.doesNotMatch(source, new RegExp(`define\\(\\s*["'\`]${other}["'\`]`), `${tag}.js does not define <${other}>`);
      }
    }
    const core = readFileSync('dist/cdn/hero-core.js', 'utf8');
    assert.doesNotMatch(core, /customElements\.define\(/, 'the core defines no element');
    assert.deepEqual(
      core.match(/\bimport\s*\(\s*["'`][^"'`]*["'`]/g),
      ['import(`./hero-cy.js`', 'import(`./hero-form-renderer.js`', 'import(`./hero-slot-picker.js`'],
      'the core loads only the Welsh tables and the elements others show on demand (src/components/lazy-elements.ts)',
    );
    const loader = readFileSync('dist/cdn/hero-elements-loader.js', 'utf8');
    assert.doesNotMatch(loader, /(^|[;}])\s*import\s*[{*"'\w]/m, 'the loader imports nothing up front');
    assert.deepEqual(
      [...loader.matchAll(/\bimport\s*\(\s*["'`]\.\/([^"'`]+)\.js["'`]/g)].map((m) => m[1]).sort(),
      [...TAGS].sort(),
      'the loader can import every element module, and nothing else',
    );
  });

  it('lists a Subresource Integrity hash for every script-tag file and theme', () => {
    const { integrity } = JSON.parse(readFileSync('dist/cdn/integrity.json', 'utf8')) as { integrity: Record<string, string> };
    assert.deepEqual(
      Object.keys(integrity).sort(),
      [...CDN_FILES.map((f) => `cdn/${f}`), ...['dark', 'default', 'high-contrast', 'nhs'].map((t) => `themes/${t}.css`)].sort(),
    );
    for (const [file, hash] of Object.entries(integrity)) {
      const expected = `sha384-${createHash('sha384')
        .update(readFileSync(`dist/${file}`))
        .digest('base64')}`;
      assert.equal(hash, expected, file);
    }
  });

  it('describes the shipped files in custom-elements.json: every module path and reference is a built file under dist/', () => {
    const manifestText = readFileSync('custom-elements.json', 'utf8');
    const paths = new Set([...manifestText.matchAll(/"(?:path|module)": "([^"]+)"/g)].map((m) => m[1] as string));
    assert.ok(paths.size >= 10, 'read the module paths');
    for (const path of paths) {
      assert.match(path, /^dist\/.+\.js$/, `${path} is a shipped file`);
      assert.ok(existsSync(path), `${path} is built`);
    }
  });

  it('marks the React entry a client module (first statement: "use client"), so Server Components can import it', () => {
    assert.match(readFileSync('dist/react/index.js', 'utf8'), /^'use client';\n/);
  });

  it('ships editor data for every element: VS Code HTML and CSS custom data, JetBrains web-types (package.json "web-types")', () => {
    const webTypesField = (pkg as unknown as { 'web-types': string })['web-types'];
    assert.equal(webTypesField, './dist/editors/web-types.json');
    const webTypes = JSON.parse(readFileSync(webTypesField, 'utf8')) as {
      name: string;
      contributions: { html: { elements: { name: string; attributes: { name: string }[] }[] }; css: { properties: { name: string }[] } };
    };
    assert.equal(webTypes.name, 'hero-elements');
    const html = JSON.parse(readFileSync('dist/editors/vscode.html-custom-data.json', 'utf8')) as {
      tags: { name: string; attributes: { name: string }[] }[];
    };
    const css = JSON.parse(readFileSync('dist/editors/vscode.css-custom-data.json', 'utf8')) as { properties: { name: string }[] };
    for (const tag of TAGS) {
      for (const [source, tags] of [
        ['web-types', webTypes.contributions.html.elements],
        ['VS Code', html.tags],
      ] as const) {
        const element = tags.find((t) => t.name === tag);
        assert.ok(element, `${source}: <${tag}>`);
        if (tag !== 'hero-provider')
          assert.ok(
            element.attributes.some((a) => a.name === 'tenant-id'),
            `${source}: <${tag} tenant-id>`,
          );
      }
    }
    assert.ok(
      html.tags.find((t) => t.name === 'hero-slot-picker')?.attributes.some((a) => a.name === 'days'),
      'VS Code: <hero-slot-picker days>',
    );
    assert.ok(
      css.properties.some((p) => p.name === '--hero-slot-picker-accent'),
      'VS Code CSS: --hero-slot-picker-accent',
    );
    assert.ok(
      webTypes.contributions.css.properties.some((p) => p.name === '--hero-color-primary'),
      'web-types CSS: --hero-color-primary',
    );
  });

  it('ships JSX intrinsic-element types for React, Preact and Solid (types-only entries)', () => {
    const types = readFileSync('dist/jsx/custom-elements.d.ts', 'utf8');
    for (const tag of TAGS) assert.match(types, new RegExp(`"${tag}": Partial<`), `<${tag}> typed`);
    assert.doesNotMatch(types, /^declare (module|global)/m, 'the shared types augment nothing by themselves');
    for (const [entry, module] of [
      ['./jsx-react', 'react'],
      ['./jsx-preact', 'preact'],
      ['./jsx-solid', 'solid-js/jsx-runtime'],
    ] as const) {
      const target = pkg.exports[entry] as { types: string };
      assert.match(readFileSync(target.types, 'utf8'), new RegExp(`declare module '${module}'`), `${entry} augments ${module}`);
    }
  });

  it('types <hero-*> tags in Preact and Solid JSX (tsc over test/fixtures/jsx, with an expect-error on a misused prop)', async () => {
    // React's are proved in the React fixture app (test/e2e/packed.test.ts), against the packed package.
    await Promise.all(
      ['preact', 'solid'].map((lib) =>
        run(process.execPath, ['node_modules/typescript/bin/tsc', '-p', `test/fixtures/jsx/tsconfig.${lib}.json`]).catch(
          (error: { stdout?: string }) => assert.fail(`tsc for ${lib}:\n${error.stdout ?? String(error)}`),
        ),
      ),
    );
  });

  it('imports, in every shipped module and declaration file, only its own dependencies and peer dependencies (and Node built-ins)', () => {
    const { dependencies = {}, peerDependencies = {} } = JSON.parse(readFileSync('package.json', 'utf8')) as Record<
      string,
      Record<string, string>
    >;
    const allowed = new Set([pkg.name, ...Object.keys(dependencies), ...Object.keys(peerDependencies)]);
    const packageOf = (specifier: string) =>
      (specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]) as string;
    const strays: string[] = [];
    for (const file of readdirSync('dist', { recursive: true, encoding: 'utf8' })) {
      if (file.startsWith('cdn/') || !/\.(js|d\.ts)$/.test(file)) continue;
      // Code only: JSDoc examples may show imports.
      const source = readFileSync(`dist/${file}`, 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/^\s*\/\/.*$/gm, '');
      for (const [, fromClause, dynamic] of source.matchAll(
        /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm,
      )) {
        const specifier = fromClause ?? dynamic;
        if (!specifier || specifier.startsWith('.') || specifier.startsWith('node:')) continue;
        if (!allowed.has(packageOf(specifier))) strays.push(`dist/${file} imports ${specifier}`);
      }
    }
    assert.deepEqual(strays, []);
  });

  it('never ships the mock API or its service worker', () => {
    const cdnSource = readFileSync(cdn, 'utf8');
    for (const marker of ['mockServiceWorker', 'msw', 'hero-mock-api-key', 'api.hero-mock.test']) {
      assert.ok(!cdnSource.includes(marker), `script-tag bundle has no ${marker}`);
    }
    assert.ok(!existsSync('dist/mockServiceWorker.js') && !existsSync('dist/cdn/mockServiceWorker.js'));
    assert.ok(!existsSync('dist/api/mock'), 'npm build leaves the mock out');
  });

  it('keeps the committed MSW worker at the installed MSW version', () => {
    const worker = readFileSync('public/mockServiceWorker.js', 'utf8');
    const msw = JSON.parse(readFileSync('node_modules/msw/package.json', 'utf8')) as { version: string };
    assert.ok(worker.includes(`const PACKAGE_VERSION = '${msw.version}'`), 'run `npx msw init public` after upgrading msw');
  });
});
