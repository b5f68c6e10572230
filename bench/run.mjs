// `npm run bench`: the size report, then every bench/*.bench.mjs (each prints its own table).
// Benchmarks report numbers; they never fail on them.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const scripts = [
  'size.mjs',
  ...readdirSync('bench')
    .filter((f) => f.endsWith('.bench.mjs'))
    .sort(),
];
for (const script of scripts) execFileSync(process.execPath, [`bench/${script}`], { stdio: 'inherit' });
