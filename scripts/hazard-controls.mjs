// Proves the controls of the clinical-safety hazard log (docs/clinical-safety.md): for each one it
// takes the control out of the source (one exact edit), runs the test the log names, and expects
// that test to FAIL; then it puts the source back, whatever happened. A control whose test still
// passes without it is not proven, and the script exits non-zero.
//
//   node scripts/hazard-controls.mjs            every control
//   node scripts/hazard-controls.mjs C3 C7      some of them
//
// Slow (each browser test starts Chromium), so it is not part of `npm test`: run it when a control
// or its test changes, and keep the log's "proven" column in step. test/node/hazard-log.test.ts
// checks that the log and this list name the same controls.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** A Node test by name. */
const node = (file, name) => ['npx', ['tsx', '--test', `--test-name-pattern=${name}`, file]];
/** A browser test by name: its file runs whole, and the named test must be among those that fail. */
const browser = (file, name) => ['npx', ['wtr', '--files', file], name];

/**
 * id, hazard, the control (file + the exact text that is the control, and what it becomes without
 * it), and the test that must fail without it. Keep in step with docs/clinical-safety.md.
 */
export const CONTROLS = [
  {
    id: 'C1',
    hazard: 'H2',
    file: 'src/domain/patient.ts',
    find: '  if (restricted) return patient;\n',
    replace: '',
    test: node('test/node/patient.test.ts', 'keeps only the allow-list of a restricted'),
  },
  {
    id: 'C2',
    hazard: 'H2',
    file: 'src/domain/patient.ts',
    find: 'const allowed: readonly string[] = patient.restricted ? RESTRICTED_ALLOWED : [...RESTRICTED_ALLOWED, ...UNRESTRICTED_ALLOWED];',
    replace: 'const allowed: readonly string[] = Object.keys(patient);',
    test: node('test/node/patient.test.ts', 'protectPatient re-applies the allow-list'),
  },
  {
    id: 'C3',
    hazard: 'H1',
    file: 'src/api/token.ts',
    find: 'if (tenant !== undefined && wanted !== undefined && tenant !== wanted) {',
    replace: 'if (false) {',
    test: browser('test/api/client.test.ts', 'refuses a token minted for another practice group'),
  },
  {
    id: 'C4',
    hazard: 'H4',
    file: 'src/api/client.ts',
    find: 'const wait = idempotent && attempt < this.#retry.retries ? retryDelay(attempt, undefined, this.#retry) : undefined;',
    replace: 'const wait = attempt < this.#retry.retries ? retryDelay(attempt, undefined, this.#retry) : undefined;',
    test: browser('test/api/client.test.ts', 'never repeats a POST that may have been processed'),
  },
  {
    id: 'C5',
    hazard: 'H4',
    file: 'src/api/client.ts',
    find: 'throw errorFromResponse(response.status, errorBody, retryAfter, !idempotent && UNKNOWN_OUTCOME_STATUSES.has(response.status));',
    replace: 'throw errorFromResponse(response.status, errorBody, retryAfter, false);',
    test: browser('test/api/client.test.ts', 'as of unknown outcome and sends it once'),
  },
  {
    id: 'C6',
    hazard: 'H6',
    file: 'src/api/client.ts',
    find: '      }, this.timeoutMs);\n',
    replace: '      }, 2 ** 31 - 1);\n',
    test: browser('test/api/client.test.ts', 'gives up a change that does not answer in time once'),
  },
  {
    id: 'C7',
    hazard: 'H6',
    file: 'src/api/client.ts',
    find: 'Math.min(MAX_PAGES, Math.ceil(count / size))',
    replace: 'Math.ceil(count / size)',
    test: browser('test/api/client.test.ts', 'never follows more than a fixed number of pages'),
  },
  {
    id: 'C8',
    hazard: 'H7',
    file: 'src/api/errors.ts',
    find: "  if (typeof message === 'string' && REASON.test(message)) options.reason = message;\n",
    replace: "  if (typeof message === 'string') options.reason = message;\n",
    test: browser('test/api/client.test.ts', 'never its free text'),
  },
  {
    id: 'C9',
    hazard: 'H1',
    file: 'src/components/patient-lookup/patient-lookup.ts',
    find: '    if (needsConfirmation(patient)) {',
    replace: '    if (false) {',
    test: browser(
      'test/components/patient-lookup/lookup-safety.test.ts',
      'after confirming patient A, selecting deceased patient B still asks for B',
    ),
  },
  {
    id: 'C10',
    hazard: 'H7',
    file: 'src/components/patient-lookup/lookup-api.ts',
    find: 'return /^https:\\/\\//i.test(value) ? value : undefined;',
    replace: 'return value;',
    test: browser('test/components/patient-lookup/lookup-safety.test.ts', 'refuses a login_url that is not https'),
  },
  {
    id: 'C11',
    hazard: 'H4',
    file: 'src/components/patient-lookup/patient-lookup.ts',
    find: "if (event.key === 'Enter' && event.repeat) event.preventDefault();",
    replace: '',
    test: browser('test/components/patient-lookup/lookup-safety.test.ts', 'a held Enter key (repeated keydown) starts the search once'),
  },
  {
    id: 'C12',
    hazard: 'H1',
    file: 'src/components/slot-picker/slot-picker.ts',
    find: '      if (midFlow) this.#subjectChanged();\n',
    replace: '',
    test: browser('test/components/slot-picker/slot-picker-flow.test.ts', 'never books for the new patient when patient-id changes'),
  },
  {
    id: 'C13',
    hazard: 'H1',
    file: 'src/components/form-renderer/form-renderer.ts',
    find: '    if (key === session.key && (!session.client || !client || client === session.client)) {',
    replace: '    if (true) {',
    test: browser('test/components/form-renderer/form-safety.test.ts', 'clears what was typed for patient A when patient-id becomes B'),
  },
  {
    id: 'C14',
    hazard: 'H3',
    file: 'src/components/appointments/appointment-rules.ts',
    find: "  return start - now < policy ? 'window' : 'allowed';",
    replace: "  return 'allowed';",
    test: node('test/node/appointment-rules.test.ts', 'allows a booked appointment further away than the policy, and not one inside it'),
  },
  {
    id: 'C15',
    hazard: 'H5',
    file: 'src/domain/calendar-file.ts',
    find: "    .replace(/\\.\\d{3}Z$/, 'Z')\n    .replace(/[-:]/g, '');",
    replace: "    .replace(/\\.\\d{3}Z$/, '')\n    .replace(/[-:]/g, '');",
    test: node('test/node/calendar-file.test.ts', 'writes 09:30 London on a BST date as 08:30Z'),
  },
  {
    id: 'C16',
    hazard: 'H1',
    file: 'src/components/message-composer/send-flow.ts',
    find: '      const current = flow === this.#flow;\n',
    replace: '      const current = true;\n',
    test: browser(
      'test/components/message-composer/message-composer-safety.test.ts',
      'completes a send in flight for its original patient',
    ),
  },
  {
    id: 'C17',
    hazard: 'H4',
    file: 'src/components/appointments/appointments-api.ts',
    find: "    if (!(error instanceof Error) || !('outcomeUnknown' in error) || !error.outcomeUnknown) return { kind: 'failed', error };\n",
    replace: "    return { kind: 'failed', error };\n",
    test: browser('test/components/appointments/appointments.test.ts', 'when the answer is lost and the read-back says it went through'),
  },
  {
    id: 'C18',
    hazard: 'H4',
    file: 'src/components/message-composer/send-flow.ts',
    find: '      if (!heroError.outcomeUnknown) {\n',
    replace: '      if (true) {\n',
    test: browser(
      'test/components/message-composer/message-composer-safety.test.ts',
      'after a 504 that Hero processed, sends exactly once',
    ),
  },
  {
    id: 'C19',
    hazard: 'H4',
    file: 'src/components/slot-picker/slot-picker-flow.ts',
    find: '      if (e.outcomeUnknown) return void this.checkBooking();\n',
    replace: '',
    test: browser(
      'test/components/slot-picker/slot-picker-flow.test.ts',
      'shows the booking when the read-back finds it went through, without sending it again',
    ),
  },
];

/** 0 when the test passes; otherwise non-zero (for a browser file: only when the named test is among the failures). */
function run([command, args, name]) {
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8' });
  if (result.status === 0 || name === undefined) return result.status;
  return `${result.stdout}${result.stderr}`.includes(name) ? result.status : 0;
}

/** Takes each chosen control out in turn and runs its test; the exit code says whether all were proven. */
function proveControls(ids) {
  const wanted = new Set(ids);
  let unproven = 0;
  for (const control of CONTROLS.filter((c) => wanted.size === 0 || wanted.has(c.id))) {
    const path = `${root}/${control.file}`;
    const source = readFileSync(path, 'utf8');
    const count = source.split(control.find).length - 1;
    if (count !== 1) {
      console.log(`${control.id} ${control.hazard}  ✗ the control's text is found ${count} times in ${control.file} (update this list)`);
      unproven++;
      continue;
    }
    const [, args, name] = control.test;
    // Sanity: the test passes with the control in place…
    const withControl = run(control.test);
    let withoutControl;
    // Interrupted (Ctrl-C, a CI timeout) while the control is out: put it back before leaving.
    const restore = () => {
      writeFileSync(path, source);
      process.exit(130);
    };
    process.once('SIGINT', restore).once('SIGTERM', restore);
    try {
      writeFileSync(path, source.replace(control.find, control.replace));
      // …and fails without it.
      withoutControl = run(control.test);
    } finally {
      writeFileSync(path, source);
      process.off('SIGINT', restore).off('SIGTERM', restore);
    }
    const proven = withControl === 0 && withoutControl !== 0;
    if (!proven) unproven++;
    const what =
      withControl !== 0
        ? 'its test fails even with the control in place'
        : proven
          ? 'its test fails without it'
          : 'its test still PASSES without it';
    console.log(
      `${control.id} ${control.hazard}  ${proven ? '✓' : '✗'} ${control.file}: ${what} (${args.at(-1)}${name ? `: ${name}` : ''})`,
    );
  }
  return unproven;
}

// Only when run as a script (the hazard-log test imports CONTROLS).
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exit(proveControls(process.argv.slice(2)) ? 1 : 0);
