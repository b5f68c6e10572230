/**
 * The loader script tag (`dist/cdn/hero-elements-loader.js`): defines each element the first time
 * its tag appears, in the document or in an open shadow root, by importing its module from beside
 * the loader (`hero-slot-picker.js` and the others, which share `hero-core.js`). A page loads only
 * the elements it uses. Built by `vite build --mode elements`.
 *
 * The map below names every element module; test/node/package.test.ts checks it against the
 * manifest, so a new element cannot be forgotten here.
 */
const MODULES: Record<string, () => Promise<unknown>> = {
  'hero-provider': () => import('../components/provider/hero-provider.js'),
  'hero-slot-picker': () => import('../components/slot-picker/hero-slot-picker.js'),
  'hero-patient-lookup': () => import('../components/patient-lookup/hero-patient-lookup.js'),
  'hero-form-renderer': () => import('../components/form-renderer/hero-form-renderer.js'),
  'hero-message-composer': () => import('../components/message-composer/hero-message-composer.js'),
  'hero-message-history': () => import('../components/message-history/hero-message-history.js'),
  'hero-appointments': () => import('../components/appointments/hero-appointments.js'),
};

const loading = new Map<string, Promise<unknown>>();

function load(tag: string): Promise<unknown> {
  let promise = loading.get(tag);
  if (!promise) {
    promise = (MODULES[tag] as () => Promise<unknown>)().catch((error: unknown) => {
      // A failed fetch may succeed later (the next time the tag appears).
      loading.delete(tag);
      console.error(`hero-elements: <${tag}> could not be loaded.`, error);
    });
    loading.set(tag, promise);
  }
  return promise;
}

/** Loads the modules of the undefined Hero tags found; the provider first, so it configures the others from the start. */
function define(tags: Set<string>): void {
  const rest = [...tags].filter((tag) => tag !== 'hero-provider');
  if (tags.has('hero-provider')) void load('hero-provider').then(() => rest.forEach(load));
  else rest.forEach(load);
}

const wanted = (element: Element, tags: Set<string>) => {
  if (element.localName in MODULES && !customElements.get(element.localName)) tags.add(element.localName);
};

const observer = new MutationObserver((records) => {
  const tags = new Set<string>();
  for (const record of records) {
    for (const node of record.addedNodes) {
      if (!(node instanceof Element)) continue;
      wanted(node, tags);
      for (const element of node.querySelectorAll(':not(:defined)')) wanted(element, tags);
    }
  }
  define(tags);
});

/** Watches a root (the document or an open shadow root) and defines the Hero tags already in it. */
function watch(root: Document | ShadowRoot): void {
  observer.observe(root, { childList: true, subtree: true });
  const tags = new Set<string>();
  for (const element of root.querySelectorAll('*')) {
    wanted(element, tags);
    if (element.shadowRoot) watch(element.shadowRoot);
  }
  define(tags);
}

// Open shadow roots created from now on (by the host's own components) are watched too. Closed ones
// cannot be: import the element's module (`hero-slot-picker.js`) where you use it in one.
const attachShadow = Element.prototype.attachShadow;
Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit): ShadowRoot {
  const root = attachShadow.call(this, init);
  if (init.mode === 'open') observer.observe(root, { childList: true, subtree: true });
  return root;
};

watch(document);
