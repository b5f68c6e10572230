/**
 * Day navigation of `<hero-slot-picker>`, as a Lit `ReactiveController`: the loaded window
 * (`start-date` and `days`), the week on screen, the day picked, and "Next day with appointments"
 * (inside the window, or by asking the API past it). Never before today.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { HeroError } from '../../api/errors.js';
import { addDays, daysBetween, formatLondonDay, isIsoDate, londonToday } from '../../domain/london-time.js';
import type { ApiClient } from '../../internal/element-client.js';
import type { Translate } from '../../internal/ui/index.js';
import { findNextAvailableDay, LOOKAHEAD_DAYS, type SlotFilters, type SlotWindow } from './slot-data.js';

const WEEK = 7;
const MAX_DAYS = 90;

/** Days in a window from the `days` attribute: a whole number from 1 to 90, default 7. */
export function windowDays(days: unknown): number {
  const n = Math.floor(Number(days));
  return Number.isFinite(n) ? Math.min(MAX_DAYS, Math.max(1, n)) : WEEK;
}

export interface NavHost {
  client(): ApiClient;
  filters(): SlotFilters | undefined;
  days(): number;
  /** The loaded window, when complete. */
  window(): SlotWindow | undefined;
  t: Translate;
  locale(): string;
  announce(text: string): void;
  reportError(error: unknown): HeroError | undefined;
  focus(selector: string): void;
}

export class DayNav implements ReactiveController {
  readonly #el: ReactiveControllerHost;
  readonly #host: NavHost;
  /** First day of the loaded window and of the week on screen. */
  windowStart = '';
  weekStart = '';
  /** The day the user picked, if any. */
  chosenDay: string | undefined;
  /** Said when nothing was found past the window. */
  message: string | undefined;
  error: HeroError | undefined;
  finding = false;

  constructor(el: ReactiveControllerHost, host: NavHost) {
    this.#el = el;
    this.#host = host;
    el.addController(this);
  }

  hostConnected(): void {}

  #update(patch: Partial<Pick<DayNav, 'windowStart' | 'weekStart' | 'chosenDay' | 'message' | 'error' | 'finding'>>): void {
    Object.assign(this, patch);
    this.#el.requestUpdate();
  }

  today(): string {
    return londonToday(Date.now());
  }

  /** From `start-date` (or today). */
  start(startDate: string | undefined): void {
    const start = startDate && isIsoDate(startDate) ? startDate : this.today();
    this.#update({ windowStart: start, weekStart: start, chosenDay: undefined });
  }

  get windowEnd(): string {
    return addDays(this.windowStart, this.#host.days() - 1);
  }

  get canGoBack(): boolean {
    return this.weekStart > this.today();
  }

  /** The days of the week on screen, clipped to the window. */
  get days(): string[] {
    const days: string[] = [];
    for (let i = 0; i < WEEK && addDays(this.weekStart, i) <= this.windowEnd; i++) days.push(addDays(this.weekStart, i));
    return days;
  }

  /** The day whose times are shown: the one picked, else the week's first with times. */
  get day(): string {
    const days = this.days;
    if (this.chosenDay && days.includes(this.chosenDay)) return this.chosenDay;
    return days.find((d) => this.#host.window()?.byDay.get(d)?.length) ?? days[0] ?? this.weekStart;
  }

  pick(day: string | undefined): void {
    this.#update({ chosenDay: day });
  }

  /** Forgets the picked day and what was said. */
  clear(): void {
    this.#update({ chosenDay: undefined, message: undefined, error: undefined });
  }

  week(direction: 1 | -1): void {
    const target = addDays(this.weekStart, direction * WEEK);
    if (direction === 1 ? target <= this.windowEnd : target >= this.windowStart) this.#update({ weekStart: target, chosenDay: undefined });
    else this.#move(target < this.today() ? this.today() : target);
    this.#host.focus('#range');
  }

  #move(start: string, day?: string): void {
    this.#update({ windowStart: start, weekStart: start, chosenDay: day });
  }

  goTo(day: string): void {
    this.#update({ message: undefined });
    if (day < this.windowStart || day > this.windowEnd) return this.#move(day, day);
    this.#update({ weekStart: addDays(this.windowStart, Math.floor(daysBetween(this.windowStart, day) / WEEK) * WEEK), chosenDay: day });
  }

  /** Arrow keys, Home and End on the day tabs. */
  key(event: KeyboardEvent): void {
    const days = this.days;
    const current = days.indexOf(this.day);
    const index = {
      ArrowRight: Math.min(days.length - 1, current + 1),
      ArrowLeft: Math.max(0, current - 1),
      Home: 0,
      End: days.length - 1,
    }[event.key];
    const day = index === undefined ? undefined : days[index];
    if (!day) return;
    event.preventDefault();
    this.pick(day);
    this.#host.focus(`#day-${CSS.escape(day)}`);
  }

  /** The next day with times: in the window, else asked of the API (a few weeks past it). */
  async next(): Promise<void> {
    const host = this.#host;
    const window = host.window();
    const inWindow = window ? [...window.byDay.keys()].find((d) => d > this.day) : undefined;
    if (inWindow) {
      this.goTo(inWindow);
      return host.focus(`#day-${CSS.escape(inWindow)}`);
    }
    const filters = host.filters();
    if (this.finding || !filters) return;
    this.#update({ finding: true, message: undefined, error: undefined });
    try {
      const day = await findNextAvailableDay(host.client(), filters, addDays(this.windowEnd, 1));
      if (day) {
        this.goTo(day);
        host.focus('#slots-heading');
      } else {
        this.#update({
          message: host.t('nav.noneAfter', { weeks: LOOKAHEAD_DAYS / WEEK, day: formatLondonDay(this.windowEnd, host.locale()) }),
        });
        host.announce(this.message!);
      }
    } catch (error) {
      this.#update({ error: host.reportError(error) });
    } finally {
      this.#update({ finding: false });
    }
  }
}
