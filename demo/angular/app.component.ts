/**
 * A small Angular app (standalone, zoneless) using hero-elements as an integrator would:
 * CUSTOM_ELEMENTS_SCHEMA, `(hero-...)` event bindings to signals, `[property]` bindings from app
 * state, and a token function from an app service.
 */
import { Component, CUSTOM_ELEMENTS_SCHEMA, inject, signal } from '@angular/core';
import type { PatientSelectDetail } from 'hero-elements';
import { HeroTokenService } from './hero-token.service.js';

const ALL_CHANNELS = 'sms email nhs_app hero';

@Component({
  selector: 'app-root',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <main>
      <h1>Hero Elements in Angular</h1>
      <hero-provider tenant-id="1001" [tokenProvider]="tokens.getToken">
        <section aria-labelledby="find">
          <h2 id="find">Find a patient</h2>
          <hero-patient-lookup (hero-patient-select)="onPatientSelect($event)"></hero-patient-lookup>
        </section>
        <section aria-labelledby="chosen">
          <h2 id="chosen">Chosen patient</h2>
          <p role="status">{{ patient() ? 'Writing to ' + patient()!.name : 'No patient chosen yet' }}</p>
        </section>
        <section aria-labelledby="message">
          <h2 id="message">Message the patient</h2>
          <div role="group" aria-label="Channels offered">
            <button type="button" [attr.aria-pressed]="channels() === 'sms'" (click)="channels.set('sms')">Text message only</button>
            <button type="button" [attr.aria-pressed]="channels() === allChannels" (click)="channels.set(allChannels)">All channels</button>
          </div>
          <p>Messages sent: {{ messagesSent() }}</p>
          @if (patient(); as chosen) {
            <hero-message-composer
              [patientId]="chosen.id"
              [channels]="channels()"
              (hero-message-send)="messagesSent.set(messagesSent() + 1)"
            ></hero-message-composer>
          }
        </section>
      </hero-provider>
    </main>
  `,
})
export class AppComponent {
  protected readonly tokens = inject(HeroTokenService);
  protected readonly allChannels = ALL_CHANNELS;
  protected readonly patient = signal<{ id: string; name: string } | undefined>(undefined);
  protected readonly channels = signal(ALL_CHANNELS);
  protected readonly messagesSent = signal(0);

  protected onPatientSelect(event: Event): void {
    const chosen = (event as CustomEvent<PatientSelectDetail>).detail.patient;
    this.patient.set({ id: String(chosen.id), name: [chosen.first_name, chosen.last_name].filter(Boolean).join(' ') });
  }
}
