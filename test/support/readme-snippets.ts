/**
 * The README's code snippets, each checked in CI (test/e2e/packed.test.ts). Every fenced block
 * must follow a `<!-- check: <kind> -->` line saying how:
 *
 *   react    a .tsx/.ts file in the React fixture app (tsc -b)
 *   api      a .ts file for `hero-elements/api` in the React fixture app (tsc -p tsconfig.api.json)
 *   js       a .js file in the React fixture app, checked as a JavaScript user's editor does
 *            (tsc --allowJs --checkJs, not strict)
 *   vue      a .vue or .ts file in the Vue fixture app (vue-tsc -b)
 *   angular  a .ts file in the Angular fixture app (ng build: AOT, strict templates)
 *   next     a .tsx/.ts file in the Next.js fixture app (next build's type check); also for
 *            hero-elements/server code, which needs Node's types
 *   svelte   a .svelte file in the SvelteKit fixture app (svelte-check)
 *   html     every <hero-*> tag and attribute is in custom-elements.json
 *   css      every ::part() and --hero-* property is in custom-elements.json or a theme
 *   sh       every `npm run <script>` is a script of package.json
 *   json     parses; every path into node_modules/hero-elements/ is in the packed package
 *   csp      a Content-Security-Policy header, which test/e2e/script-tag.test.ts enforces on the
 *            script-tag page (with Trusted Types)
 *   text     sample output shown for reading (a doctor report): not code, nothing to compile
 *
 * Free names a snippet leaves to the reader's app (`app`, `getSession`, `navigate`...) are declared
 * in test/fixtures/readme/globals.d.ts, copied beside the snippets.
 */
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { REPO } from './fixture-apps.js';

export const KINDS = ['react', 'api', 'js', 'vue', 'angular', 'next', 'svelte', 'html', 'css', 'sh', 'json', 'csp', 'text'] as const;
export type Kind = (typeof KINDS)[number];

export interface Snippet {
  /** 1-based line of the opening fence in README.md. */
  line: number;
  kind: Kind;
  lang: string;
  code: string;
}

/** Every fenced block of the README with its check; throws on a block without one. */
export function readmeSnippets(markdown = readFileSync(join(REPO, 'README.md'), 'utf8')): Snippet[] {
  const lines = markdown.split('\n');
  const snippets: Snippet[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)```(\S*)\s*$/.exec(lines[i] as string);
    if (!open) continue;
    const indent = (open[1] as string).length;
    const lang = open[2] as string;
    let end = i + 1;
    while (end < lines.length && !/^\s*```\s*$/.test(lines[end] as string)) end++;
    if (end >= lines.length) throw new Error(`README.md:${i + 1}: the code block never ends`);
    let previous = i - 1;
    while (previous >= 0 && (lines[previous] as string).trim() === '') previous--;
    const marker = /^\s*<!-- check: (\S+) -->\s*$/.exec(lines[previous] ?? '');
    if (!marker || !(KINDS as readonly string[]).includes(marker[1] as string)) {
      throw new Error(`README.md:${i + 1}: a \`\`\`${lang} block without a "<!-- check: ${KINDS.join(' | ')} -->" line before it`);
    }
    const code = lines
      .slice(i + 1, end)
      .map((line) => line.slice(Math.min(indent, line.length - line.trimStart().length)))
      .join('\n');
    snippets.push({ line: i + 1, kind: marker[1] as Kind, lang, code: `${code}\n` });
    i = end;
  }
  return snippets;
}

/** Where a snippet goes in its fixture app (the app, and the file's path in it), or undefined for checks done here. */
export function snippetFile(snippet: Snippet): { app: string; path: string } | undefined {
  const { kind, lang, line } = snippet;
  const ext = (...allowed: string[]) => {
    if (!allowed.includes(lang))
      throw new Error(`README.md:${line}: a "${kind}" snippet must be one of ${allowed.join(', ')}, not ${lang}`);
    return lang;
  };
  switch (kind) {
    case 'react':
      return { app: 'react', path: `src/readme/snippet-${line}.${ext('tsx', 'ts')}` };
    case 'api':
      return { app: 'react', path: `api/readme-${line}.${ext('ts')}` };
    case 'js':
      return { app: 'react', path: `src/readme-js/snippet-${line}.${ext('js')}` };
    case 'vue':
      return ext('vue', 'ts') === 'vue'
        ? { app: 'vue', path: `src/readme/Snippet${line}.vue` }
        : { app: 'vue', path: `src/readme/snippet-${line}.ts` };
    case 'angular':
      return { app: 'angular', path: `src/app/readme/snippet-${line}.${ext('ts')}` };
    case 'next':
      return { app: 'next', path: `readme/snippet-${line}.${ext('tsx', 'ts')}` };
    case 'svelte':
      return { app: 'sveltekit', path: `src/lib/readme/Snippet${line}.${ext('svelte')}` };
    default:
      return undefined;
  }
}

/**
 * The files each fixture app gets: its snippets, and once per app (in `globalsDir`, by app) the
 * declarations of the snippets' free names.
 */
export function snippetFiles(snippets: Snippet[], globalsDir: Record<string, string>): Record<string, Record<string, string>> {
  const globals = readFileSync(join(REPO, 'test/fixtures/readme/globals.d.ts'), 'utf8');
  const files: Record<string, Record<string, string>> = {};
  for (const snippet of snippets) {
    const target = snippetFile(snippet);
    if (!target) continue;
    const app = (files[target.app] ??= {});
    const comment =
      snippet.lang === 'vue'
        ? `<!-- README.md line ${snippet.line} -->\n`
        : snippet.lang === 'svelte'
          ? ''
          : `// README.md line ${snippet.line}\n`;
    app[target.path] = comment + snippet.code;
    app[`${globalsDir[target.app]}/readme-globals.d.ts`] = globals;
  }
  const js = Object.keys(files['react'] ?? {}).filter((f) => f.endsWith('.js'));
  if (js.length) {
    const dir = JS_SNIPPETS_CONFIG.slice(0, JS_SNIPPETS_CONFIG.lastIndexOf('/'));
    // The page has the elements (a script tag, or an import elsewhere): their tags and events are typed.
    files['react']![`${dir}/elements.d.ts`] = "import 'hero-elements';\n";
    files['react']![JS_SNIPPETS_CONFIG] = `${JSON.stringify(
      {
        compilerOptions: {
          allowJs: true,
          checkJs: true,
          strict: false,
          noEmit: true,
          skipLibCheck: true,
          target: 'es2023',
          lib: ['es2023', 'dom', 'dom.iterable'],
          module: 'esnext',
          moduleResolution: 'bundler',
          types: [],
        },
        files: [
          posix.relative(dir, `${globalsDir['react']}/readme-globals.d.ts`),
          'elements.d.ts',
          ...js.map((f) => f.slice(dir.length + 1)),
        ],
      },
      null,
      2,
    )}\n`;
  }
  return files;
}

/** The React app's project for the README's JavaScript snippets: checked as a JavaScript user's editor checks them (allowJs, checkJs, not strict). */
export const JS_SNIPPETS_CONFIG = 'src/readme-js/tsconfig.json';
