import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';
import { i18n, loadViewTexts } from '../../src/i18n/i18n';
import { VIEW_NAMESPACES } from '../../src/i18n/namespaces';

// recharts measures its container; jsdom has no layout, so report a fixed size.
class FixedSizeResizeObserver {
  constructor(private readonly callback: ResizeObserverCallback) {}
  observe(target: Element) {
    const entry = {
      target,
      contentRect: {
        width: 800,
        height: 400,
        top: 0,
        left: 0,
        bottom: 400,
        right: 800,
        x: 0,
        y: 0,
      },
    };
    this.callback([entry as unknown as ResizeObserverEntry], this as unknown as ResizeObserver);
  }
  unobserve() {}
  disconnect() {}
}
if (typeof window !== 'undefined') {
  window.ResizeObserver = FixedSizeResizeObserver as unknown as typeof ResizeObserver;
}

// Views load lazily; on a busy two-core CI machine the first render can take seconds.
configure({ asyncUtilTimeout: 5000 });

// Every English text is at hand, so a component rendered on its own finds its words; the browser
// tests cover loading them view by view.
beforeAll(() => Promise.all(VIEW_NAMESPACES.map(loadViewTexts)));

// A text id the catalogs lack would show as the id itself: fail the test that shows it.
const missing: string[] = [];
i18n.on('missing', ({ id, locale }) => missing.push(`${locale}: ${id}`));

afterEach(() => {
  cleanup();
  // A language or theme remembered by one test must not choose for the next.
  if (typeof localStorage !== 'undefined') localStorage.clear();
  const shown = missing.splice(0);
  if (shown.length > 0) throw new Error(`Interface texts missing: ${shown.join(', ')}`);
});
