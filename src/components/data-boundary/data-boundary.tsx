import { useQueryErrorResetBoundary } from '@tanstack/react-query';
import { Suspense, type ReactNode } from 'react';
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
}: {
  children: ReactNode;
  loadingLabel?: string;
}) {
  const { reset } = useQueryErrorResetBoundary();
  return (
    <ErrorBoundary
      onReset={reset}
      fallback={(error, retry) => {
        const failure = describeFailure(error);
        return (
          <ErrorPanel
            title={failure.title}
            problems={failure.problems}
            hint={failure.hint}
            onRetry={failure.retry ? retry : undefined}
          />
        );
      }}
    >
      <Suspense fallback={<Loading label={loadingLabel} />}>{children}</Suspense>
    </ErrorBoundary>
  );
}
