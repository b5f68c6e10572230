/**
 * What the stories' play functions share: the story's element, waiting for something to appear in
 * its shadow root (up to 8 s, as the mock answers), and clicking it.
 *
 *   const { element, inShadow, found, click } = storyElement<HeroSlotPicker>('hero-slot-picker');
 */
import { waitFor } from 'storybook/test';

export function storyElement<E extends HTMLElement>(tag: string) {
  const element = (canvas: HTMLElement): E => canvas.querySelector<E>(tag)!;
  const inShadow = <T extends Element = HTMLElement>(canvas: HTMLElement, selector: string): T | null =>
    element(canvas).shadowRoot?.querySelector<T>(selector) ?? null;
  const found = async <T extends Element = HTMLElement>(canvas: HTMLElement, selector: string): Promise<T> =>
    waitFor(
      () => {
        const el = inShadow<T>(canvas, selector);
        if (!el) throw new globalThis.Error(`waiting for ${selector}`);
        return el;
      },
      { timeout: 8000 },
    );
  const click = async (canvas: HTMLElement, selector: string): Promise<void> => (await found<HTMLElement>(canvas, selector)).click();
  return { element, inShadow, found, click };
}
