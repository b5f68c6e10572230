import type { PropertyDeclarations } from 'lit';
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

  static override properties: PropertyDeclarations = {
    name: { reflect: true },
    required: { type: Boolean, reflect: true },
    disabled: { type: Boolean, reflect: true },
    formDisabled: { state: true },
  };

  /** The name the element's value is submitted under, in a host form. */
  declare name?: string;

  /** In a host form, a value is required before the form submits. */
  declare required: boolean;

  /** Disables the element's controls (as does a disabled ancestor `<fieldset>`). */
  declare disabled: boolean;

  /** True while an ancestor `<fieldset>` is disabled. */
  declare protected formDisabled: boolean;

  constructor() {
    super();
    this.required = false;
    this.disabled = false;
    this.formDisabled = false;
  }

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

  /** Whether the controls are disabled, by the element's own `disabled` or a disabled fieldset. */
  protected get isDisabled(): boolean {
    return this.disabled || this.formDisabled;
  }
}
