import { property, state } from 'lit/decorators.js';
import { HeroElement } from './hero-element.js';

/**
 * The base of elements that take part in a host `<form>` (ElementInternals): the standard
 * `form`, `name`, `required`, `disabled`, `validity`, `validationMessage`, `willValidate`,
 * `checkValidity()` and `reportValidity()`, and `<fieldset disabled>` support.
 *
 * Subclasses set their value with `this.internals.setFormValue(...)`, their validity with
 * `this.internals.setValidity(...)`, and implement `formResetCallback()`.
 */
export class HeroFormElement extends HeroElement {
  static formAssociated = true;

  protected readonly internals: ElementInternals = this.attachInternals();

  /** The name the element's value is submitted under, in a host form. */
  @property({ reflect: true }) name?: string;

  /** In a host form, a value is required before the form submits. */
  @property({ type: Boolean, reflect: true }) required = false;

  /** Disables the element's controls (as does a disabled ancestor `<fieldset>`). */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** True while an ancestor `<fieldset>` is disabled. */
  @state() protected formDisabled = false;

  /** The host form, if any. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  /** The element's validity in its host form. */
  get validity(): ValidityState {
    return this.internals.validity;
  }

  /** Why the element is invalid, or `''`. */
  get validationMessage(): string {
    return this.internals.validationMessage;
  }

  /** Whether the host form checks this element's validity. */
  get willValidate(): boolean {
    return this.internals.willValidate;
  }

  /** True when valid; otherwise fires `invalid` and returns false. */
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }

  /** As `checkValidity()`, and shows the problem to the user. */
  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  /** @internal Called by the browser when an ancestor `<fieldset>` is disabled or enabled. */
  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  /** Turns custom states on and off (`:state(busy)` and so on, for host styling). */
  protected setStates(states: Record<string, boolean>): void {
    for (const [name, on] of Object.entries(states)) {
      try {
        if (on) this.internals.states.add(name);
        else this.internals.states.delete(name);
      } catch {
        // Engines without CustomStateSet: nothing to style by state.
      }
    }
  }

  /** Whether the controls are disabled, by the element's own `disabled` or a disabled fieldset. */
  protected get isDisabled(): boolean {
    return this.disabled || this.formDisabled;
  }
}
