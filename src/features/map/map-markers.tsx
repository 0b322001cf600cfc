import { memo, type KeyboardEvent, type MouseEvent } from 'react';
import type { ProjectRecord } from '@/data/schema';
import { markerRadius, shortCount, type MapMarker } from './to-map-markers';
import type { Size, ViewTransform } from './view-transform';

interface Props {
  markers: readonly MapMarker[];
  view: ViewTransform;
  size: Size;
  selectedId: string | null;
  /** Describes what Enter does on a marker that stands for several projects. */
  clusterHelpId?: string;
  /** Markers are buttons where there is something to choose; on a slide they only show. */
  onSelect?: (project: ProjectRecord, trigger: Element) => void;
  onCluster?: (marker: MapMarker, trigger: Element) => void;
  /** See markerRadius. */
  scale?: number;
}

/** WCAG 2.5.8: every marker is at least a 24 × 24 pixel target, however small it looks. */
const HIT = 12;

/**
 * The markers, each a keyboard-operable button in the SVG, in the clusters' order (west to east).
 * Only those on screen are drawn: panned-away markers are neither painted nor tabbed through.
 * Without handlers (a slide) each is an image named like the button, and takes no focus.
 */
export const MapMarkers = memo(function MapMarkers({
  markers,
  view,
  size,
  selectedId,
  clusterHelpId,
  onSelect,
  onCluster,
  scale = 1,
}: Props) {
  const margin = 24;
  const interactive = onSelect !== undefined && onCluster !== undefined;
  return (
    <g className="map-markers">
      {markers.map((marker) => {
        const x = marker.x + view.x;
        const y = marker.y + view.y;
        if (x < -margin || y < -margin || x > size.width + margin || y > size.height + margin)
          return null;
        const single = marker.projects.length === 1;
        const selected = marker.projects.some((p) => p.id === selectedId);
        const radius = markerRadius(marker, scale);
        const activate = (event: MouseEvent<SVGGElement> | KeyboardEvent<SVGGElement>) => {
          if (single) onSelect?.(marker.projects[0]!, event.currentTarget);
          else onCluster?.(marker, event.currentTarget);
        };
        const className = [
          'map-marker',
          single ? 'map-marker--place' : 'map-marker--cluster',
          marker.approximate ? 'map-marker--approximate' : 'map-marker--exact',
          selected ? 'map-marker--selected' : '',
          interactive ? '' : 'map-marker--static',
        ].join(' ');
        return (
          <g
            key={marker.key}
            className={className}
            transform={`translate(${x.toFixed(1)} ${y.toFixed(1)})`}
            role={interactive ? 'button' : 'img'}
            tabIndex={interactive ? 0 : undefined}
            aria-label={marker.label}
            aria-pressed={interactive && single ? selected : undefined}
            aria-describedby={interactive && !single ? clusterHelpId : undefined}
            data-key={marker.key}
            data-places={marker.points.length}
            data-projects={marker.projects.map((p) => p.id).join(' ')}
            onClick={interactive ? activate : undefined}
            onKeyDown={(event) => {
              if (!interactive || (event.key !== 'Enter' && event.key !== ' ')) return;
              event.preventDefault();
              activate(event);
            }}
          >
            <circle className="map-marker__hit" r={Math.max(HIT, radius + 2)} />
            {selected && <circle className="map-marker__halo" r={radius + 5} />}
            <circle className="map-marker__shape" r={radius} />
            {!single && (
              <text className="map-marker__count" dy="0.35em">
                {shortCount(marker.projects.length)}
              </text>
            )}
            <circle className="map-marker__focus" r={radius + 4} />
          </g>
        );
      })}
    </g>
  );
});
