/**
 * The clinical-safety hazard log (docs/clinical-safety.md) and the script that proves its controls
 * (scripts/hazard-controls.mjs) name the same controls, and each control's text is still in its
 * file exactly once: a change to a control's code fails here until the log and the script follow.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
// @ts-expect-error: a plain ES module script without types
import { CONTROLS } from '../../scripts/hazard-controls.mjs';

interface Control {
  id: string;
  hazard: string;
  file: string;
  find: string;
}
const controls = CONTROLS as Control[];
const log = readFileSync(new URL('../../docs/clinical-safety.md', import.meta.url), 'utf8');
/** Rows of the controls table: `| C1 | H2 | … | proven |`. */
const rows = [...log.matchAll(/^\| (C\d+) \| (H\d+) \|.*\| (proven|not proven) \|$/gm)].map(([, id, hazard, proven]) => ({
  id,
  hazard,
  proven,
}));

describe('clinical-safety hazard log', () => {
  it('lists the same controls, for the same hazards, as the script that proves them', () => {
    assert.deepEqual(
      rows.map(({ id, hazard }) => `${id} ${hazard}`),
      controls.map(({ id, hazard }) => `${id} ${hazard}`),
    );
  });

  it('finds each control exactly once in the file the log names', () => {
    for (const control of controls) {
      const source = readFileSync(new URL(`../../${control.file}`, import.meta.url), 'utf8');
      assert.equal(source.split(control.find).length - 1, 1, `${control.id}: its text in ${control.file}`);
      assert.ok(log.includes(control.file), `${control.id}: the log names ${control.file}`);
    }
  });

  it('describes every hazard a control refers to', () => {
    for (const { hazard } of rows) assert.match(log, new RegExp(`^\\| ${hazard} \\| `, 'm'));
  });
});
