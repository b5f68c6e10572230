import { ContextRoot, createContext } from '@lit/context';
import type { HeroConfig } from '../api/registry.js';

/** What `<hero-provider>` hands down to the elements inside it. */
export const heroConfigContext = createContext<HeroConfig | undefined>(Symbol.for('hero-elements/config'));

let root: ContextRoot | undefined;

/**
 * Lets elements that upgrade before their `<hero-provider>` is defined (separate imports, any
 * order) still find it: unanswered context requests are replayed when a provider appears.
 */
export function ensureContextRoot(): void {
  if (root || typeof document === 'undefined') return;
  root = new ContextRoot();
  root.attach(document.documentElement);
}
