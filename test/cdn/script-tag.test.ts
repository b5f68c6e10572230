/**
 * The script-tag bundle as an integrator loads it: the built dist/cdn/hero-elements.js alone, in a
 * page of its own (npm test builds before the browser tests run).
 */
import { expect, fixture, html } from '@open-wc/testing';

const BUNDLE = '/dist/cdn/hero-elements.js';
/** Every tag the bundle must register; each element issue adds its tag here. */
const TAGS = [
  'hero-provider',
  'hero-slot-picker',
  'hero-patient-lookup',
  'hero-form-renderer',
  'hero-message-composer',
  'hero-message-history',
  'hero-appointments',
];

describe('the script-tag bundle', () => {
  before(async () => {
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    const script = document.createElement('script');
    script.type = 'module';
    script.src = BUNDLE;
    await new Promise((resolve, reject) => {
      script.onload = resolve;
      script.onerror = () => reject(new Error(`${BUNDLE} did not load: run npm run build`));
      document.head.append(script);
    });
    window.removeEventListener('error', onError);
    expect(errors, 'no errors while loading').to.deep.equal([]);
  });

  it('registers every element', () => {
    for (const tag of TAGS) expect(customElements.get(tag), tag).to.be.a('function');
  });

  it('renders a provider around page content', async () => {
    const el = await fixture(html`<hero-provider tenant-id="1" token-url="/api/hero-token"><p>content</p></hero-provider>`);
    expect(el.shadowRoot?.querySelector('slot')).to.exist;
    expect(getComputedStyle(el).display).to.equal('contents');
    await expect(el).to.be.accessible();
  });

  it('loads the Welsh tables (hero-elements.cy.js, beside it) only for an element that speaks Welsh, and renders no English first', async () => {
    const welshLoads = () =>
      performance.getEntriesByType('resource').filter((e) => e.name.includes('/dist/cdn/hero-elements.cy.js')).length;
    const english = await fixture(html`<hero-message-composer></hero-message-composer>`);
    expect(english.shadowRoot?.textContent).to.contain('No patient chosen');
    expect(welshLoads(), 'English does not load the Welsh file').to.equal(0);

    const welsh = await fixture(html`<div lang="cy"><hero-message-composer></hero-message-composer></div>`);
    const composer = welsh.querySelector('hero-message-composer') as HTMLElement & { updateComplete: Promise<boolean> };
    await composer.updateComplete;
    // The first render waited for the tables: it is already Welsh.
    expect(composer.shadowRoot?.textContent).to.contain('Dim claf wedi’i ddewis');
    expect(composer.shadowRoot?.textContent).not.to.contain('No patient chosen');
    expect(welshLoads(), 'the Welsh file, loaded once').to.equal(1);
  });

  it('can be loaded twice without throwing (a page with two embeds)', async () => {
    const again = await import(/* @vite-ignore */ `${BUNDLE}?again` as string).then(
      () => 'ok',
      (error: Error) => error.message,
    );
    expect(again).to.equal('ok');
  });
});
