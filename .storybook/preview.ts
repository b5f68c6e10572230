import { setCustomElementsManifest } from '@storybook/web-components';
import type { Decorator, Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { action } from 'storybook/actions';
import manifest from '../custom-elements.json';
import { handlers, hostTokenHandler } from '../mock/index.js';
import '../src/themes/default.css';
import defaultTheme from '../src/themes/default.css?inline';
import darkTheme from '../src/themes/dark.css?inline';
import nhsTheme from '../src/themes/nhs.css?inline';
import highContrastTheme from '../src/themes/high-contrast.css?inline';

// Controls and each docs page's tables (attributes, properties, events with their detail types,
// slots, parts, CSS custom properties) come from the manifest the build generates from the
// elements' JSDoc, so Storybook documents exactly what ships.
setCustomElementsManifest(manifest);

// Every event an element documents appears in the Actions panel with its `detail`. The events
// bubble and are composed, so one listener per name on the document sees them all.
const eventNames = new Set(
  manifest.modules.flatMap((module) =>
    (module.declarations ?? []).flatMap((declaration) =>
      'events' in declaration ? (declaration.events ?? []).map((event: { name: string }) => event.name) : [],
    ),
  ),
);
for (const name of eventNames) {
  if (!name.startsWith('hero-')) continue;
  const log = action(name);
  document.addEventListener(name, (event) => log((event as CustomEvent).detail));
}

let themesLoaded = false;
/** Puts all four theme files in the page, once: from then on a `hero-theme-<name>` class picks one. */
function loadThemes(): void {
  if (themesLoaded) return;
  themesLoaded = true;
  for (const css of [defaultTheme, darkTheme, nhsTheme, highContrastTheme]) {
    document.head.append(Object.assign(document.createElement('style'), { textContent: css }));
  }
}

/**
 * The toolbar's language and theme apply to a wrapper around every story, as a host page's `lang`
 * and theme class would. Until another theme is chosen, stories show the default theme the preview
 * links above, with no wrapper styling at all.
 */
const withThemeAndLanguage: Decorator = (story, { globals }) => {
  const lang = (globals['lang'] as string | undefined) ?? 'en-GB';
  const theme = (globals['theme'] as string | undefined) ?? 'default';
  if (theme !== 'default') loadThemes();
  if (!themesLoaded) return html`<div lang=${lang}>${story()}</div>`;
  return html`<div
    lang=${lang}
    class="hero-theme-${theme}"
    style="background: var(--hero-color-surface); color: var(--hero-color-text); padding: 1rem; min-height: 100%"
  >
    ${story()}
  </div>`;
};

/**
 * Every story runs against the shared mock Hero API (mock), the same handlers the tests
 * and the demo use. A story picks a scenario with
 * `parameters: { msw: { handlers: { scenario: scenarios.empty } } }`: the `scenario` key is listed
 * first, so its handlers win. Elements in stories take `token-url="/api/hero-token"`, which
 * `hostTokenHandler` answers as a host backend would.
 */
const preview: Preview = {
  tags: ['autodocs'],
  loaders: [mswLoader()],
  decorators: [withThemeAndLanguage],
  globalTypes: {
    lang: {
      description: 'Language of the elements (the lang attribute of their container)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en-GB', title: 'English' },
          { value: 'cy', title: 'Cymraeg (Welsh)' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Theme of the elements (a hero-theme-<name> class on their container)',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: [
          { value: 'default', title: 'Default' },
          { value: 'dark', title: 'Dark' },
          { value: 'nhs', title: 'NHS' },
          { value: 'high-contrast', title: 'High contrast' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: 'en-GB', theme: 'default' },
  parameters: {
    msw: { handlers: { scenario: [], api: [...handlers, hostTokenHandler] } },
    controls: { expanded: true },
    // Each story on a docs page gets its own frame, so each keeps its own mock API scenario.
    docs: { toc: true, story: { inline: false, iframeHeight: 560 } },
  },
};

export default preview;
