import type { Preview } from '@storybook/web-components-vite';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { handlers, hostTokenHandler } from '../src/api/mock/index.js';
import '../src/themes/default.css';

/**
 * Every story runs against the shared mock Hero API (src/api/mock), the same handlers the tests
 * and the demo use. A story picks a scenario with
 * `parameters: { msw: { handlers: { scenario: scenarios.empty } } }`: the `scenario` key is listed
 * first, so its handlers win. Elements in stories take `token-url="/api/hero-token"`, which
 * `hostTokenHandler` answers as a host backend would.
 */
const preview: Preview = {
  loaders: [mswLoader()],
  parameters: {
    msw: { handlers: { scenario: [], api: [...handlers, hostTokenHandler] } },
    controls: { expanded: true },
  },
};

export default preview;
