import { hashKey, useQueryClient, useQueryErrorResetBoundary } from '@tanstack/react-query';
import { Suspense, useEffect, type ReactNode } from 'react';
import { DataLoadError } from '@/data/load-error';
import { useT } from '@/i18n/use-t';
import { ErrorBoundary } from '../ui/error-boundary';
import { ErrorPanel } from '../ui/error-panel';
import { Loading } from '../ui/loading';
import { describeFailure } from './describe-failure';

/**
 * Loading and failure for one part of the page that reads pack data: a view, a chart or a
 * section. A broken file shows its problems here and leaves the rest of the page working.
 */
export function DataBoundary({
  children,
  loadingLabel,
  resetKey,
}: {
  children: ReactNode;
  loadingLabel?: string;
  /**
   * What the content is of, where it changes in place (a presenter's slide): a new key forgets
   * the last one's failure. The loading boundary stays, so that while the next content loads
   * (in a transition) the current one stays in view rather than a loading message.
   */
  resetKey?: string;
}) {
  const { reset } = useQueryErrorResetBoundary();
  return (
    <Suspense fallback={<Loading label={loadingLabel} />}>
      <ErrorBoundary
        key={resetKey}
        onReset={reset}
        fallback={(error, retry) => <Failure error={error} retry={retry} />}
      >
        {children}
      </ErrorBoundary>
    </Suspense>
  );
}

function Failure({ error, retry }: { error: unknown; retry: () => void }) {
  useRecoverWhenLoaded(error, retry);
  const { t } = useT();
  const failure = describeFailure(error, t);
  return (
    <ErrorPanel
      title={failure.title}
      problems={failure.problems}
      hint={failure.hint}
      onRetry={failure.retry ? retry : undefined}
    />
  );
}

/**
 * Several parts of a page may read the same file; a Retry in one of them must not leave the
 * others showing a failure that is over. When the failed query succeeds (or already has), this
 * part shows its content again.
 */
function useRecoverWhenLoaded(error: unknown, recover: () => void) {
  const client = useQueryClient();
  const key = error instanceof DataLoadError ? error.queryKey : undefined;
  useEffect(() => {
    if (!key) return;
    const hash = hashKey(key);
    const loaded = () => client.getQueryCache().get(hash)?.state.status === 'success';
    if (loaded()) {
      recover();
      return;
    }
    return client.getQueryCache().subscribe((event) => {
      if (event.query.queryHash === hash && loaded()) recover();
    });
  }, [client, key, recover]);
}
