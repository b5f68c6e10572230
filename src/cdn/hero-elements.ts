/**
 * The all-in-one script tag (`dist/cdn/hero-elements.js`): registers every element, exports
 * nothing. Built by `vite build` as one minified, self-contained file; the Welsh tables load from
 * beside it (`hero-elements.cy.js`) only when an element speaks Welsh.
 */
import '../index.js';
