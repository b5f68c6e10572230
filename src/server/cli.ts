#!/usr/bin/env node
/// <reference types="node" />
/**
 * `npx hero-elements doctor`: the package's command line. The API key is read from the
 * environment only, never from an argument (arguments end up in shell history and `ps`).
 */
import { realpathSync } from 'node:fs';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { HeroEnv } from '../api/config.js';
import { formatDoctorReport, runDoctor, type DoctorReport } from './doctor.js';
import { redact } from './guard.js';

export const USAGE = `Usage: npx hero-elements doctor [options]

Checks, read-only, that your Hero tenant answers what the elements ask, in the shapes they expect.
Reads HERO_API_KEY, HERO_PRACTICE_GROUP_ID and HERO_ENV (staging or production) from the environment.

Options:
  --base-url <url>     the API base URL, instead of HERO_ENV
  --origin <origin>    your site's origin (https://partner.example): checks browsers there may call Hero
  --form-id <id>       the form to check (default: the first from GET /v1/forms)
  --proxy              check as proxy mode calls Hero (API key server-side; no token, no CORS)
  --timeout <seconds>  per call (default 15)
  --json               print the report as JSON (for CI)
  -h, --help           show this

Exit status: 0 when nothing failed, 1 when a check failed, 2 when the doctor could not run.
It prints no patient data, no API key and no token.`;

export interface CliIo {
  env: Record<string, string | undefined>;
  out: (text: string) => void;
  err: (text: string) => void;
  fetch?: typeof fetch;
}

/** Runs the command line; resolves to the exit status. Never rejects. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const apiKey = io.env['HERO_API_KEY'];
  const say = (write: (text: string) => void, text: string) => write(redact(text, [apiKey]));
  try {
    const [command, ...rest] = argv;
    if (command === '-h' || command === '--help' || command === 'help') {
      say(io.out, USAGE);
      return 0;
    }
    if (command !== 'doctor') {
      say(io.err, `${command ? `Unknown command: ${command}\n\n` : ''}${USAGE}`);
      return 2;
    }
    const { values } = parseArgs({
      args: rest,
      options: {
        'base-url': { type: 'string' },
        origin: { type: 'string' },
        'form-id': { type: 'string' },
        proxy: { type: 'boolean' },
        timeout: { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    });
    if (values.help) {
      say(io.out, USAGE);
      return 0;
    }
    const practiceGroupId = io.env['HERO_PRACTICE_GROUP_ID'];
    const env = io.env['HERO_ENV'];
    const missing = [
      !apiKey && 'HERO_API_KEY',
      !practiceGroupId && 'HERO_PRACTICE_GROUP_ID',
      !env && !values['base-url'] && 'HERO_ENV (or --base-url)',
    ].filter(Boolean);
    if (missing.length) {
      say(io.err, `Set ${missing.join(', ')} first.\n\n${USAGE}`);
      return 2;
    }
    const timeout = values.timeout === undefined ? undefined : Number(values.timeout);
    if (timeout !== undefined && !(timeout > 0)) {
      say(io.err, '--timeout must be a number of seconds.');
      return 2;
    }
    const report: DoctorReport = await runDoctor({
      apiKey: apiKey!,
      practiceGroupId: practiceGroupId!,
      ...(values['base-url'] ? { baseUrl: values['base-url'] } : { env: env as HeroEnv }),
      ...(values.origin !== undefined ? { origin: values.origin } : {}),
      ...(values['form-id'] !== undefined ? { formId: values['form-id'] } : {}),
      ...(values.proxy ? { auth: 'proxy' as const } : {}),
      ...(timeout !== undefined ? { timeoutMs: timeout * 1000 } : {}),
      ...(io.fetch ? { fetch: io.fetch } : {}),
    });
    say(io.out, values.json ? JSON.stringify(report, null, 2) : formatDoctorReport(report));
    return report.ok ? 0 : 1;
  } catch (error) {
    // Options the doctor cannot use, or a fault of its own: said in a line, secrets removed.
    say(io.err, `hero-elements doctor could not run: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
}

/** Executed (`npx hero-elements`, through its bin link, or `node dist/server/cli.js`) rather than imported by a test. */
function executed(): boolean {
  try {
    return Boolean(process.argv[1]) && realpathSync(process.argv[1]!) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (executed()) {
  const status = await main(process.argv.slice(2), {
    env: process.env,
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
  });
  process.exitCode = status;
}
