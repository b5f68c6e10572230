import { setCustomElementsManifest } from '@storybook/web-components';
import type { Decorator, Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { action } from 'storybook/actions';
import manifest from '../custom-elements.json';
import { handlers, hostTokenHandler } from '../src/api/mock/index.js';
import '../src/themes/default.css';

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

/** The toolbar's language applies to a wrapper around every story, as a host page's `lang` would. */
const withLanguage: Decorator = (story, { globals }) =>
  html`<div lang=${(globals['lang'] as string | undefined) ?? 'en-GB'}>${story()}</div>`;

/**
 * Every story runs against the shared mock Hero API (src/api/mock), the same handlers the tests
 * and the demo use. A story picks a scenario with
 * `parameters: { msw: { handlers: { scenario: scenarios.empty } } }`: the `scenario` key is listed
 * first, so its handlers win. Elements in stories take `token-url="/api/hero-token"`, which
 * `hostTokenHandler` answers as a host backend would.
 */
const preview: Preview = {
  tags: ['autodocs'],
  loaders: [mswLoader()],
  decorators: [withLanguage],
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
  },
  initialGlobals: { lang: 'en-GB' },
  parameters: {
    msw: { handlers: { scenario: [], api: [...handlers, hostTokenHandler] } },
    controls: { expanded: true },
    // Each story on a docs page gets its own frame, so each keeps its own mock API scenario.
    docs: { toc: true, story: { inline: false, iframeHeight: 560 } },
  },
};

export default preview;
