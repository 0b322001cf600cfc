import { useMemo, type ComponentProps, type HTMLAttributes, type ReactNode, type Ref } from 'react';
import { useElementWidth } from '@/components/ui/use-element-width';
import type { ProjectRecord } from '@/data/schema';
import type { MapFrameShapes } from './geo/shape-types';
import { MapCanvas } from './map-canvas';
import { fitProjection } from './map-projection';
import type { MapMarker } from './to-map-markers';
import type { MapLine, MapPoint } from './to-map-points';

/** What each frame of the map is given: its outlines, its places and what to do on a choice. */
export interface MapFrameProps {
  frame: MapFrameShapes;
  points: readonly MapPoint[];
  lines: readonly MapLine[];
  selectedId: string | null;
  clusterHelpId: string;
  onSelect: (project: ProjectRecord, trigger: Element) => void;
  /** Several projects that share one spot: no zoom separates them, so they are listed. */
  onList: (marker: MapMarker, trigger: Element) => void;
}

/**
 * A frame's size, its height following the width its element is given, and the projection that
 * fits the frame's outlines in it with `padding` pixels around.
 */
export function useFrameGeometry(
  frame: MapFrameShapes,
  fallbackWidth: number,
  heightOf: (width: number) => number,
  padding: number,
) {
  const [ref, width, element] = useElementWidth(fallbackWidth);
  const height = heightOf(width);
  const size = useMemo(() => ({ width, height }), [width, height]);
  const projection = useMemo(() => fitProjection(frame.fit, size, padding), [frame, size, padding]);
  return { ref, element, width, size, projection };
}

interface Props {
  kind: 'main' | 'inset';
  /** The id the frame's heading has, inside `head`. */
  headingId: string;
  /** The heading and what goes with it (help, notes, controls). */
  head: ReactNode;
  /** The measured element: the region that holds the map. */
  regionRef: Ref<HTMLDivElement>;
  label: string;
  /** Keyboard and description of a frame that zooms and pans. */
  regionProps?: HTMLAttributes<HTMLDivElement>;
  canvas: ComponentProps<typeof MapCanvas>;
}

/** One frame of the map: a section with its heading, and the region that draws its map. */
export function MapFrame({ kind, headingId, head, regionRef, label, regionProps, canvas }: Props) {
  return (
    <section className={`map-${kind}`} aria-labelledby={headingId}>
      {head}
      <div
        ref={regionRef}
        className={`map-frame map-frame--${kind}`}
        role="region"
        aria-label={label}
        {...regionProps}
      >
        <MapCanvas {...canvas} />
      </div>
    </section>
  );
}
