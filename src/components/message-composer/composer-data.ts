/**
 * What `<hero-message-composer>` reads, as one Lit `ReactiveController` of `@lit/task`s: the
 * patient, the practice's templates, the SMS credit balance (where text messages are allowed),
 * the people and teams to assign to (once asked for), and the patient's latest message ("Last
 * message sent …", read again with `reloadLast()` after a send). Every read takes the task's signal
 * and is keyed on the host's client, so a new configuration reads again.
 */
import { initialState, Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Assignee, Template } from '../../api/types.js';
import type { HeroPatient } from '../../domain/patient.js';
import type { LatestMessage } from '../../domain/sent-messages.js';
import type { ApiClient } from '../../internal/element-client.js';
import type { Loaded } from './compose-view.js';
import * as api from './message-composer-api.js';

export interface ComposerDataOptions {
  client: () => ApiClient | undefined;
  patientId: () => string | undefined;
  /** Text messages are among the channels offered (the credit balance is worth reading). */
  sms: () => boolean;
  /** The patient arrived (or null: none): the host keeps only the allow-list of it. */
  patient: (patient: HeroPatient | null) => void;
  /** A read failed: the host fires `hero-error`. */
  report: (error: unknown) => void;
  /** The host's error view with "Try again", for a failed list. */
  errorView: (error: unknown, retry: () => void) => unknown;
}

export class ComposerData implements ReactiveController {
  readonly #o: ComposerDataOptions;
  readonly #host: ReactiveControllerHost;
  #assigneesWanted = false;
  #lastReload = 0;

  readonly patient: Task<readonly unknown[], HeroPatient | null>;
  readonly #templates: Task<readonly unknown[], Template[]>;
  readonly #credits: Task<readonly unknown[], number | undefined>;
  readonly #assignees: Task<readonly unknown[], Assignee[] | undefined>;
  readonly #last: Task<readonly unknown[], { id: string; latest: LatestMessage | undefined }>;

  constructor(host: ReactiveControllerHost, o: ComposerDataOptions) {
    this.#o = o;
    this.#host = host;
    host.addController(this);
    this.patient = new Task(host, {
      task: async ([client, id]: readonly unknown[], { signal }) =>
        !id ? null : !client ? initialState : api.loadPatient(client as ApiClient, id as string, { signal }),
      args: () => [o.client(), o.patientId()],
      onComplete: (patient) => o.patient(patient),
      onError: o.report,
    });
    this.#templates = new Task(host, {
      task: async ([client, wanted]: readonly unknown[], { signal }) =>
        !wanted || !client ? [] : api.loadTemplates(client as ApiClient, { signal }),
      args: () => [o.client(), Boolean(o.patientId())],
      onError: o.report,
    });
    // The balance is a nicety: when it cannot be had, nothing is shown and composing goes on.
    this.#credits = new Task(host, {
      task: async ([client, wanted]: readonly unknown[], { signal }) =>
        !wanted || !client ? undefined : api.loadSmsCredits(client as ApiClient, { signal }),
      args: () => [o.client(), Boolean(o.patientId()) && o.sms()],
    });
    this.#assignees = new Task(host, {
      task: async ([client, wanted]: readonly unknown[], { signal }) =>
        !wanted ? undefined : !client ? initialState : api.loadAssignees(client as ApiClient, { signal }),
      args: () => [o.client(), this.#assigneesWanted],
      onError: o.report,
    });
    // "Last message sent …": a nicety too; a failure shows a hint, not an error.
    this.#last = new Task(host, {
      task: async ([client, id]: readonly unknown[], { signal }) =>
        !id || !client
          ? initialState
          : { id: id as string, latest: await api.loadLastMessage(client as ApiClient, id as string, Date.now(), { signal }) },
      args: () => [o.client(), o.patientId(), this.#lastReload],
    });
  }

  hostConnected(): void {}

  #loaded<T>(task: Task<readonly unknown[], T[] | undefined>): Loaded<T> {
    if (task.status === TaskStatus.ERROR) return { state: 'error', view: this.#o.errorView(task.error, () => void task.run()) };
    return task.status === TaskStatus.COMPLETE ? { state: 'ready', items: [...(task.value ?? [])] } : { state: 'loading' };
  }

  get templates(): Loaded<Template> {
    return this.#loaded(this.#templates);
  }

  template(id: string | undefined): Template | undefined {
    return id ? this.#templates.value?.find((t) => t.id === id) : undefined;
  }

  get templatesReady(): boolean {
    return this.#templates.status === TaskStatus.COMPLETE;
  }

  get credits(): number | undefined {
    return this.#credits.value;
  }

  /** Loads the people and teams (once the option is ticked). */
  wantAssignees(): void {
    this.#assigneesWanted = true;
    this.#host.requestUpdate();
  }

  get assignees(): Loaded<Assignee> {
    return this.#assignees.status === TaskStatus.INITIAL && !this.#assigneesWanted ? { state: 'loading' } : this.#loaded(this.#assignees);
  }

  get assigneeList(): Assignee[] {
    return this.#assignees.value ?? [];
  }

  /** Reads the patient's latest message again (after a send). */
  reloadLast(): void {
    this.#lastReload++;
    this.#host.requestUpdate();
  }

  /** The latest message of `patientId`: `loading`, `failed`, or what was found (undefined: none). */
  last(patientId: string): { state: 'loading' | 'failed' } | { state: 'ready'; latest: LatestMessage | undefined } {
    const task = this.#last;
    if (task.status === TaskStatus.COMPLETE && task.value?.id === patientId) return { state: 'ready', latest: task.value.latest };
    return { state: task.status === TaskStatus.ERROR ? 'failed' : 'loading' };
  }
}
