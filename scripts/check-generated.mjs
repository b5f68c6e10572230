// Fails when src/api/generated/openapi.ts is not what src/api/openapi.yaml generates today.
// Fix with `npm run gen:api`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const fresh = join(mkdtempSync(join(tmpdir(), 'hero-api-')), 'openapi.ts');
execFileSync(join('node_modules', '.bin', 'openapi-typescript'), ['src/api/openapi.yaml', '-o', fresh], { stdio: 'pipe' });
const committed = readFileSync('src/api/generated/openapi.ts', 'utf8');
if (readFileSync(fresh, 'utf8') !== committed) {
  console.error('src/api/generated/openapi.ts is stale: run `npm run gen:api` and commit the result.');
  process.exit(1);
}
console.log('Generated API types match src/api/openapi.yaml.');
