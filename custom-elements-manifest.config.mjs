/**
 * Custom Elements Manifest (https://custom-elements-manifest.open-wc.org/) for Hero Elements:
 * `npm run gen:manifest` writes `custom-elements.json` at the repo root from the elements' JSDoc
 * (`@summary`, `@fires {CustomEvent<Detail>}`, `@slot`, `@csspart`, `@cssprop`, `@cssstate`) and
 * their Lit properties. `scripts/check-generated.mjs` fails when the committed file is stale.
 *
 * The manifest describes the public API only: the plugin below removes what TypeScript keeps
 * private or protected (including `static properties` entries with `state: true`, which the
 * analyzer would otherwise list as attributes) and the platform's form-associated callbacks.
 *
 * It describes the package as shipped: the analyzer reads the TypeScript sources, and every module path
 * and reference is rewritten to the built file under `dist/` (`src/x/y.ts` -> `dist/x/y.js`), which
 * is what editors, Storybook and other tools resolve in an installed package.
 */

import { posix } from 'node:path';

/** Members that exist for the platform or Lit, not for hosts. */
const NOT_PUBLIC_API = new Set([
  'shadowRootOptions',
  'formAssociated',
  'formAssociatedCallback',
  'formDisabledCallback',
  'formResetCallback',
  'formStateRestoreCallback',
]);

// Static members (string tables, polling tunables) configure subclasses and tests, not elements.
const isPublic = (member) =>
  !member.static &&
  (member.privacy === undefined || member.privacy === 'public') &&
  !member.name.startsWith('#') &&
  !NOT_PUBLIC_API.has(member.name);

/**
 * `src/x/y.ts`, `/src/x/y.js` or `./y.js` (relative to the module `from`) -> `dist/x/y.js`.
 * @param {string} path
 * @param {string} from
 */
function shippedPath(path, from) {
  const absolute = path.startsWith('.') ? posix.join(posix.dirname(from), path) : path.replace(/^\//, '');
  return absolute.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js');
}

/** Rewrites every `path` and `module` in the manifest to the shipped file. */
function rewritePaths(value, from) {
  if (Array.isArray(value)) for (const item of value) rewritePaths(item, from);
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if ((key === 'path' || key === 'module') && typeof item === 'string') value[key] = shippedPath(item, from);
      else rewritePaths(item, from);
    }
  }
}

/** @returns {import('@custom-elements-manifest/analyzer').Plugin} */
function publicApiOnly() {
  return {
    name: 'hero-public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      // The analyzer's file order varies from run to run; a stale check needs the same bytes.
      customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          if (declaration.kind !== 'class') continue;
          const hidden = new Set((declaration.members ?? []).filter((m) => !isPublic(m)).map((m) => m.name));
          if (declaration.members) declaration.members = declaration.members.filter(isPublic);
          if (declaration.attributes) {
            // An attribute backed by a private/protected field is internal reactive state.
            declaration.attributes = declaration.attributes.filter((a) => !hidden.has(a.fieldName ?? a.name));
          }
          if (declaration.events) {
            // Every public event is documented with `@fires`, so it has a description. The one
            // undocumented entry the analyzer finds is `HeroElement.emit`'s `new CustomEvent(type)`.
            declaration.events = declaration.events.filter((e) => e.name && e.description);
          }
        }
      }
      for (const mod of customElementsManifest.modules) rewritePaths(mod, mod.path);
    },
  };
}

export default {
  globs: ['src/components/*/*.ts', 'src/internal/hero-element.ts', 'src/internal/form-associated.ts'],
  exclude: ['src/**/*.stories.ts', 'src/**/*.styles.ts', 'src/**/*.strings.ts'],
  outdir: '.',
  litelement: true,
  // package.json names the manifest itself ("customElements"); the analyzer must not rewrite it.
  packagejson: false,
  plugins: [publicApiOnly()],
};
