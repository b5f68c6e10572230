/**
 * What an integrator installs: runs after `npm run build` (as `npm test` does) and checks the
 * package's entry points and the script-tag bundle as files on disk.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  name: string;
  type: string;
  exports: Record<string, string | { types: string; default: string }>;
};
const cdn = 'dist/cdn/hero-elements.js';

describe('the hero-elements package', () => {
  it('is an ES module package named hero-elements with the documented entry points', () => {
    assert.equal(pkg.name, 'hero-elements');
    assert.equal(pkg.type, 'module');
    for (const subpath of ['.', './slot-picker', './patient-lookup', './form-renderer', './message-composer', './react', './server', './themes/*.css', './custom-elements.json']) {
      assert.ok(subpath in pkg.exports, `exports ${subpath}`);
    }
  });

  it('has typings beside every entry point that is built', () => {
    const built = Object.values(pkg.exports).filter((t): t is { types: string; default: string } => typeof t === 'object' && existsSync(t.default));
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

  it('builds the script-tag bundle as one self-contained, minified file that registers every element, with Welsh beside it', () => {
    const source = readFileSync(cdn, 'utf8');
    // Self-contained: no static import statement, and no dynamic import() but the Welsh tables'.
    assert.doesNotMatch(source, /(^|[;}])\s*import\s*[{*"'\w]/m, 'no static imports: self-contained');
    assert.deepEqual(source.match(/\bimport\s*\(\s*["'`][^"'`]*["'`]/g), ['import(`./hero-elements.cy.js`'], 'only the Welsh tables, loaded on demand');
    assert.doesNotMatch(source, /vite:preloadError|__vitePreload/, 'no preload helper');
    assert.match(source, /["'`]hero-provider["'`]/, 'registers <hero-provider>');
    // Minified: names mangled and comments gone (Lit's template literals keep their own line breaks).
    assert.ok(!source.includes('resolveTokenSource') && !source.includes('/**'), 'minified');
    assert.deepEqual(
      readdirSync('dist/cdn').filter((f) => f.endsWith('.js')),
      ['hero-elements.cy.js', 'hero-elements.js'],
    );
    // The Welsh file is the tables and nothing else: no Lit, no other imports.
    const welsh = readFileSync('dist/cdn/hero-elements.cy.js', 'utf8');
    assert.match(welsh, /Rhif GIG/);
    assert.doesNotMatch(welsh, /\bimport\b|lit-html|customElements/);
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
