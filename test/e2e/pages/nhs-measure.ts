/**
 * In-page helpers for test/e2e/nhs-theme.test.ts, loaded into both pages (nhsuk-frontend's and the
 * kit's): find an element by selector in the document or any open shadow root, read the computed
 * styles the comparison needs (of the element or a pseudo-element), focus, click, blur. Bundled
 * by the test with esbuild as a classic script; it defines `window.nhsMeasure`.
 */

/** The computed properties the comparison reads. */
const PROPS = [
  'content',
  'width',
  'height',
  'top',
  'left',
  'paddingTop',
  'paddingLeft',
  'borderTopWidth',
  'borderTopColor',
  'borderLeftWidth',
  'borderLeftColor',
  'borderBottomWidth',
  'borderTopLeftRadius',
  'backgroundColor',
  'backgroundImage',
  'color',
  'opacity',
  'fontFamily',
  'fontSize',
  'fontWeight',
  'lineHeight',
  'textDecorationLine',
  'boxShadow',
  'outlineStyle',
  'outlineWidth',
  'outlineColor',
  'outlineOffset',
  'transform',
] as const;

export type Computed = Record<(typeof PROPS)[number], string>;

/** The first element matching `selector` in the document or, depth first, in any open shadow root. */
function find(selector: string, root: Document | ShadowRoot = document): Element | null {
  const direct = root.querySelector(selector);
  if (direct) return direct;
  for (const host of root.querySelectorAll('*')) {
    const inner = host.shadowRoot ? find(selector, host.shadowRoot) : null;
    if (inner) return inner;
  }
  return null;
}

function must(selector: string): HTMLElement {
  const el = find(selector);
  if (!(el instanceof HTMLElement)) throw new Error(`no element for ${selector}`);
  return el;
}

/** The focused element, through shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

const measure = {
  styles(selector: string, pseudo?: string): Computed {
    const style = getComputedStyle(must(selector), pseudo);
    return Object.fromEntries(PROPS.map((name) => [name, style[name]])) as Computed;
  },
  rect(selector: string): { x: number; y: number; width: number; height: number } {
    const { x, y, width, height } = must(selector).getBoundingClientRect();
    return { x: x + scrollX, y: y + scrollY, width, height };
  },
  focus(selector: string): void {
    must(selector).focus();
  },
  /** Whether `selector` has focus and shows it as keyboard focus. */
  focusVisible(selector: string): boolean {
    const el = must(selector);
    return deepActive() === el && el.matches(':focus-visible');
  },
  click(selector: string): void {
    must(selector).click();
  },
  blur(): void {
    (deepActive() as HTMLElement | null)?.blur?.();
  },
  /** Two animation frames, for a render to paint. */
  settle(): Promise<void> {
    return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
  },
};

export type Measure = typeof measure;
(window as unknown as { nhsMeasure: Measure }).nhsMeasure = measure;
