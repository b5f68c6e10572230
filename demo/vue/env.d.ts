/// <reference types="vite/client" />
// Types <hero-*> elements in Vue templates (vue-tsc): props, and `@hero-...` listeners.
import type {} from 'hero-elements/vue';

declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent;
  export default component;
}
