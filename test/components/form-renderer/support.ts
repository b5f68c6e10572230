/** Helpers for the form renderer's browser tests. */
import { fixture, html, waitUntil } from '@open-wc/testing';
import { nothing } from 'lit';
import { MOCK_BASE_URL, MOCK_PRACTICE_GROUP_ID } from '../../../mock/index.js';
import type { HeroFormRenderer } from '../../../src/components/form-renderer/hero-form-renderer.js';
import '../../../src/components/form-renderer/hero-form-renderer.js';

export interface RendererOptions {
  formId?: string;
  responseId?: string;
  patientId?: string;
  pageSize?: number;
}

export const renderer = (o: RendererOptions = {}) => html`<hero-form-renderer
  tenant-id=${MOCK_PRACTICE_GROUP_ID}
  base-url=${MOCK_BASE_URL}
  token-url="/api/hero-token"
  form-id=${o.formId ?? nothing}
  response-id=${o.responseId ?? nothing}
  patient-id=${o.patientId ?? nothing}
  page-size=${o.pageSize ?? nothing}
></hero-form-renderer>`;

export const $ = <T extends HTMLElement = HTMLElement>(el: HeroFormRenderer, selector: string) => el.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends HTMLElement = HTMLElement>(el: HeroFormRenderer, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];
export const byId = <T extends HTMLElement = HTMLInputElement>(el: HeroFormRenderer, id: string) =>
  el.shadowRoot!.getElementById(id) as T | null;
export const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
export const part = (el: HeroFormRenderer, name: string) => $(el, `[part~="${name}"]`);
/** The element focused inside the shadow root (or null). */
export const focused = (el: HeroFormRenderer) => el.shadowRoot!.activeElement as HTMLElement | null;

/** Renders the element and waits for its form (or an error, or the empty message). */
export async function loaded(options: RendererOptions = {}): Promise<HeroFormRenderer> {
  const el = await fixture<HeroFormRenderer>(renderer(options));
  await settled(el);
  return el;
}

export async function settled(el: HeroFormRenderer): Promise<void> {
  await waitUntil(() => part(el, 'actions') || part(el, 'error') || part(el, 'empty'), 'form rendered', { timeout: 8000 });
  await el.updateComplete;
}

/** Types into a text input, textarea or date part the way the browser reports typing. */
export async function type(el: HeroFormRenderer, id: string, value: string): Promise<void> {
  const input = byId<HTMLInputElement>(el, id);
  if (!input) throw new Error(`no #${id}`);
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText' }));
  await el.updateComplete;
}

export async function typeDate(el: HeroFormRenderer, q: string, date: string): Promise<void> {
  const [year = '', month = '', day = ''] = date.split('-');
  await type(el, `q-${q}-day`, day);
  await type(el, `q-${q}-month`, month);
  await type(el, `q-${q}-year`, year);
}

/** Clicks the radio or checkbox of a question with this value. */
export async function click(el: HeroFormRenderer, q: string, value?: string): Promise<void> {
  const input = $<HTMLInputElement>(
    el,
    value === undefined ? `#q-${CSS.escape(q)}-0` : `input[id^="q-${CSS.escape(q)}-"][value="${CSS.escape(value)}"]`,
  );
  if (!input) throw new Error(`no control for ${q} ${value ?? ''}`);
  input.click();
  await el.updateComplete;
}

export async function select(el: HeroFormRenderer, q: string, value: string): Promise<void> {
  const input = byId<HTMLSelectElement>(el, `q-${q}`)!;
  input.value = value;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await el.updateComplete;
}

export async function press(el: HeroFormRenderer, partName: string): Promise<void> {
  const button = part(el, partName);
  if (!button) throw new Error(`no ${partName}`);
  button.click();
  await el.updateComplete;
}

/** Fills every question of form 601 (all field types) with a valid answer. */
export async function fillAllTypes(el: HeroFormRenderer): Promise<void> {
  await type(el, 'q-7002', 'Sam');
  await typeDate(el, '7003', '2024-03-09');
  await click(el, '7004', 'current');
  await type(el, 'q-7005', '10');
  await select(el, '7006', '1-7');
  await click(el, '7007', 'asthma');
  await click(el, '7007', 'hypertension');
  await click(el, '7008', 'true');
  await click(el, '7009', 'false');
  await click(el, '7010', 'true');
  await type(el, 'q-7011', '120');
  await type(el, 'q-7012', '80');
  await type(el, 'q-7013', '172');
  await type(el, 'q-7014', '70');
  await type(el, 'q-7015', '24');
  await type(el, 'q-7016', 'Penicillin allergy.\nHay fever.');
  await click(el, '7017');
}

/** The answers every test of form 601 expects after `fillAllTypes`. */
export const ALL_TYPES_ANSWERS = [
  { form_question_id: '7002', value: 'Sam' },
  { form_question_id: '7003', value: '2024-03-09' },
  { form_question_id: '7004', value: 'current' },
  { form_question_id: '7005', value: 10 },
  { form_question_id: '7006', value: '1-7' },
  { form_question_id: '7007', value: ['asthma', 'hypertension'] },
  { form_question_id: '7008', value: true },
  { form_question_id: '7009', value: false },
  { form_question_id: '7010', value: true },
  { form_question_id: '7011', value: 120 },
  { form_question_id: '7012', value: 80 },
  { form_question_id: '7013', value: 172 },
  { form_question_id: '7014', value: 70 },
  { form_question_id: '7015', value: 24 },
  { form_question_id: '7016', value: 'Penicillin allergy.\nHay fever.' },
  { form_question_id: '7017', value: true },
];
