/**
 * Reads a theme file (src/themes/<name>.css) for the Node tests: the tokens of its main rule
 * (`:where(:root), .hero-theme-<name> { … }`), values as written, comments dropped.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export type ThemeName = 'default' | 'dark' | 'nhs' | 'high-contrast';
export const THEMES: readonly ThemeName[] = ['default', 'dark', 'nhs', 'high-contrast'];

export function themeTokens(theme: ThemeName): Map<string, string> {
  const path = fileURLToPath(new URL(`../../src/themes/${theme}.css`, import.meta.url));
  const text = readFileSync(path, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
  const start = text.search(/^:where\(:root\),/m);
  const rule = text.slice(text.indexOf('{', start) + 1, text.indexOf('\n}', start));
  return new Map([...rule.matchAll(/(--hero-[a-z0-9-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}
