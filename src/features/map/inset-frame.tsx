import { memo, useId } from 'react';
import { useT } from '@/i18n/use-t';
import { MapFrame, useFrameGeometry, type MapFrameProps } from './map-frame';
import { FIRST_VIEW } from './view-transform';

const insetHeight = (width: number) => Math.round(Math.min(240, Math.max(180, width * 0.75)));

/**
 * The second frame: Guangxi, where the pack's sites in China are, about 2,000 km north of the
 * main frame. It has its own scale and does not zoom; few places fall in it.
 */
export const InsetFrame = memo(function InsetFrame({ onList, ...shown }: MapFrameProps) {
  const { ref, size, projection } = useFrameGeometry(shown.frame, 288, insetHeight, 10);
  const headingId = useId();
  const { t } = useT();
  const count = new Set(shown.points.map((p) => p.project.id)).size;
  return (
    <MapFrame
      kind="inset"
      headingId={headingId}
      head={
        <>
          <h2 className="map-frame-title" id={headingId}>
            {t('map.inset.heading')}
          </h2>
          <p className="map-inset__note">
            {t('map.inset.scale')}{' '}
            {count === 0 ? t('map.inset.none') : t('map.inset.count', { count })}
          </p>
        </>
      }
      regionRef={ref}
      label={t('map.inset.label')}
      canvas={{ ...shown, projection, size, view: FIRST_VIEW, onCluster: onList }}
    />
  );
});
