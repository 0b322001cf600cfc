import { useState, type PointerEvent } from 'react';
import type { YearRange } from './timeline-filters';
import { yearAt, type Tick } from './to-timeline-rows';

interface Props {
  ticks: Tick[];
  range: YearRange;
  width: number;
  /** Called with the years a pointer dragged across. */
  onBrush: (range: YearRange) => void;
}

/**
 * Year (and month) labels. Dragging across them with a mouse or pen zooms to those years; the
 * zoom buttons and the year selects do the same without dragging.
 */
export function TimelineAxis({ ticks, range, width, onBrush }: Props) {
  const [brush, setBrush] = useState<{ start: number; end: number } | null>(null);
  const xOf = (event: PointerEvent<HTMLDivElement>) =>
    event.clientX - event.currentTarget.getBoundingClientRect().left;

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    // Touch scrolls the timeline sideways instead.
    if (event.pointerType === 'touch' || event.button !== 0) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    setBrush({ start: xOf(event), end: xOf(event) });
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (brush) setBrush({ ...brush, end: xOf(event) });
  };
  const onPointerUp = (event: PointerEvent<HTMLDivElement>) => {
    if (!brush) return;
    const end = xOf(event);
    setBrush(null);
    if (Math.abs(end - brush.start) < 8) return;
    const a = yearAt(range, width, Math.min(brush.start, end));
    const b = yearAt(range, width, Math.max(brush.start, end));
    onBrush({ from: a, to: b });
  };

  return (
    <div
      className="tl-axis"
      aria-hidden="true"
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={() => setBrush(null)}
    >
      {ticks.map((tick) => (
        <span
          key={`${tick.label}-${tick.x}`}
          className={tick.year ? 'tl-tick tl-tick--year' : 'tl-tick tl-tick--month'}
          style={{ left: tick.x }}
        >
          {tick.label}
        </span>
      ))}
      {brush && (
        <span
          className="tl-brush"
          style={{
            left: Math.min(brush.start, brush.end),
            width: Math.abs(brush.end - brush.start),
          }}
        />
      )}
    </div>
  );
}
