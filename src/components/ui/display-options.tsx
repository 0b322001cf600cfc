import { createContext, useContext, type ReactNode } from 'react';

/**
 * Ambient display settings chosen by the shell around a view (embed `hide=`, presenter mode).
 * Views never ask which shell they are in; they render their parts through ViewHeader and
 * ViewControls, which read these settings.
 */
export interface DisplayOptions {
  /** The view's title is kept for screen readers but not shown (the host page has its own). */
  hideHeader: boolean;
  /** Filter panels and other controls are left out (a fixed, read-only embed). */
  hideControls: boolean;
}

const DEFAULTS: DisplayOptions = { hideHeader: false, hideControls: false };

const DisplayOptionsContext = createContext<DisplayOptions>(DEFAULTS);

export function DisplayOptionsProvider({
  value,
  children,
}: {
  value: Partial<DisplayOptions>;
  children: ReactNode;
}) {
  const hideHeader = value.hideHeader ?? false;
  const hideControls = value.hideControls ?? false;
  return (
    <DisplayOptionsContext.Provider value={{ hideHeader, hideControls }}>
      {children}
    </DisplayOptionsContext.Provider>
  );
}

export function useDisplayOptions(): DisplayOptions {
  return useContext(DisplayOptionsContext);
}

/** A view's filter panel or other controls: rendered unless the shell hides controls. */
export function ViewControls({ children }: { children: ReactNode }) {
  const { hideControls } = useDisplayOptions();
  return hideControls ? null : <>{children}</>;
}
