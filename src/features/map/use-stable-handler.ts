import { useCallback, useLayoutEffect, useRef } from 'react';

/**
 * A function that keeps one identity for the component's life and always calls the latest
 * `handler`, so memoised frames and markers do not re-render because a parent made a new closure.
 * Only for event handlers (called after rendering), never during rendering.
 */
export function useStableHandler<A extends unknown[], R>(handler: (...args: A) => R) {
  const latest = useRef(handler);
  useLayoutEffect(() => {
    latest.current = handler;
  });
  return useCallback((...args: A) => latest.current(...args), []);
}
