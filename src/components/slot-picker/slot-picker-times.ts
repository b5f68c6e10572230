/**
 * The times step of `<hero-slot-picker>`: filters, the week's days, the day's times (a listbox,
 * grouped by part of day and, when the filters leave it open, by clinician and location, each
 * time card showing only its time), and the chosen time with its action.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatLondonDay, formatLondonTime } from '../../domain/london-time.js';
import { renderHeading } from '../../internal/ui/index.js';
import { LOOKAHEAD_DAYS, PERIODS, verticalNeighbour, type SlotView, type SlotWindow } from './slot-data.js';
import { locationName, practitionerName, renderLoading, typeFacts, when, type ViewContext } from './slot-picker-view.js';

export interface TimesView {
  heading: string;
  /** "Currently: …" in reschedule mode. */
  current?: string | undefined;
  typeId: string | undefined;
  canChangeType: boolean;
  notice: string | undefined;
  showLocationFilter: boolean;
  locationFilter: string;
  practitionerFilter: string;
  days: readonly string[];
  day: string;
  /** The loaded window, once complete. */
  window: SlotWindow | undefined;
  /** The times' task rendered (loading, error, or the list from `renderSlots`). */
  panel: unknown;
  loading: boolean;
  canGoBack: boolean;
  findingNext: boolean;
  navMessage: string | undefined;
  selected: SlotView | undefined;
  /** Words of the chosen time's button ("Reserve this time", "Book for …", "Move to this time"). */
  actionLabel: string;
  busyLabel: string;
  busy: boolean;
  /** Nothing can be booked here (no patient): said instead of the action. */
  refused?: string | undefined;
  /** A reserve whose outcome is unknown: the panel replacing the chosen time's action. */
  unknown?: { text: string; checking: boolean; againLabel: string } | undefined;
  actionError: unknown;
}

export interface TimesCallbacks {
  onChangeType(): void;
  onLocationFilter(id: string): void;
  onPractitionerFilter(id: string): void;
  onWeek(direction: 1 | -1): void;
  onDay(day: string): void;
  onDayKey(event: KeyboardEvent): void;
  onNextAvailable(): void;
  onAction(): void;
}

function renderFilters(ctx: ViewContext, view: TimesView, cb: TimesCallbacks): TemplateResult {
  const { t, reference } = ctx;
  const type = view.typeId ? reference.typeById.get(view.typeId) : undefined;
  const sameKind = reference.practitioners.filter((p) => !type || p.practitioner_type === type.practitioner_type);
  const practitioners = (sameKind.length ? sameKind : reference.practitioners)
    .slice()
    .sort((a, b) => a.last_name.localeCompare(b.last_name) || a.first_name.localeCompare(b.first_name));
  return html`<div class="filters" part="filters">
    ${
      view.showLocationFilter
        ? html`<label class="filter">
          <span>${t('filter.location')}</span>
          <select part="location-filter" @change=${(e: Event) => cb.onLocationFilter((e.target as HTMLSelectElement).value)}>
            <option value="" ?selected=${!view.locationFilter}>${t('filter.anyLocation')}</option>
            ${reference.locations.map((l) => html`<option value=${l.id} ?selected=${view.locationFilter === l.id}>${l.name}</option>`)}
          </select>
        </label>`
        : nothing
    }
    <label class="filter">
      <span>${t('filter.practitioner')}</span>
      <select part="practitioner-filter" @change=${(e: Event) => cb.onPractitionerFilter((e.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${!view.practitionerFilter}>${t('filter.anyPractitioner')}</option>
        ${practitioners.map((p) => html`<option value=${p.id} ?selected=${view.practitionerFilter === p.id}>${practitionerName(ctx, p.id)}</option>`)}
      </select>
    </label>
  </div>`;
}

const chevron = (d: string) =>
  html`<svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16"><path d=${d} fill="none" stroke="currentColor" stroke-width="2"/></svg>`;

function renderDayNav(ctx: ViewContext, view: TimesView, cb: TimesCallbacks): TemplateResult {
  const { t, locale } = ctx;
  const first = view.days[0] ?? view.day;
  const last = view.days[view.days.length - 1] ?? view.day;
  const nextBusy = view.findingNext || view.loading;
  // Before today there is nothing to go back to: no button at all (not a disabled stop in the tab order).
  return html`<nav class="day-nav" part="day-nav" aria-labelledby="range">
    <div class="week">
      ${
        view.canGoBack
          ? html`<button type="button" class="button secondary nav-button" part="nav-button" aria-disabled=${view.loading}
            @click=${() => !view.loading && cb.onWeek(-1)}>${chevron('M10 3 5 8l5 5')}<span>${t('nav.previous')}</span></button>`
          : html`<span class="nav-spacer"></span>`
      }
      <p id="range" class="range">${t('nav.range', { from: formatLondonDay(first, locale, 'short'), to: formatLondonDay(last, locale, 'short', true) })}</p>
      <button type="button" class="button secondary nav-button" part="nav-button" aria-disabled=${view.loading}
        @click=${() => !view.loading && cb.onWeek(1)}><span>${t('nav.next')}</span>${chevron('m6 3 5 5-5 5')}</button>
    </div>
    <div class="days" role="tablist" aria-label=${t('nav.label')} @keydown=${cb.onDayKey}>
      ${view.days.map((d) => {
        const count = view.window?.byDay.get(d)?.length ?? 0;
        const selected = d === view.day;
        return html`<button type="button" role="tab" id=${`day-${d}`} data-day=${d} class="day ${count ? '' : 'no-slots'}"
          part=${selected ? 'day day-selected' : 'day'} aria-selected=${selected} aria-controls="day-panel" tabindex=${selected ? '0' : '-1'}
          @click=${() => cb.onDay(d)}>
          <span class="day-name" aria-hidden="true">${formatLondonDay(d, locale, 'short')}</span>
          <span class="visually-hidden">${formatLondonDay(d, locale)},</span>
          <span class="day-count">${view.window ? (count ? t('day.count', { count }) : t('day.none')) : nothing}</span>
        </button>`;
      })}
    </div>
    <button type="button" class="button secondary nav-button next-available" part="nav-button" aria-disabled=${nextBusy}
      @click=${() => !nextBusy && cb.onNextAvailable()}>${view.findingNext ? t('loading.nextAvailable') : t('nav.nextAvailable')}</button>
    ${view.navMessage ? html`<p class="message" part="notice">${view.navMessage}</p>` : nothing}
  </nav>`;
}

export interface SlotsView {
  window: SlotWindow;
  day: string;
  selectedId: string | undefined;
  activeId: string | undefined;
  /** Group times by clinician and location (a filter is "Any"). */
  byClinician: boolean;
}

export interface SlotsCallbacks {
  onSelect(id: string): void;
  onKey(event: KeyboardEvent, ids: readonly string[]): void;
  onGoTo(day: string): void;
}

/** One group of time cards: a part of the day, and a clinician at a location when the filters leave them open. */
interface SlotGroup {
  key: string;
  label: string;
  heading: string | undefined;
  views: SlotView[];
}

function groupsOf(ctx: ViewContext, views: readonly SlotView[], byClinician: boolean): { period: string; groups: SlotGroup[] }[] {
  return PERIODS.map((period) => {
    const label = ctx.t(`period.${period}`);
    const groups = new Map<string, SlotGroup>();
    for (const view of views) {
      if (view.period !== period) continue;
      const key = byClinician ? `${view.slot.practitioner_id}|${view.slot.location_id}` : period;
      let group = groups.get(key);
      if (!group) {
        const names = {
          practitioner: practitionerName(ctx, view.slot.practitioner_id),
          location: locationName(ctx, view.slot.location_id),
        };
        group = byClinician
          ? { key, label: ctx.t('group.label', { period: label, ...names }), heading: ctx.t('group.heading', names), views: [] }
          : { key, label, heading: undefined, views: [] };
        groups.set(key, group);
      }
      group.views.push(view);
    }
    return { period: label, groups: [...groups.values()] };
  }).filter((p) => p.groups.length);
}

export function renderSlots(ctx: ViewContext, view: SlotsView, cb: SlotsCallbacks): TemplateResult {
  const { t, locale } = ctx;
  const { window, day } = view;
  if (window.slots.length === 0) {
    const next = window.nextAvailable;
    return html`<div class="message empty" part="empty">
      <p>${t('empty.window', { from: formatLondonDay(window.start, locale), to: formatLondonDay(window.end, locale, 'long', true) })}</p>
      ${
        next
          ? html`<button type="button" class="button secondary" @click=${() => cb.onGoTo(next)}>
            ${t('empty.goTo', { day: formatLondonDay(next, locale, 'long', true) })}
          </button>`
          : html`<p>${t('empty.noneSoon', { weeks: LOOKAHEAD_DAYS / 7 })}</p>`
      }
    </div>`;
  }
  const views = window.byDay.get(day) ?? [];
  const longDay = formatLondonDay(day, locale);
  if (views.length === 0) return html`<p class="message empty" part="empty">${t('day.empty', { day: longDay })}</p>`;
  const periods = groupsOf(ctx, views, view.byClinician);
  // In the listbox's visual order (group by group), for the keyboard.
  const ordered = periods.flatMap((p) => p.groups.flatMap((g) => g.views));
  const ids = ordered.map((v) => v.slot.id);
  const focusId = [view.activeId, view.selectedId].find((id) => id && ids.includes(id)) ?? ids[0];
  return html`<div class="slots" part="slots" role="listbox" aria-label=${t('slots.listLabel', { day: longDay })}
    @keydown=${(e: KeyboardEvent) => cb.onKey(e, ids)}
    @click=${(e: Event) => {
      const id = (e.target as Element).closest<HTMLElement>('[data-id]')?.dataset['id'];
      if (id) cb.onSelect(id);
    }}>
    ${periods.map(
      (p) => html`<div class="period" part="period">
        <div class="period-heading" part="period-heading" aria-hidden="true">${p.period}</div>
        ${p.groups.map(
          (g) => html`<div class="group" role="group" aria-label=${g.label}>
            ${g.heading ? html`<div class="group-heading" aria-hidden="true">${g.heading}</div>` : nothing}
            <div class="period-slots">
              ${g.views.map((v) => {
                const selected = v.slot.id === view.selectedId;
                return html`<div role="option" id=${`slot-${v.slot.id}`} data-id=${v.slot.id} class="slot" part=${selected ? 'slot slot-selected' : 'slot'}
                  aria-selected=${selected} tabindex=${v.slot.id === focusId ? '0' : '-1'}>
                  <span class="slot-time">${formatLondonTime(v.startMs, locale)}</span>
                </div>`;
              })}
            </div>
          </div>`,
        )}
      </div>`,
    )}
  </div>`;
}

function renderSelection(ctx: ViewContext, view: TimesView, cb: TimesCallbacks, selected: SlotView): TemplateResult {
  const { t } = ctx;
  const unknown = view.unknown;
  return html`<div class="selection" part="selection">
    <p>
      ${t('selection.text', {
        when: when(ctx, selected.startMs),
        practitioner: practitionerName(ctx, selected.slot.practitioner_id),
        location: locationName(ctx, selected.slot.location_id),
      })}
    </p>
    ${
      view.refused
        ? html`<p class="hint" part="config-message">${view.refused}</p>`
        : unknown
          ? html`<div class="message warning" part="notice" id="outcome" tabindex="-1">
          <p>${unknown.checking ? t('unknown.checking') : unknown.text}</p>
          ${unknown.checking ? nothing : html`<button type="button" class="button" part="reserve-button" @click=${cb.onAction}>${unknown.againLabel}</button>`}
        </div>`
          : html`<button type="button" class="button" part="reserve-button" aria-disabled=${view.busy} @click=${cb.onAction}>
          ${view.busy ? view.busyLabel : view.actionLabel}
        </button>`
    }
  </div>`;
}

export function renderTimes(ctx: ViewContext, view: TimesView, cb: TimesCallbacks): TemplateResult {
  const { t, reference } = ctx;
  const type = view.typeId ? reference.typeById.get(view.typeId) : undefined;
  return html`
    <div class="slots-header">
      ${renderHeading(ctx.level(), view.heading, { id: 'slots-heading', size: 'l', focusable: true })}
      ${type ? html`<p class="type-line">${type.name} · ${typeFacts(ctx, type).join(' · ')}</p>` : nothing}
      ${view.current ? html`<p class="type-line" part="current">${view.current}</p>` : nothing}
      ${view.canChangeType ? html`<button type="button" class="button secondary small" @click=${cb.onChangeType}>${t('slots.changeType')}</button>` : nothing}
    </div>
    ${view.notice ? html`<div id="notice" class="message warning" part="notice" role="alert" tabindex="-1">${view.notice}</div>` : nothing}
    ${renderFilters(ctx, view, cb)} ${renderDayNav(ctx, view, cb)}
    <div id="day-panel" class="day-panel" role="tabpanel" aria-labelledby=${`day-${view.day}`} aria-busy=${view.loading}>${view.panel}</div>
    ${view.window && view.selected ? renderSelection(ctx, view, cb, view.selected) : nothing} ${view.actionError ?? nothing}
  `;
}

export { renderLoading };

/**
 * The option the listbox moves to for `key` from `current`, or undefined when `key` does not move:
 * Left/Right step, Up/Down go by the visual column (`box` says where each option is), Home/End.
 */
export function slotKeyTarget(
  key: string,
  ids: readonly string[],
  current: number,
  box: (id: string) => DOMRect | undefined,
): number | undefined {
  if (key === 'ArrowRight') return Math.min(ids.length - 1, current + 1);
  if (key === 'ArrowLeft') return Math.max(0, current - 1);
  if (key === 'Home') return 0;
  if (key === 'End') return ids.length - 1;
  if (key !== 'ArrowDown' && key !== 'ArrowUp') return undefined;
  const boxes = ids.map((id) => ({ top: box(id)?.top ?? 0, left: box(id)?.left ?? 0 }));
  return verticalNeighbour(boxes, current, key === 'ArrowDown' ? 1 : -1);
}

/** WCAG 2.4.11: scrolls the page so the sticky "Reserve this time" bar never covers the focused time. */
export function unobscure(root: ParentNode): void {
  const focused = root.querySelector('[role="option"]:focus');
  const bar = root.querySelector('.selection');
  if (!focused || !bar || getComputedStyle(bar).position !== 'sticky') return;
  const [f, b] = [focused.getBoundingClientRect(), bar.getBoundingClientRect()];
  if (f.bottom > b.top && f.top < b.bottom) window.scrollBy(0, f.bottom - b.top + 8);
}
