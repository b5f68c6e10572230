/**
 * Elements that another element shows only on demand, loaded when first needed: the booking
 * confirmation's inline form (`<hero-form-renderer>`) and the appointments list's "Change time"
 * (`<hero-slot-picker>`). Each is a dynamic `import()`, so an app bundler or the per-element CDN
 * build keeps it in its own chunk and a page that never asks for it never loads it.
 *
 * The all-in-one script tag already defines every element, so its build swaps this module for
 * `src/cdn/lazy-elements.ts`, which loads nothing (vite.config.ts): a dynamic import there would
 * only make the bundler split the self-contained file in two.
 */
export const loadFormRenderer = (): Promise<unknown> => import('./form-renderer/hero-form-renderer.js');
export const loadSlotPicker = (): Promise<unknown> => import('./slot-picker/hero-slot-picker.js');
