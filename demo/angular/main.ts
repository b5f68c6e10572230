// JIT: no Angular CLI here, so templates are compiled in the browser. Must load first.
import '@angular/compiler';
import { provideZonelessChangeDetection } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
// Registers every <hero-*> element.
import 'hero-elements';
import { AppComponent } from './app.component.js';

bootstrapApplication(AppComponent, { providers: [provideZonelessChangeDetection()] }).catch((error: unknown) => {
  console.error(error);
});
