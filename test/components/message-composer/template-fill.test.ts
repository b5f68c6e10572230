/**
 * The template fields and links (src/components/message-composer/template-fill.ts), in a tiny host
 * element that wires them the way the composer does: fields, preview, a "Review" button.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { delay, HttpResponse } from 'msw';
import {
  apiRoutes,
  answer,
  appointmentTypes,
  handlerFor,
  MOCK_BASE_URL,
  MOCK_PRACTICE_GROUP_ID,
  mockDb,
  templates,
} from '../../../mock/index.js';
import {
  renderFillPreview,
  renderTemplateFields,
  TEMPLATE_FILL_DECODERS,
  TemplateFillController,
  type FillPatient,
  type FillTemplate,
  type PreparedMessage,
} from '../../../src/components/message-composer/template-fill.js';
import { templateFillStrings } from '../../../src/components/message-composer/template-fill.strings.js';
import '../../../src/locales/register.js';
import '../../../src/components/message-composer/hero-message-composer.js';
import { splitCalendarDate, todayInLondon } from '../../../src/domain/calendar-date.js';
import { addDays, formatLondonDay } from '../../../src/domain/london-time.js';
import type { PlaceholderValues } from '../../../src/domain/placeholders.js';
import { HeroElement } from '../../../src/internal/hero-element.js';
import type { Translations } from '../../../src/internal/localize.js';
import { baseStyles } from '../../../src/internal/styles.js';
import { uiStyles } from '../../../src/internal/ui/index.js';
import { requestsTo, useMockApi, worker } from '../../support/mock-api.js';

class FillHost extends HeroElement {
  static override styles = [baseStyles, uiStyles];
  // The composer's table has "Error:" (error.prefix) beside the template fields' words.
  static override translations: Translations<typeof templateFillStrings & { 'error.prefix': string }> = {
    'en-GB': { ...templateFillStrings, 'error.prefix': 'Error:' },
  };
  static override decoders = TEMPLATE_FILL_DECODERS;
  /** Welsh from the composer's table, which carries the template fields' words. */
  static override translationKey = 'messageComposer';
  static override properties = {
    template: { attribute: false },
    patient: { attribute: false },
    extra: { attribute: false },
    answer: { state: true },
  };

  declare template?: FillTemplate;
  declare patient?: FillPatient;
  declare extra?: PlaceholderValues;
  declare answer?: PreparedMessage;
  /** Every answer `prepare()` gave, in order. */
  readonly prepared: (PreparedMessage | undefined)[] = [];
  readonly fill = new TemplateFillController(this, {
    client: () => this.client,
    t: (key, vars) => this.t(key, vars),
    onError: (error) => void this.reportError(error),
  });

  protected override willUpdate(): void {
    this.fill.use(this.template, this.patient, this.extra ?? {});
  }

  async review(): Promise<PreparedMessage | undefined> {
    const ready = await this.fill.prepare();
    this.prepared.push(ready);
    this.answer = ready;
    return ready;
  }

  protected override renderContent(): unknown {
    void this.markReady();
    return html`<div class="base" part="base">
      ${this.renderAnnouncer()} ${renderTemplateFields(this.fill)}
      <p id="preview">${renderFillPreview(this.fill, (key) => this.t(key))}</p>
      <button id="review" type="button" @click=${() => void this.review()}>Review</button>
      ${this.answer ? html`<p id="ready">${this.answer.text}</p>` : ''}
    </div>`;
  }
}
customElements.define('test-fill-host', FillHost);

// ─── Helpers ───

const OLIVIA: FillPatient = { id: '401', title: 'Mrs', first_name: 'Olivia', last_name: 'Bennett' };
const MOHAMMED: FillPatient = { id: '402', title: 'Mr', first_name: 'Mohammed', last_name: 'Rahman' };
const template = (id: string): FillTemplate => templates.find((t) => t.id === id)!;
const REMINDER = template('501'); // {{first_name}} {{practice_name}} {{appointment_date}}
const FLU = template('502'); // booking link
const QUESTIONNAIRE = template('506'); // form link + {{appointment_date}}

async function host(t: FillTemplate | undefined, patient: FillPatient = OLIVIA): Promise<FillHost> {
  const el = await fixture<FillHost>(html`<test-fill-host
    tenant-id=${MOCK_PRACTICE_GROUP_ID}
    base-url=${MOCK_BASE_URL}
    token-url="/api/hero-token"
    .template=${t}
    .patient=${patient}
  ></test-fill-host>`);
  return el;
}

const $ = <T extends HTMLElement = HTMLElement>(el: HTMLElement, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends HTMLElement = HTMLElement>(el: HTMLElement, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const preview = (el: HTMLElement) => squash($(el, '#preview')?.textContent);
const inputByLabel = (el: HTMLElement, label: string) => {
  const found = $$<HTMLLabelElement>(el, 'label').find((l) => squash(l.textContent) === label);
  return found ? $<HTMLInputElement>(el, `#${CSS.escape(found.htmlFor)}`) : null;
};
const radioByLabel = (el: HTMLElement, label: string) => inputByLabel(el, label);
const legends = (el: HTMLElement) => $$(el, 'legend').map((l) => squash(l.textContent));

async function type(el: FillHost, input: HTMLInputElement | null, value: string): Promise<void> {
  if (!input) throw new Error('no such field');
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

async function typeDate(el: FillHost, id: string, date: string): Promise<void> {
  const parts = splitCalendarDate(date);
  await type(el, $<HTMLInputElement>(el, `#${id}-day`), String(Number(parts.day)));
  await type(el, $<HTMLInputElement>(el, `#${id}-month`), String(Number(parts.month)));
  await type(el, $<HTMLInputElement>(el, `#${id}-year`), parts.year);
}

async function choose(el: FillHost, label: string): Promise<void> {
  const radio = radioByLabel(el, label);
  if (!radio) throw new Error(`no radio ${label}`);
  radio.click();
  await el.updateComplete;
}

/** Waits until the host has answered `count` reviews in all. */
async function reviewed(el: FillHost, count: number): Promise<PreparedMessage | undefined> {
  await waitUntil(() => el.prepared.length >= count, `review ${count} answered`, { timeout: 8000 });
  await el.updateComplete;
  return el.prepared[count - 1];
}

const linkRequests = (path = '/v1/booking_links') => requestsTo(path);
const bodies = (path = '/v1/booking_links') =>
  Promise.all(linkRequests(path).map((r) => r.clone().json() as Promise<Record<string, unknown>>));
const route = (op: string) => apiRoutes.find((r) => r.op === op)!;
const nextWeek = () => addDays(todayInLondon(), 7);

describe('template fields and links', function () {
  this.timeout(20_000);
  useMockApi();

  describe('placeholders the kit fills, and fields for the rest', () => {
    it('fills the patient and the practice (GET /v1/me) and asks the appointment date in a date input', async () => {
      const el = await host(REMINDER);
      await waitUntil(() => $(el, '#fill-appointment_date-day'), 'the date field');
      await waitUntil(() => preview(el).includes('Millbrook Medical Practice'), 'the practice name from GET /v1/me');
      expect(legends(el)).to.include('Appointment date');
      expect(preview(el)).to.contain(
        'Dear Olivia, this is a reminder of your appointment at Millbrook Medical Practice on Appointment date',
      );
      expect($(el, '#preview mark[part="placeholder"]')!.textContent).to.contain('not filled in yet');
      expect(el.shadowRoot!.textContent).not.to.contain('{{');
      expect(requestsTo('/v1/me')).to.have.length(1);
      await expect(el).to.be.accessible();

      await typeDate(el, 'fill-appointment_date', nextWeek());
      expect(preview(el)).to.contain(`on ${formatLondonDay(nextWeek(), 'en-GB')}. Reply CANCEL`);
      expect($(el, '#preview mark')).to.equal(null);
    });

    it('asks the practice once per configuration: two hosts, one GET /v1/me', async () => {
      const el = await host(REMINDER);
      const other = await host(template('505'));
      await waitUntil(() => preview(el).includes('Millbrook') && preview(other).includes('Millbrook'), 'both filled');
      expect(requestsTo('/v1/me')).to.have.length(1);
    });

    it('a review asked for while the practice is still loading waits for it, rather than quietly refusing', async () => {
      worker.use(
        handlerFor(route('GET /v1/me'), async (info) => {
          await delay(400);
          return answer(route('GET /v1/me'), info);
        }),
      );
      const el = await host(REMINDER);
      await waitUntil(() => $(el, '#fill-appointment_date-day'));
      await typeDate(el, 'fill-appointment_date', nextWeek());
      expect(preview(el)).not.to.contain('Millbrook');
      $<HTMLButtonElement>(el, '#review')!.click();
      const ready = await reviewed(el, 1);
      expect(ready!.text).to.contain('appointment at Millbrook Medical Practice on');
    });

    it('does not ask Hero for the practice when the template does not name it or the host gave it', async () => {
      const el = await host({ id: '904', content: 'Dear {{first_name}}, see you on {{appointment_date}}.', link: 'no_link' });
      await waitUntil(() => $(el, '#fill-appointment_date-day'));
      el.template = REMINDER;
      el.extra = { practice_name: 'The Surgery' };
      await el.updateComplete;
      await typeDate(el, 'fill-appointment_date', nextWeek());
      $<HTMLButtonElement>(el, '#review')!.click();
      expect((await reviewed(el, 1))!.text).to.contain('appointment at The Surgery on');
      expect(requestsTo('/v1/me')).to.have.length(0);
    });

    it('asks for the practice name in a labelled field when GET /v1/me fails', async () => {
      worker.use(handlerFor(route('GET /v1/me'), () => HttpResponse.json({ error: true, statusCode: 500, message: 'x' }, { status: 500 })));
      const el = await host(REMINDER);
      await waitUntil(() => inputByLabel(el, 'Practice name'), 'the practice name field');
      expect(squash($(el, '#fill-practice_name-hint')?.textContent)).to.contain('did not give the practice’s details');
      await type(el, inputByLabel(el, 'Practice name'), 'Millbrook Surgery');
      expect(preview(el)).to.contain('appointment at Millbrook Surgery on');
      await expect(el).to.be.accessible();
    });

    it('refuses to review until every field is right, with the errors named by label and linked to their field', async () => {
      const el = await host(REMINDER);
      await waitUntil(() => $(el, '#fill-appointment_date-day') && preview(el).includes('Millbrook'));
      $<HTMLButtonElement>(el, '#review')!.click();
      expect(await reviewed(el, 1)).to.equal(undefined);
      expect(el.fill.errors).to.deep.equal([{ target: 'fill-appointment_date-day', message: 'Enter appointment date' }]);
      expect(squash($(el, '#fill-appointment_date-error')?.textContent)).to.equal('Error: Enter appointment date');
      await expect(el).to.be.accessible();

      // The error follows what is typed: a date gone by is refused, a real future one clears it.
      await typeDate(el, 'fill-appointment_date', addDays(todayInLondon(), -1));
      expect(squash($(el, '#fill-appointment_date-error')?.textContent)).to.contain('Appointment date must be today or in the future');
      await typeDate(el, 'fill-appointment_date', nextWeek());
      expect($(el, '#fill-appointment_date-error')).to.equal(null);
      $<HTMLButtonElement>(el, '#review')!.click();
      const ready = await reviewed(el, 2);
      expect(ready!.text).to.equal(
        `Dear Olivia, this is a reminder of your appointment at Millbrook Medical Practice on ${formatLondonDay(nextWeek(), 'en-GB')}. Reply CANCEL if you can no longer attend.`,
      );
      expect(ready!.shortLinkId).to.equal(undefined);
      expect(linkRequests()).to.have.length(0);
    });

    it('takes a time in the time field, and words am/pm doubts', async () => {
      const el = await host({ id: '900', content: 'See you at {{appointment_time}} with {{clinician}}.', link: 'no_link' });
      await waitUntil(() => inputByLabel(el, 'Appointment time'));
      expect(squash($(el, '#fill-appointment_time-hint')?.textContent)).to.equal('For example, 9:30am or 14:30');
      await type(el, inputByLabel(el, 'Appointment time'), '9:30');
      await type(el, inputByLabel(el, 'Clinician'), 'Dr Sharma');
      $<HTMLButtonElement>(el, '#review')!.click();
      expect(await reviewed(el, 1)).to.equal(undefined);
      expect(el.fill.errors.map((e) => e.message)).to.deep.equal(['Appointment time must say am or pm, like 9:30am or 9:30pm']);
      await type(el, inputByLabel(el, 'Appointment time'), '14:30');
      expect(preview(el)).to.equal('See you at 2:30pm with Dr Sharma.');
      $<HTMLButtonElement>(el, '#review')!.click();
      expect((await reviewed(el, 2))!.text).to.equal('See you at 2:30pm with Dr Sharma.');
    });
  });

  describe('booking links', () => {
    async function flu(patient: FillPatient = OLIVIA): Promise<FillHost> {
      const el = await host(FLU, patient);
      await waitUntil(() => radioByLabel(el, 'GP appointment') && radioByLabel(el, 'Castle Street Branch Surgery'), 'types and locations');
      return el;
    }

    it('asks the appointment type and the location, and says where the link goes before it exists', async () => {
      const el = await flu();
      expect(legends(el)).to.deep.equal(['Which appointment can the patient book with the link?', 'Where is the appointment?']);
      await waitUntil(() => preview(el).includes('Millbrook'));
      expect(preview(el)).to.contain('Book at Millbrook Medical Practice: booking link (added when you review the message)');
      expect(el.shadowRoot!.textContent).not.to.contain('{{');
      await expect(el).to.be.accessible();

      $<HTMLButtonElement>(el, '#review')!.click();
      expect(await reviewed(el, 1)).to.equal(undefined);
      expect(el.fill.errors.map((e) => e.message)).to.deep.equal(['Select the type of appointment']);
      await choose(el, 'GP appointment');
      $<HTMLButtonElement>(el, '#review')!.click();
      expect(await reviewed(el, 2)).to.equal(undefined);
      expect(el.fill.errors).to.deep.equal([{ target: 'fill-location-0', message: 'Select where the appointment is' }]);
      expect(linkRequests()).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('creates one link at review, for the patient, and puts its URL in the message and its id in short_link_id', async () => {
      const el = await flu();
      await choose(el, 'Blood test with the practice nurse');
      await choose(el, 'Castle Street Branch Surgery');
      expect(linkRequests()).to.have.length(0); // not per keystroke or click
      $<HTMLButtonElement>(el, '#review')!.click();
      const ready = await reviewed(el, 1);
      expect(await bodies()).to.deep.equal([{ appointment_type_id: '104', location_id: '302', patient_id: '401' }]);
      const link = mockDb.links.get(ready!.shortLinkId!)!;
      expect(link.patientId).to.equal('401');
      expect(ready!.patientId).to.equal('401');
      expect(ready!.text).to.equal(
        `Hi Olivia, you are eligible for a free NHS flu vaccination. Book at Millbrook Medical Practice: ${link.url}`,
      );
      expect(preview(el)).to.contain(link.url);
      expect(squash($(el, '[part="link-made"]')?.textContent)).to.equal('Booking link created for this patient.');
      await expect(el).to.be.accessible();

      // Back from review and on again, nothing changed: the same link, no second request.
      $<HTMLButtonElement>(el, '#review')!.click();
      expect((await reviewed(el, 2))!.shortLinkId).to.equal(ready!.shortLinkId);
      expect(linkRequests()).to.have.length(1);
    });

    it('makes a new link when what it is for changes', async () => {
      const el = await flu();
      await choose(el, 'GP appointment');
      await choose(el, 'Alveston Branch Surgery');
      $<HTMLButtonElement>(el, '#review')!.click();
      const first = await reviewed(el, 1);
      await choose(el, 'Blood pressure check');
      expect(el.fill.linkStatus).to.equal('needed');
      expect(preview(el)).not.to.contain(mockDb.links.get(first!.shortLinkId!)!.url);
      $<HTMLButtonElement>(el, '#review')!.click();
      const second = await reviewed(el, 2);
      expect(second!.shortLinkId).not.to.equal(first!.shortLinkId);
      expect((await bodies()).map((b) => b['appointment_type_id'])).to.deep.equal(['101', '107']);
    });

    it('a new patient gets a new link: the first patient’s link is never offered for them', async () => {
      const el = await flu();
      await choose(el, 'GP appointment');
      await choose(el, 'Castle Street Branch Surgery');
      $<HTMLButtonElement>(el, '#review')!.click();
      const olivia = await reviewed(el, 1);
      el.patient = MOHAMMED;
      await el.updateComplete;
      expect(el.fill.shortLinkIdFor('401')).to.equal(undefined);
      expect(el.fill.shortLinkIdFor('402')).to.equal(undefined);
      expect(radioByLabel(el, 'GP appointment')!.checked).to.equal(false); // nothing chosen for Olivia carries over
      expect(preview(el)).to.contain('Hi Mohammed');
      await choose(el, 'GP appointment');
      await choose(el, 'Castle Street Branch Surgery');
      $<HTMLButtonElement>(el, '#review')!.click();
      const mohammed = await reviewed(el, 2);
      expect(mohammed!.patientId).to.equal('402');
      expect(mohammed!.shortLinkId).not.to.equal(olivia!.shortLinkId);
      expect((await bodies()).map((b) => b['patient_id'])).to.deep.equal(['401', '402']);
      expect(mockDb.links.get(mohammed!.shortLinkId!)!.patientId).to.equal('402');
    });

    it('another tenant starts afresh: nothing chosen or made under the old one is kept', async () => {
      const el = await flu();
      await choose(el, 'GP appointment');
      await choose(el, 'Castle Street Branch Surgery');
      $<HTMLButtonElement>(el, '#review')!.click();
      expect((await reviewed(el, 1))!.shortLinkId).to.be.a('string');
      el.tenantId = '2002';
      await el.updateComplete;
      expect(el.fill.linkStatus).to.equal('needed');
      expect(el.fill.shortLinkIdFor('401')).to.equal(undefined);
      expect(preview(el)).not.to.contain('https://');
    });

    it('a link still being made when the patient changes is not given to the new patient', async () => {
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      worker.use(
        handlerFor(route('POST /v1/booking_links'), async (info) => {
          await held;
          return answer(route('POST /v1/booking_links'), info);
        }),
      );
      const el = await flu();
      await choose(el, 'GP appointment');
      await choose(el, 'Castle Street Branch Surgery');
      $<HTMLButtonElement>(el, '#review')!.click();
      await waitUntil(() => linkRequests().length === 1 && el.fill.linkStatus === 'creating', 'the link is being made');
      expect(squash($(el, '[part="loading"]')?.textContent)).to.equal('Creating the booking link…');
      el.patient = MOHAMMED;
      await el.updateComplete;
      release();
      expect(await reviewed(el, 1)).to.equal(undefined);
      expect(el.fill.linkStatus).to.equal('needed');
      expect(el.fill.shortLinkIdFor('401')).to.equal(undefined);
      expect(el.fill.shortLinkIdFor('402')).to.equal(undefined);
      expect($(el, '[part="link-made"]')).to.equal(null);
      expect(preview(el)).to.contain('Hi Mohammed');
      expect(preview(el)).not.to.contain('https://');
    });

    it('says when it cannot tell whether the link was made, never makes it again by itself, and makes a new one when asked', async () => {
      worker.use(handlerFor(route('POST /v1/booking_links'), () => new HttpResponse(null, { status: 504 })));
      const errors: string[] = [];
      const el = await flu();
      el.addEventListener('hero-error', (event) => errors.push((event as CustomEvent<{ code: string }>).detail.code));
      await choose(el, 'GP appointment');
      await choose(el, 'Castle Street Branch Surgery');
      $<HTMLButtonElement>(el, '#review')!.click();
      expect(await reviewed(el, 1)).to.equal(undefined);
      const warning = $(el, '[part~="link-unknown"]');
      expect(squash(warning?.textContent)).to.contain(
        'We could not tell whether the booking link was created. Nothing has been sent to the patient.',
      );
      expect(errors).to.deep.equal(['server']);
      await expect(el).to.be.accessible();

      // Review again: still one request, and the summary points at the deliberate button.
      $<HTMLButtonElement>(el, '#review')!.click();
      expect(await reviewed(el, 2)).to.equal(undefined);
      expect(linkRequests()).to.have.length(1);
      expect(el.fill.errors).to.deep.equal([
        { target: 'fill-link-retry', message: 'Create the booking link before you review the message' },
      ]);

      worker.resetHandlers();
      const again = $<HTMLButtonElement>(el, '#fill-link-retry')!;
      expect(squash(again.textContent)).to.equal('Create a new link');
      again.focus();
      again.click();
      await waitUntil(() => el.fill.linkStatus === 'made', 'the new link');
      await el.updateComplete;
      expect(linkRequests()).to.have.length(2);
      // Focus did not fall to the page when the button went: it is on what the link's state says.
      expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('link-made');
      expect(el.fill.errors).to.deep.equal([]);
      $<HTMLButtonElement>(el, '#review')!.click();
      const ready = await reviewed(el, 3);
      expect(ready!.shortLinkId).to.be.a('string');
      expect(linkRequests()).to.have.length(2);
    });

    it('offers a long list of appointment types as a drop-down', async () => {
      const many = [...appointmentTypes, ...[1, 2, 3].map((n) => ({ ...appointmentTypes[0]!, id: `19${n}`, name: `Clinic ${n}` }))];
      worker.use(handlerFor(route('GET /v1/appointment_types'), () => HttpResponse.json({ data: many, count: many.length })));
      const el = await host(FLU);
      await waitUntil(() => $(el, 'select#fill-type'), 'the drop-down');
      expect(inputByLabel(el, 'Which appointment can the patient book with the link?')).to.equal($(el, 'select#fill-type'));
      await choose(el, 'Castle Street Branch Surgery');
      $<HTMLButtonElement>(el, '#review')!.click();
      expect(await reviewed(el, 1)).to.equal(undefined);
      expect(el.fill.errors).to.deep.equal([{ target: 'fill-type', message: 'Select the type of appointment' }]);
      await expect(el).to.be.accessible();
      const select = $<HTMLSelectElement>(el, 'select#fill-type')!;
      select.value = '101';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      $<HTMLButtonElement>(el, '#review')!.click();
      expect((await reviewed(el, 2))!.shortLinkId).to.be.a('string');
      expect((await bodies())[0]).to.include({ appointment_type_id: '101', location_id: '302' });
    });

    it('can be used with the keyboard alone', async () => {
      const el = await flu();
      radioByLabel(el, 'GP appointment')!.focus();
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(radioByLabel(el, 'GP telephone consultation')!.checked).to.equal(true);
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(radioByLabel(el, 'Millbrook Medical Practice (main surgery)')!.checked).to.equal(true);
    });
  });

  describe('form links', () => {
    it('asks the form and the appointment date, and creates the form link for the patient at review', async () => {
      const el = await host(QUESTIONNAIRE);
      await waitUntil(
        () => legends(el).includes('Which form should the patient fill in?') && $(el, '#fill-appointment_date-day'),
        'the form list',
      );
      expect(preview(el)).to.contain('form link (added when you review the message)');
      await expect(el).to.be.accessible();
      const firstForm = $$<HTMLInputElement>(el, 'input[name="fill-form"]')[1]!;
      firstForm.click();
      await typeDate(el, 'fill-appointment_date', nextWeek());
      $<HTMLButtonElement>(el, '#review')!.click();
      const ready = await reviewed(el, 1);
      const [body] = await bodies('/v1/form_links');
      expect(body).to.deep.equal({ form_id: firstForm.value, patient_id: '401' });
      const link = mockDb.links.get(ready!.shortLinkId!)!;
      expect(link.type).to.equal('form');
      expect(link.patientId).to.equal('401');
      expect(ready!.text).to.equal(
        `Hi Olivia, please fill in this short questionnaire before your appointment on ${formatLondonDay(nextWeek(), 'en-GB')}: ${link.url}`,
      );
      expect(ready!.text).not.to.contain('{{');
    });

    it('adds the link at the end of a link template without a placeholder for it', async () => {
      const el = await host({ id: '901', content: 'Please fill in our form.', link: 'form' });
      await waitUntil(() => $$(el, 'input[name="fill-form"]').length > 0);
      $$<HTMLInputElement>(el, 'input[name="fill-form"]')[0]!.click();
      await el.updateComplete;
      $<HTMLButtonElement>(el, '#review')!.click();
      const ready = await reviewed(el, 1);
      expect(ready!.text).to.equal(`Please fill in our form.\n\n${mockDb.links.get(ready!.shortLinkId!)!.url}`);
    });

    it('refuses a template with a link it cannot make, and says why', async () => {
      const el = await host({ id: '902', content: 'Book {{booking_link}} and fill {{form_link}}', link: 'booking' });
      await waitUntil(() => $(el, '#fill-unsupported') && radioByLabel(el, 'GP appointment'));
      expect(squash($(el, '#fill-unsupported')!.textContent)).to.contain('This template has a link that cannot be made here: Form link.');
      await choose(el, 'GP appointment');
      await choose(el, 'Castle Street Branch Surgery');
      $<HTMLButtonElement>(el, '#review')!.click();
      expect(await reviewed(el, 1)).to.equal(undefined);
      expect(linkRequests()).to.have.length(0);
    });
  });

  it('a video link needs only the patient: made at review, for them', async () => {
    const el = await host({ id: '903', content: 'Hi {{first_name}}, join your video consultation here: {{video_link}}', link: 'no_link' });
    await waitUntil(() => preview(el).includes('video consultation link (added when you review the message)'));
    expect($(el, '[part="hint"]')).to.equal(null); // nothing to fill in
    $<HTMLButtonElement>(el, '#review')!.click();
    const ready = await reviewed(el, 1);
    expect(await bodies('/v1/video_links')).to.deep.equal([{ patient_id: '401' }]);
    const link = mockDb.links.get(ready!.shortLinkId!)!;
    expect(link.type).to.equal('video');
    expect(ready!.text).to.equal(`Hi Olivia, join your video consultation here: ${link.url}`);
    await expect(el).to.be.accessible();
  });

  it("speaks Welsh with the composer's Welsh table; the practice's template stays as written", async () => {
    const el = await fixture<FillHost>(html`<test-fill-host
      lang="cy"
      tenant-id=${MOCK_PRACTICE_GROUP_ID}
      base-url=${MOCK_BASE_URL}
      token-url="/api/hero-token"
      .template=${FLU}
      .patient=${OLIVIA}
    ></test-fill-host>`);
    await waitUntil(() => legends(el).length === 2 && preview(el).includes('Millbrook'), 'the Welsh fields');
    expect(legends(el)).to.deep.equal(['Pa apwyntiad y gall y claf ei archebu gyda’r ddolen?', 'Ble mae’r apwyntiad?']);
    expect(preview(el)).to.contain('Hi Olivia, you are eligible');
    expect(preview(el)).to.contain('dolen archebu (yn cael ei hychwanegu pan fyddwch yn adolygu’r neges)');
    $<HTMLButtonElement>(el, '#review')!.click();
    await reviewed(el, 1);
    expect(el.fill.errors.map((e) => e.message)).to.deep.equal(['Dewiswch y math o apwyntiad']);
    await expect(el).to.be.accessible();
  });

  it('loading the link choices ends in content or an error with a retry', async () => {
    worker.use(
      handlerFor(route('GET /v1/forms'), async () => {
        await delay(50);
        return HttpResponse.json({ error: true, statusCode: 500, message: 'x' }, { status: 500 });
      }),
    );
    const el = await host(QUESTIONNAIRE);
    await waitUntil(() => $(el, '[part~="retry-button"]'), 'the error with a retry', { timeout: 10_000 });
    await expect(el).to.be.accessible();
    worker.resetHandlers();
    $<HTMLButtonElement>(el, '[part~="retry-button"]')!.click();
    await waitUntil(() => $$(el, 'input[name="fill-form"]').length > 0, 'the forms');
  });

  describe('in the composer: every demo template sent in five clicks or fewer', () => {
    for (const demo of templates) {
      it(`${demo.id} ${demo.name}`, async () => {
        const el = await fixture<HTMLElement>(html`<hero-message-composer
          tenant-id=${MOCK_PRACTICE_GROUP_ID}
          base-url=${MOCK_BASE_URL}
          token-url="/api/hero-token"
          patient-id="401"
          channels="sms"
        ></hero-message-composer>`);
        const root = el.shadowRoot!;
        const settle = () => (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
        let clicks = 0;
        const click = async (target: HTMLElement | null, what: string) => {
          if (!target) throw new Error(`nothing to click: ${what}`);
          clicks++;
          target.click();
          await settle();
        };
        await waitUntil(() => root.querySelector('#template option[value="' + demo.id + '"]'), 'the templates', { timeout: 8000 });
        // 1: the template (a change of the select is one pick).
        clicks++;
        const select = root.querySelector<HTMLSelectElement>('#template')!;
        select.value = demo.id;
        select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
        await settle();
        await waitUntil(
          () => root.querySelector('[part~="template-fields"]') && !root.querySelector('.template-fields [part~="loading"]'),
          'the fields',
          { timeout: 8000 },
        );
        const radio = (id: string) => root.querySelector<HTMLInputElement>(`#${id}-1`) ?? root.querySelector<HTMLInputElement>(`#${id}-0`);
        if (root.querySelector('#fill-type-0')) await click(radio('fill-type'), 'an appointment type');
        if (root.querySelector('#fill-location-0')) await click(radio('fill-location'), 'a location');
        if (root.querySelector('#fill-form-0')) await click(radio('fill-form'), 'a form');
        if (root.querySelector('#fill-appointment_date-day')) {
          const date = splitCalendarDate(nextWeek());
          for (const part of ['day', 'month', 'year'] as const) {
            const input = root.querySelector<HTMLInputElement>(`#fill-appointment_date-${part}`)!;
            input.value = part === 'year' ? date.year : String(Number(date[part]));
            input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
            await settle();
          }
        }
        await click(root.querySelector('[part~="continue-button"]'), 'continue');
        await waitUntil(() => root.querySelector('[part~="send-button"], [part~="error-summary"]'), 'the review step', { timeout: 8000 });
        expect(squash(root.querySelector('[part~="error-summary"]')?.textContent)).to.equal('');
        await click(root.querySelector('[part~="send-button"]'), 'send');
        await waitUntil(() => requestsTo('/v1/messages/send').length === 1, 'the message sent', { timeout: 8000 });
        expect(clicks).to.be.at.most(5);
        const body = (await requestsTo('/v1/messages/send')[0]!.clone().json()) as {
          patient_id: string;
          message_string: string;
          short_link_id?: string;
        };
        expect(body.patient_id).to.equal('401');
        expect(body.message_string).not.to.match(/\{\{|\}\}/);
        const made = [...requestsTo('/v1/booking_links'), ...requestsTo('/v1/form_links')];
        if (demo.link === 'booking' || demo.link === 'form') {
          expect(made).to.have.length(1);
          const link = mockDb.links.get(body.short_link_id!)!;
          expect(link.patientId).to.equal('401');
          expect(link.type).to.equal(demo.link);
          expect(body.message_string).to.contain(link.url);
        } else {
          expect(made).to.have.length(0);
          expect(body.short_link_id).to.equal(undefined);
        }
      });
    }
  });
});
