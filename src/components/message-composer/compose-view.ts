/**
 * The compose step of `<hero-message-composer>`: channel, recipient, template, message (with the
 * text message counter and limits), preview and options. A typed view model in, callbacks out; no
 * state of its own. Drawn with the shared pieces (src/internal/ui): text inputs, text area, selects,
 * radios and checkboxes, the GOV.UK date input and the time field.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Assignee, Template } from '../../api/types.js';
import type { DatePart } from '../../domain/calendar-date.js';
import { addDays, londonToday } from '../../domain/london-time.js';
import { checkMessageLength, MESSAGE_LIMITS } from '../../domain/message-limits.js';
import type { PlaceholderValues, TextPart } from '../../domain/placeholders.js';
import { countSms, describeChar, isInvisible, replaceableChars, type SmsCount } from '../../domain/sms.js';
import {
  dateInputTarget,
  renderChoices,
  renderDateInput,
  renderField,
  renderSelect,
  renderTextInput,
  renderTimeInput,
  type Translate,
} from '../../internal/ui/index.js';
import {
  messageBody,
  type Channel,
  type ContactChannel,
  type Draft,
  type DraftErrors,
  type FieldError,
  type FieldKey,
  type PatientView,
  type RecordContact,
} from './draft.js';

/** The draft's fields that a text input or a select writes. */
export type TextKey = 'time' | 'snomedCode' | 'snomedTerm' | 'assignee' | 'fallback';

/** A list loaded on the way (templates, assignees): loading, failed (with its error view) or there. */
export type Loaded<T> = { state: 'loading' } | { state: 'error'; view: unknown } | { state: 'ready'; items: T[] };

export interface ComposeModel {
  t: Translate;
  locale: string;
  patient: PatientView;
  draft: Draft;
  errors: DraftErrors;
  channels: readonly Channel[];
  values: PlaceholderValues;
  practiceName: string;
  templates: Loaded<Template>;
  /** "Template … added", and whether it can be undone. */
  templateNote: string;
  canUndo: boolean;
  /** The practice's SMS credits, when known. */
  credits: number | undefined;
  assignees: Loaded<Assignee>;
  /** The send date hint's example: tomorrow as typed (`27 3 2027`). */
  example: string;
  checking: boolean;
  disabled: boolean;
  required: boolean;
  /** The error summary (the element's), shown above the form. */
  problems: unknown;
  /** A template is being filled through its fields (template-fill.ts): they replace the text area. */
  fill?: { fields: unknown; preview: unknown; editWords(): void } | undefined;
}

export interface ComposeActions {
  channel(channel: Channel): void;
  recipient(type: ContactChannel, value: string): void;
  template(id: string): void;
  undo(): void;
  text(value: string): void;
  replace(): void;
  option(key: 'schedule' | 'record' | 'assign', on: boolean): void;
  field(key: TextKey, value: string): void;
  date(part: DatePart, value: string): void;
  submit(event: Event): void;
}

export const isContactChannel = (channel: string): channel is ContactChannel => channel === 'sms' || channel === 'email';

/** Whether the text goes out as a text message (the channel, or the fallback). */
export const smsCounted = (draft: Pick<Draft, 'channel' | 'fallback'>): boolean => draft.channel === 'sms' || draft.fallback === 'sms';

/** An error's words: numbers written for people, a channel by its name, am/pm readings as times. */
export function errorText(
  m: Pick<ComposeModel, 't' | 'locale'>,
  error: FieldError | undefined,
  formatMinutes: (minutes: number) => string,
): string {
  if (!error) return '';
  const vars: Record<string, string | number> = { ...error.vars };
  for (const [name, value] of Object.entries(vars)) {
    if (name === 'channel') vars[name] = m.t(`inline.${value}`);
    else if (name === 'am' || name === 'pm') vars[name] = formatMinutes(Number(value));
    else if (typeof value === 'number' && name !== 'count') vars[name] = value.toLocaleString(m.locale);
  }
  return m.t(error.key, vars);
}

/** The control an error summary links to for each field. */
export function errorTarget(key: FieldKey, m: Pick<ComposeModel, 'channels' | 'draft' | 'errors'>): string {
  if (key === 'channel') return `channel-${Math.max(0, m.channels.indexOf(m.draft.channel))}`;
  if (key === 'send-date') return dateInputTarget('send-date', m.errors['send-date']?.parts);
  return key;
}

/** Tomorrow in London as typed in the date input (`27 3 2027`): the send date hint's example. */
export function composeExample(now: number): string {
  const [y, m, d] = addDays(londonToday(now), 1).split('-').map(Number) as [number, number, number];
  return `${d} ${m} ${y}`;
}

export function counterText(t: Translate, count: SmsCount): string {
  return t('counter.text', { characters: count.characters, segments: count.segments });
}

function channelHint(t: Translate, channel: Channel, contact: RecordContact): string {
  if (!isContactChannel(channel)) return t(`channel.hint.${channel}${contact.state === 'ok' ? '' : '.none'}`);
  if (contact.state === 'ok') return t('channel.hint.to', { contact: contact.display });
  if (contact.state === 'hidden') return t('channel.hint.hidden', { kind: t(`kind.${channel}`) });
  return t(`channel.hint.${channel}.${contact.state}`);
}

export class ComposeView {
  readonly #m: ComposeModel;
  readonly #on: ComposeActions;
  readonly #error: (key: FieldKey) => string | undefined;

  constructor(m: ComposeModel, on: ComposeActions, error: (key: FieldKey) => string | undefined) {
    this.#m = m;
    this.#on = on;
    this.#error = error;
  }

  render(): TemplateResult {
    const m = this.#m;
    const { draft } = m;
    return html`${m.problems}
      <form novalidate @submit=${(event: Event) => this.#on.submit(event)}>
        <fieldset class="plain" ?disabled=${m.disabled}>
          ${this.#channels()}
          ${isContactChannel(draft.channel) ? this.#recipient(draft.channel, 'recipient', m.t(`recipient.${draft.channel}`)) : nothing}
          ${draft.channel === 'email' ? html`<p class="hint" id="email-subject-hint">${m.t('email.subject')}</p>` : nothing}
          ${this.#templates()} ${m.fill ? this.#fillFields(m.fill) : this.#text()} ${this.#preview()} ${this.#options()}
          <button type="submit" class="button" part="continue-button" aria-disabled=${m.checking}>${m.t(m.checking ? 'checking' : 'continue')}</button>
        </fieldset>
      </form>`;
  }

  #channels(): TemplateResult {
    const m = this.#m;
    return html`<div part="channels">
      ${renderChoices({
        t: m.t,
        type: 'radio',
        id: 'channel',
        legend: m.t('channel.legend'),
        error: this.#error('channel'),
        items: m.channels.map((channel) => ({
          value: channel,
          label: m.t(`channel.${channel}`),
          hint: channelHint(m.t, channel, m.patient.contacts[channel]),
          checked: m.draft.channel === channel,
        })),
        onChange: (item) => this.#on.channel(item.value as Channel),
      })}
    </div>`;
  }

  #recipient(type: ContactChannel, id: 'recipient' | 'fallback-recipient', label: string): TemplateResult {
    const m = this.#m;
    const state = m.patient.contacts[type].state;
    return renderTextInput({
      t: m.t,
      id,
      label,
      hint:
        state === 'hidden' ? m.t('recipient.hint.hidden') : state === 'ok' ? m.t('recipient.hint.record') : m.t(`recipient.hint.${type}`),
      error: this.#error(id),
      value: m.draft.recipients[type],
      type: type === 'sms' ? 'tel' : 'email',
      inputmode: type === 'sms' ? 'tel' : 'email',
      autocomplete: 'off',
      spellcheck: false,
      width: type === 'sms' ? 20 : undefined,
      onInput: (event) => this.#on.recipient(type, (event.target as HTMLInputElement).value),
    });
  }

  #templates(): TemplateResult {
    const m = this.#m;
    const { templates } = m;
    if (templates.state === 'error') return html`<div class="field">${templates.view}</div>`;
    if (templates.state === 'loading') return html`<p class="field loading" part="loading" role="status">${m.t('loading.templates')}</p>`;
    if (!templates.items.length) return html`<p class="field hint" part="hint">${m.t('template.empty')}</p>`;
    const groups = (['user', 'hero', 'external'] as const)
      .map((type) => [type, templates.items.filter((t) => (t.type ?? 'hero') === type)] as const)
      .filter(([, items]) => items.length);
    const name = (t: Template) => (t.id === m.draft.template && m.draft.edited ? m.t('template.edited', { name: t.name }) : t.name);
    return renderField(
      { t: m.t, id: 'template', label: m.t('template.label'), hint: m.t('template.hint') },
      (aria) => html`<select id="template" class="input" part="input template-select" aria-describedby=${aria.describedBy}
        @change=${(event: Event) => this.#on.template((event.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${!m.draft.template}>${m.t('template.none')}</option>
        ${groups.map(
          ([type, items]) => html`<optgroup label=${m.t(`template.group.${type}`)}>
            ${items.map((t) => html`<option value=${t.id} ?selected=${m.draft.template === t.id}>${name(t)}</option>`)}
          </optgroup>`,
        )}
      </select>`,
      m.templateNote
        ? html`<p class="note">
            ${m.templateNote}
            ${m.canUndo ? html`<button type="button" class="button secondary small" part="undo-button" @click=${() => this.#on.undo()}>${m.t('template.undo')}</button>` : nothing}
          </p>`
        : nothing,
    );
  }

  #text(): TemplateResult {
    const m = this.#m;
    const counted = smsCounted(m.draft);
    return renderField(
      { t: m.t, id: 'text', label: m.t('text.label'), hint: m.t('text.hint'), error: this.#error('text'), describedBy: 'text-counter' },
      (aria) => html`<textarea id="text" class="input" part="textarea" rows="6" .value=${m.draft.text} ?required=${m.required}
        aria-describedby=${aria.describedBy} aria-invalid=${aria.invalid}
        @input=${(event: Event) => this.#on.text((event.target as HTMLTextAreaElement).value)}></textarea>`,
      counted ? this.#counter() : this.#length(),
    );
  }

  /** The template's fields instead of the text area, a way to write the words instead, and the counter. */
  #fillFields(fill: NonNullable<ComposeModel['fill']>): TemplateResult {
    const m = this.#m;
    return html`${fill.fields}
      <p><button type="button" class="link" part="edit-words-button" @click=${() => fill.editWords()}>${m.t('template.editWords')}</button></p>
      ${smsCounted(m.draft) ? this.#counter() : this.#length()}`;
  }

  /** Characters against the limit, for the channels counted in characters. */
  #length(): TemplateResult {
    const m = this.#m;
    const check = checkMessageLength(m.draft.channel, messageBody(m.draft, m.values).text);
    return html`<div class="counter" id="text-counter" part="counter">
      <p><strong>${m.t('length.text', { characters: check.characters.toLocaleString(m.locale), max: check.max.toLocaleString(m.locale) })}</strong></p>
    </div>`;
  }

  #counter(): TemplateResult {
    const m = this.#m;
    const { draft } = m;
    const count = countSms(messageBody(draft, m.values).text);
    const credits = m.credits;
    const replaceable = replaceableChars(count.nonGsm);
    const check = checkMessageLength('sms', messageBody(draft, m.values).text);
    return html`<div class="counter" id="text-counter" part="counter">
        <p>
          <strong>${counterText(m.t, count)}</strong>
          ${count.segments ? html`<span class="hint">${m.t('counter.remaining', { count: count.remaining })}</span>` : nothing}
        </p>
        <p class="hint">${m.t('counter.max', { max: MESSAGE_LIMITS.sms.max, characters: check.maxCharacters.toLocaleString(m.locale) })}</p>
        ${draft.channel !== 'sms' ? html`<p class="hint">${m.t('counter.fallback', { channel: m.t(`inline.${draft.channel}`) })}</p>` : nothing}
        ${
          credits !== undefined
            ? html`<p class="credits ${count.segments > credits ? 'low' : ''}" part="credits">
              ${m.t(count.segments > credits ? 'credits.low' : 'credits.text', { credits: credits.toLocaleString(m.locale), segments: count.segments })}
            </p>`
            : nothing
        }
      </div>
      ${
        count.encoding === 'ucs2'
          ? html`<div class="message warning" part="encoding-warning">
            <p><strong>${m.t('unicode.title')}</strong></p>
            <p>${m.t('unicode.text')} ${count.nonGsm.map((ch) => this.#char(ch))}</p>
            <p>${m.t('unicode.effect')}</p>
            ${
              replaceable.length
                ? html`<button type="button" class="button secondary small" part="replace-button" @click=${() => this.#on.replace()}>${m.t('unicode.replace')}</button>`
                : nothing
            }
          </div>`
          : nothing
      }`;
  }

  /** A character named for people: an invisible one by its code point and name, never itself. */
  #char(ch: string): TemplateResult {
    const m = this.#m;
    if (isInvisible(ch)) {
      const d = describeChar(ch);
      return html`<span class="char">${m.t('unicode.invisible', { code: d.codePoint, name: d.name ?? '' })}</span> `;
    }
    return html`<span class="char">${ch.trim() ? ch : m.t('char.space')}</span> `;
  }

  #parts(parts: TextPart[]): unknown {
    return parts.map((part) =>
      part.name
        ? html`<mark part="placeholder">${part.text}<span class="visually-hidden"> ${this.#m.t('preview.unfilled')}</span></mark>`
        : part.text,
    );
  }

  #preview(): TemplateResult {
    const m = this.#m;
    const body = messageBody(m.draft, m.values);
    const { channel } = m.draft;
    const from = m.practiceName || m.t('preview.practice');
    const content = m.fill
      ? m.fill.preview
      : body.parts.length
        ? this.#parts(body.parts)
        : html`<span class="hint">${m.t('preview.empty')}</span>`;
    const card = (head: TemplateResult) => html`<div class="card" part="preview-message">
      <p class="card-head">${head}</p>
      <div class="card-body">${content}</div>
    </div>`;
    const message =
      channel === 'sms'
        ? html`<div class="bubble" part="preview-message">${content}</div>`
        : channel === 'email'
          ? card(html`<span class="hint">${m.t('preview.subject')}</span>`)
          : card(html`<strong>${m.t(`channel.${channel}`)}</strong> <span class="hint">${m.t('preview.from', { practice: from })}</span>`);
    return html`<section class="preview" part="preview" aria-labelledby="preview-heading">
      <h3 id="preview-heading">${m.t('preview.heading')}</h3>
      <p class="hint">${m.t('preview.hint')}</p>
      ${message}
      ${body.unfilled.length && !m.fill ? html`<p class="unfilled">${m.t('preview.unfilledList', { names: body.unfilled.map((n) => `{{${n}}}`).join(', ') })}</p>` : nothing}
    </section>`;
  }

  #checkbox(key: 'schedule' | 'record' | 'assign', label: string, hint: string | undefined, reveal: () => unknown): TemplateResult {
    const m = this.#m;
    return renderChoices({
      t: m.t,
      type: 'checkbox',
      id: `option-${key}`,
      items: [{ value: key, label, hint, checked: m.draft[key], reveal }],
      onChange: (_item, checked) => this.#on.option(key, checked),
    });
  }

  #options(): TemplateResult {
    const m = this.#m;
    const { draft } = m;
    const fallbacks = (['sms', 'email'] as const).filter((c) => c !== draft.channel && m.channels.includes(c));
    return html`<fieldset class="options" part="options">
      <legend>${m.t('options.legend')}</legend>
      ${
        fallbacks.length
          ? html`${renderSelect({
              t: m.t,
              id: 'fallback',
              label: m.t('fallback.label'),
              error: this.#error('fallback'),
              value: draft.fallback,
              placeholder: m.t('fallback.none'),
              options: fallbacks.map((c) => ({ value: c, label: m.t(`channel.${c}`) })),
              onChange: (event) => this.#on.field('fallback', (event.target as HTMLSelectElement).value),
            })}
          ${
            draft.fallback && draft.fallback !== draft.channel
              ? html`<div class="reveal">${this.#recipient(draft.fallback, 'fallback-recipient', m.t(`fallback.recipient.${draft.fallback}`))}</div>`
              : nothing
          }`
          : nothing
      }
      ${this.#checkbox('schedule', m.t('schedule.label'), m.t('schedule.hint'), () => this.#schedule())}
      ${this.#checkbox('record', m.t('record.label'), m.t('record.hint'), () => this.#advanced())}
      ${this.#checkbox('assign', m.t('assign.label'), m.t('assign.hint'), () => this.#assignees())}
    </fieldset>`;
  }

  #schedule(): TemplateResult {
    const m = this.#m;
    return html`<div class="reveal-fields">
      ${renderDateInput({
        t: m.t,
        id: 'send-date',
        legend: m.t('schedule.date'),
        hint: m.t('schedule.dateHint', { example: m.example }),
        error: this.#error('send-date'),
        errorParts: m.errors['send-date']?.parts,
        value: m.draft.date,
        onInput: (part, value) => this.#on.date(part, value),
      })}
      ${renderTimeInput({
        t: m.t,
        id: 'send-time',
        label: m.t('schedule.time'),
        error: this.#error('send-time'),
        value: m.draft.time,
        onInput: (event) => this.#on.field('time', (event.target as HTMLInputElement).value),
      })}
    </div>`;
  }

  /** The SNOMED fields, behind an "Advanced" disclosure (open when one has an error or a value). */
  #advanced(): TemplateResult {
    const m = this.#m;
    const { draft } = m;
    const open = Boolean(this.#error('snomed-code') || this.#error('snomed-term') || draft.snomedCode || draft.snomedTerm);
    return html`<details class="advanced" part="advanced" ?open=${open}>
      <summary>${m.t('advanced.summary')}</summary>
      <div class="reveal-fields">
        ${renderTextInput({
          t: m.t,
          id: 'snomed-code',
          label: m.t('snomed.code'),
          hint: m.t('snomed.codeHint'),
          error: this.#error('snomed-code'),
          value: draft.snomedCode,
          inputmode: 'numeric',
          autocomplete: 'off',
          spellcheck: false,
          width: 20,
          onInput: (event) => this.#on.field('snomedCode', (event.target as HTMLInputElement).value),
        })}
        ${renderTextInput({
          t: m.t,
          id: 'snomed-term',
          label: m.t('snomed.term'),
          error: this.#error('snomed-term'),
          value: draft.snomedTerm,
          autocomplete: 'off',
          onInput: (event) => this.#on.field('snomedTerm', (event.target as HTMLInputElement).value),
        })}
      </div>
    </details>`;
  }

  #assignees(): unknown {
    const m = this.#m;
    const { assignees } = m;
    if (assignees.state === 'error') return assignees.view;
    if (assignees.state === 'loading') return html`<p class="loading" part="loading" role="status">${m.t('loading.assignees')}</p>`;
    const list = assignees.items.filter((a) => a.value !== null);
    if (!list.length) return html`<p class="hint" part="empty">${m.t('assignee.empty')}</p>`;
    const group = (label: string, items: Assignee[]) =>
      items.length
        ? html`<optgroup label=${label}>
            ${items.map((a) => html`<option value=${a.key} ?selected=${m.draft.assignee === a.key}>${a.label}</option>`)}
          </optgroup>`
        : nothing;
    return renderField(
      { t: m.t, id: 'assignee', label: m.t('assignee.label'), error: this.#error('assignee') },
      (aria) => html`<select id="assignee" class="input" part="input" aria-describedby=${aria.describedBy} aria-invalid=${aria.invalid}
        @change=${(event: Event) => this.#on.field('assignee', (event.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${!m.draft.assignee}>${m.t('assignee.choose')}</option>
        ${group(
          m.t('assignee.teams'),
          list.filter((a) => a.type === 'AdminTeam'),
        )}
        ${group(
          m.t('assignee.people'),
          list.filter((a) => a.type !== 'AdminTeam'),
        )}
      </select>`,
    );
  }
}
