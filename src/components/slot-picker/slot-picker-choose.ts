/** The first step of `<hero-slot-picker>`: the type of appointment, and the location where there are several. */
import { html, nothing, type TemplateResult } from 'lit';
import { renderHeading } from '../../internal/ui/index.js';
import { typeFacts, when, type ViewContext } from './slot-picker-view.js';

export interface ChooseView {
  draftTypeId: string | undefined;
  draftLocationId: string;
  /** Offer a location choice (no `location-id`, several locations). */
  showLocations: boolean;
  errors: readonly string[];
  /** The error summary, drawn by the element (it owns focus). */
  errorSummary: unknown;
  /** A notice above the step (the details changed). */
  notice?: string | undefined;
}

export interface ChooseCallbacks {
  onType(id: string): void;
  onLocation(id: string): void;
  onContinue(event: Event): void;
}

export function renderChoose(ctx: ViewContext, view: ChooseView, cb: ChooseCallbacks): TemplateResult {
  const { t, reference } = ctx;
  const errorId = view.errors.length ? 'type-error' : undefined;
  const locations = [
    { id: '', name: t('choose.anyLocation'), address: '' },
    ...reference.locations.map((l) => ({
      id: l.id,
      name: l.name,
      address: [l.address_line_1, l.address_line_2, l.town, l.postcode].filter(Boolean).join(', '),
    })),
  ];
  return html`
    ${view.notice ? html`<div id="notice" class="message warning" part="notice" role="alert" tabindex="-1">${view.notice}</div>` : nothing}
    ${renderHeading(ctx.level(), t('choose.heading'), { id: 'choose-heading', size: 'l', focusable: true })} ${view.errorSummary}
    ${
      reference.types.length === 0
        ? html`<p class="message" part="empty">${t('choose.noTypes')}</p>`
        : html`<form class="choose" novalidate @submit=${cb.onContinue}>
          <fieldset id="type-fieldset" aria-describedby=${errorId ?? nothing} aria-invalid=${errorId ? 'true' : nothing}>
            <legend>${t('choose.typeLegend')}</legend>
            ${errorId ? html`<p id="type-error" class="error-message">${view.errors[0]}</p>` : nothing}
            <div class="options">
              ${reference.types.map((type, i) => {
                const next = type.next_available_at ? Date.parse(type.next_available_at) : NaN;
                return html`<label class="option" part="type-option">
                  <input type="radio" id=${i ? nothing : 'first-type'} name="appointment-type" .value=${type.id} .checked=${view.draftTypeId === type.id}
                    @change=${() => cb.onType(type.id)} />
                  <span class="option-text">
                    <span class="option-name">${type.name}</span>
                    <span class="option-facts">${typeFacts(ctx, type).join(' · ')}</span>
                    <span class="option-next">${Number.isFinite(next) ? t('type.next', { when: when(ctx, next) }) : t('type.noneSoon')}</span>
                  </span>
                </label>`;
              })}
            </div>
          </fieldset>
          ${
            view.showLocations
              ? html`<fieldset>
                <legend>${t('choose.locationLegend')}</legend>
                <div class="options">
                  ${locations.map(
                    (l) => html`<label class="option" part="location-option">
                      <input type="radio" name="location" .value=${l.id} .checked=${view.draftLocationId === l.id} @change=${() => cb.onLocation(l.id)} />
                      <span class="option-text">
                        <span class="option-name">${l.name}</span>
                        ${l.address ? html`<span class="option-facts">${l.address}</span>` : nothing}
                      </span>
                    </label>`,
                  )}
                </div>
              </fieldset>`
              : nothing
          }
          <button type="submit" class="button" part="continue-button">${t('choose.continue')}</button>
        </form>`
    }
  `;
}
