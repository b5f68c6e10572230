/**
 * The script-tag bundle (`dist/cdn/hero-elements.js`): registers every element, exports nothing.
 * Built by `vite build` as one minified, self-contained file.
 */
import './index.js';
