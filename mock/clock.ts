/**
 * The mock API's clock. Everything in the mock reads `mockClock.now()` instead of `Date.now()`,
 * so tests can move time: expire tokens and reservations, change "today", make slots past.
 *
 * The clock keeps running: `set()` and `advance()` shift it by an offset from the real clock
 * rather than freezing it, so a demo left open still sees time pass.
 */
let offsetMs = 0;

export const mockClock = {
  /** Milliseconds since the epoch, as the mock sees it. */
  now(): number {
    return Date.now() + offsetMs;
  },
  /** Moves the mock's time forward (or back, with a negative value). */
  advance(ms: number): void {
    offsetMs += ms;
  },
  /** Makes the mock's time `epochMs` now; it keeps running from there. */
  set(epochMs: number): void {
    offsetMs = epochMs - Date.now();
  },
  /** Back to the real time. */
  reset(): void {
    offsetMs = 0;
  },
};
