import { useEffect, useRef, type RefObject } from 'react';
import { resizeMessages } from './embed-messages';

/**
 * Posts the embed's height to the host page whenever it changes (load, filter, width), at most
 * once a frame. Measures the embed's root rather than the document, whose height is never less
 * than the iframe's own and so could grow but never shrink.
 */
export function useEmbedResize(root: RefObject<HTMLElement | null>, view: string) {
  const last = useRef('');
  useEffect(() => {
    const element = root.current;
    if (!element || window.parent === window) return;
    let frame = 0;
    const post = () => {
      frame = 0;
      const height = Math.ceil(element.getBoundingClientRect().height);
      const key = `${height} ${view}`;
      if (height <= 0 || key === last.current) return;
      last.current = key;
      // Heights and view paths are not secret, and the host's origin is unknown to the embed.
      for (const message of resizeMessages(height, view, window.location.href))
        window.parent.postMessage(message, '*');
    };
    const schedule = () => {
      if (!frame) frame = window.requestAnimationFrame(post);
    };
    const observer = new ResizeObserver(schedule);
    observer.observe(element);
    schedule();
    return () => {
      observer.disconnect();
      if (frame) window.cancelAnimationFrame(frame);
    };
  }, [root, view]);
}
