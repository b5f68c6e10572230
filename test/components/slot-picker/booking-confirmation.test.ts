/**
 * The booked-appointment screen (src/components/slot-picker/booking-confirmation.ts), rendered by a
 * tiny test element that wires it the way the slot picker does: its strings in the element's
 * table, `t` and `locale` from the element, the inline form's open state kept by the element,
 * `hero-appointment-form` fired for the event offer. Asserts what a patient, a receptionist or an
 * integrator notices: the words, the calendar file's contents, the links, print, the form offer.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { MOCK_BASE_URL, MOCK_PRACTICE_GROUP_ID, SHORT_FORM_ID } from '../../../mock/index.js';
import type { Appointment } from '../../../src/api/types.js';
import '../../../src/components/form-renderer/hero-form-renderer.js';
import {
  bookingConfirmationStrings,
  bookingConfirmationStyles,
  CONFIRMATION_FORM_ID,
  renderBookingConfirmation,
  confirmationPatient,
  type AppointmentFormDetail,
  type BookingConfirmationView,
} from '../../../src/components/slot-picker/booking-confirmation.js';
import { HeroElement } from '../../../src/internal/hero-element.js';
import { baseStyles } from '../../../src/internal/styles.js';
import { uiStyles } from '../../../src/internal/ui/index.js';
import { requestsTo, useMockApi } from '../../support/mock-api.js';

type HostView = Omit<BookingConfirmationView, 't' | 'locale' | 'formOpen' | 'headingLevel'>;

class TestBookingConfirmation extends HeroElement {
  static override styles = [baseStyles, uiStyles, bookingConfirmationStyles];
  static override translations = { 'en-GB': bookingConfirmationStrings };
  static override translationKey = 'bookingConfirmationTest';
  static override properties = { view: { attribute: false }, formOpen: { state: true } };
  declare view?: HostView;
  declare protected formOpen: boolean;

  constructor() {
    super();
    this.formOpen = false;
  }

  protected override get needsConfig(): boolean {
    return false;
  }

  #fillForm = (detail: AppointmentFormDetail) => {
    if (this.view?.formOffer === 'inline') {
      this.formOpen = true;
      void this.focusOn(`#${CONFIRMATION_FORM_ID}`);
    } else this.emit('hero-appointment-form' as never, detail as never);
  };

  protected override renderContent() {
    if (!this.view) return html``;
    return renderBookingConfirmation(
      { ...this.view, headingLevel: this.headingLevel, formOpen: this.formOpen, t: (key, vars) => this.t(key, vars), locale: this.locale },
      { onFillForm: this.#fillForm, onAnother: () => this.dispatchEvent(new CustomEvent('test-another')) },
    );
  }
}
customElements.define('test-booking-confirmation', TestBookingConfirmation);

// ─── Fixtures ───

const GMT_START = '2026-12-07T09:30:00Z'; // Monday 7 December 2026, 9:30am in London
const BST_START = '2026-07-14T08:30:00Z'; // Tuesday 14 July 2026, 9:30am in London
const PHONE = '01632 960 001';
const NHS_NUMBER = '9434765919';

function appointment(overrides: Partial<Appointment> = {}): Appointment {
  return {
    id: '8005',
    patient_id: '1001',
    practitioner_id: '201',
    location_id: '301',
    appointment_type_id: '101',
    duration: 10,
    start_time: GMT_START,
    video: false,
    in_person: true,
    telephone: false,
    video_url: null,
    link_id: null,
    reserved_until: null,
    booking_confirmed_at: '2026-12-06T23:00:00Z',
    can_be_cancelled: true,
    can_be_rescheduled: true,
    cancellation_policy_hours: 24,
    suppress_mail: false,
    ...overrides,
  };
}

function view(overrides: Partial<HostView> = {}, appointmentOverrides: Partial<Appointment> = {}): HostView {
  return {
    appointment: appointment(appointmentOverrides),
    typeName: 'GP appointment',
    practitionerName: 'Dr Amelia Hart',
    locationName: 'Riverside Surgery, 1 Mill Lane, Leeds LS1 4AB',
    practiceName: 'Riverside Surgery',
    audience: 'patient',
    practicePhone: PHONE,
    formOffer: 'event',
    now: Date.parse('2026-12-06T23:00:00Z'),
    ...overrides,
  };
}

const TELEPHONE = { video: false, in_person: false, telephone: true, appointment_type_id: '102' } satisfies Partial<Appointment>;
const VIDEO = { video: true, in_person: false, telephone: false, appointment_type_id: '103', duration: 15 } satisfies Partial<Appointment>;
const VIDEO_URL = 'https://video.hero-mock.test/consult/8005';

async function confirmation(v: HostView, attrs: { headingLevel?: number } = {}): Promise<TestBookingConfirmation> {
  const el = await fixture<TestBookingConfirmation>(
    html`<test-booking-confirmation .view=${v} heading-level=${attrs.headingLevel ?? 2}></test-booking-confirmation>`,
  );
  await el.updateComplete;
  return el;
}

const $ = <T extends HTMLElement = HTMLElement>(el: HTMLElement, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends HTMLElement = HTMLElement>(el: HTMLElement, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const text = (el: HTMLElement, selector = '.booking-confirmation') => squash($(el, selector)?.textContent);
const part = <T extends HTMLElement = HTMLElement>(el: HTMLElement, name: string) => $<T>(el, `[part~="${name}"]`);
const rows = (el: HTMLElement) =>
  Object.fromEntries(
    $$(el, '.summary-row').map((row) => [squash(row.querySelector('dt')?.textContent), squash(row.querySelector('dd')?.textContent)]),
  );
const focused = (el: HTMLElement) => el.shadowRoot!.activeElement as HTMLElement | null;
const links = (el: HTMLElement) => $$<HTMLAnchorElement>(el, 'a[part~="calendar-link"]');

/** Everything the element shows, links to or says: text and every attribute in its shadow root. */
function everything(el: HTMLElement): string {
  const out: string[] = [];
  const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) out.push(node.textContent ?? '');
    else for (const attribute of (node as Element).attributes) out.push(decodeURIComponent(attribute.value.replace(/\+/g, ' ')));
  }
  return out.join('\n');
}

/**
 * Clicks "Download a calendar file" and catches the download: the temporary link's address and
 * file name, the file's text (read from the object URL before it is revoked), and the revoke.
 */
async function downloadIcs(el: HTMLElement): Promise<{ name: string; text: string; type: string; revoked: () => boolean }> {
  const revokedUrls: string[] = [];
  const revoke = URL.revokeObjectURL.bind(URL);
  URL.revokeObjectURL = (url: string) => {
    revokedUrls.push(url);
    revoke(url);
  };
  let caught: HTMLAnchorElement | undefined;
  const catcher = (event: Event) => {
    const target = event.target;
    if (target instanceof HTMLAnchorElement && target.hasAttribute('download')) {
      event.preventDefault();
      caught = target;
    }
  };
  document.addEventListener('click', catcher, true);
  try {
    part(el, 'calendar-link')!.click();
  } finally {
    document.removeEventListener('click', catcher, true);
  }
  if (!caught) throw new Error('no download link was clicked');
  const href = caught.href;
  expect(href.startsWith('blob:')).to.equal(true);
  expect(caught.isConnected, 'the temporary link is removed').to.equal(false);
  const response = await fetch(href);
  const blob = await response.blob();
  return {
    name: caught.download,
    text: await blob.text(),
    type: blob.type,
    revoked: () => {
      const done = revokedUrls.includes(href);
      if (done) URL.revokeObjectURL = revoke;
      return done;
    },
  };
}

/** An iCalendar property's value (after unfolding). */
function icsProperty(ics: string, name: string): string | undefined {
  return ics
    .replace(/\r\n /g, '')
    .split('\r\n')
    .find((line) => line.startsWith(`${name}:`))
    ?.slice(name.length + 1);
}

useMockApi();

describe('booking confirmation', () => {
  describe('in person, for a patient', () => {
    it('shows the confirmation panel with the reference, the details in London time, and is accessible', async () => {
      const el = await confirmation(view());
      const heading = $(el, 'h2#booked-heading')!;
      expect(squash(heading.textContent)).to.equal('Appointment booked');
      expect(heading.getAttribute('tabindex')).to.equal('-1');
      expect(squash(part(el, 'confirmation-panel')!.textContent)).to.equal('Appointment booked Booking reference 8005');
      expect(squash(part(el, 'reference')!.textContent)).to.equal('8005');
      expect(text(el)).to.contain('Give this reference if you contact the practice about your appointment.');
      expect(rows(el)).to.deep.equal({
        'Date and time': 'Monday 7 December 2026 at 9:30am',
        Appointment: 'GP appointment',
        With: 'Dr Amelia Hart',
        Where: 'Riverside Surgery, 1 Mill Lane, Leeds LS1 4AB',
        Length: '10 minutes',
      });
      expect(part(el, 'confirmation')!.getAttribute('aria-labelledby')).to.equal('booked-heading');
      expect($$(el, 'h3').map((h) => squash(h.textContent))).to.deep.equal(['Appointment details', 'Add to your calendar']);
      await expect(el).to.be.accessible();
    });

    it('takes the picker’s heading, notice, cost and "Book another appointment", by keyboard', async () => {
      const el = await confirmation(
        view({
          heading: 'Appointment moved',
          notice: 'Your appointment has moved.',
          cost: 'Free (NHS)',
          anotherLabel: 'Book another appointment',
        }),
      );
      expect(squash($(el, '#booked-heading')!.textContent)).to.equal('Appointment moved');
      expect(squash(part(el, 'notice')!.textContent)).to.equal('Your appointment has moved.');
      expect(rows(el)).to.include({ Cost: 'Free (NHS)' });
      const button = $(el, '.another-button')!;
      expect(squash(button.textContent)).to.equal('Book another appointment');
      button.focus();
      const fired = oneEvent(el, 'test-another');
      await sendKeys({ press: 'Enter' });
      await fired;
      await expect(el).to.be.accessible();
    });

    it('writes a BST appointment in London wall-clock time', async () => {
      const el = await confirmation(view({}, { start_time: BST_START }));
      expect(rows(el)['Date and time']).to.equal('Tuesday 14 July 2026 at 9:30am');
    });

    it('says how to cancel: the policy in hours and the practice phone', async () => {
      const el = await confirmation(view());
      expect(squash($(el, '.confirmation-policy')!.textContent)).to.equal(
        `If you cannot go, cancel at least 24 hours before your appointment so someone else can have it. To cancel or change it, call the practice on ${PHONE}.`,
      );
    });

    it('without a known policy or phone, says to contact the practice', async () => {
      const el = await confirmation(view({ practicePhone: undefined }, { cancellation_policy_hours: 0 }));
      expect(squash($(el, '.confirmation-policy')!.textContent)).to.equal('To cancel or change it, contact the practice.');
    });

    it('uses the duration given when the appointment has none, and falls back for a missing clinician and place', async () => {
      const el = await confirmation(view({ duration: 20, practitionerName: undefined, locationName: undefined }, { duration: 0 }));
      expect(rows(el)).to.include({ Length: '20 minutes', With: 'A clinician', Where: 'The practice' });
    });

    it('shows no date, calendar or telephone words when the appointment has no start time', async () => {
      const el = await confirmation(view({}, { ...TELEPHONE, start_time: null }));
      expect(rows(el)).not.to.have.property('Date and time');
      expect(part(el, 'calendar')).to.equal(null);
      expect(text(el)).not.to.contain('will call you');
      await expect(el).to.be.accessible();
    });
  });

  describe('add to calendar', () => {
    it('downloads an .ics of the appointment in UTC, named by its day, and revokes the object URL', async () => {
      const el = await confirmation(view({}, { start_time: BST_START }));
      const file = await downloadIcs(el);
      expect(file.name).to.equal('appointment-2026-07-14.ics');
      expect(file.type).to.equal('text/calendar;charset=utf-8');
      expect(file.text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).to.equal(true);
      expect(icsProperty(file.text, 'METHOD')).to.equal('PUBLISH');
      expect(icsProperty(file.text, 'UID')).to.equal('hero-appointment-8005@hero-elements');
      expect(icsProperty(file.text, 'DTSTAMP')).to.equal('20261206T230000Z');
      expect(icsProperty(file.text, 'DTSTART')).to.equal('20260714T083000Z');
      expect(icsProperty(file.text, 'DTEND')).to.equal('20260714T084000Z');
      expect(icsProperty(file.text, 'SUMMARY')).to.equal('GP appointment\\, Riverside Surgery');
      expect(icsProperty(file.text, 'LOCATION')).to.equal('Riverside Surgery\\, 1 Mill Lane\\, Leeds LS1 4AB');
      expect(icsProperty(file.text, 'DESCRIPTION')).to.equal(
        `Booking reference: 8005\\nTo cancel or change it\\, call the practice on ${PHONE}.`,
      );
      await waitUntil(file.revoked, 'the object URL is revoked', { timeout: 3000 });
    });

    it('offers Google Calendar and Outlook.com links that open in a new tab and say so', async () => {
      const el = await confirmation(view());
      const [google, outlook] = links(el);
      expect(squash(google!.textContent)).to.equal('Add to Google Calendar (opens in a new tab)');
      expect(squash(outlook!.textContent)).to.equal('Add to Outlook.com (opens in a new tab)');
      expect(squash(google!.querySelector('.visually-hidden')!.textContent)).to.equal('(opens in a new tab)');
      for (const link of [google!, outlook!]) {
        expect(link.target).to.equal('_blank');
        expect(link.rel).to.equal('noopener noreferrer');
      }
      const g = new URL(google!.href);
      expect(g.origin + g.pathname).to.equal('https://calendar.google.com/calendar/render');
      expect(g.searchParams.get('text')).to.equal('GP appointment, Riverside Surgery');
      expect(g.searchParams.get('dates')).to.equal('20261207T093000Z/20261207T094000Z');
      const o = new URL(outlook!.href);
      expect(o.origin + o.pathname).to.equal('https://outlook.live.com/calendar/deeplink/compose');
      expect(o.searchParams.get('startdt')).to.equal('2026-12-07T09:30:00Z');
      expect(o.searchParams.get('enddt')).to.equal('2026-12-07T09:40:00Z');
      expect(o.searchParams.get('subject')).to.equal('GP appointment, Riverside Surgery');
    });

    it('a custom onDownloadIcs gets the file instead of a download', async () => {
      let got: { text: string; fileName: string } | undefined;
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      const { render } = await import('lit');
      const v: BookingConfirmationView = { ...view(), headingLevel: 2, t: (key, vars) => formatEnglish(key, vars), locale: 'en-GB' };
      render(renderBookingConfirmation(v, { onFillForm: () => undefined, onDownloadIcs: (file) => void (got = file) }), host);
      host.querySelector<HTMLButtonElement>('button[part~="calendar-link"]')!.click();
      expect(got?.fileName).to.equal('appointment-2026-12-07.ics');
      expect(icsProperty(got!.text, 'DTSTART')).to.equal('20261207T093000Z');
    });
  });

  describe('print', () => {
    it('prints only the confirmation: the page is hidden around the element while the dialog is open, then restored', async () => {
      const el = await confirmation(view());
      const original = window.print;
      let during: { marked: boolean; style: string } | undefined;
      let calls = 0;
      window.print = () => {
        calls += 1;
        during = {
          marked: el.hasAttribute('data-hero-printing'),
          style: document.getElementById('hero-elements-print')?.textContent ?? '',
        };
      };
      try {
        const button = part(el, 'print-button')!;
        expect(squash(button.textContent)).to.equal('Print this page');
        button.focus();
        await sendKeys({ press: 'Enter' });
        await waitUntil(() => calls === 1, 'window.print was called');
        expect(during?.marked).to.equal(true);
        expect(during?.style).to.contain('@media print');
        expect(during?.style).to.contain('visibility:hidden');
        window.dispatchEvent(new Event('afterprint'));
        expect(el.hasAttribute('data-hero-printing')).to.equal(false);
        expect(document.getElementById('hero-elements-print')).to.equal(null);
        expect(focused(el)).to.equal(button);
        expect(calls).to.equal(1);
      } finally {
        window.print = original;
      }
    });

    it('inside another component’s shadow root, keeps that component (the page style cannot reach further in)', async () => {
      const outer = await fixture<HTMLDivElement>(html`<div></div>`);
      const shadow = outer.attachShadow({ mode: 'open' });
      const el = document.createElement('test-booking-confirmation') as TestBookingConfirmation;
      el.view = view();
      shadow.append(el);
      await el.updateComplete;
      const original = window.print;
      let marked: boolean[] = [];
      window.print = () => void (marked = [outer.hasAttribute('data-hero-printing'), el.hasAttribute('data-hero-printing')]);
      try {
        part(el, 'print-button')!.click();
        expect(marked).to.deep.equal([true, false]);
        window.dispatchEvent(new Event('afterprint'));
        expect(outer.hasAttribute('data-hero-printing')).to.equal(false);
      } finally {
        window.print = original;
      }
    });

    it('marks the buttons and calendar links not to print', async () => {
      const el = await confirmation(view({ formId: SHORT_FORM_ID }));
      for (const name of ['print-button', 'form-button', 'calendar']) {
        const node = part(el, name)!;
        expect(node.closest('.no-print'), name).not.to.equal(null);
      }
    });
  });

  describe('telephone', () => {
    it('tells the patient the practice will call, with the time in words', async () => {
      const el = await confirmation(view({ typeName: 'GP telephone consultation' }, TELEPHONE));
      expect(rows(el)['Where']).to.equal('Telephone');
      expect(squash($(el, '.confirmation-telephone')!.textContent)).to.equal(
        'Your telephone appointment The practice will call you on Monday 7 December 2026 at about 9:30am. Keep your phone with you and switched on. The call may show as a withheld number.',
      );
      await expect(el).to.be.accessible();
    });

    it('tells staff to call the patient, and the calendar says it is a call', async () => {
      const el = await confirmation(view({ audience: 'staff', typeName: 'GP telephone consultation' }, TELEPHONE));
      expect(text(el, '.confirmation-telephone p')).to.equal(
        'Call the patient on Monday 7 December 2026 at 9:30am. Check their phone number in their record before the call.',
      );
      const file = await downloadIcs(el);
      expect(icsProperty(file.text, 'LOCATION')).to.equal('Telephone');
      expect(icsProperty(file.text, 'DESCRIPTION')).to.contain('The practice will call you.');
    });
  });

  describe('video', () => {
    it('links to an https video call in a new tab, and puts it in the calendar', async () => {
      const el = await confirmation(view({ typeName: 'GP video consultation' }, { ...VIDEO, video_url: VIDEO_URL }));
      expect(rows(el)).to.include({ Where: 'Video call', Length: '15 minutes' });
      const link = part<HTMLAnchorElement>(el, 'video-link')!;
      expect(link.href).to.equal(VIDEO_URL);
      expect(link.target).to.equal('_blank');
      expect(link.rel).to.equal('noopener noreferrer');
      expect(squash(link.textContent)).to.equal('Join the video call (opens in a new tab)');
      expect(text(el, '.confirmation-video')).to.contain('Join the call a few minutes before 9:30am on Monday 7 December 2026');
      const file = await downloadIcs(el);
      expect(icsProperty(file.text, 'URL')).to.equal(VIDEO_URL);
      expect(icsProperty(file.text, 'DESCRIPTION')).to.contain(`Video call: ${VIDEO_URL}`);
      await expect(el).to.be.accessible();
    });

    for (const unsafe of ['http://video.hero-mock.test/consult/8005', 'javascript:alert(1)', 'not a url']) {
      it(`does not link a video address that is not https (${unsafe})`, async () => {
        const el = await confirmation(view({}, { ...VIDEO, video_url: unsafe }));
        expect(part(el, 'video-link')).to.equal(null);
        expect(everything(el)).not.to.contain(unsafe);
        expect(text(el, '.confirmation-video')).to.contain('The practice will send you a link to join the call before your appointment.');
      });
    }

    it('staff see "Open the video call", or that there is no link yet', async () => {
      const withLink = await confirmation(view({ audience: 'staff' }, { ...VIDEO, video_url: VIDEO_URL }));
      expect(squash(part(withLink, 'video-link')!.textContent)).to.equal('Open the video call (opens in a new tab)');
      const without = await confirmation(view({ audience: 'staff' }, VIDEO));
      expect(text(without, '.confirmation-video')).to.contain('There is no video link on this appointment yet.');
    });
  });

  describe('staff', () => {
    const staff = () => view({ audience: 'staff', patient: { name: 'Jane Smith', nhsNumber: NHS_NUMBER, dateOfBirth: '1985-03-14' } });

    it('shows the patient row and staff wording, at the heading level asked for', async () => {
      const el = await confirmation(staff(), { headingLevel: 3 });
      expect(squash($(el, 'h3#booked-heading')!.textContent)).to.equal('Appointment booked');
      expect($$(el, 'h4').length).to.be.greaterThan(0);
      expect(rows(el)).to.include({ Patient: 'Jane Smith', 'NHS number': '943 476 5919', 'Date of birth': '14 March 1985' });
      expect(text(el)).to.contain('Quote this reference to find the appointment in Hero.');
      expect(squash($(el, '.confirmation-policy')!.textContent)).to.equal('The patient can cancel up to 24 hours before the appointment.');
      expect(squash($(el, '#confirmation-calendar-heading')!.textContent)).to.equal('Add to a calendar');
      await expect(el).to.be.accessible();
    });

    it('never puts the patient’s name or NHS number in the calendar file or links', async () => {
      const el = await confirmation(staff());
      const file = await downloadIcs(el);
      const links_ = links(el).map((a) => decodeURIComponent(a.href));
      for (const secret of ['Jane', 'Smith', NHS_NUMBER, '943 476 5919', '1985']) {
        expect(file.text, secret).not.to.contain(secret);
        for (const href of links_) expect(href, secret).not.to.contain(secret);
      }
    });

    it('takes the patient row from the picker’s normalised patient, restricted records included', async () => {
      const patient = {
        id: '1004',
        title: 'Ms',
        first_name: 'Jane',
        last_name: 'Smith',
        dob: '1985-03-14',
        sex: null,
        nhs_number: NHS_NUMBER,
        deceased_at: null,
        restricted: true,
        archived: false,
        has_mobile: true,
        has_email: false,
      };
      const el = await confirmation(
        view({ audience: 'staff', patient: confirmationPatient(patient as Parameters<typeof confirmationPatient>[0]) }),
      );
      expect(rows(el)).to.include({ Patient: 'Ms Jane Smith', 'NHS number': '943 476 5919', 'Date of birth': '14 March 1985' });
    });

    it('a patient never sees a patient row, even when one is given', async () => {
      const el = await confirmation({ ...staff(), audience: 'patient' });
      expect(rows(el)).not.to.have.property('Patient');
      expect(everything(el)).not.to.contain('Jane Smith');
    });
  });

  describe('form offer', () => {
    it('is not offered when the booked type has no form', async () => {
      const el = await confirmation(view());
      expect(part(el, 'form-offer')).to.equal(null);
    });

    it('event: "Fill in the form now" fires hero-appointment-form with the appointment and form, by keyboard', async () => {
      const el = await confirmation(view({ formId: SHORT_FORM_ID, formOffer: 'event' }));
      expect(text(el, '[part~="form-offer"]')).to.equal(
        'Before your appointment Fill in a short form so the clinician can prepare for your appointment. Fill in the form now',
      );
      await expect(el).to.be.accessible();
      const button = part(el, 'form-button')!;
      button.focus();
      const fired = oneEvent(el, 'hero-appointment-form');
      await sendKeys({ press: 'Enter' });
      const event = (await fired) as CustomEvent<AppointmentFormDetail>;
      expect(event.detail).to.deep.equal({ appointment_id: '8005', form_id: SHORT_FORM_ID });
      expect(event.bubbles && event.composed).to.equal(true);
      expect($(el, '.confirmation-form')).to.equal(null);
    });

    it('inline: the form opens inside the confirmation for the booked appointment’s patient, and takes focus', async () => {
      const el = await confirmation(
        view({
          formId: SHORT_FORM_ID,
          formOffer: 'inline',
          // The host has moved on to another patient: the form still belongs to the appointment's.
          patientId: '1004',
          formConfig: { tenantId: MOCK_PRACTICE_GROUP_ID, baseUrl: MOCK_BASE_URL, tokenUrl: '/api/hero-token' },
        }),
      );
      part(el, 'form-button')!.click();
      await waitUntil(() => focused(el)?.id === CONFIRMATION_FORM_ID, 'focus moved to the form');
      const form = $(el, 'hero-form-renderer') as HTMLElement & { updateComplete: Promise<boolean> };
      expect(form.getAttribute('form-id')).to.equal(SHORT_FORM_ID);
      expect(form.getAttribute('appointment-id')).to.equal('8005');
      expect(form.getAttribute('patient-id')).to.equal('1001');
      expect(form.getAttribute('heading-level'), 'under the offer’s own heading').to.equal('4');
      expect(part(el, 'form-button')).to.equal(null);
      await waitUntil(() => squash(form.shadowRoot?.textContent).includes('Before your appointment'), 'the form loaded', { timeout: 8000 });
      expect(requestsTo(`/v1/forms/${SHORT_FORM_ID}`).length).to.be.greaterThan(0);
      await expect(el).to.be.accessible();
    });

    it('inline: staff wording', async () => {
      const el = await confirmation(view({ audience: 'staff', formId: SHORT_FORM_ID, formOffer: 'inline' }));
      expect(text(el, '[part~="form-offer"]')).to.equal(
        'Form for this appointment This appointment has a form. You can fill it in with the patient now. Fill in the form now',
      );
    });
  });

  describe('reflow', () => {
    afterEach(() => setViewport({ width: 800, height: 600 }));

    it('fits 320 CSS pixels with no horizontal scroll, long reference and address included (WCAG 1.4.10)', async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await confirmation(
        view(
          {
            audience: 'staff',
            formId: SHORT_FORM_ID,
            locationName: 'Riverside Surgery Annexe, Unit 14 Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch Business Park',
            patient: { name: 'Jane Smith', nhsNumber: NHS_NUMBER, dateOfBirth: '1985-03-14' },
          },
          { ...VIDEO, id: 'A1B2C3D4E5F6G7H8J9K0L1M2N3P4Q5R6', video_url: `${VIDEO_URL}?token=${'x'.repeat(120)}` },
        ),
      );
      expect(part(el, 'reference')!.getBoundingClientRect().right).to.be.at.most(320);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    });
  });

  describe('keyboard', () => {
    it('reaches every action in reading order with Tab', async () => {
      const el = await confirmation(view({ formId: SHORT_FORM_ID }, { ...VIDEO, video_url: VIDEO_URL }));
      const expected = ['video-link', 'form-button', 'calendar-link', 'calendar-link', 'calendar-link', 'print-button'];
      part(el, 'video-link')!.focus();
      const seen = [focused(el)!.getAttribute('part')];
      for (let i = 1; i < expected.length; i++) {
        await sendKeys({ press: 'Tab' });
        seen.push(focused(el)?.getAttribute('part') ?? null);
      }
      expect(seen).to.deep.equal(expected);
    });
  });
});

/** The English strings with placeholders filled, for rendering without an element. */
function formatEnglish(key: string, vars: Record<string, string | number> = {}): string {
  const message = (bookingConfirmationStrings as Record<string, string | ((v: Record<string, string | number>) => string)>)[key];
  if (message === undefined) return key;
  return typeof message === 'function'
    ? message(vars)
    : message.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}
