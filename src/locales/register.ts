/**
 * Registers the kit's languages with the localisation layer. Imported by every entry point
 * (`hero-*.ts`), never by src/internal, so a language module can import element types without an
 * import cycle. Each language module is fetched only when an element first speaks it.
 */
import { registerLocale } from '../internal/localize.js';

registerLocale('cy', () => import('./cy.js'));
