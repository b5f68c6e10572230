/**
 * The README against what ships: its HTML, CSS and shell snippets (each marked
 * `<!-- check: html | css | sh -->`) name only tags, attributes, parts, custom properties and npm
 * scripts that exist, and its events table matches the elements' event types. Its TypeScript,
 * JavaScript, Vue, Angular and Svelte snippets are compiled in the fixture apps
 * (test/e2e/packed.test.ts); its CSP is enforced by test/e2e/script-tag.test.ts. Runs after
 * `npm run build`.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { readmeSnippets, type Snippet } from '../support/readme-snippets.js';

const snippets = readmeSnippets();

/** Every .d.ts file under `dir`. */
function listDts(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.d.ts'))
    .map((f) => join(dir, f));
}

describe('README', () => {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8')) as {
    modules: {
      declarations?: {
        tagName?: string;
        attributes?: { name: string }[];
        cssParts?: { name: string }[];
        cssProperties?: { name: string }[];
        events?: { name: string; type?: { text: string } }[];
      }[];
    }[];
  };
  const elements = new Map(
    manifest.modules.flatMap((m) => m.declarations ?? []).flatMap((d) => (d.tagName ? [[d.tagName, d] as const] : [])),
  );
  const themeTokens = new Set(readFileSync('src/themes/default.css', 'utf8').match(/--hero-[\w-]+/g));
  const byKind = (kind: Snippet['kind']) => snippets.filter((s) => s.kind === kind);
  /** Attributes any element takes: HTML's global ones and the form-associated trio. */
  const GLOBAL_ATTRIBUTES = new Set([
    'id',
    'class',
    'style',
    'lang',
    'dir',
    'slot',
    'hidden',
    'title',
    'part',
    'exportparts',
    'tabindex',
    'inert',
  ]);

  it('html: every <hero-*> tag and attribute exists (custom-elements.json)', () => {
    assert.ok(byKind('html').length >= 2);
    for (const { line, code } of byKind('html')) {
      for (const [, tag, attributes] of code.matchAll(/<(hero-[\w-]+)([^>]*)>/g)) {
        const element = elements.get(tag as string);
        assert.ok(element, `README.md:${line}: <${tag}> is an element`);
        for (const [, name] of (attributes as string).matchAll(/(?:^|\s)([a-z][\w-]*)(?==|\s|$)/g)) {
          const known = GLOBAL_ATTRIBUTES.has(name as string) || (element.attributes ?? []).some((a) => a.name === name);
          assert.ok(known, `README.md:${line}: <${tag} ${name}> is an attribute of <${tag}>`);
        }
      }
      // Script and link tags point at files the build makes.
      for (const [, path] of code.matchAll(/(?:src|href)="[^"]*?\/((?:cdn|themes)\/[\w.-]+)"/g)) {
        assert.ok(existsSync(join('dist', path as string)), `README.md:${line}: dist/${path} is built`);
      }
    }
  });

  it('css: every ::part() is a part of its element, every --hero-* property is documented', () => {
    for (const { line, code } of byKind('css')) {
      for (const [, tag, part] of code.matchAll(/(hero-[\w-]+)::part\(([\w-]+)\)/g)) {
        assert.ok(
          elements.get(tag as string)?.cssParts?.some((p) => p.name === part),
          `README.md:${line}: ${tag}::part(${part})`,
        );
      }
      for (const [name] of code.matchAll(/--hero-[\w-]+/g)) {
        const known = themeTokens.has(name) || [...elements.values()].some((e) => e.cssProperties?.some((p) => p.name === name));
        assert.ok(known, `README.md:${line}: ${name} is a documented custom property`);
      }
    }
  });

  it('sh: every `npm run <script>` is a script of package.json', () => {
    const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;
    for (const { line, code } of byKind('sh')) {
      for (const [, script] of code.matchAll(/npm run ([\w:-]+)/g))
        assert.ok(scripts[script as string], `README.md:${line}: npm run ${script}`);
    }
  });

  it("the events table names every element's events, and each detail's fields as its type declares them", () => {
    const readme = readFileSync('README.md', 'utf8');
    const table = readme.slice(readme.indexOf('## Events'), readme.indexOf('## Accessibility statement'));
    /** Field names of an exported interface in dist/ (`status?` for optional ones). */
    const declarations =
      readFileSync('dist/index.d.ts', 'utf8') +
      listDts('dist')
        .map((f) => readFileSync(f, 'utf8'))
        .join('\n');
    const fields = (type: string) => {
      if (type === 'Record<string, never>') return [];
      const body = new RegExp(`interface ${type} \\{([^}]*)\\}`).exec(declarations)?.[1];
      assert.ok(body, `the interface ${type} is declared`);
      return [...body.matchAll(/^\s*(\w+\??):/gm)].map((m) => m[1]);
    };
    const rows = [...table.matchAll(/^\| (all|`hero-[\w-]+`) \| (.+?) \| (.+) \|$/gm)];
    assert.ok(rows.length >= 6, 'read the table');
    const documented = new Set<string>();
    for (const [, who, names, details] of rows) {
      const events = [...(names as string).matchAll(/`(hero-[\w-]+)`/g)].map((m) => m[1] as string);
      const parts = events.length === 1 ? [details as string] : (details as string).split(/;\s*/);
      const shapes = parts.map(
        (d) =>
          /\{([^}]*)\}/
            .exec(d)?.[1]
            ?.split(',')
            .map((f) => f.trim())
            .filter(Boolean) ?? null,
      );
      assert.equal(shapes.length, events.length, `${who}: one detail per event`);
      events.forEach((name, i) => {
        const tag = who === 'all' ? 'hero-slot-picker' : (who as string).replace(/`/g, '');
        const event = [...elements.get(tag)!.events!].find((e) => e.name === name);
        assert.ok(event, `${who}: <${tag}> fires ${name}`);
        const type = /^CustomEvent<(.+)>$/.exec(event.type?.text ?? '')?.[1] ?? '';
        assert.deepEqual(shapes[i], fields(type), `README's detail of ${name} is { ${fields(type).join(', ')} }`);
        documented.add(`${who === 'all' ? '*' : tag} ${name}`);
      });
    }
    for (const [tag, element] of elements) {
      for (const event of element.events ?? []) {
        if (!event.name.startsWith('hero-')) continue;
        assert.ok(documented.has(`${tag} ${event.name}`) || documented.has(`* ${event.name}`), `README documents <${tag}>'s ${event.name}`);
      }
    }
  });
});
