/**
 * The demo page: wires the provider to the demo backend's configuration, starts the mock Hero API
 * in the browser (mock mode), offers the mock's scenarios, and shows every element built so far.
 */
import defaultTheme from '../src/themes/default.css?url';
import darkTheme from '../src/themes/dark.css?url';
import nhsTheme from '../src/themes/nhs.css?url';
import highContrastTheme from '../src/themes/high-contrast.css?url';
import './demo.css';
import '../src/index.js';
import { sharedClient } from '../src/api/registry.js';
import { isAbortError } from '../src/api/errors.js';
import type { HeroProvider } from '../src/components/provider/provider.js';

interface DemoConfig {
  mode: 'mock' | 'staging';
  baseUrl: string;
  tenantId: string;
  /** `proxy` (HERO_PROXY=1): the elements call the demo server's proxy, which adds the API key. */
  auth: 'token' | 'proxy';
}

/** The kit's elements, in the order the demo shows them. */
const ELEMENTS = [
  { tag: 'hero-patient-lookup', title: 'finding a patient', attrs: { 'allow-register': '' } },
  { tag: 'hero-slot-picker', title: 'booking', attrs: {} },
  { tag: 'hero-form-renderer', title: 'a practice form', attrs: { 'form-id': '601' } },
  { tag: 'hero-message-composer', title: 'messaging a patient', attrs: { 'patient-id': '401' } },
] as const;

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const provider = $<HeroProvider>('provider');

const config = (await (await fetch('/api/demo-config')).json()) as DemoConfig;
provider.tenantId = config.tenantId;
provider.baseUrl = config.baseUrl;
provider.auth = config.auth;
$('mode').textContent = `${config.mode === 'mock' ? 'Mock Hero API (no account needed)' : 'Hero staging API'}${config.auth === 'proxy' ? ', through the demo’s proxy' : ''}`;

// Through the proxy the mock answers on the server, behind it; otherwise in the page.
if (config.mode === 'mock' && config.auth !== 'proxy') await startMock();

for (const { tag, title, attrs } of ELEMENTS) {
  const section = document.createElement('section');
  section.className = 'panel';
  const heading = document.createElement('h2');
  const code = document.createElement('code');
  code.textContent = `<${tag}>`;
  heading.append(code, ` ${title}`);
  section.append(heading);
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, value);
  section.append(element);
  $('elements').append(section);
}

// Theme: one <link>, its href swapped at runtime, as a host page would. Language: `lang` on the provider.
const THEMES: Record<string, string> = { default: defaultTheme, dark: darkTheme, nhs: nhsTheme, 'high-contrast': highContrastTheme };
const themeLink = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: defaultTheme });
document.head.prepend(themeLink);
$<HTMLSelectElement>('theme').addEventListener('change', (event) => {
  const theme = (event.target as HTMLSelectElement).value;
  themeLink.href = THEMES[theme] ?? defaultTheme;
});
$<HTMLSelectElement>('lang').addEventListener('change', (event) => {
  provider.lang = (event.target as HTMLSelectElement).value;
});

$('check').addEventListener('click', async () => {
  const result = $('check-result');
  result.textContent = 'Checking…';
  try {
    const types = await sharedClient(provider.config).get('/v1/appointment_types');
    result.textContent = `Connected: the practice offers ${types.count} appointment types.`;
  } catch (error) {
    if (!isAbortError(error)) result.textContent = `Not connected: ${(error as Error).message}`;
  }
});

const log = $('log');
for (const type of [
  'hero-ready',
  'hero-error',
  'hero-slot-select',
  'hero-appointment-reserve',
  'hero-appointment-book',
  'hero-patient-select',
  'hero-identity-verification',
  'hero-form-submit',
  'hero-form-draft',
  'hero-message-send',
  'hero-message-status',
]) {
  document.addEventListener(type, (event) => {
    const item = document.createElement('li');
    const source = (event.composedPath()[0] as Element).localName;
    const code = type === 'hero-error' ? ` (${(event as CustomEvent<{ code: string }>).detail.code})` : '';
    item.textContent = `${new Date().toLocaleTimeString('en-GB')} ${source}: ${type}${code}`;
    log.prepend(item);
  });
}

async function startMock(): Promise<void> {
  const [{ setupWorker }, mock] = await Promise.all([import('msw/browser'), import('../mock/index.js')]);
  const worker = setupWorker(...mock.handlers);
  await worker.start({ quiet: true, onUnhandledRequest: 'bypass', serviceWorker: { url: '/mockServiceWorker.js' } });

  const select = $<HTMLSelectElement>('scenario');
  for (const name of mock.scenarioNames) select.add(new Option(name, name));
  const describe = () => ($('scenario-description').textContent = mock.scenarioDescriptions[select.value as keyof typeof mock.scenarios]);
  select.addEventListener('change', () => {
    worker.resetHandlers();
    worker.use(...mock.scenarios[select.value as keyof typeof mock.scenarios]);
    describe();
  });
  describe();
  $('controls').hidden = false;
}
