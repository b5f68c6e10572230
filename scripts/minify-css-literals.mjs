/**
 * Minifies the CSS inside Lit's `css` tagged templates. No minifier touches the text of a template
 * literal, so every element shipped its styles as written: indentation, line breaks, comments
 * (about 1.1 kB min+gzip of the script tag). Only literals without `${}` substitutions are
 * rewritten, found by TypeScript's parser (never a regular expression over the code).
 *
 * The line count is kept: a literal's removed line breaks are put back at its end, before the
 * closing backtick's own indentation, so every line and column after the literal stays where it was
 * and the existing source maps (tsc's for dist/, Vite's for the script tag) still hold.
 *
 * Used by `npm run build` on tsc's output (`node scripts/minify-css-literals.mjs dist`) and by
 * vite.config.ts on the sources it bundles.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/**
 * Whitespace and comments out, quoted strings kept as written. Safe for what the kit writes: no
 * whitespace around `{ } ; , >` or after `:` changes the meaning of a rule (a space *before* `:` can,
 * as in `.a :hover`, and is kept, as are the spaces `calc()` needs around `+` and `-`).
 */
export function minifyCss(css) {
  const STRING = /("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')/;
  const uncommented = css
    .split(new RegExp(`${STRING.source}|(/\\*[\\s\\S]*?\\*/)`))
    .map((part, i) => (i % 3 === 2 ? (part === undefined ? '' : ' ') : (part ?? '')))
    .join('');
  return uncommented
    .split(STRING)
    .map((part, i) => (i % 2 ? part : part.replace(/\s+/g, ' ').replace(/ ?([{};,>]) ?/g, '$1').replace(/: /g, ':').replace(/;}/g, '}')))
    .join('')
    .trim();
}

/** `code` with its `css` literals minified, or null when it has none to change. */
export function minifyCssLiterals(code, fileName = 'file.ts') {
  if (!code.includes('css')) return null;
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, false);
  const edits = [];
  const visit = (node) => {
    if (
      ts.isTaggedTemplateExpression(node) &&
      ts.isIdentifier(node.tag) &&
      node.tag.text === 'css' &&
      ts.isNoSubstitutionTemplateLiteral(node.template)
    ) {
      const start = node.template.getStart(source) + 1;
      const end = node.template.getEnd() - 1;
      const raw = code.slice(start, end);
      const breaks = raw.split('\n').length - 1;
      const lastIndent = breaks ? raw.slice(raw.lastIndexOf('\n') + 1) : '';
      const text = minifyCss(raw) + '\n'.repeat(breaks) + (/^[ \t]*$/.test(lastIndent) ? lastIndent : '');
      if (text !== raw) edits.push({ start, end, text });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (edits.length === 0) return null;
  let out = '';
  let at = 0;
  for (const { start, end, text } of edits) {
    out += code.slice(at, start) + text;
    at = end;
  }
  return out + code.slice(at);
}

// `node scripts/minify-css-literals.mjs <dir>`: rewrites the .js files under <dir> in place.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2];
  if (!dir) throw new Error('usage: node scripts/minify-css-literals.mjs <dir>');
  let before = 0;
  let after = 0;
  for (const file of readdirSync(dir, { recursive: true })) {
    if (!String(file).endsWith('.js')) continue;
    const path = join(dir, String(file));
    const code = readFileSync(path, 'utf8');
    const minified = minifyCssLiterals(code, path);
    if (minified === null) continue;
    writeFileSync(path, minified);
    before += code.length;
    after += minified.length;
  }
  console.log(`css literals minified: ${before - after} bytes fewer under ${dir}/`);
}
