import { Suspense, useId, type ReactNode } from 'react';
import { ErrorBoundary } from '../ui/error-boundary';
import { Loading } from '../ui/loading';
import { formatPartialDate } from '../../lib/format-date';

interface Props {
  /** Says what the chart shows, e.g. "Bilateral trade by year, Malaysian official data (MYR)". */
  title: string;
  /** One or two sentences read by screen readers and shown under the title. */
  description: string;
  /** Where the numbers come from. */
  source: string;
  asOf: string;
  /** True when the reader chose the table. */
  showTable: boolean;
  onToggleTable: () => void;
  /** The drawn chart (lazily loaded). */
  chart: ReactNode;
  /** The same numbers as a table. */
  table: ReactNode;
  /** Extra controls (export buttons and the like). */
  controls?: ReactNode;
}

/**
 * Every chart sits in the same frame: a title that says what it shows, a description, a toggle
 * to a table of the same numbers, and a footer with source and "as of". A chart that fails
 * shows a message inside its frame; the rest of the page keeps working.
 */
export function ChartFrame({
  title,
  description,
  source,
  asOf,
  showTable,
  onToggleTable,
  chart,
  table,
  controls,
}: Props) {
  const titleId = useId();
  const descriptionId = useId();
  return (
    <figure className="chart-frame" aria-labelledby={titleId} aria-describedby={descriptionId}>
      <div className="chart-frame__head">
        <h2 className="chart-frame__title" id={titleId}>
          {title}
        </h2>
        <div className="chart-frame__controls">
          <button
            type="button"
            className="button button--quiet"
            aria-pressed={showTable}
            onClick={onToggleTable}
          >
            {showTable ? 'Show chart' : 'Show table'}
          </button>
          {controls}
        </div>
      </div>
      <p className="chart-frame__description" id={descriptionId}>
        {description}
      </p>
      <div className="chart-frame__body">
        {showTable ? (
          table
        ) : (
          <ErrorBoundary
            fallback={(_error, retry) => (
              <div className="chart-frame__error" role="alert">
                <p>This chart could not be drawn. The same numbers are in the table.</p>
                <button type="button" className="button" onClick={onToggleTable}>
                  Show table
                </button>{' '}
                <button type="button" className="button button--quiet" onClick={retry}>
                  Retry
                </button>
              </div>
            )}
          >
            <Suspense fallback={<Loading label="Drawing chart…" />}>{chart}</Suspense>
          </ErrorBoundary>
        )}
      </div>
      <figcaption className="chart-frame__footer">
        Source: {source} · Data as of <time dateTime={asOf}>{formatPartialDate(asOf)}</time>
      </figcaption>
    </figure>
  );
}
