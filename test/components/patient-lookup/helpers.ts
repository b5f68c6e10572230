/** Shared helpers of the patient lookup's browser tests. */
import { fixture, html, waitUntil } from '@open-wc/testing';
import type { HeroPatientLookup } from '../../../src/components/patient-lookup/hero-patient-lookup.js';
import { MOCK_BASE_URL, MOCK_PRACTICE_GROUP_ID, patients } from '../../../mock/index.js';

export const configured = (extra = html``) => html`<hero-patient-lookup
  tenant-id=${MOCK_PRACTICE_GROUP_ID}
  base-url=${MOCK_BASE_URL}
  token-url="/api/hero-token"
  >${extra}</hero-patient-lookup
>`;

export async function lookup(options: { allowRegister?: boolean; headingLevel?: number } = {}): Promise<HeroPatientLookup> {
  const el = await fixture<HeroPatientLookup>(configured());
  el.allowRegister = options.allowRegister ?? false;
  if (options.headingLevel) el.headingLevel = options.headingLevel;
  await el.updateComplete;
  return el;
}

export const $ = <T extends HTMLElement = HTMLElement>(el: HeroPatientLookup, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
export const $$ = (el: HeroPatientLookup, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
export const field = (el: HeroPatientLookup, id: string) => $<HTMLInputElement>(el, `#${id}`)!;
export const squash = (value: string | null | undefined) => (value ?? '').replace(/\s+/g, ' ').trim();
export const text = (el: HeroPatientLookup) => squash(el.shadowRoot!.textContent);
export const buttonNamed = (el: HeroPatientLookup, name: RegExp): HTMLButtonElement | undefined =>
  $$(el, 'button').find((b) => name.test(squash(b.textContent))) as HTMLButtonElement | undefined;
export const active = (el: HeroPatientLookup) => el.shadowRoot!.activeElement as HTMLElement | null;

/** Types into a field the way a browser reports typing at the end (without real key presses). */
export async function setField(el: HeroPatientLookup, id: string, value: string, inputType = 'insertText') {
  const input = field(el, id);
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType }));
  await el.updateComplete;
}

export async function chooseMode(el: HeroPatientLookup, mode: 'nhs' | 'name') {
  $<HTMLInputElement>(el, `input[name="mode"][value="${mode}"]`)!.click();
  await el.updateComplete;
}

export async function fillDob(el: HeroPatientLookup, dob: string) {
  const [year = '', month = '', day = ''] = dob.split('-');
  await setField(el, 'dob-day', day);
  await setField(el, 'dob-month', month);
  await setField(el, 'dob-year', year);
}

export async function searchByNhs(el: HeroPatientLookup, nhs: string, dob: string) {
  await setField(el, 'nhs-number', nhs, 'insertFromPaste');
  await fillDob(el, dob);
  $<HTMLButtonElement>(el, '[part~="search-button"]')!.click();
  await el.updateComplete;
}

export async function searchByName(el: HeroPatientLookup, first: string, last: string, dob: string) {
  if (!field(el, 'first-name')) await chooseMode(el, 'name');
  await setField(el, 'first-name', first);
  await setField(el, 'last-name', last);
  await fillDob(el, dob);
  $<HTMLButtonElement>(el, '[part~="search-button"]')!.click();
  await el.updateComplete;
}

export const settled = (el: HeroPatientLookup) =>
  waitUntil(() => $(el, '[part~="results"], [part~="none-found"], [part~="error"]'), 'search settled', { timeout: 8000 });
export const traceSettled = (el: HeroPatientLookup) =>
  waitUntil(
    () => $(el, '[part~="trace"] [role="alert"], [part~="trace"] [part~="results"], [part~="trace"] [part~="error"]'),
    'trace settled',
    {
      timeout: 8000,
    },
  );

export const byId = (id: string) => patients.find((p) => p.id === id)!;

/** Collects the events of `type` fired on the document while `action` runs and the element updates twice. */
export async function catchEvents<T>(el: HeroPatientLookup, type: string, action: () => void): Promise<CustomEvent<T>[]> {
  const events: CustomEvent<T>[] = [];
  const listener = (event: Event) => events.push(event as CustomEvent<T>);
  document.addEventListener(type, listener);
  action();
  await el.updateComplete;
  await el.updateComplete;
  document.removeEventListener(type, listener);
  return events;
}
