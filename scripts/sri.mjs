// Prints the Subresource Integrity hash of every file a script-tag page loads from a release
// (dist/cdn/*.js and dist/themes/*.css) and writes them to dist/cdn/integrity.json, so a page can
// pin exactly the files it was tested with:
//   <script type="module" src=".../hero-elements.js" integrity="sha384-..." crossorigin="anonymous">
// and, for the modules the loader imports, an import map's "integrity" (README, "Script tags").
// Source maps are not listed: browsers fetch them only for developer tools.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const files = [
  ...readdirSync('dist/cdn')
    .filter((f) => f.endsWith('.js'))
    .map((f) => `cdn/${f}`),
  ...readdirSync('dist/themes')
    .filter((f) => f.endsWith('.css'))
    .map((f) => `themes/${f}`),
].sort();
const integrity = Object.fromEntries(
  files.map((file) => [
    file,
    `sha384-${createHash('sha384')
      .update(readFileSync(`dist/${file}`))
      .digest('base64')}`,
  ]),
);
writeFileSync('dist/cdn/integrity.json', `${JSON.stringify({ version: pkg.version, integrity }, null, 2)}\n`);
console.log(`Subresource Integrity, hero-elements ${pkg.version} (also in dist/cdn/integrity.json):`);
for (const [file, hash] of Object.entries(integrity)) console.log(`  ${file.padEnd(28)} ${hash}`);
