// `node scripts/prepare-dist.mjs clean` empties dist/; `themes` copies src/themes/*.css to dist/themes/.
import { cpSync, rmSync } from 'node:fs';

const step = process.argv[2];
if (step === 'clean') rmSync('dist', { recursive: true, force: true });
else if (step === 'themes') cpSync('src/themes', 'dist/themes', { recursive: true, filter: (f) => !/\.(ts|md)$/.test(f) });
else throw new Error(`unknown step: ${step}`);
