import { useState } from 'react';
import {
  downloadBlob,
  exportFileName,
  toCsv,
  toExportJson,
  type ExportItem,
  type ExportMeta,
} from '@/lib/export-file';
import { useT } from '@/i18n/use-t';
import { formatNumber } from '@/lib/intl-formats';
import './export-buttons.css';

interface Props {
  /** The view's name in the file, e.g. "projects". */
  view: string;
  /** What the items are called, in the reader's language, for the confirmation ("12 projects"). */
  noun: string;
  asOf: string;
  pack: string;
  /** The items as shown, in the order shown; built only when the reader asks. */
  items: () => ExportItem[];
}

/**
 * "Download CSV" and "Download JSON" of what the list shows: the same filters, the same order,
 * with the view's link and the pack's "as of" in the file.
 */
export function ExportButtons({ view, noun, asOf, pack, items }: Props) {
  const { t, locale } = useT();
  const [message, setMessage] = useState('');
  const run = async (format: 'csv' | 'json') => {
    const meta: ExportMeta = {
      view,
      link: window.location.href,
      asOf,
      pack,
      exportedAt: new Date().toISOString(),
    };
    const list = items();
    try {
      const blob =
        format === 'csv'
          ? new Blob([await toCsv(meta, list)], { type: 'text/csv;charset=utf-8' })
          : new Blob([JSON.stringify(toExportJson(meta, list), null, 2)], {
              type: 'application/json',
            });
      downloadBlob(blob, exportFileName(meta, format));
      setMessage(
        t('shared.export.done', {
          count: formatNumber(list.length, locale),
          noun,
          format: format.toUpperCase(),
        }),
      );
    } catch {
      setMessage(t('shared.export.failed'));
    }
  };
  return (
    <div className="export-buttons" role="group" aria-label={t('shared.export.label', { noun })}>
      <button type="button" className="button button--quiet" onClick={() => void run('csv')}>
        {t('shared.export.csv')}
      </button>
      <button type="button" className="button button--quiet" onClick={() => void run('json')}>
        {t('shared.export.json')}
      </button>
      <span className="export-buttons__status" role="status">
        {message}
      </span>
    </div>
  );
}
