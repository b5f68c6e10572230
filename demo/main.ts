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

/**
 * The elements that work for one patient, in the order the demo shows them once a patient is found
 * (the lookup's `hero-patient-select` sets their `patient-id`). Tags the kit does not define are
 * skipped.
 */
const PATIENT_ELEMENTS = [
  { tag: 'hero-appointments', title: 'their appointments', attrs: {} },
  { tag: 'hero-slot-picker', title: 'booking for them', attrs: { audience: 'staff' } },
  { tag: 'hero-message-composer', title: 'messaging them', attrs: {} },
  { tag: 'hero-message-history', title: 'what they were sent', attrs: {} },
  { tag: 'hero-form-renderer', title: 'a practice form, for them', attrs: { 'form-id': '601' } },
] as const;

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const provider = $<HeroProvider>('provider');

const config = (await (await fetch('/api/demo-config')).json()) as DemoConfig;
provider.tenantId = config.tenantId;
provider.baseUrl = config.baseUrl;
provider.auth = config.auth;
$('mode').textContent =
  `${config.mode === 'mock' ? 'Mock Hero API (no account needed)' : 'Hero staging API'}${config.auth === 'proxy' ? ', through the demo’s proxy' : ''}`;

// Through the proxy the mock answers on the server, behind it; otherwise in the page.
if (config.mode === 'mock' && config.auth !== 'proxy') await startMock();

/** A panel with the tag as its heading, holding a new `tag` element. */
function panel(tag: string, title: string, attrs: Record<string, string>): { section: HTMLElement; element: HTMLElement } {
  const section = document.createElement('section');
  section.className = 'panel';
  const heading = document.createElement('h2');
  const code = document.createElement('code');
  code.textContent = `<${tag}>`;
  heading.append(code, ` ${title}`);
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, value);
  section.append(heading, element);
  return { section, element };
}

// 1. Find the patient. 2. Everything else works for the patient chosen there.
const lookup = panel('hero-patient-lookup', 'finding a patient', { 'allow-register': '' });
$('elements').append(lookup.section);

const current = document.createElement('section');
current.className = 'panel current-patient';
current.setAttribute('aria-labelledby', 'current-heading');
current.innerHTML = `<h2 id="current-heading">Patient</h2><p id="current-patient" class="hint">Find a patient above: booking, messages and forms then work for them.</p>`;
$('elements').append(current);

const forPatient = PATIENT_ELEMENTS.filter(({ tag }) => customElements.get(tag)).map(({ tag, title, attrs }) => panel(tag, title, attrs));
for (const { section } of forPatient) {
  section.hidden = true;
  $('elements').append(section);
}

lookup.element.addEventListener('hero-patient-select', (event) => {
  const { patient } = event.detail;
  if (!patient.id) return;
  // The host shows who is selected (its own page), and hands the id on: never to the console, storage or the URL.
  const name = [patient.title, patient.first_name, patient.last_name].filter(Boolean).join(' ') || 'The patient';
  $('current-patient').textContent =
    `${name}${patient.nhs_number ? `, NHS number ${patient.nhs_number.replace(/(\d{3})(\d{3})(\d{4})/, '$1 $2 $3')}` : ''}.`;
  for (const { section, element } of forPatient) {
    element.setAttribute('patient-id', patient.id);
    section.hidden = false;
  }
});

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

// The event log is for reading, not announcing: it is not a live region (a screen reader would
// otherwise speak every event over the elements' own announcements).
const log = $('log');
$('clear-log').addEventListener('click', () => log.replaceChildren());
for (const type of [
  'hero-ready',
  'hero-error',
  'hero-slot-select',
  'hero-appointment-reserve',
  'hero-appointment-book',
  'hero-appointment-cancel',
  'hero-appointment-reschedule',
  'hero-appointment-form',
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
