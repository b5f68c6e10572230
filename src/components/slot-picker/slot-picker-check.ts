/**
 * The check step of `<hero-slot-picker>`: the held time (or, when rescheduling, the current and
 * the new time), the hold's countdown with "I need more time" near the end, the patient for staff,
 * and one action to confirm. After a confirm whose outcome is unknown, the action is replaced by
 * what the read-back found: checking, not booked (a deliberately worded second attempt), or
 * still unknown (check again; the practice's number).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { HeroPatient } from '../../domain/patient.js';
import { renderHeading, renderSummaryList, type SummaryRow } from '../../internal/ui/index.js';
import { formatHold, type HoldPhase } from './hold-countdown.js';
import type { Outcome } from './slot-picker-flow.js';
import { detailRows, phoneLine, type AppointmentPlace, type ViewContext } from './slot-picker-view.js';
import type { Translate } from '../../internal/ui/index.js';

/** After a confirm with an unknown outcome. */
export interface OutcomeView {
  checking: boolean;
  /** What to say (not booked / may have gone through). */
  text: string;
  /** The one button: check again, or the deliberate second attempt. */
  actionLabel: string;
  onAction(): void;
  /** The practice's number, to check by phone. */
  phoneText: string;
  /** Offer "Back to times" (the time is known to be still held, not booked). */
  allowBack: boolean;
}

export interface CheckView {
  heading: string;
  place: AppointmentPlace;
  /** Reschedule: the appointment's current time (shown as its own row). */
  currentStart?: string | undefined;
  patient?: HeroPatient | undefined;
  /** The hold, when the API gave it an end. */
  hold?: { msLeft: number; phase: HoldPhase; extending: boolean; extendedText: string | undefined } | undefined;
  confirmLabel: string;
  busyLabel: string;
  busy: 'confirm' | 'back' | undefined;
  /** The error of a failed confirm (without its own retry: the confirm button is the one action). */
  error: unknown;
  outcome: OutcomeView | undefined;
}

export interface CheckCallbacks {
  onConfirm(): void;
  onBack(): void;
  onMoreTime(): void;
}

function renderHold(ctx: ViewContext, hold: NonNullable<CheckView['hold']>, cb: CheckCallbacks): TemplateResult {
  const { t } = ctx;
  const minutes = Math.ceil(hold.msLeft / 60_000);
  return html`<div class="hold ${hold.phase === 'warn' ? 'warn' : ''}" part="hold">
    <p class="hold-line">
      <span>${t('summary.holding')}</span>
      <span class="countdown" part="countdown" role="timer" aria-label=${t('summary.holdingAria', { count: minutes })}>${formatHold(hold.msLeft)}</span>
    </p>
    ${
      hold.phase === 'warn'
        ? html`<button type="button" class="button secondary small" part="more-time-button" aria-disabled=${hold.extending} @click=${() => !hold.extending && cb.onMoreTime()}>
          ${hold.extending ? t('hold.extending') : t('hold.more')}
        </button>`
        : nothing
    }
    ${hold.extendedText ? html`<p class="hint" part="hold-extended">${hold.extendedText}</p>` : nothing}
  </div>`;
}

export function renderCheck(ctx: ViewContext, view: CheckView, cb: CheckCallbacks): TemplateResult {
  const { t } = ctx;
  const busy = Boolean(view.busy) || Boolean(view.outcome?.checking);
  let rows: SummaryRow[] = detailRows(ctx, view.place, undefined, view.patient, view.currentStart ? 'reschedule.to' : 'summary.when');
  if (view.currentStart) {
    const current = detailRows(ctx, { ...view.place, start_time: view.currentStart }, undefined, undefined, 'reschedule.from')[0]!;
    const at = rows.findIndex((r) => r.key === ctx.t('reschedule.to'));
    rows = [...rows.slice(0, at), current, ...rows.slice(at)];
  }
  const outcome = view.outcome;
  return html`<section class="panel summary" part="summary" aria-labelledby="summary-heading">
    ${renderHeading(ctx.level(), view.heading, { id: 'summary-heading', size: 'l', focusable: true })}
    ${view.hold && !outcome ? renderHold(ctx, view.hold, cb) : nothing} ${renderSummaryList(rows)}
    ${view.error && !outcome ? view.error : nothing}
    ${
      outcome
        ? html`<div class="message warning" part="outcome" id="outcome" tabindex="-1" role="alert">
          <p>${outcome.checking ? t('unknown.checking') : outcome.text}</p>
          ${outcome.checking ? nothing : html`<p>${outcome.phoneText}</p>`}
        </div>`
        : nothing
    }
    <div class="actions">
      ${
        outcome
          ? outcome.checking
            ? nothing
            : html`<button type="button" class="button" part="confirm-button" @click=${outcome.onAction}>${outcome.actionLabel}</button>`
          : html`<button type="button" class="button" part="confirm-button" aria-disabled=${busy} @click=${() => !busy && cb.onConfirm()}>
            ${view.busy === 'confirm' ? view.busyLabel : view.confirmLabel}
          </button>`
      }
      ${
        outcome && (outcome.checking || !outcome.allowBack)
          ? nothing
          : html`<button type="button" class="button secondary" part="back-button" aria-disabled=${busy} @click=${() => !busy && cb.onBack()}>
            ${view.busy === 'back' ? t('summary.cancelling') : t('summary.back')}
          </button>`
      }
    </div>
  </section>`;
}

/**
 * The words and the one action after a book or move whose outcome is unknown: checking; not done
 * (a deliberately worded second attempt); or still unknown (check again, or call the practice).
 */
export function outcomeView(
  t: Translate,
  o: Outcome | undefined,
  phone: string | undefined,
  move: { was: string; to: string } | undefined,
  act: { again(): void; check(): void },
): OutcomeView | undefined {
  if (!o || o.of === 'reserve' || (o.of === 'move' && !move)) return undefined;
  const notDone = o.state === 'not-done';
  const base = {
    checking: o.state === 'checking',
    phoneText: phoneLine(t, phone, 'unknown.call', 'unknown.contact'),
    allowBack: notDone && o.of === 'book',
  };
  const onAction = notDone ? act.again : act.check;
  if (o.of === 'book')
    return {
      ...base,
      onAction,
      text: t(notDone ? 'unknown.notBooked' : 'unknown.book'),
      actionLabel: t(notDone ? 'unknown.bookAgain' : 'unknown.check'),
    };
  return notDone
    ? { ...base, onAction, text: t('unknown.notMoved', { when: move!.was }), actionLabel: t('unknown.moveAgain', { when: move!.to }) }
    : { ...base, onAction, text: t('unknown.moved'), actionLabel: t('unknown.checkMoved') };
}
