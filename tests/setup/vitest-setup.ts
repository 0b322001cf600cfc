import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

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

afterEach(() => cleanup());
