import {
  createElement,
  lazy,
  type ComponentProps,
  type ComponentType,
  type LazyExoticComponent,
} from 'react';
import { retryCount } from './error-boundary';

/**
 * React.lazy remembers a failed import for good: a view or chart whose code failed to load once
 * (a flaky network, a deploy in progress) stays broken until a full reload, and its Retry button
 * does nothing. This lazy loads the code again on the first render after a Retry (browsers fetch
 * a failed dynamic import anew); until then, and during React's own re-renders of the failure,
 * it keeps the failure, so that a broken file is never requested in a loop. Use it as React.lazy.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any component, as React.lazy takes
export function lazyWithRetry<T extends ComponentType<any>>(
  load: () => Promise<{ default: T }>,
): ComponentType<ComponentProps<T>> {
  type P = ComponentProps<T>;
  let failedAt: number | undefined;
  const create = (): LazyExoticComponent<T> =>
    lazy(() =>
      load().catch((error: unknown) => {
        failedAt = retryCount();
        throw error;
      }),
    );
  let current = create();
  return function Retrying(props: P) {
    if (failedAt !== undefined && retryCount() > failedAt) {
      failedAt = undefined;
      current = create();
    }
    return createElement(current, props);
  };
}
