import { use, useId, useMemo, type ReactNode } from 'react';
import type { ProjectRecord } from '@/data/schema';
import { useT } from '@/i18n/use-t';
import { loadMapShapes } from './geo/load-shapes';
import type { FrameId } from './geo/shape-types';
import { InsetFrame } from './inset-frame';
import { MainFrame } from './main-frame';
import type { MapMarker } from './to-map-markers';
import { ofFrame, type MapPoints } from './to-map-points';

interface Props {
  model: MapPoints;
  selectedId: string | null;
  onSelect: (project: ProjectRecord, trigger: Element) => void;
  onList: (marker: MapMarker, trigger: Element) => void;
  /** Placed under the main frame. */
  legend: ReactNode;
  /** Placed under the inset. */
  card: ReactNode;
}

/** The two frames, once the outlines (a lazily loaded chunk) have arrived. */
export function MapFrames({ model, selectedId, onSelect, onList, legend, card }: Props) {
  const shapes = use(loadMapShapes());
  const helpId = useId();
  const { t } = useT();
  const byFrame = useMemo(
    () => ({ main: ofFrame(model, 'main'), inset: ofFrame(model, 'inset') }),
    [model],
  );
  const frame = (id: FrameId) => shapes.frames.find((f) => f.id === id)!;
  const shared = { selectedId, clusterHelpId: helpId, onSelect, onList };
  return (
    <>
      <p id={helpId} hidden>
        {t('map.clusterHelp')}
      </p>
      <div className="map-layout__primary">
        <MainFrame frame={frame('main')} {...byFrame.main} {...shared} />
        {legend}
      </div>
      <div className="map-layout__secondary">
        <InsetFrame frame={frame('inset')} {...byFrame.inset} {...shared} />
        {card}
      </div>
    </>
  );
}
