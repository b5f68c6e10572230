// Sets every size budget in .size-limit.mjs to 1% above the size measured now (rounded up to
// 0.1 kB): run after a deliberate size change (`npm run build && node scripts/size-budgets.mjs`),
// then commit the budgets with the change that moved them.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

// size-limit exits non-zero while a budget is exceeded; its JSON is on stdout either way.
const run = spawnSync('npx', ['size-limit', '--json'], { encoding: 'utf8' });
const results = JSON.parse(run.stdout.trim() || '[]');
let config = readFileSync('.size-limit.mjs', 'utf8');
const budget = (bytes) => `${(Math.ceil((bytes * 1.01) / 100) / 10).toFixed(1)} kB`;
for (const { name, size } of results) {
  const [kind, rest] = name.split(': ');
  let pattern;
  if (kind === 'cdn') pattern = new RegExp(`(cdn\\('${rest.replace(/\./g, '\\.')}', ')[\\d.]+ kB(')`);
  else if (kind === 'page' && rest.startsWith('<hero-'))
    pattern = new RegExp(`(page\\('${rest.slice(6, rest.indexOf('>'))}', ')[\\d.]+ kB(')`);
  else if (kind === 'page') pattern = /(limit: ')[\d.]+ kB(',\n\s+gzip: true,\n\s+disablePlugins)/;
  else pattern = new RegExp(`(npm\\('${rest.replace(/\//g, '\\/')}', '[^']+', ')[\\d.]+ kB(')`);
  if (!pattern.test(config)) throw new Error(`No budget line for ${name}`);
  config = config.replace(pattern, `$1${budget(size)}$2`);
}
writeFileSync('.size-limit.mjs', config);
console.log(`${results.length} budgets set 1% above today's sizes.`);
