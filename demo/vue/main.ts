import { createApp } from 'vue';
// Registers every <hero-*> element before the app mounts, so Vue sets their properties.
import 'hero-elements';
import App from './App.vue';

createApp(App).mount('#app');
