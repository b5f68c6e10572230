/**
 * The patient lookup's NHS Spine (PDS) trace: a sub-heading, what a trace does, the postcode (for
 * a search by name), the Trace button, and the outcome (a heading focus moves to): found (the
 * patient's card, to select), no match, verify identity (the https link, when offered), or an error.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { HeroError } from '../../api/errors.js';
import type { HeroPatient } from '../../domain/patient.js';
import { renderHeading } from '../../internal/ui/index.js';
import type { SearchQuery } from './lookup-api.js';
import { renderLookupField } from './lookup-form.js';
import type { FieldErrors, FieldKey, Fields } from './lookup-query.js';
import { renderBusy, renderResult, type ResultsView } from './lookup-results.js';

export type TraceState =
  // `checking`: a trace failed in a way that does not say whether Hero added the patient, and the search runs again to see;
  // `checked`: it did not add them (a new trace is the user's deliberate choice).
  | { status: 'idle' | 'pending' | 'no-match' | 'checking' | 'checked' }
  | { status: 'found'; patient: HeroPatient }
  | { status: 'verify'; link: string | undefined }
  // `error` is what `reportError` returns: undefined only for an aborted request, which never gets here.
  | { status: 'error'; error: HeroError | undefined };

/** The outcomes told in a panel: its title (also announced) and text (no match: by search mode). */
export const TRACE_PANELS: Partial<Record<TraceState['status'], { title: string; text?: string }>> = {
  found: { title: 'trace.found', text: 'trace.found.text' },
  'no-match': { title: 'trace.none.title' },
  checked: { title: 'trace.checked.title', text: 'trace.checked.text' },
  verify: { title: 'trace.verify.title', text: 'trace.verify.text' },
};

export interface TraceView extends ResultsView {
  trace: TraceState;
  query: SearchQuery;
  fields: Fields;
  errors: FieldErrors;
  /** The heading level of the trace section. */
  level: number;
  onInput: (key: FieldKey, event: Event) => void;
  onSubmit: (event: Event) => void;
  renderError: (error: HeroError | undefined) => unknown;
}

export function renderTrace(v: TraceView): TemplateResult {
  const { trace, query, t } = v;
  const status = trace.status;
  const panel = TRACE_PANELS[status];
  return html`<form class="stack" part="trace" novalidate autocomplete="off" aria-labelledby="trace-heading" @submit=${v.onSubmit}>
    <div>
      ${renderHeading(v.level, t('trace.title'), { id: 'trace-heading' })}
      <p>${t('trace.text')}</p>
    </div>
    ${query.mode === 'name' ? renderLookupField(v, 'postcode') : nothing}
    ${
      status === 'found'
        ? nothing
        : html`<div class="actions">
          <button type="submit" class="button" part="trace-button" ?disabled=${v.disabled} aria-disabled=${status === 'pending'}>${t(
            status === 'idle' || status === 'pending' ? 'trace.title' : 'trace.again',
          )}</button>
        </div>`
    }
    ${status === 'pending' ? renderBusy(t('trace.pending')) : status === 'error' ? v.renderError(trace.error) : nothing}
    ${
      panel
        ? html`<div class="panel ${status === 'no-match' || status === 'checked' ? 'warning' : 'info'}" role=${status === 'found' ? nothing : 'alert'}>
          ${renderHeading(v.level + 1, t(panel.title), { id: 'trace-outcome', focusable: true })}
          <p>${t(panel.text ?? `trace.none.${query.mode}`)}</p>
          ${
            status === 'verify' && trace.link
              ? html`<p><a href=${trace.link} target="_blank" rel="noopener noreferrer">${t('trace.verify.link')}</a></p>`
              : nothing
          }
        </div>`
        : nothing
    }
    ${
      status === 'found'
        ? html`<ul class="results" part="results" aria-labelledby="trace-outcome">${renderResult(v, trace.patient, 't0', v.level + 2)}</ul>`
        : nothing
    }
  </form>`;
}
