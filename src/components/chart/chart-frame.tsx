import { Suspense, useId, useRef, type ReactNode } from 'react';
import { ErrorBoundary } from '../ui/error-boundary';
import { useNearViewport } from '../ui/use-near-viewport';
import { Loading } from '../ui/loading';
import { ViewControls } from '../ui/display-options';
import { ChartDownloads } from './chart-downloads';
import { useT } from '@/i18n/use-t';
import { AsOf } from '../ui/as-of';
import './chart.css';

interface Props {
  /** Says what the chart shows, e.g. "Bilateral trade by year, Malaysian official data (MYR)". */
  title: string;
  /** One or two sentences read by screen readers and shown under the title. */
  description: ReactNode;
  /** Where the numbers come from (in the reader's language where the pack has it). */
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
  /** What the reader must know under either form: what is left out, how to read it. */
  notes?: ReactNode;
  /** Level of the title in the page's outline. */
  headingLevel?: 2 | 3;
  /** Height the chart will take, kept while it loads so that the page does not jump. */
  chartHeight?: number;
  /** Stands in for the chart, at its exact size, until it is drawn (instead of "Drawing chart"). */
  placeholder?: ReactNode;
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
  notes,
  headingLevel = 2,
  chartHeight,
  placeholder,
}: Props) {
  const titleId = useId();
  const descriptionId = useId();
  const bodyId = useId();
  const body = useRef<HTMLDivElement>(null);
  // The chart (its code and its drawing) waits until the frame nears the screen; the frame
  // itself, with its title, description, table toggle and reserved height, is there at once.
  const near = useNearViewport(body);
  const Heading = `h${headingLevel}` as const;
  const { t } = useT();
  const toggleText = t(showTable ? 'chart.showChart' : 'chart.showTable');
  return (
    <figure className="chart-frame" aria-labelledby={titleId} aria-describedby={descriptionId}>
      <div className="chart-frame__head">
        <Heading className="chart-frame__title" id={titleId}>
          {title}
        </Heading>
        <div className="chart-frame__controls">
          <button
            type="button"
            className="button button--quiet"
            aria-controls={bodyId}
            // The visible words first (WCAG 2.5.3), then which chart: a page has several.
            aria-label={t('ui.pair', { label: toggleText, value: title })}
            onClick={onToggleTable}
          >
            {toggleText}
          </button>
          {!showTable && (
            <ViewControls>
              <ChartDownloads title={title} source={source} asOf={asOf} body={body} />
            </ViewControls>
          )}
          {controls}
        </div>
      </div>
      <div className="chart-frame__description" id={descriptionId}>
        {description}
      </div>
      <div
        className="chart-frame__body"
        id={bodyId}
        ref={body}
        style={!showTable && chartHeight ? { minHeight: chartHeight } : undefined}
      >
        {showTable ? (
          table
        ) : (
          <ErrorBoundary
            fallback={(_error, retry) => (
              <div className="chart-frame__error" role="alert">
                <p>{t('chart.failed')}</p>
                <button type="button" className="button" onClick={onToggleTable}>
                  {t('chart.showTable')}
                </button>{' '}
                <button type="button" className="button button--quiet" onClick={retry}>
                  {t('ui.retry')}
                </button>
              </div>
            )}
          >
            <Suspense fallback={placeholder ?? <Loading label={t('chart.drawing')} />}>
              {near ? chart : placeholder}
            </Suspense>
          </ErrorBoundary>
        )}
      </div>
      {notes && <div className="chart-frame__notes">{notes}</div>}
      <figcaption className="chart-frame__footer">
        {t('chart.source', { source })} · <AsOf date={asOf} />
      </figcaption>
    </figure>
  );
}
