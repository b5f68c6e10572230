import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { http, HttpResponse } from 'msw';
import {
  ARCHIVED_PATIENT_ID,
  DECEASED_PATIENT_ID,
  MOCK_BASE_URL,
  MOCK_PRACTICE_GROUP_ID,
  PDS_IDENTITY_VERIFICATION_DOB,
  PDS_IDENTITY_VERIFICATION_NHS_NUMBER,
  RESTRICTED_PATIENT_ID,
  UNKNOWN_NHS_NUMBER,
  patients,
  pdsPeople,
  scenarios,
  toListPatient,
} from '../../../mock/index.js';
import type { HeroPatientLookup } from './patient-lookup.js';
import './hero-patient-lookup.js';

/**
 * `<hero-patient-lookup>` against the mock Hero API. Stories with a play function fill the form
 * and press the buttons the way a user would, to reach each state.
 *
 * Mock data: Olivia Bennett 999 000 0018, born 14/3/1985; two James Smiths born 15/1/1988;
 * a restricted patient (999 000 0042, 5/9/1979); a deceased patient (999 000 0050, 9/5/1931).
 * PDS knows Grace Okafor (999 111 2227, 22/4/1993) and Rhys Morgan (BS35 1HB, 8/8/1979);
 * 999 333 4448 (17/2/1986) needs NHS login identity verification; 999 654 3218 is unknown.
 */
interface Args {
  allowRegister: boolean;
  required: boolean;
  disabled: boolean;
}

const meta: Meta<Args> = {
  title: 'Elements/Patient lookup',
  component: 'hero-patient-lookup',
  args: { allowRegister: false, required: false, disabled: false },
  render: ({ allowRegister, required, disabled }) => html`
    <hero-patient-lookup
      tenant-id=${MOCK_PRACTICE_GROUP_ID}
      base-url=${MOCK_BASE_URL}
      token-url="/api/hero-token"
      ?allow-register=${allowRegister}
      ?required=${required}
      ?disabled=${disabled}
    ></hero-patient-lookup>
  `,
};
export default meta;

type Story = StoryObj<Args>;

// ─── Play helpers: act on the element's shadow root as a user would ───

const lookupIn = async (canvas: HTMLElement) => {
  const el = canvas.querySelector<HeroPatientLookup>('hero-patient-lookup')!;
  await el.updateComplete;
  return el;
};

const waitFor = async (el: HeroPatientLookup, selector: string, timeout = 8000) => {
  const start = Date.now();
  while (!el.shadowRoot!.querySelector(selector)) {
    if (Date.now() - start > timeout) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

async function type(el: HeroPatientLookup, id: string, value: string) {
  const input = el.shadowRoot!.querySelector<HTMLInputElement>(`#${id}`)!;
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertFromPaste' }));
  await el.updateComplete;
}

async function click(el: HeroPatientLookup, selector: string) {
  el.shadowRoot!.querySelector<HTMLElement>(selector)?.click();
  await el.updateComplete;
}

interface Search {
  nhs?: string;
  first?: string;
  last?: string;
  /** `YYYY-MM-DD` */
  dob: string;
}

async function search(canvas: HTMLElement, { nhs, first, last, dob }: Search, settle = true) {
  const el = await lookupIn(canvas);
  if (nhs === undefined) await click(el, 'input[name="mode"][value="name"]');
  if (nhs !== undefined) await type(el, 'nhs-number', nhs);
  if (first !== undefined) await type(el, 'first-name', first);
  if (last !== undefined) await type(el, 'last-name', last);
  const [year = '', month = '', day = ''] = dob.split('-');
  await type(el, 'dob-day', String(Number(day)));
  await type(el, 'dob-month', String(Number(month)));
  await type(el, 'dob-year', year);
  await click(el, '[part~="search-button"]');
  if (settle) await waitFor(el, '[part~="results"], [part~="none-found"], [part~="error"]');
  return el;
}

async function trace(el: HeroPatientLookup) {
  await click(el, '[part~="trace-button"]');
  await waitFor(el, '[part~="trace"] [role="alert"], [part~="trace"] [part~="results"]');
}

const byId = (id: string) => patients.find((p) => p.id === id)!;

// ─── Stories ───

/** The empty form: search by NHS number and date of birth. */
export const Default: Story = {};

/** Search by first name, last name and date of birth. */
export const NameSearch: Story = {
  play: async ({ canvasElement }) => {
    const el = await lookupIn(canvasElement);
    await click(el, 'input[name="mode"][value="name"]');
  },
};

/** A failed submit: the error summary takes focus and links to each field; nothing is sent. */
export const InvalidInput: Story = {
  play: async ({ canvasElement }) => {
    await search(canvasElement, { nhs: '999 123 4567', dob: '1985-02-30' }, false);
  },
};

/** One exact match: listed for the user to check and select (never selected automatically). */
export const Found: Story = {
  play: async ({ canvasElement }) => {
    await search(canvasElement, { nhs: '9990000018', dob: '1985-03-14' });
  },
};

/** Several patients with the same name and date of birth, told apart by NHS number and address. */
export const SeveralMatches: Story = {
  play: async ({ canvasElement }) => {
    await search(canvasElement, { first: 'James', last: 'Smith', dob: '1988-01-15' });
  },
};

/** A restricted patient: a badge, and no address, phone or email anywhere. */
export const Restricted: Story = {
  play: async ({ canvasElement }) => {
    const p = byId(RESTRICTED_PATIENT_ID);
    await search(canvasElement, { nhs: p.nhs_number!, dob: p.dob! });
  },
};

/** A deceased patient: selecting asks for a second, explicit confirmation. */
export const DeceasedConfirmation: Story = {
  play: async ({ canvasElement }) => {
    const p = byId(DECEASED_PATIENT_ID);
    const el = await search(canvasElement, { nhs: p.nhs_number!, dob: p.dob! });
    await click(el, '[part~="select-button"]');
  },
};

/** A restricted patient selected: the card still withholds the address; the event and `.patient` carry identity and flags only. */
export const RestrictedSelected: Story = {
  play: async ({ canvasElement }) => {
    const p = byId(RESTRICTED_PATIENT_ID);
    const el = await search(canvasElement, { nhs: p.nhs_number!, dob: p.dob! });
    await click(el, '[part~="select-button"]');
  },
};

/** An archived record (the v1 list says so; here Hero has no v3 search): selecting asks for a second confirmation too. */
export const ArchivedConfirmation: Story = {
  parameters: {
    msw: {
      handlers: {
        scenario: [
          http.get('*/v3/patients', () => HttpResponse.json({ error: true, statusCode: 404, message: 'Not found' }, { status: 404 })),
        ],
      },
    },
  },
  play: async ({ canvasElement }) => {
    const p = byId(ARCHIVED_PATIENT_ID);
    const el = await search(canvasElement, { nhs: p.nhs_number!, dob: p.dob! });
    await click(el, '[part~="select-button"]');
  },
};

/**
 * Namesakes: two James Smiths born the same day, told apart by NHS number and postcode on each
 * card and in each Select button's name; the second one's row came without a usable Hero id, so
 * it is shown, says why, and cannot be selected.
 */
export const UnselectableRow: Story = {
  parameters: {
    msw: {
      handlers: {
        scenario: [
          http.get('*/v3/patients', () =>
            HttpResponse.json({ data: [toListPatient(byId('407')), { ...toListPatient(byId('408')), hero_id: null }], count: 2 }),
          ),
        ],
      },
    },
  },
  play: async ({ canvasElement }) => {
    await search(canvasElement, { first: 'James', last: 'Smith', dob: '1988-01-15' });
  },
};

/** A patient selected: its id is the element's form value. */
export const Selected: Story = {
  play: async ({ canvasElement }) => {
    const el = await search(canvasElement, { nhs: '9990000018', dob: '1985-03-14' });
    await click(el, '[part~="select-button"]');
  },
};

/** No Hero patient matches, and no PDS trace is offered (no `allow-register`). */
export const NoneFound: Story = {
  play: async ({ canvasElement }) => {
    await search(canvasElement, { nhs: UNKNOWN_NHS_NUMBER, dob: '1990-06-04' });
  },
};

/** No Hero patient matches; with `allow-register` a trace on the NHS Spine is offered (by name, it needs a postcode). */
export const TraceOffered: Story = {
  args: { allowRegister: true },
  play: async ({ canvasElement }) => {
    await search(canvasElement, { first: 'Rhys', last: 'Morgan', dob: '1979-08-08' });
  },
};

/** The trace found the patient on the Spine; Hero added them, and they are offered for selection. */
export const TraceFound: Story = {
  args: { allowRegister: true },
  play: async ({ canvasElement }) => {
    const person = pdsPeople[0]!;
    await trace(await search(canvasElement, { nhs: person.nhs_number, dob: person.dob }));
  },
};

/** PDS asks the patient to verify their identity with NHS login first (`hero-identity-verification`). */
export const IdentityVerification: Story = {
  args: { allowRegister: true },
  play: async ({ canvasElement }) => {
    await trace(await search(canvasElement, { nhs: PDS_IDENTITY_VERIFICATION_NHS_NUMBER, dob: PDS_IDENTITY_VERIFICATION_DOB }));
  },
};

/** The Spine has no match either, with what to check. */
export const SpineNoMatch: Story = {
  args: { allowRegister: true },
  play: async ({ canvasElement }) => {
    await trace(await search(canvasElement, { nhs: UNKNOWN_NHS_NUMBER, dob: '1990-06-04' }));
  },
};

/** Searching: the API does not answer. */
export const Loading: Story = {
  parameters: { msw: { handlers: { scenario: scenarios.loading } } },
  play: async ({ canvasElement }) => {
    await search(canvasElement, { nhs: '9990000018', dob: '1985-03-14' }, false);
  },
};

/** The search failed: a message and a retry; the form keeps its values. */
export const Error: Story = {
  parameters: { msw: { handlers: { scenario: scenarios['server-error'] } } },
  play: async ({ canvasElement }) => {
    await search(canvasElement, { nhs: '9990000018', dob: '1985-03-14' });
  },
};

/** Disabled (its own `disabled`, or a disabled `<fieldset>` around it). */
export const Disabled: Story = { args: { disabled: true } };

/** Inside a `<form>`: required, submitted as `patient_id`, reset by the form's reset button. */
export const InAForm: Story = {
  render: () => html`
    <form
      @submit=${(event: SubmitEvent) => {
        event.preventDefault();
        const form = event.target as HTMLFormElement;
        form.querySelector('output')!.textContent = `Submitted patient_id = ${new FormData(form).get('patient_id')}`;
      }}
      @reset=${(event: Event) => {
        (event.target as HTMLFormElement).querySelector('output')!.textContent = '';
      }}
    >
      <hero-patient-lookup
        name="patient_id"
        required
        tenant-id=${MOCK_PRACTICE_GROUP_ID}
        base-url=${MOCK_BASE_URL}
        token-url="/api/hero-token"
      ></hero-patient-lookup>
      <p>
        <button type="submit">Book for this patient</button>
        <button type="reset">Start again</button>
      </p>
      <output aria-live="polite"></output>
    </form>
  `,
};

/** Restyled through `--hero-patient-lookup-*` properties, global tokens and `::part`. */
export const Themed: Story = {
  render: () => html`
    <style>
      .themed-lookup {
        --hero-color-primary: #6d28d9;
        --hero-color-primary-hover: #5b21b6;
        --hero-radius-m: 0;
        --hero-patient-lookup-max-width: 32rem;
        --hero-patient-lookup-input-border-color: #6d28d9;
        --hero-patient-lookup-result-background: #faf5ff;
        --hero-patient-lookup-selected-border-color: #6d28d9;
      }
      .themed-lookup::part(search-button) {
        text-transform: uppercase;
        letter-spacing: 0.05em;
      }
    </style>
    <hero-patient-lookup
      class="themed-lookup"
      tenant-id=${MOCK_PRACTICE_GROUP_ID}
      base-url=${MOCK_BASE_URL}
      token-url="/api/hero-token"
    ></hero-patient-lookup>
  `,
  play: async ({ canvasElement }) => {
    await search(canvasElement, { first: 'James', last: 'Smith', dob: '1988-01-15' });
  },
};
