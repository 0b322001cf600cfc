import { use, useMemo } from 'react';
import { loadMapShapes } from './geo/load-shapes';
import type { FrameId } from './geo/shape-types';
import { MapCanvas } from './map-canvas';
import { fitProjection } from './map-projection';
import type { MapLine, MapPoint } from './to-map-points';
import { useBoxSize } from './use-box-size';
import { FIRST_VIEW } from './view-transform';

interface Props {
  id: FrameId;
  label: string;
  points: readonly MapPoint[];
  lines: readonly MapLine[];
  selectedId: string | null;
}

/** Where nothing lays out (jsdom), a frame of about a slide's proportions. */
const FALLBACK = { width: 800, height: 400 };
const PADDING = 12;

/**
 * One frame of the map on a slide: it fills the box the slide's layout gives it, and the frame's
 * area is fitted inside at its own proportions (the rest is the land and sea around it). No zoom,
 * no pan, nothing to click: the room sees the first view, with names and counts in the theme's
 * size. The box is the layout's, so nothing moves when the outlines arrive.
 */
export function SlideMapFrame({ id, label, points, lines, selectedId }: Props) {
  const shapes = use(loadMapShapes());
  const frame = shapes.frames.find((f) => f.id === id)!;
  const [ref, box] = useBoxSize(FALLBACK);
  const projection = useMemo(
    () => (box ? fitProjection(frame.fit, box, PADDING) : null),
    [frame, box],
  );
  return (
    <div ref={ref} className="map-frame map-slide__frame" role="region" aria-label={label}>
      {box && projection && (
        <MapCanvas
          frame={frame}
          projection={projection}
          size={box}
          view={FIRST_VIEW}
          points={points}
          lines={lines}
          selectedId={selectedId}
          fontPx={box.fontPx}
        />
      )}
    </div>
  );
}
