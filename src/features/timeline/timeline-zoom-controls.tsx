import { useT } from '@/i18n/use-t';
import type { YearRange } from './timeline-filters';
import { canZoomIn, isFullExtent, pan, zoomIn, zoomOut } from './timeline-zoom';

interface Props {
  range: YearRange;
  extent: YearRange;
  onChange: (range: YearRange) => void;
}

/**
 * Zoom and pan by whole years. A button that can do nothing stays focusable (aria-disabled), so
 * pressing Zoom in until the end does not drop the keyboard focus.
 */
export function TimelineZoom({ range, extent, onChange }: Props) {
  const { t } = useT();
  const full = isFullExtent(range, extent);
  const buttons = [
    { id: 'in', can: canZoomIn(range), next: () => zoomIn(range) },
    { id: 'out', can: !full, next: () => zoomOut(range, extent) },
    { id: 'earlier', can: range.from > extent.from, next: () => pan(range, extent, -1) },
    { id: 'later', can: range.to < extent.to, next: () => pan(range, extent, 1) },
    { id: 'all', can: !full, next: () => extent },
  ] as const;
  return (
    <div className="tl-zoom" role="group" aria-label={t('timeline.zoom.label')}>
      {buttons.map((b) => (
        <button
          key={b.id}
          type="button"
          className="button button--quiet"
          aria-disabled={!b.can}
          onClick={() => b.can && onChange(b.next())}
        >
          {t(`timeline.zoom.${b.id}`)}
        </button>
      ))}
    </div>
  );
}
