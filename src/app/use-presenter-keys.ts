import { useEffect } from 'react';
import {
  keyBelongsToTarget,
  presenterAction,
  type PresenterAction,
} from '@/features/present/presenter-keys';

/** What each presenter key does on this slide. */
export type PresenterHandlers = Record<Exclude<PresenterAction, 'leave'>, () => void> & {
  /** Esc: closes what is open over the slide first (full screen, the sources), else leaves. */
  leave: () => void;
  sourcesOpen: boolean;
};

/** The presenter's keys, on the whole window, except where the focused control needs the key. */
export function usePresenterKeys(handlers: PresenterHandlers) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const action = presenterAction(event);
      if (!action || event.defaultPrevented || keyBelongsToTarget(event.target, event.key)) return;
      if (action === 'leave' && document.fullscreenElement) {
        // The browser leaves full screen on Esc by itself; never leave the deck on the same key.
        void document.exitFullscreen().catch(() => undefined);
      } else if (action === 'leave' && handlers.sourcesOpen) handlers.sources();
      else handlers[action]();
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [handlers]);
}
