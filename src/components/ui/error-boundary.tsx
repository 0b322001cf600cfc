import { Component, type ErrorInfo, type ReactNode } from 'react';

/**
 * How many times a reader has asked any part of the page to try again. Code that failed to load
 * is loaded again only after such a Retry (see lazyWithRetry), never in a loop on its own.
 */
let retries = 0;
export function retryCount(): number {
  return retries;
}

interface Props {
  /** Renders the error with a way to try again. */
  fallback: (error: unknown, reset: () => void) => ReactNode;
  /** Called on reset, before the children render again (e.g. to reset failed queries). */
  onReset?: () => void;
  children: ReactNode;
}

interface State {
  error: unknown;
  failed: boolean;
}

/** Keeps a failure inside its part of the page: the rest of the app stays usable. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, failed: false };

  static getDerivedStateFromError(error: unknown): State {
    return { error, failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // Kept visible in the console for whoever debugs a broken pack or view.
    console.warn('Jambatan: a part of the page failed', error, info.componentStack);
  }

  reset = (): void => {
    retries++;
    this.props.onReset?.();
    this.setState({ error: null, failed: false });
  };

  override render(): ReactNode {
    return this.state.failed
      ? this.props.fallback(this.state.error, this.reset)
      : this.props.children;
  }
}
