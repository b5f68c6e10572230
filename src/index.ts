/**
 * `hero-elements`: registers every element and exports their classes and the API client.
 * Import a single element instead with `hero-elements/slot-picker` (and the others).
 */
export { HeroProvider } from './components/provider/hero-provider.js';
export * from './components/slot-picker/hero-slot-picker.js';
export * from './components/patient-lookup/hero-patient-lookup.js';
export * from './components/form-renderer/hero-form-renderer.js';
export * from './components/message-composer/hero-message-composer.js';
export * from './components/message-history/hero-message-history.js';
export * from './components/appointments/hero-appointments.js';
export { HeroElement, HeroConfigElement } from './internal/hero-element.js';
export type { HeroEventDetails } from './internal/hero-element.js';
export * from './api/index.js';
