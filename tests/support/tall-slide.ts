import { afterEach, beforeEach } from 'vitest';

/**
 * jsdom lays nothing out, so a slide's list (FitList) finds no room and shows one item. Tests of
 * what a slide lists give every box a tall height instead: the list then shows every item it
 * keeps, up to its most, and the test reads which ones and in what order.
 */
export function useTallSlide(height = 100_000) {
  const original = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight');
  beforeEach(() => {
    Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
      configurable: true,
      get: () => height,
    });
  });
  afterEach(() => {
    if (original) Object.defineProperty(HTMLElement.prototype, 'clientHeight', original);
  });
}
