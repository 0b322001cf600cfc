import { memo, useEffect, useId, useMemo, useRef } from 'react';
import { useT } from '@/i18n/use-t';
import { extent } from '@/lib/large-arrays';
import type { LonLatBox } from './geo/shape-types';
import { MapFrame, useFrameGeometry, type MapFrameProps } from './map-frame';
import { projectBox } from './map-projection';
import { CLUSTER_RADIUS, type MapMarker } from './to-map-markers';
import { usePanZoom } from './use-pan-zoom';
import {
  clampView,
  FIRST_VIEW,
  MAX_ZOOM,
  MIN_ZOOM,
  viewOfBox,
  type PixelBox,
} from './view-transform';

const PADDING = 16;
const mainHeight = (width: number) => Math.round(Math.min(560, Math.max(340, width * 0.55)));
/** Below this width the whole country is too small to read: the first view is the peninsula. */
const NARROW = 560;
const PENINSULA: LonLatBox = [
  [99.6, 1.2],
  [104.6, 6.8],
];

/** Peninsular Malaysia and Borneo, with zoom and pan. */
export const MainFrame = memo(function MainFrame({ onList, ...shown }: MapFrameProps) {
  const { frame } = shown;
  const { ref, element, width, size, projection } = useFrameGeometry(
    frame,
    800,
    mainHeight,
    PADDING,
  );
  const { height } = size;
  const bounds = useMemo(() => projectBox(frame.clip, projection), [frame, projection]);
  const narrow = width < NARROW;
  const initial = useMemo(
    () =>
      narrow
        ? clampView(viewOfBox(projectBox(PENINSULA, projection), size, 8), size, bounds)
        : FIRST_VIEW,
    [narrow, projection, size, bounds],
  );
  const { view, change, zoomIn, zoomOut, reset, onKeyDown, svgRef, svgProps } = usePanZoom(
    size,
    bounds,
    initial,
  );
  const focusAfterZoom = useRef<string | null>(null);
  const helpId = useId();
  const headingId = useId();
  const { t } = useT();

  useEffect(() => {
    const key = focusAfterZoom.current;
    if (!key) return;
    focusAfterZoom.current = null;
    const marker = element.current?.querySelector<SVGGElement>(`[data-key="${CSS.escape(key)}"]`);
    (marker ?? element.current)?.focus();
  }, [view, element]);

  const onCluster = (marker: MapMarker, trigger: Element) => {
    const xs: number[] = [];
    const ys: number[] = [];
    for (const p of marker.points) {
      const [x, y] = projection([p.lon, p.lat]) ?? [0, 0];
      xs.push(x);
      ys.push(y);
    }
    // A cluster has at least one point.
    const [x0, x1] = extent(xs)!;
    const [y0, y1] = extent(ys)!;
    const box: PixelBox = [
      [x0, y0],
      [x1, y1],
    ];
    const spread = Math.max(box[1][0] - box[0][0], box[1][1] - box[0][1]);
    if (spread * MAX_ZOOM <= CLUSTER_RADIUS || view.k >= MAX_ZOOM) {
      onList(marker, trigger);
      return;
    }
    focusAfterZoom.current = marker.key;
    const target = viewOfBox(box, size, Math.min(width, height) / 4);
    change(() => ({ ...target, k: Math.max(target.k, Math.min(MAX_ZOOM, view.k * 2)) }));
  };

  return (
    <MapFrame
      kind="main"
      headingId={headingId}
      head={
        <div className="map-main__bar">
          <div>
            <h2 className="map-frame-title" id={headingId}>
              {t('map.main.heading')}
            </h2>
            <p className="map-help" id={helpId}>
              {t('map.main.help')}
              {narrow && ` ${t('map.main.helpNarrow')}`}
            </p>
          </div>
          <div className="map-zoom" role="group" aria-label={t('map.main.zoom')}>
            <button
              type="button"
              className="button button--quiet"
              aria-disabled={view.k >= MAX_ZOOM}
              onClick={zoomIn}
            >
              <span aria-hidden="true">+ </span>
              {t('map.main.zoomIn')}
            </button>
            <button
              type="button"
              className="button button--quiet"
              aria-disabled={view.k <= MIN_ZOOM}
              onClick={zoomOut}
            >
              <span aria-hidden="true">− </span>
              {t('map.main.zoomOut')}
            </button>
            <button type="button" className="button button--quiet" onClick={reset}>
              {t('map.main.reset')}
            </button>
          </div>
        </div>
      }
      regionRef={ref}
      label={t('map.main.label')}
      regionProps={{ 'aria-describedby': helpId, tabIndex: 0, onKeyDown }}
      canvas={{ ...shown, projection, size, view, svgRef, svgProps, onCluster }}
    />
  );
});
