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
  const full = isFullExtent(range, extent);
  const buttons = [
    { label: 'Zoom in', can: canZoomIn(range), next: () => zoomIn(range) },
    { label: 'Zoom out', can: !full, next: () => zoomOut(range, extent) },
    { label: '← Earlier', can: range.from > extent.from, next: () => pan(range, extent, -1) },
    { label: 'Later →', can: range.to < extent.to, next: () => pan(range, extent, 1) },
    { label: 'All years', can: !full, next: () => extent },
  ];
  return (
    <div className="tl-zoom" role="group" aria-label="Zoom">
      {buttons.map((b) => (
        <button
          key={b.label}
          type="button"
          className="button button--quiet"
          aria-disabled={!b.can}
          onClick={() => b.can && onChange(b.next())}
        >
          {b.label}
        </button>
      ))}
    </div>
  );
}
