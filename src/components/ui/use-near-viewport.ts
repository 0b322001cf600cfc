import { useEffect, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';

/**
 * True once the element comes within a screen's height of the viewport, and from then on; also
 * when the page is printed (the printout shows everything) and where the browser cannot tell
 * (no IntersectionObserver). Costly parts below the first screen (charts) wait for it, so a
 * phone's first screen is not held up drawing what the reader has not scrolled to.
 */
export function useNearViewport(ref: RefObject<Element | null>): boolean {
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const element = ref.current;
    if (near || !element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setNear(true);
      },
      // One screen ahead: the code and the drawing are done before the reader gets there.
      { rootMargin: '100% 0px' },
    );
    observer.observe(element);
    // Printing lays out at once: draw now, synchronously, so the printout has it.
    const print = () => flushSync(() => setNear(true));
    window.addEventListener('beforeprint', print);
    return () => {
      observer.disconnect();
      window.removeEventListener('beforeprint', print);
    };
  }, [ref, near]);
  return near;
}
