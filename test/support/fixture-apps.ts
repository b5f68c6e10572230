/**
 * The fixture apps (test/fixtures/apps/<name>): small apps made by each framework's own generator,
 * into which the PACKED package is installed as an integrator installs it, then type-checked,
 * built and served for test/e2e/packed.test.ts.
 *
 * Each app is copied to a work folder outside the repository (so nothing resolves through the
 * repository's node_modules), `npm install <the packed tarball>` runs there against the app's
 * committed lockfile (only the npm registry is needed), and the app's own tools check and build it.
 * The work folder keeps each app's node_modules between local runs; a clean clone (CI) installs
 * from scratch. The README's code snippets are written into the apps before they are checked.
 */
import { MOCK_API_KEY, MOCK_PRACTICE_GROUP_ID } from '../../mock/jwt.js';
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, createWriteStream, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const FIXTURES = join(REPO, 'test/fixtures/apps');
/** Outside the repository, one per checkout (several worktrees may test at once). */
export const WORK = join(tmpdir(), `hero-elements-fixtures-${createHash('sha1').update(REPO).digest('hex').slice(0, 10)}`);

export type Serve = { static: string } | { command: (port: number) => string[] };

export interface AppSpec {
  name: string;
  /** The app's <h1>. */
  title: string;
  /** Fixture folders whose files make the app, later ones winning (react18 is react's sources with its own package.json). */
  sources: string[];
  /** Files of the sources the app leaves out. */
  omit?: string[];
  /** Type checks besides the build's own (commands, run in the app in turn). */
  check?: string[][];
  build: string[];
  /** A static folder served by the tests, or the app's own server. */
  serve: Serve;
  /** Server-rendered, then hydrated (marks `<html data-hydrated>` when hydrated). */
  ssr: boolean;
  /** Where README snippets for this app go, relative to the app. */
  snippets: string;
}

export const APPS: AppSpec[] = [
  {
    name: 'react',
    title: 'Hero Elements in React',
    sources: ['react'],
    check: [['tsc', '-b']],
    build: ['vite', 'build'],
    serve: { static: 'dist' },
    ssr: false,
    snippets: 'src/readme',
  },
  {
    name: 'react18',
    title: 'Hero Elements in React',
    sources: ['react', 'react18'],
    omit: ['src/bare-tags.tsx'],
    check: [['tsc', '-b']],
    build: ['vite', 'build'],
    serve: { static: 'dist' },
    ssr: false,
    snippets: 'src/readme',
  },
  {
    name: 'vue',
    title: 'Hero Elements in Vue',
    sources: ['vue'],
    check: [['vue-tsc', '-b']],
    build: ['vite', 'build'],
    serve: { static: 'dist' },
    ssr: false,
    snippets: 'src/readme',
  },
  {
    name: 'angular',
    title: 'Hero Elements in Angular',
    sources: ['angular'],
    // AOT: `ng build` type-checks the templates (strictTemplates) as it compiles them.
    build: ['ng', 'build'],
    serve: { static: 'dist/hero-fixture-angular/browser' },
    ssr: false,
    snippets: 'src/app/readme',
  },
  {
    name: 'next',
    title: 'Hero Elements in Next.js',
    sources: ['next'],
    // `next build` type-checks the app (tsconfig's include) before it compiles it.
    build: ['next', 'build'],
    serve: { command: (port) => ['next', 'start', '--port', String(port), '--hostname', '127.0.0.1'] },
    ssr: true,
    snippets: 'readme',
  },
  {
    name: 'sveltekit',
    title: 'Hero Elements in SvelteKit',
    sources: ['sveltekit'],
    // svelte-kit sync writes .svelte-kit/tsconfig.json, which the app's tsconfig extends.
    check: [
      ['svelte-kit', 'sync'],
      ['svelte-check', '--tsconfig', './tsconfig.json', '--fail-on-warnings'],
    ],
    build: ['vite', 'build'],
    serve: { command: (port) => ['vite', 'preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1'] },
    ssr: true,
    snippets: 'src/lib/readme',
  },
];

/**
 * The environment of every command: no telemetry or prompts, and nothing of the outer `npm test`
 * (its script and package variables, its project prefix, its node_modules/.bin), while the npm
 * configuration it passes on (registry, cache, certificates) stays.
 */
function appEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^npm_(lifecycle|package|command|execpath|node_execpath)|^npm_config_local_prefix$|^INIT_CWD$|^NODE_ENV$/i.test(key)) continue;
    env[key] = value;
  }
  env['PATH'] = (process.env['PATH'] ?? '')
    .split(':')
    .filter((dir) => !dir.startsWith(REPO))
    .join(':');
  return {
    ...env,
    CI: '1',
    // A server route's options are checked when it is created, which `next build` does while it
    // collects page data: the mock's (public) key and practice group, as a deployment's build env.
    HERO_API_KEY: MOCK_API_KEY,
    HERO_PRACTICE_GROUP_ID: MOCK_PRACTICE_GROUP_ID,
    NEXT_TELEMETRY_DISABLED: '1',
    NG_CLI_ANALYTICS: 'false',
    NO_UPDATE_NOTIFIER: '1',
    npm_config_update_notifier: 'false',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
  };
}

/** Runs a command to completion, its output appended to `log`; rejects with the output's end. */
export function run(command: string, args: string[], cwd: string, log: string): Promise<void> {
  return new Promise((done, fail) => {
    const out = createWriteStream(log, { flags: 'a' });
    out.write(`\n$ ${command} ${args.join(' ')}\n`);
    const child = spawn(command, args, { cwd, env: appEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.pipe(out, { end: false });
    child.stderr.pipe(out, { end: false });
    child.on('error', (error) => {
      out.end();
      fail(error);
    });
    child.on('close', (code) => {
      out.end(() => {
        if (code === 0) return done();
        const tail = readFileSync(log, 'utf8').split('\n').slice(-60).join('\n');
        fail(new Error(`${command} ${args.join(' ')} (in ${cwd}) exited with ${code}:\n${tail}`));
      });
    });
  });
}

/** `npm pack` of the built repository into the work folder; the tarball's path. */
export async function pack(): Promise<string> {
  mkdirSync(WORK, { recursive: true });
  for (const file of readdirSync(WORK)) if (file.endsWith('.tgz')) rmSync(join(WORK, file));
  const log = join(WORK, 'pack.log');
  rmSync(log, { force: true });
  await run('npm', ['pack', '--pack-destination', WORK, '--loglevel', 'warn'], REPO, log);
  const tarball = readdirSync(WORK).find((f) => f.endsWith('.tgz'));
  if (!tarball) throw new Error(`npm pack wrote no tarball to ${WORK}`);
  return join(WORK, tarball);
}

/** A fixture's files, relative to it (no node_modules or build output). */
function filesOf(dir: string, base = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (['node_modules', 'dist', '.next', '.svelte-kit', '.angular'].includes(entry.name)) return [];
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesOf(path, base) : [path.slice(base.length + 1)];
  });
}

/**
 * Copies the app's sources into its work folder (keeping node_modules from an earlier run), adds
 * `files` (README snippets, by path in the app), and installs the tarball.
 */
export async function install(app: AppSpec, tarball: string, files: Record<string, string>, log: string): Promise<string> {
  const dir = join(WORK, app.name);
  mkdirSync(dir, { recursive: true });
  for (const entry of readdirSync(dir)) if (entry !== 'node_modules') rmSync(join(dir, entry), { recursive: true, force: true });
  for (const source of app.sources) {
    for (const file of filesOf(join(FIXTURES, source))) {
      if (app.omit?.includes(file)) continue;
      mkdirSync(dirname(join(dir, file)), { recursive: true });
      cpSync(join(FIXTURES, source, file), join(dir, file));
    }
  }
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  // As an integrator adds it: `npm install hero-elements`, here from the packed tarball.
  await run('npm', ['install', '--no-audit', '--no-fund', '--loglevel', 'warn', tarball], dir, log);
  return dir;
}

/** The app's own binary (never one of the repository's). */
export const bin = (dir: string, name: string) => join(dir, 'node_modules', '.bin', name);

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no port'))));
    });
  });
}

/** Starts the app's own server and resolves once it answers `/`. */
export async function startServer(
  app: AppSpec & { serve: { command: (port: number) => string[] } },
  dir: string,
  log: string,
): Promise<{ url: string; stop(): Promise<void> }> {
  const port = await freePort();
  const [command, ...args] = app.serve.command(port);
  const out = createWriteStream(log, { flags: 'a' });
  const child: ChildProcess = spawn(bin(dir, command as string), args, { cwd: dir, env: appEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.pipe(out);
  child.stderr?.pipe(out);
  const url = `http://127.0.0.1:${port}`;
  const stop = () =>
    new Promise<void>((done) => {
      if (child.exitCode !== null) return done();
      child.once('exit', () => done());
      child.kill('SIGTERM');
    });
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${app.name}: the server exited with ${child.exitCode}; see ${log}`);
    try {
      if ((await fetch(url)).ok) return { url, stop };
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`${app.name}: the server did not answer on ${url} within a minute; see ${log}`);
    }
    await new Promise((wait) => setTimeout(wait, 250));
  }
}

/** Runs `tasks` at most `limit` at a time; each result as its own promise, in order. */
export function limited<T>(limit: number, tasks: (() => Promise<T>)[]): Promise<T>[] {
  let active = 0;
  const queue: (() => void)[] = [];
  return tasks.map(
    (task) =>
      new Promise<T>((done, fail) => {
        const start = () => {
          active++;
          task()
            .then(done, fail)
            .finally(() => {
              active--;
              queue.shift()?.();
            });
        };
        if (active < limit) start();
        else queue.push(start);
      }),
  );
}
