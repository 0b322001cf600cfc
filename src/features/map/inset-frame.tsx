import { memo, useId, useMemo } from 'react';
import { useElementWidth } from '@/components/ui/use-element-width';
import type { ProjectRecord } from '@/data/schema';
import { useT } from '@/i18n/use-t';
import type { MapFrameShapes } from './geo/shape-types';
import { MapCanvas } from './map-canvas';
import { fitProjection } from './map-projection';
import type { MapMarker } from './to-map-markers';
import type { MapLine, MapPoint } from './to-map-points';
import { FIRST_VIEW } from './view-transform';

interface Props {
  frame: MapFrameShapes;
  points: readonly MapPoint[];
  lines: readonly MapLine[];
  selectedId: string | null;
  clusterHelpId: string;
  onSelect: (project: ProjectRecord, trigger: Element) => void;
  onList: (marker: MapMarker, trigger: Element) => void;
}

/**
 * The second frame: Guangxi, where the pack's sites in China are, about 2,000 km north of the
 * main frame. It has its own scale and does not zoom; few places fall in it.
 */
export const InsetFrame = memo(function InsetFrame({
  frame,
  points,
  lines,
  selectedId,
  clusterHelpId,
  onSelect,
  onList,
}: Props) {
  const [widthRef, width] = useElementWidth(288);
  const size = useMemo(
    () => ({ width, height: Math.round(Math.min(240, Math.max(180, width * 0.75))) }),
    [width],
  );
  const projection = useMemo(() => fitProjection(frame.fit, size, 10), [frame, size]);
  const headingId = useId();
  const { t } = useT();
  const count = new Set(points.map((p) => p.project.id)).size;
  return (
    <section className="map-inset" aria-labelledby={headingId}>
      <h2 className="map-frame-title" id={headingId}>
        {t('map.inset.heading')}
      </h2>
      <p className="map-inset__note">
        {t('map.inset.scale')} {count === 0 ? t('map.inset.none') : t('map.inset.count', { count })}
      </p>
      <div
        ref={widthRef}
        className="map-frame map-frame--inset"
        role="region"
        aria-label={t('map.inset.label')}
      >
        <MapCanvas
          frame={frame}
          projection={projection}
          size={size}
          view={FIRST_VIEW}
          points={points}
          lines={lines}
          selectedId={selectedId}
          clusterHelpId={clusterHelpId}
          onSelect={onSelect}
          onCluster={onList}
        />
      </div>
    </section>
  );
});
