import { useState, type RefObject } from 'react';
import { downloadBlob } from '../../lib/export-file';
import { formatPartialDate } from '../../lib/format-date';

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
  const [message, setMessage] = useState('');
  const run = async (format: 'svg' | 'png') => {
    // The picture-making code loads on the first click, not with the page.
    const { buildChartPicture, toPng } = await import('./chart-export');
    const picture = body.current
      ? buildChartPicture(body.current, {
          title,
          footer: `Source: ${source} · Data as of ${formatPartialDate(asOf)}`,
        })
      : null;
    if (!picture) {
      setMessage('The chart is not drawn yet. Please try again in a moment.');
      return;
    }
    try {
      const blob =
        format === 'svg'
          ? new Blob([picture.svg], { type: 'image/svg+xml' })
          : await toPng(picture);
      downloadBlob(blob, `${slug(title) || 'chart'}-${asOf}.${format}`);
      setMessage(`Downloaded the chart as ${format.toUpperCase()}`);
    } catch {
      setMessage('The picture could not be made. Please try again.');
    }
  };
  return (
    <>
      <button
        type="button"
        className="button button--quiet"
        aria-label={`Download SVG: ${title}`}
        onClick={() => void run('svg')}
      >
        Download SVG
      </button>
      <button
        type="button"
        className="button button--quiet"
        aria-label={`Download PNG: ${title}`}
        onClick={() => void run('png')}
      >
        Download PNG
      </button>
      <span className="chart-frame__status" role="status">
        {message}
      </span>
    </>
  );
}
