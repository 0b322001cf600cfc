import { useId, useRef, type ReactNode, type RefObject } from 'react';
import { useWideScreen } from '@/components/ui/use-wide-screen';
import { useT } from '@/i18n/use-t';
import { formatNumber } from '@/lib/intl-formats';
import { ClearFiltersButton } from './clear-filters-button';
import './filters.css';

interface Props {
  /** The panel's heading ("Filter projects"). */
  title: string;
  /** How many filters are chosen, said on the phone's button. */
  activeCount: number;
  /** How many records the filters keep now, said on the phone's "Show N results". */
  resultCount: number;
  /** The results' heading or count: brought into view when a filter change leaves it above. */
  results: RefObject<HTMLElement | null>;
  /** Clears every filter; absent when nothing is chosen. */
  onClear?: () => void;
  children: ReactNode;
}

/**
 * Where a list's filters live. Beside the results on a wide screen, in a column that scrolls on
 * its own, so that the results' count stays in view while a long facet list is scrolled; on a
 * phone behind a "Filters" button, in a full-screen dialog whose "Show N results" (the count
 * follows each choice) and close button take the reader back to the list.
 */
export function FilterPanel({
  title,
  activeCount,
  resultCount,
  results,
  onClear,
  children,
}: Props) {
  const wide = useWideScreen();
  const headingId = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const { t, locale } = useT();
  const heading = (
    <h2 className="filter-panel__heading" id={headingId}>
      {title}
    </h2>
  );
  if (wide)
    return (
      <section
        className="filter-panel"
        aria-labelledby={headingId}
        onChange={() => requestAnimationFrame(() => bringIntoView(results.current))}
      >
        {heading}
        {children}
      </section>
    );
  const close = () => dialog.current?.close();
  return (
    <>
      <button
        type="button"
        className="button button--quiet filter-panel__open"
        aria-haspopup="dialog"
        onClick={() => dialog.current?.showModal()}
      >
        {activeCount > 0
          ? t('filters.panel.openActive', { count: formatNumber(activeCount, locale) })
          : t('filters.panel.open')}
      </button>
      <dialog ref={dialog} className="filter-sheet" aria-labelledby={headingId}>
        <div className="filter-sheet__head">
          {heading}
          <button type="button" className="button button--quiet" onClick={close}>
            <span aria-hidden="true">×</span> {t('filters.panel.close')}
          </button>
        </div>
        <div className="filter-sheet__body">{children}</div>
        <div className="filter-sheet__foot">
          {onClear && <ClearFiltersButton quiet onClear={onClear} />}
          <button type="button" className="button" onClick={close}>
            {t('filters.panel.show', { count: resultCount })}
          </button>
        </div>
      </dialog>
    </>
  );
}

/** After a filter change the list may be shorter: never leave the reader looking at nothing. */
function bringIntoView(element: HTMLElement | null) {
  if (element && element.getBoundingClientRect().top < 0)
    element.scrollIntoView({ block: 'start' });
}
