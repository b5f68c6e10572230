import '../../locales/register.js';
import { HeroPatientLookup, type IdentityVerificationDetail, type PatientSelectDetail } from './patient-lookup.js';

export { HeroPatientLookup };
export type { IdentityVerificationDetail, PatientSelectDetail };

if (!customElements.get('hero-patient-lookup')) customElements.define('hero-patient-lookup', HeroPatientLookup);

declare global {
  interface HTMLElementTagNameMap {
    'hero-patient-lookup': HeroPatientLookup;
  }
  interface GlobalEventHandlersEventMap {
    'hero-patient-select': CustomEvent<PatientSelectDetail>;
    'hero-identity-verification': CustomEvent<IdentityVerificationDetail>;
  }
}
