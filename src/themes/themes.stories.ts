/// <reference types="vite/client" />
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { MOCK_BASE_URL, MOCK_PRACTICE_GROUP_ID } from '../../mock/index.js';
import '../components/provider/hero-provider.js';
import '../components/slot-picker/hero-slot-picker.js';
import '../components/patient-lookup/hero-patient-lookup.js';
import '../components/form-renderer/hero-form-renderer.js';
import '../components/message-composer/hero-message-composer.js';
import defaultTheme from './default.css?inline';
import darkTheme from './dark.css?inline';
import nhsTheme from './nhs.css?inline';
import highContrastTheme from './high-contrast.css?inline';

type Theme = 'default' | 'dark' | 'nhs' | 'high-contrast';

interface Args {
  theme: Theme;
}

/**
 * While a theming story is on screen, all four theme files are in the page, as a site offering a
 * theme switch would load them; each story picks its theme with a `hero-theme-<name>` class. They
 * are removed again afterwards, so other stories keep the default theme that the preview loads.
 */
function loadAllThemes(): () => void {
  const sheets = [defaultTheme, darkTheme, nhsTheme, highContrastTheme].map((css, index) => {
    const style = document.createElement('style');
    style.dataset['heroTheme'] = String(index);
    style.textContent = css;
    document.head.append(style);
    return style;
  });
  return () => sheets.forEach((sheet) => sheet.remove());
}

/**
 * The four elements in each theme, against the mock Hero API. Themes are plain CSS files of
 * `--hero-*` tokens (`hero-elements/themes/<name>.css`). Link one and the page takes it; load
 * several and choose per container with `class="hero-theme-<name>"`. Change the **theme** control
 * to switch this story at runtime: the class changes, the elements restyle in place and keep
 * whatever has been typed or chosen.
 */
const meta: Meta<Args> = {
  title: 'Theming/Themes',
  args: { theme: 'default' },
  argTypes: { theme: { control: 'inline-radio', options: ['default', 'dark', 'nhs', 'high-contrast'] } },
  parameters: { layout: 'fullscreen' },
  beforeEach: loadAllThemes,
  render: ({ theme }) => html`
    <style>
      .theme-frame {
        min-height: 100vh;
        padding: 1.5rem;
        background: var(--hero-color-surface);
        color: var(--hero-color-text);
        font-family: var(--hero-font-family);
      }
      .theme-frame h2 {
        margin: 0 0 0.75rem;
        font-size: 1rem;
        font-family: ui-monospace, monospace;
        overflow-wrap: anywhere;
      }
      .theme-grid {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 26rem), 1fr));
        gap: 2.5rem 2rem;
        align-items: start;
      }
    </style>
    <main class="theme-frame hero-theme-${theme}" data-theme=${theme}>
      <hero-provider tenant-id=${MOCK_PRACTICE_GROUP_ID} base-url=${MOCK_BASE_URL} token-url="/api/hero-token">
        <div class="theme-grid">
          <section aria-labelledby="slot-picker-heading">
            <h2 id="slot-picker-heading">hero-slot-picker</h2>
            <hero-slot-picker></hero-slot-picker>
          </section>
          <section aria-labelledby="patient-lookup-heading">
            <h2 id="patient-lookup-heading">hero-patient-lookup</h2>
            <hero-patient-lookup></hero-patient-lookup>
          </section>
          <section aria-labelledby="form-renderer-heading">
            <h2 id="form-renderer-heading">hero-form-renderer</h2>
            <hero-form-renderer form-id="601"></hero-form-renderer>
          </section>
          <section aria-labelledby="message-composer-heading">
            <h2 id="message-composer-heading">hero-message-composer</h2>
            <hero-message-composer patient-id="401"></hero-message-composer>
          </section>
        </div>
      </hero-provider>
    </main>
  `,
};
export default meta;

type Story = StoryObj<Args>;

/** `themes/default.css`: the values the elements also carry as fallbacks. */
export const Default: Story = { args: { theme: 'default' } };

/** `themes/dark.css`: light text on near-black, every pair at 4.5:1 or more, borders at 3:1 or more. */
export const Dark: Story = { args: { theme: 'dark' } };

/** `themes/nhs.css`: NHS.UK's look (nhsuk-frontend's colours, green buttons with their shadow, 19px body text from 641px, 40px radios and checkboxes) and its focus style (Tab through to see it). */
export const NHS: Story = { name: 'NHS', args: { theme: 'nhs' } };

/** `themes/high-contrast.css`: black, white and yellow; 2px borders and a 4px focus ring. */
export const HighContrast: Story = { name: 'High contrast', args: { theme: 'high-contrast' } };
