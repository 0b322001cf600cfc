import { useCallback, useEffect, useState } from 'react';

/** Full screen for the whole page (the Fullscreen API on <html>), and whether it is on. */
export function useFullscreen() {
  const [fullscreen, setFullscreen] = useState(() => document.fullscreenElement !== null);
  useEffect(() => {
    const onChange = () => setFullscreen(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);
  const toggle = useCallback(() => {
    // A refusal (no user gesture, a policy, an iframe without allowfullscreen) changes nothing.
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    else void document.documentElement.requestFullscreen?.().catch(() => undefined);
  }, []);
  return { fullscreen, toggle };
}
