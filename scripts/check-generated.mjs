// Fails when a committed generated file is not what its sources generate today:
//   src/api/generated/openapi.ts  from src/api/openapi.yaml          (fix: `npm run gen:api`)
//   docs/api-assumptions.md, mock/generated/openapi-document.ts
//                                 from src/api/openapi.yaml          (fix: `npm run gen:api`)
//   custom-elements.json          from the elements' JSDoc           (fix: `npm run gen:manifest`)
//   src/react/index.ts, src/vue/index.ts  from custom-elements.json  (fix: `npm run gen:frameworks`)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { generateAll } from './gen-frameworks.mjs';
import { generateAll as generateApiFiles } from './gen-api-assumptions.mjs';

const bin = (name) => join('node_modules', '.bin', name);
const read = (path) => (existsSync(path) ? readFileSync(path, 'utf8') : undefined);
const stale = [];

const tmp = mkdtempSync(join(tmpdir(), 'hero-generated-'));
execFileSync(bin('openapi-typescript'), ['src/api/openapi.yaml', '-o', join(tmp, 'openapi.ts')], { stdio: 'pipe' });
if (read(join(tmp, 'openapi.ts')) !== read('src/api/generated/openapi.ts')) {
  stale.push('src/api/generated/openapi.ts is stale: run `npm run gen:api` and commit the result.');
}

// The assumptions list and the mock's copy of the document (this also fails on a marker without a reason).
for (const [path, text] of Object.entries(generateApiFiles('.'))) {
  if (text !== read(path)) stale.push(`${path} is stale: run \`npm run gen:api\` and commit the result.`);
}

// The analyzer joins --outdir to the working directory, so it has to be relative.
execFileSync(bin('cem'), ['analyze', '--quiet', '--outdir', relative(process.cwd(), tmp)], { stdio: 'pipe' });
const manifest = read(join(tmp, 'custom-elements.json'));
if (manifest !== read('custom-elements.json')) {
  stale.push(
    "custom-elements.json is stale (the elements' JSDoc or properties changed): run " +
      '`npm run gen:manifest && npm run gen:frameworks` and commit the results.',
  );
}

// The bindings must match what today's sources generate, not merely the committed manifest.
for (const [path, text] of Object.entries(generateAll(JSON.parse(manifest), '.'))) {
  if (text !== read(path)) {
    stale.push(`${path} is stale: run \`npm run gen:manifest && npm run gen:frameworks\` and commit the result.`);
  }
}

if (stale.length) {
  for (const line of stale) console.error(line);
  process.exit(1);
}
console.log(
  "Generated files (API types, API assumptions, the mock's OpenAPI document, custom-elements.json, React and Vue bindings) match their sources.",
);
