/**
 * Screenshot baselines for the end-to-end tests (test/e2e/__screenshots__/<name>.png):
 *
 * - No baseline yet, or `UPDATE_SCREENSHOTS=1`: the shot is written as the baseline (and said so).
 * - More than 0.1% of pixels differ: the test fails and writes `<name>.actual.png` and
 *   `<name>.diff.png` to test/e2e/__output__/ (gitignored), naming them in the message.
 *   Why 0.1%: a theme shot is about 1024 × 3400 px, so 0.5% (17,000 px) let a darker border colour
 *   (11,000 px) through and only just caught a red primary colour (24,500 px); repeated runs on
 *   one machine differ by 0 px, so 0.1% leaves room for anti-aliasing jitter and no more.
 *
 * Baselines depend on the machine's fonts: regenerate them with UPDATE_SCREENSHOTS=1 when the
 * CI image's fonts change, and review the images before committing.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

/** Per-pixel colour tolerance (pixelmatch's YIQ threshold, its default) and the share of pixels allowed to differ. */
export const PIXEL_THRESHOLD = 0.1;
export const MAX_DIFF_RATIO = 0.001;

export const BASELINES = fileURLToPath(new URL('../e2e/__screenshots__', import.meta.url));
export const OUTPUT = fileURLToPath(new URL('../e2e/__output__', import.meta.url));
const UPDATE = process.env['UPDATE_SCREENSHOTS'] === '1';

/** Pixels that differ between two images of one size (pixelmatch, at PIXEL_THRESHOLD), and the diff image. */
export function pixelDiff(a: PNG, b: PNG): { differing: number; diff: PNG } {
  const diff = new PNG({ width: a.width, height: a.height });
  const differing = pixelmatch(a.data, b.data, diff.data, a.width, a.height, { threshold: PIXEL_THRESHOLD });
  return { differing, diff };
}

/**
 * Compares `actual` (a PNG file's bytes) with the baseline `<name>.png` as described above; returns
 * the pixels that differ (0 when the baseline was written) and a line saying so.
 */
export function matchBaseline(name: string, actual: Buffer): { differing: number; note: string } {
  const baselinePath = `${BASELINES}/${name}.png`;
  const actualPath = `${OUTPUT}/${name}.actual.png`;
  const diffPath = `${OUTPUT}/${name}.diff.png`;
  rmSync(actualPath, { force: true });
  rmSync(diffPath, { force: true });

  if (UPDATE || !existsSync(baselinePath)) {
    mkdirSync(BASELINES, { recursive: true });
    writeFileSync(baselinePath, actual);
    const note = `${name}: wrote baseline ${baselinePath} (${UPDATE ? 'UPDATE_SCREENSHOTS=1' : 'there was none'}); review it and commit it`;
    console.log(note);
    return { differing: 0, note };
  }

  const want = PNG.sync.read(readFileSync(baselinePath));
  const got = PNG.sync.read(actual);
  const fail = (message: string, diff?: PNG) => {
    mkdirSync(OUTPUT, { recursive: true });
    writeFileSync(actualPath, actual);
    if (diff) writeFileSync(diffPath, PNG.sync.write(diff));
    assert.fail(
      `${message}\n  baseline: ${baselinePath}\n  actual:   ${actualPath}${diff ? `\n  diff:     ${diffPath}` : ''}\n  (UPDATE_SCREENSHOTS=1 accepts the new look)`,
    );
  };
  if (want.width !== got.width || want.height !== got.height) {
    fail(`${name}: size changed from ${want.width}×${want.height} to ${got.width}×${got.height}`);
  }
  const { differing, diff } = pixelDiff(want, got);
  const ratio = differing / (want.width * want.height);
  if (ratio > MAX_DIFF_RATIO) {
    fail(
      `${name}: ${differing} pixels (${(ratio * 100).toFixed(2)}%) differ from the baseline, over the ${MAX_DIFF_RATIO * 100}% allowed`,
      diff,
    );
  }
  return { differing, note: `${name}: ${differing} pixels differ (${(ratio * 100).toFixed(3)}%)` };
}
