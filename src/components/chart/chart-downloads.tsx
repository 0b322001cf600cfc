import { useState, type RefObject } from 'react';
import { downloadBlob } from '@/lib/export-file';
import { formatPartialDate } from '@/lib/format-date';
import { useT } from '@/i18n/use-t';

interface Props {
  title: string;
  source: string;
  asOf: string;
  /** The frame's body, where the drawn chart is. */
  body: RefObject<HTMLDivElement | null>;
}

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);

/** "Download SVG" and "Download PNG" of the chart exactly as drawn, with title, source and "as of". */
export function ChartDownloads({ title, source, asOf, body }: Props) {
  const { t, locale } = useT();
  const [message, setMessage] = useState('');
  const run = async (format: 'svg' | 'png') => {
    // The picture-making code loads on the first click, not with the page.
    const { buildChartPicture, toPng } = await import('./chart-export');
    const picture = body.current
      ? buildChartPicture(body.current, {
          title,
          footer: t('chart.pictureFooter', { source, date: formatPartialDate(asOf, locale) }),
        })
      : null;
    if (!picture) {
      setMessage(t('chart.notDrawn'));
      return;
    }
    try {
      const blob =
        format === 'svg'
          ? new Blob([picture.svg], { type: 'image/svg+xml' })
          : await toPng(picture);
      downloadBlob(blob, `${slug(title) || 'chart'}-${asOf}.${format}`);
      setMessage(t('chart.downloaded', { format: format.toUpperCase() }));
    } catch {
      setMessage(t('chart.pictureFailed'));
    }
  };
  return (
    <>
      <button
        type="button"
        className="button button--quiet"
        aria-label={t('ui.pair', { label: t('chart.downloadSvg'), value: title })}
        onClick={() => void run('svg')}
      >
        {t('chart.downloadSvg')}
      </button>
      <button
        type="button"
        className="button button--quiet"
        aria-label={t('ui.pair', { label: t('chart.downloadPng'), value: title })}
        onClick={() => void run('png')}
      >
        {t('chart.downloadPng')}
      </button>
      <span className="chart-frame__status" role="status">
        {message}
      </span>
    </>
  );
}
