/**
 * The all-in-one script tag's stand-in for `src/components/lazy-elements.ts` (swapped in by
 * vite.config.ts): every element is already defined in that one file, so there is nothing to load.
 */
const loaded = (): Promise<unknown> => Promise.resolve();
export const loadFormRenderer = loaded;
export const loadSlotPicker = loaded;
