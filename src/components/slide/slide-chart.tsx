import { useId, type ReactNode } from 'react';
import { useT } from '@/i18n/use-t';
import './slide-chart.css';

interface Props {
  /** What the chart shows, as on its page: "Projects per sector". */
  title: string;
  titleLang?: string;
  /**
   * Whether the presenter chose the table, kept in the URL's `table=` by the view (as on the
   * chart's page, with the same chart id), so that the choice travels with the slide's link.
   */
  showTable: boolean;
  onToggleTable: () => void;
  /** The same numbers as a table. */
  table: ReactNode;
  /** The drawing: it gets the height left under the title and must fill it (height 'fill'). */
  children: ReactNode;
}

/**
 * A chart on a slide: its title and a "Show table" button, then the drawing (or the table) in the
 * rest of the box. No downloads (they are for a desk); the chart's description is its image's
 * label, and its sources are the slide's.
 */
export function SlideChart({ title, titleLang, showTable, onToggleTable, table, children }: Props) {
  const { t } = useT();
  const titleId = useId();
  const bodyId = useId();
  const toggleText = t(showTable ? 'chart.showChart' : 'chart.showTable');
  return (
    <figure className="slide-chart" aria-labelledby={titleId}>
      <div className="slide-chart__head">
        <h2 className="slide-chart__title" id={titleId} lang={titleLang}>
          {title}
        </h2>
        <button
          type="button"
          className="button button--quiet slide-chart__toggle"
          aria-controls={bodyId}
          aria-label={t('ui.pair', { label: toggleText, value: title })}
          onClick={onToggleTable}
        >
          {toggleText}
        </button>
      </div>
      <div
        className={`slide-chart__body${showTable ? ' slide-chart__body--table' : ''}`}
        id={bodyId}
      >
        {showTable ? table : children}
      </div>
    </figure>
  );
}
