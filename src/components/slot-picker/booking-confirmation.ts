/**
 * The booked-appointment screen of `<hero-slot-picker>`: an NHS confirmation panel with the booking
 * reference, the appointment's details, how a telephone or video appointment happens, the
 * cancellation policy, the appointment type's form when it has one, "Add to calendar" (an `.ics`
 * download, Google and Outlook.com links) and "Print". A view model in, callbacks out; no state of
 * its own (the host keeps whether the inline form is open). API strings are bound as text.
 *
 * Wiring it into an element (the slot picker):
 * - strings: spread `bookingConfirmationStrings` (booking-confirmation.strings.ts) into the
 *   element's English table, and the Welsh `bookingConfirmation` block of src/locales/cy.ts into its
 *   Welsh table, then pass `t: (key, vars) => this.t(key, vars)`;
 * - styles: add `bookingConfirmationStyles` after `uiStyles` (it includes the print styles);
 * - `onFillForm`: with `formOffer: 'event'` emit `hero-appointment-form` with the detail given;
 *   with `'inline'` set `formOpen: true`, call `loadFormRenderer()` and `focusOn(\`#${CONFIRMATION_FORM_ID}\`)`;
 * - focus the heading (`headingId`, focusable) when the screen appears;
 * - the picker's own pieces go in through the view: `heading` (a reschedule's "Appointment moved"),
 *   `notice`, `cost`, `anotherLabel` + `onAnother` ("Book another appointment"), and `patient`
 *   from its normalised patient via `confirmationPatient(patient)` (staff only).
 *
 * Parts (for the slot picker's class JSDoc; `confirmation` and `notice` it documents already):
 *
 * @csspart confirmation-panel - The "Appointment booked" panel with the booking reference.
 * @csspart reference - The booking reference (the appointment's id) in the panel.
 * @csspart video-link - "Join the video call" (https only; opens in a new tab).
 * @csspart form-offer - The offer of the appointment type's form ("Before your appointment").
 * @csspart form-button - "Fill in the form now".
 * @csspart calendar - "Add to your calendar": the calendar file and the Google / Outlook.com links.
 * @csspart calendar-link - One way to add the appointment to a calendar (the .ics download button or a link).
 * @csspart print-button - "Print this page".
 *
 * Safety: the inline form is bound to the appointment's own `patient_id` (the patient it was booked
 * for), not to whatever patient the host names now; the calendar file and links carry the type,
 * practice, time, place and reference only, never the patient's name or NHS number.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Appointment } from '../../api/types.js';
import { calendarDateFrom, formatCalendarDate } from '../../domain/calendar-date.js';
import {
  googleCalendarUrl,
  ICS_MIME_TYPE,
  icsFile,
  icsFileName,
  outlookCalendarUrl,
  safeHttpsUrl,
  type CalendarEvent,
} from '../../domain/calendar-file.js';
import { londonDayAndTime } from '../../domain/london-time.js';
import { formatNhsNumber } from '../../domain/nhs-number.js';
import { patientName, type HeroPatient } from '../../domain/patient.js';
import type { HeroConfigElement } from '../../internal/hero-element.js';
import { renderHeading, renderSummaryList, subLevel, type SummaryRow, type Translate } from '../../internal/ui/index.js';
import { loadFormRenderer as loadFormRendererModule } from '../lazy-elements.js';

export { bookingConfirmationStrings, type BookingConfirmationStrings } from './booking-confirmation.strings.js';
export { bookingConfirmationStyles } from './booking-confirmation.styles.js';

/** How the appointment happens, from the appointment's own flags (video, then telephone, else in person). */
export type AppointmentKind = 'in_person' | 'telephone' | 'video';

/** `form-offer`: show the type's form inside the confirmation (`inline`), or fire `hero-appointment-form` (`event`, default). */
export type FormOffer = 'inline' | 'event';

/** Detail of `hero-appointment-form`: the booked appointment has a form the host may show. */
export interface AppointmentFormDetail {
  appointment_id: string;
  form_id: string;
}

/** The patient row staff see (already protected by the patient normaliser: only allow-listed fields). */
export interface ConfirmationPatient {
  /** The name as the element shows it elsewhere (`patientName()`). */
  name: string;
  nhsNumber?: string | null | undefined;
  /** `YYYY-MM-DD`. */
  dateOfBirth?: string | null | undefined;
}

export interface BookingConfirmationView {
  /** The booked appointment as decoded (`PATCH /v1/appointments/{id}/book` or read back). */
  appointment: Appointment;
  /** The booked type's name, from the picker's reference data. */
  typeName?: string | undefined;
  /** The booked type's `form_id`; without one there is no form offer. */
  formId?: string | null | undefined;
  /** Minutes, when the appointment's own `duration` is missing (0): the type's or the slot's length. */
  duration?: number | undefined;
  /** The clinician's name (`patientName()` of the practitioner). */
  practitionerName?: string | undefined;
  /** The place of an in-person appointment, as one line (name and address). */
  locationName?: string | undefined;
  /** The practice's name, for the calendar event's title. */
  practiceName?: string | undefined;
  audience: 'patient' | 'staff';
  /** Staff only: the patient the appointment was booked for. */
  patient?: ConfirmationPatient | undefined;
  /** The element's `practice-phone`, for "call the practice" wording. */
  practicePhone?: string | undefined;
  /** The host's `patient-id`; used for the inline form only when the appointment names no patient. */
  patientId?: string | undefined;
  formOffer: FormOffer;
  /** Inline offer: the form is shown (the host sets this in `onFillForm`). */
  formOpen?: boolean | undefined;
  /** Inline offer: the host's own configuration, passed to the nested form when it has no `<hero-provider>` to inherit. */
  formConfig?: FormConfig | undefined;
  /** The heading, default "Appointment booked" (a reschedule says the appointment moved). */
  heading?: string | undefined;
  /** A notice under the panel (the outcome was read back, the patient changed, …). */
  notice?: string | undefined;
  /** The cost row's value, already in words ("Free (NHS)", "£35"); no row without it. */
  cost?: string | undefined;
  /** A last button beside "Print this page" (the picker's "Book another appointment"), with `onAnother`. */
  anotherLabel?: string | undefined;
  /** The level of the "Appointment booked" heading (the element's `heading-level`). */
  headingLevel: number;
  /** Id of the heading (focusable), default `booked-heading`. */
  headingId?: string | undefined;
  t: Translate;
  locale: string;
  /** `DTSTAMP` of the calendar file; default now. */
  now?: number | undefined;
}

export interface BookingConfirmationCallbacks {
  /** "Fill in the form now". */
  onFillForm: (detail: AppointmentFormDetail) => void;
  /** "Download a calendar file"; default `downloadCalendarFile(...)`. */
  onDownloadIcs?: ((file: { text: string; fileName: string }) => void) | undefined;
  /** "Print this page"; default `printConfirmation(...)` for the element the button is in. */
  onPrint?: ((event: Event) => void) | undefined;
  /** The button named by `anotherLabel`. */
  onAnother?: (() => void) | undefined;
}

/** The host's own configuration properties, handed to the inline `<hero-form-renderer>`. */
export type FormConfig = Partial<
  Pick<
    HeroConfigElement,
    'tenantId' | 'env' | 'baseUrl' | 'jwtToken' | 'tokenUrl' | 'tokenProvider' | 'auth' | 'requestTimeout' | 'practicePhone'
  >
>;

/** The staff patient row from the picker's (normalised, restricted-safe) patient. */
export function confirmationPatient(patient: HeroPatient): ConfirmationPatient {
  return { name: patientName(patient), nhsNumber: patient.nhs_number, dateOfBirth: patient.dob };
}

/** Id of the region the inline form renders in (focus it after "Fill in the form now"). */
export const CONFIRMATION_FORM_ID = 'confirmation-form';

/** How the appointment happens. */
export function appointmentKind(appointment: Pick<Appointment, 'video' | 'telephone'>): AppointmentKind {
  return appointment.video ? 'video' : appointment.telephone ? 'telephone' : 'in_person';
}

const MINUTE_MS = 60_000;

/** The appointment's start and end instants (ms), or undefined when it has no start time. */
function times(view: BookingConfirmationView): { start: number; end: number } | undefined {
  const start = view.appointment.start_time ? Date.parse(view.appointment.start_time) : NaN;
  if (!Number.isFinite(start)) return undefined;
  const minutes = view.appointment.duration || view.duration || 0;
  return { start, end: start + minutes * MINUTE_MS };
}

/** The place in words: the location for an in-person appointment, else "Telephone" / "Video call". */
function place(view: BookingConfirmationView): string {
  const kind = appointmentKind(view.appointment);
  if (kind === 'telephone') return view.t('confirmation.telephone');
  if (kind === 'video') return view.t('confirmation.video');
  return view.locationName || view.t('confirmation.unknownLocation');
}

/**
 * The calendar event for the booked appointment, in the reader's language: title "type, practice",
 * the place, and notes (reference, how it happens, how to cancel). Nothing that names the patient.
 * Undefined when the appointment has no start time.
 */
export function confirmationEvent(view: BookingConfirmationView): CalendarEvent | undefined {
  const when = times(view);
  if (!when) return undefined;
  const { t, appointment } = view;
  const type = view.typeName || t('confirmation.type');
  const title = view.practiceName ? t('confirmation.calendar.title', { type, practice: view.practiceName }) : type;
  const kind = appointmentKind(appointment);
  const video = kind === 'video' ? safeHttpsUrl(appointment.video_url) : undefined;
  const notes = [
    t('confirmation.calendar.reference', { reference: appointment.id }),
    kind === 'telephone' ? t('confirmation.calendar.telephone') : '',
    video ? t('confirmation.calendar.video', { url: video }) : '',
    view.practicePhone ? t('confirmation.cancel.call', { phone: view.practicePhone }) : '',
  ];
  return {
    uid: `hero-appointment-${appointment.id}@hero-elements`,
    start: when.start,
    end: when.end,
    title,
    location: place(view),
    description: notes.filter(Boolean).join('\n'),
    url: video,
    stamp: view.now,
  };
}

/**
 * Downloads `text` as a file: a Blob behind an object URL, clicked through a temporary link, the URL
 * revoked once the browser has taken it.
 */
export function downloadCalendarFile(file: { text: string; fileName: string }, revokeAfterMs = 1000): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: ICS_MIME_TYPE }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.hidden = true;
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), revokeAfterMs);
  }
}

const PRINT_ATTRIBUTE = 'data-hero-printing';
const PRINT_STYLE_ID = 'hero-elements-print';

/**
 * Prints only `host` (the element showing the confirmation): while the print dialog is open a page
 * style hides everything else and places the element at the top of the page; it is removed after
 * printing. Inside the element, `bookingConfirmationStyles` hides the buttons and links that mean
 * nothing on paper. (Printing from the browser's own menu still drops the buttons.) When the element
 * sits in another component's shadow root, the page style cannot reach it, so the outermost host in
 * the document is the one kept.
 */
export function printConfirmation(element: Element): void {
  let host = element;
  for (let root = host.getRootNode(); root instanceof ShadowRoot; root = host.getRootNode()) host = root.host;
  const doc = host.ownerDocument;
  let style = doc.getElementById(PRINT_STYLE_ID);
  if (!style) {
    style = doc.createElement('style');
    style.id = PRINT_STYLE_ID;
    style.textContent = `@media print{body *{visibility:hidden!important}[${PRINT_ATTRIBUTE}],[${PRINT_ATTRIBUTE}] *{visibility:visible!important}[${PRINT_ATTRIBUTE}]{position:absolute!important;inset:0 0 auto 0!important;margin:0!important}}`;
    doc.head.append(style);
  }
  host.setAttribute(PRINT_ATTRIBUTE, '');
  const view = doc.defaultView ?? window;
  const cleanUp = () => {
    host.removeAttribute(PRINT_ATTRIBUTE);
    doc.getElementById(PRINT_STYLE_ID)?.remove();
  };
  view.addEventListener('afterprint', cleanUp, { once: true });
  view.print();
}

/** The element whose shadow root holds `node` (or the node's document element). */
function hostOf(node: EventTarget | null): Element {
  const root = node instanceof Node ? node.getRootNode() : undefined;
  return root instanceof ShadowRoot ? root.host : document.documentElement;
}

/**
 * Registers `<hero-form-renderer>` for the inline form offer, loaded only when the user asks for the
 * form (its module is a separate chunk, so the picker's own bundle does not grow).
 */
export async function loadFormRenderer(): Promise<void> {
  if (!customElements.get('hero-form-renderer')) await loadFormRendererModule();
}

function newTab(t: Translate, text: string): TemplateResult {
  return html`${text}<span class="visually-hidden"> ${t('confirmation.newTab')}</span>`;
}

function renderPanel(view: BookingConfirmationView): TemplateResult {
  const { t, audience } = view;
  return html`<div class="confirmation-panel" part="confirmation-panel">
      ${renderHeading(view.headingLevel, view.heading ?? t('confirmation.heading'), { id: view.headingId ?? 'booked-heading', size: 'l', focusable: true })}
      <p class="confirmation-reference">
        ${t('confirmation.reference')} <br /><strong class="reference" part="reference">${view.appointment.id}</strong>
      </p>
    </div>
    <p class="hint">${t(`confirmation.reference.${audience}`)}</p>
    ${view.notice ? html`<p class="message" part="notice">${view.notice}</p>` : nothing}`;
}

function renderDetails(view: BookingConfirmationView, level: number): TemplateResult {
  const { t, locale, appointment, patient } = view;
  const when = times(view);
  const rows: SummaryRow[] = [];
  if (view.audience === 'staff' && patient) {
    rows.push({ key: t('confirmation.patient'), value: patient.name });
    if (patient.nhsNumber) rows.push({ key: t('confirmation.nhsNumber'), value: formatNhsNumber(patient.nhsNumber) });
    const dob = calendarDateFrom(patient.dateOfBirth);
    if (dob) rows.push({ key: t('confirmation.dob'), value: formatCalendarDate(dob, locale) });
  }
  if (when) rows.push({ key: t('confirmation.when'), value: t('confirmation.whenValue', londonDayAndTime(when.start, locale)) });
  if (view.typeName) rows.push({ key: t('confirmation.type'), value: view.typeName });
  rows.push({ key: t('confirmation.with'), value: view.practitionerName || t('confirmation.unknownPractitioner') });
  rows.push({ key: t('confirmation.where'), value: place(view) });
  const minutes = appointment.duration || view.duration;
  if (minutes) rows.push({ key: t('confirmation.length'), value: t('confirmation.minutes', { count: minutes }) });
  if (view.cost) rows.push({ key: t('confirmation.cost'), value: view.cost });
  return html`<div class="confirmation-section">
    ${renderHeading(level, t('confirmation.details'), { id: 'confirmation-details-heading', size: 's' })} ${renderSummaryList(rows)}
  </div>`;
}

/** How a telephone or video appointment happens (nothing for in person: the place is in the details). */
function renderHowItHappens(view: BookingConfirmationView, level: number): TemplateResult | typeof nothing {
  const { t, audience, appointment } = view;
  const kind = appointmentKind(appointment);
  const when = times(view);
  if (kind === 'in_person') return nothing;
  const vars = when ? londonDayAndTime(when.start, view.locale) : undefined;
  if (kind === 'telephone') {
    return html`<div class="confirmation-section confirmation-telephone">
      ${renderHeading(level, t('confirmation.telephone.heading'), { id: 'confirmation-how-heading', size: 's' })}
      ${vars ? html`<p>${t(`confirmation.telephone.${audience}`, vars)}</p>` : nothing}
    </div>`;
  }
  const url = safeHttpsUrl(appointment.video_url);
  return html`<div class="confirmation-section confirmation-video">
    ${renderHeading(level, t('confirmation.video.heading'), { id: 'confirmation-how-heading', size: 's' })}
    ${vars ? html`<p>${t(`confirmation.video.${audience}`, vars)}</p>` : nothing}
    ${
      url
        ? html`<p>
          <a class="video-link" part="video-link" href=${url} target="_blank" rel="noopener noreferrer"
            >${newTab(t, t(audience === 'staff' ? 'confirmation.video.open' : 'confirmation.video.join'))}</a
          >
          <span class="print-only print-url">${url}</span>
        </p>`
        : html`<p>${t(audience === 'staff' ? 'confirmation.video.noLinkStaff' : 'confirmation.video.noLink')}</p>`
    }
  </div>`;
}

function renderCancellation(view: BookingConfirmationView): TemplateResult | typeof nothing {
  const { t, audience } = view;
  const hours = view.appointment.cancellation_policy_hours ?? 0;
  const policy = hours > 0 ? t(`confirmation.cancel.${audience}`, { count: hours }) : '';
  const call =
    audience === 'patient'
      ? view.practicePhone
        ? t('confirmation.cancel.call', { phone: view.practicePhone })
        : t('confirmation.cancel.contact')
      : '';
  const text = [policy, call].filter(Boolean).join(' ');
  return text ? html`<p class="confirmation-policy">${text}</p>` : nothing;
}

function renderFormOffer(
  view: BookingConfirmationView,
  callbacks: BookingConfirmationCallbacks,
  level: number,
): TemplateResult | typeof nothing {
  const { t, audience, appointment, formId } = view;
  if (!formId) return nothing;
  const detail: AppointmentFormDetail = { appointment_id: appointment.id, form_id: formId };
  const open = view.formOffer === 'inline' && view.formOpen;
  const c = view.formConfig ?? {};
  return html`<div class="confirmation-section form-offer" part="form-offer">
    ${renderHeading(level, t(audience === 'staff' ? 'confirmation.form.staffHeading' : 'confirmation.form.heading'), { id: 'confirmation-form-heading', size: 's' })}
    <p>${t(`confirmation.form.${audience}`)}</p>
    ${
      open
        ? html`<div id=${CONFIRMATION_FORM_ID} class="confirmation-form" tabindex="-1" role="group" aria-labelledby="confirmation-form-heading">
          <hero-form-renderer
            form-id=${formId}
            appointment-id=${appointment.id}
            patient-id=${appointment.patient_id ?? view.patientId ?? nothing}
            heading-level=${subLevel(level)}
            .tenantId=${c.tenantId}
            .env=${c.env}
            .baseUrl=${c.baseUrl}
            .jwtToken=${c.jwtToken}
            .tokenUrl=${c.tokenUrl}
            .tokenProvider=${c.tokenProvider}
            .auth=${c.auth}
            .requestTimeout=${c.requestTimeout}
            .practicePhone=${c.practicePhone}
          ></hero-form-renderer>
        </div>`
        : html`<button type="button" class="button no-print" part="form-button" @click=${() => callbacks.onFillForm(detail)}>${t('confirmation.form.fill')}</button>`
    }
  </div>`;
}

function renderCalendar(
  view: BookingConfirmationView,
  callbacks: BookingConfirmationCallbacks,
  level: number,
): TemplateResult | typeof nothing {
  const event = confirmationEvent(view);
  if (!event) return nothing;
  const { t } = view;
  const download = () => {
    const file = { text: icsFile(event), fileName: icsFileName(event.start) };
    (callbacks.onDownloadIcs ?? downloadCalendarFile)(file);
  };
  return html`<div class="confirmation-section calendar no-print" part="calendar">
    ${renderHeading(level, t(view.audience === 'staff' ? 'confirmation.calendar.staffHeading' : 'confirmation.calendar.heading'), {
      id: 'confirmation-calendar-heading',
      size: 's',
    })}
    <ul class="calendar-options">
      <li>
        <button type="button" class="link" part="calendar-link" aria-describedby="confirmation-ics-hint" @click=${download}>
          ${t('confirmation.calendar.download')}
        </button>
        <span id="confirmation-ics-hint" class="hint">${t('confirmation.calendar.downloadHint')}</span>
      </li>
      <li>
        <a class="link" part="calendar-link" href=${googleCalendarUrl(event)} target="_blank" rel="noopener noreferrer"
          >${newTab(t, t('confirmation.calendar.google'))}</a
        >
      </li>
      <li>
        <a class="link" part="calendar-link" href=${outlookCalendarUrl(event)} target="_blank" rel="noopener noreferrer"
          >${newTab(t, t('confirmation.calendar.outlook'))}</a
        >
      </li>
    </ul>
  </div>`;
}

/**
 * The booked appointment: the confirmation panel (heading and reference), the details, how it
 * happens, the form offer, add to calendar, the cancellation policy, and print. Wrapped in
 * `<section part="confirmation">` labelled by the heading.
 */
export function renderBookingConfirmation(view: BookingConfirmationView, callbacks: BookingConfirmationCallbacks): TemplateResult {
  const level = subLevel(view.headingLevel);
  const print = (event: Event) => (callbacks.onPrint ? callbacks.onPrint(event) : printConfirmation(hostOf(event.target)));
  return html`<section class="booking-confirmation" part="confirmation" aria-labelledby=${view.headingId ?? 'booked-heading'}>
    ${renderPanel(view)} ${renderDetails(view, level)} ${renderHowItHappens(view, level)} ${renderCancellation(view)}
    ${renderFormOffer(view, callbacks, level)} ${renderCalendar(view, callbacks, level)}
    <div class="confirmation-actions no-print">
      <button type="button" class="button secondary" part="print-button" @click=${print}>${view.t('confirmation.print')}</button>
      ${view.anotherLabel ? html`<button type="button" class="button secondary another-button" @click=${() => callbacks.onAnother?.()}>${view.anotherLabel}</button>` : nothing}
    </div>
  </section>`;
}
