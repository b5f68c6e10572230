import type { Messages } from '../localize.js';

/**
 * The words the shared pieces write themselves (en-GB), under the keys the elements already use.
 * The pieces read them through the element's `t`, so they translate with everything else: when an
 * element adopts the pieces, these keys belong in the shared table (`commonStrings`, and Welsh in
 * `common` of src/locales/cy.ts: "Gwall:", "Diwrnod", "Mis", "Blwyddyn",
 * "Er enghraifft, 9:30am neu 14:30").
 */
export const uiStrings = {
  /** Before each inline error, for screen readers only (GOV.UK and NHS.UK do the same). */
  'error.prefix': 'Error:',
  'date.day': 'Day',
  'date.month': 'Month',
  'date.year': 'Year',
  /** The time field's hint when the element gives none. */
  'time.hint': 'For example, 9:30am or 14:30',
} satisfies Messages;

/** An element's translate function (`(key, vars) => this.t(key, vars)`). */
export type Translate = (key: string, vars?: Record<string, string | number>) => string;
