import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../api/index.js';
import { sharedClient } from '../../api/registry.js';
import { MOCK_BASE_URL, MOCK_PRACTICE_GROUP_ID, scenarios } from '../../../mock/index.js';
import type { HeroProvider } from './provider.js';
import './hero-provider.js';

/**
 * `<hero-provider>` configures every Hero element inside it. These stories show the connection it
 * sets up against the mock Hero API: a token from the (mocked) host route, then an API call.
 */
const meta: Meta = {
  title: 'Elements/Provider',
  component: 'hero-provider',
  render: () => html`
    <hero-provider tenant-id=${MOCK_PRACTICE_GROUP_ID} base-url=${MOCK_BASE_URL} token-url="/api/hero-token">
      <p>Elements placed here share this configuration, one API client and one access token.</p>
      <output role="status" aria-live="polite">Connecting…</output>
    </hero-provider>
  `,
  play: async ({ canvasElement }) => {
    const provider = canvasElement.querySelector<HeroProvider>('hero-provider')!;
    const output = canvasElement.querySelector('output')!;
    await provider.updateComplete;
    try {
      const { count } = await sharedClient(provider.config).get('/v1/appointment_types');
      output.textContent = `Connected: ${count} appointment types.`;
    } catch (error) {
      output.textContent = `Not connected: ${(error as Error).message}`;
    }
  },
};
export default meta;

type Story = StoryObj;

export const Connected: Story = {};

export const Empty: Story = { parameters: { msw: { handlers: { scenario: scenarios.empty } } } };

export const ServerError: Story = { parameters: { msw: { handlers: { scenario: scenarios['server-error'] } } } };
