/**
 * One token table: src/themes/default.css. Elements carry its values as literal fallbacks
 * (`var(--hero-color-border, #828e96)`) so a script-tag embed looks right with no theme file; this
 * test keeps every fallback, and every documented default (`@cssproperty … (default `…`)`), equal
 * to the default theme's value, so copies cannot drift. It costs the script tag nothing, unlike a
 * runtime table. A token the default theme does not set must be an element's own property
 * (`--hero-<element>-…`).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { themeTokens } from '../support/theme-tokens.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SRC = join(ROOT, 'src');

const tokens = themeTokens('default');

/** A value with the theme's own `var(--hero-…)` references filled in, spaces and case normalised. */
function normalise(value: string): string {
  let resolved = value;
  for (let i = 0; i < 5; i += 1) resolved = resolved.replace(/var\((--hero-[a-z0-9-]+)\)/g, (m, name: string) => tokens.get(name) ?? m);
  return resolved
    .replace(/\s+/g, ' ')
    .replace(/\s*,\s*/g, ', ')
    .trim()
    .toLowerCase();
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** The elements, by folder name: their own properties are `--hero-<name>-…`. */
const ELEMENTS = readdirSync(join(SRC, 'components'));
const isElementProperty = (name: string) => ELEMENTS.some((element) => name.startsWith(`--hero-${element}-`));

interface Fallback {
  file: string;
  line: number;
  name: string;
  fallback: string;
}

/** Every `var(--hero-…, fallback)` in a file, nested ones included, with its literal fallback. */
function fallbacksIn(file: string): Fallback[] {
  const text = readFileSync(file, 'utf8');
  const found: Fallback[] = [];
  const start = /var\(\s*(--hero-[a-z0-9-]+)\s*,/g;
  for (let match = start.exec(text); match; match = start.exec(text)) {
    let depth = 1;
    let end = start.lastIndex;
    for (; end < text.length && depth; end += 1) {
      if (text[end] === '(') depth += 1;
      else if (text[end] === ')') depth -= 1;
    }
    const fallback = text.slice(start.lastIndex, end - 1).trim();
    const line = text.slice(0, match.index).split('\n').length;
    found.push({ file: relative(ROOT, file), line, name: match[1]!, fallback });
  }
  return found;
}

const files = sourceFiles(SRC);
const all = files.flatMap(fallbacksIn);

describe('design tokens: one table, the default theme', () => {
  it('finds the fallbacks it checks (the test would prove nothing otherwise)', () => {
    assert.ok(tokens.size > 40, `default.css tokens: ${tokens.size}`);
    assert.ok(all.length > 200, `fallbacks found: ${all.length}`);
    assert.ok(
      all.some((f) => f.file.includes('internal/ui/')),
      'the shared pieces are scanned',
    );
  });

  it('gives every global token the elements read the default theme’s value as its fallback', () => {
    const wrong = all
      .filter((f) => !f.fallback.startsWith('var(') && tokens.has(f.name) && tokens.get(f.name) !== 'initial')
      .filter((f) => normalise(f.fallback) !== normalise(tokens.get(f.name)!))
      .map((f) => `${f.file}:${f.line} ${f.name} falls back to ${f.fallback}, the default theme says ${tokens.get(f.name)}`);
    assert.deepEqual(wrong, []);
  });

  it('reads no global token the default theme does not set', () => {
    const unknown = all.filter((f) => !tokens.has(f.name) && !isElementProperty(f.name)).map((f) => `${f.file}:${f.line} ${f.name}`);
    assert.deepEqual(unknown, []);
  });

  it('documents each global token’s default as the default theme sets it', () => {
    const wrong: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/@cssproperty (--hero-[a-z0-9-]+) - Global token\..*\(default `([^`]+)`\)/g)) {
        const [, name, documented] = m as unknown as [string, string, string];
        if (!tokens.has(name)) wrong.push(`${relative(ROOT, file)}: ${name} is documented as global but default.css does not set it`);
        else if (normalise(documented) !== normalise(tokens.get(name)!))
          wrong.push(`${relative(ROOT, file)}: ${name} documented as ${documented}, default.css says ${tokens.get(name)}`);
      }
    }
    assert.deepEqual(wrong, []);
  });
});
