/**
 * The message being written, and every edit to it, as a Lit `ReactiveController` for
 * `<hero-message-composer>`: the draft (draft.ts), the errors shown (brought up to date as staff
 * type, never added while typing), templates chosen and undone, the "Replace" of characters that
 * force UCS-2, and the counter's announcement once typing pauses. The compose step's callbacks
 * (`actions`) land here.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Template } from '../../api/types.js';
import type { PlaceholderValues } from '../../domain/placeholders.js';
import { countSms, replaceForGsm } from '../../domain/sms.js';
import type { Translate } from '../../internal/ui/index.js';
import { counterText, smsCounted, type ComposeActions, type TextKey } from './compose-view.js';
import {
  defaultChannel,
  emptyDraft,
  messageBody,
  recordRecipients,
  refreshErrors,
  type Channel,
  type Draft,
  type DraftErrors,
  type FieldKey,
  type RecordContact,
} from './draft.js';

/** Debounce of the counter's screen reader announcement: after typing pauses, never per keystroke. */
const COUNTER_ANNOUNCE_MS = 1000;
/** The draft field each text input or select writes, by its field key. */
const FIELD_OF: Record<TextKey, FieldKey> = {
  time: 'send-time',
  snomedCode: 'snomed-code',
  snomedTerm: 'snomed-term',
  assignee: 'assignee',
  fallback: 'fallback',
};

export interface DraftOptions {
  t: Translate;
  announce: (text: string) => void;
  focus: (selector: string) => void;
  /** The placeholder values the text is filled with. */
  values: () => PlaceholderValues;
  /** The draft's errors now (checkDraft), to bring the shown ones up to date. */
  check: () => DraftErrors;
  template: (id: string) => Template | undefined;
  /** The "Assign" option was ticked: load the people and teams. */
  wantAssignees: () => void;
  /** "Continue" (the form's submit). */
  submit: (event: Event) => void;
}

export class DraftController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #o: DraftOptions;
  draft: Draft = emptyDraft();
  errors: DraftErrors = {};
  /** "Template … added to the message." */
  templateNote = '';
  /** The text a template replaced, for "Undo". */
  undoText: string | undefined;
  /** The `template-id` last applied. */
  #appliedTemplateId: string | undefined;
  /** Staff picked the channel themselves (a reloaded patient keeps it). */
  #channelChosen = false;
  #counterTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(host: ReactiveControllerHost, options: DraftOptions) {
    this.#host = host;
    this.#o = options;
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.#counterTimer);
  }

  /** Changes the draft; errors already shown follow what is typed (`edited` names the field changed). */
  edit(changes: Partial<Draft>, edited?: FieldKey): void {
    this.draft = { ...this.draft, ...changes };
    if (Object.keys(this.errors).length) this.errors = refreshErrors(this.errors, this.#o.check(), edited);
    this.#host.requestUpdate();
  }

  /** Shows these errors (after "Continue", or Hero's answer). */
  show(errors: DraftErrors): void {
    this.errors = errors;
    this.#host.requestUpdate();
  }

  #note(note: string, undo?: string): void {
    this.templateNote = note;
    this.undoText = undo;
  }

  /** A new patient arrived: the record's contact details, and its best channel unless staff chose one. */
  usePatient(contacts: Record<Channel, RecordContact>, channels: readonly Channel[]): void {
    const keep = this.#channelChosen && channels.includes(this.draft.channel);
    this.edit({ recipients: recordRecipients(contacts), channel: keep ? this.draft.channel : defaultChannel(channels, contacts) });
  }

  /** An empty message: on the same channel to the same record (`contacts`), or (none) forgetting the patient altogether. */
  restart(contacts?: Record<Channel, RecordContact>): void {
    if (contacts) this.draft = { ...emptyDraft(this.draft.channel), recipients: recordRecipients(contacts) };
    else [this.draft, this.#appliedTemplateId, this.#channelChosen] = [emptyDraft(), undefined, false];
    this.errors = {};
    this.#note('');
    this.#host.requestUpdate();
  }

  /** Applies `id` (the `template-id` attribute) once, when it changed since last applied. */
  applyTemplateId(id: string | undefined): void {
    const template = id && id !== this.#appliedTemplateId ? this.#o.template(id) : undefined;
    if (!template) return;
    this.#appliedTemplateId = id;
    this.#apply(template, false);
  }

  #apply(template: Template, announce: boolean): void {
    const previous = this.draft.text;
    const filled = messageBody({ text: template.content }, this.#o.values());
    const snomed = this.draft.channel === 'email' ? template.email_snomed_code : template.sms_snomed_code;
    this.edit({ text: filled.text, template: template.id, edited: false, snomedCode: this.draft.snomedCode || snomed || '' });
    this.#note(this.#o.t('template.applied', { name: template.name }), previous.trim() && previous !== filled.text ? previous : undefined);
    if (announce) this.#o.announce(this.templateNote);
  }

  /** Staff chose to write the template's words themselves: free text from here, the select says "(edited)". */
  editWords(): void {
    this.edit({ edited: true }, 'text');
    this.#note('');
    this.#o.focus('#text');
  }

  readonly actions: ComposeActions = {
    channel: (channel) => {
      this.#channelChosen = true;
      this.edit({ channel, fallback: this.draft.fallback === channel ? '' : this.draft.fallback }, 'channel');
    },
    recipient: (type, value) =>
      this.edit(
        { recipients: { ...this.draft.recipients, [type]: value } },
        type === this.draft.channel ? 'recipient' : 'fallback-recipient',
      ),
    template: (id) => {
      const template = this.#o.template(id);
      if (template) this.#apply(template, true);
      else this.edit({ template: '', edited: false });
    },
    undo: () => {
      if (this.undoText === undefined) return;
      this.edit({ text: this.undoText }, 'text');
      this.#note('');
      this.#o.announce(this.#o.t('template.undone'));
      this.#o.focus('#text');
    },
    text: (text) => {
      this.edit({ text, edited: Boolean(this.draft.template) }, 'text');
      this.#note('');
      this.#announceCount();
    },
    replace: () => {
      const { text, replaced } = replaceForGsm(this.draft.text);
      this.edit({ text }, 'text');
      this.#o.announce(this.#o.t('unicode.replaced', { count: replaced }));
      this.#o.focus('#text');
    },
    option: (key, on) => {
      this.edit({ [key]: on });
      if (key === 'assign' && on) this.#o.wantAssignees();
    },
    field: (key, value) => this.edit({ [key]: value }, FIELD_OF[key]),
    date: (part, value) => this.edit({ date: { ...this.draft.date, [part]: value } }, 'send-date'),
    submit: (event) => this.#o.submit(event),
  };

  #announceCount(): void {
    clearTimeout(this.#counterTimer);
    if (!smsCounted(this.draft)) return;
    this.#counterTimer = setTimeout(() => {
      const count = countSms(messageBody(this.draft, this.#o.values()).text);
      const text = counterText(this.#o.t, count);
      this.#o.announce(count.encoding === 'ucs2' ? `${text}. ${this.#o.t('unicode.title')}.` : text);
    }, COUNTER_ANNOUNCE_MS);
  }
}
