/**
 * What every element shows when something fails: the words (by error code and audience, never the
 * API's text), the error with its "Try again", and the GOV.UK error summary.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { toHeroError } from '../api/errors.js';
import type { MessageVars } from './localize.js';

/**
 * Who reads an element's messages. `patient`: members of the public, never told about Hero or
 * what to check, only sorry, what to do next and how to get help now. `staff`: practice staff,
 * who may be told that Hero failed and what to check.
 */
export type Audience = 'patient' | 'staff';

/** A string in the element's language (HeroElement's `t`). */
export type Translate = (key: string, vars?: MessageVars) => string;

/**
 * The words for anything thrown, by its error code (see hero-element.strings.ts). A patient's
 * message ends with how to get help now: the practice's phone number when the host gives
 * `practice-phone`, else "contact your GP surgery".
 */
export function errorMessage(t: Translate, error: unknown, audience: Audience, practicePhone?: string): string {
  const code = toHeroError(error).code;
  if (audience === 'staff') return t(`error.staff.${code}`);
  const phone = practicePhone?.trim();
  return `${t(`error.patient.${code}`)} ${phone ? t('error.patient.call', { phone }) : t('error.patient.contact')}`;
}

/**
 * An error as an alert, with a "Try again" button when there is something to retry. (When the
 * retry re-renders the element and the button goes, the element's FocusKeeper moves focus on.)
 * Parts: `error`, `retry-button`.
 */
export function errorView(message: string, retry?: { label: string; run: () => void }): TemplateResult {
  return html`<div class="message error" role="alert" part="error">
    <p>${message}</p>
    ${retry ? html`<button type="button" class="button secondary" part="retry-button" @click=${retry.run}>${retry.label}</button>` : nothing}
  </div>`;
}

/** One line of an error summary: the message, and the id of the control (in the shadow root) it links to. */
export interface ErrorSummaryItem {
  target: string;
  message: string;
}

/**
 * The GOV.UK error summary: `title` as a heading at `level`, an optional line saying why
 * (`description`), and a link per problem that calls `focus` with its control's selector. Its
 * content is an alert, as in GOV.UK Frontend; focus `#error-summary` after a failed submit.
 * Part: `error-summary`.
 */
export function errorSummaryView(
  items: readonly ErrorSummaryItem[],
  options: { title: string; level: number; description?: string | undefined; focus: (selector: string) => void },
): TemplateResult | typeof nothing {
  if (!items.length) return nothing;
  return html`<div id="error-summary" class="error-summary" part="error-summary" tabindex="-1" aria-labelledby="error-summary-title">
    <div role="alert">
      <div id="error-summary-title" class="error-summary-title" role="heading" aria-level=${options.level}>${options.title}</div>
      ${options.description ? html`<p class="error-summary-description">${options.description}</p>` : nothing}
      <ul>
        ${items.map(
          (item) =>
            html`<li>
              <a
                href="#${item.target}"
                @click=${(event: Event) => {
                  event.preventDefault();
                  options.focus(`#${CSS.escape(item.target)}`);
                }}
                >${item.message}</a
              >
            </li>`,
        )}
      </ul>
    </div>
  </div>`;
}
