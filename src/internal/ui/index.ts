/**
 * The kit's shared UI pieces: Lit templates every element renders inside its own shadow root,
 * styled by `uiStyles`. See docs/ui-pieces.md for when to use each.
 */
export { uiStrings, type Translate } from './ui-strings.js';
export {
  describedBy,
  fieldAria,
  renderErrorMessage,
  renderField,
  renderFieldset,
  renderHint,
  renderSelect,
  renderTextarea,
  renderTextInput,
  type Content,
  type FieldAria,
  type FieldOptions,
  type FieldsetOptions,
  type InputWidth,
  type SelectOption,
  type SelectOptions,
  type TextareaOptions,
  type TextInputOptions,
} from './field.js';
export { clampLevel, renderHeading, subLevel, type HeadingOptions, type HeadingSize } from './heading.js';
export { renderSummaryList, type SummaryAction, type SummaryRow } from './summary-list.js';
export { renderChoices, type ChoiceItem, type ChoicesOptions } from './choices.js';
export {
  DATE_PARTS,
  dateInputTarget,
  renderDateInput,
  renderTimeInput,
  type DateInputOptions,
  type TimeInputOptions,
} from './date-input.js';
export { uiStyles } from './ui.styles.js';
