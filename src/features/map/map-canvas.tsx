import type { GeoProjection } from 'd3-geo';
import { useMemo, type DOMAttributes, type Ref } from 'react';
import type { ProjectRecord } from '@/data/schema';
import { useT } from '@/i18n/use-t';
import type { MapFrameShapes, MapShape } from './geo/shape-types';
import { MapMarkers } from './map-markers';
import { projectBox, projectPoints, shapePath } from './map-projection';
import { placeLabels, type LabelCandidate } from './place-labels';
import { shapeName } from './shape-name';
import { CLUSTER_RADIUS, markerRadius, toMapMarkers, type MapMarker } from './to-map-markers';
import type { MapLine, MapPoint } from './to-map-points';
import type { Size, ViewTransform } from './view-transform';

interface Props {
  frame: MapFrameShapes;
  projection: GeoProjection;
  size: Size;
  view: ViewTransform;
  points: readonly MapPoint[];
  lines: readonly MapLine[];
  selectedId: string | null;
  clusterHelpId?: string;
  svgRef?: Ref<SVGSVGElement>;
  /** Pointer handlers for zoom and pan, where the frame has them. */
  svgProps?: DOMAttributes<SVGSVGElement>;
  /** Without them (a slide) the markers only show: see MapMarkers. */
  onSelect?: (project: ProjectRecord, trigger: Element) => void;
  onCluster?: (marker: MapMarker, trigger: Element) => void;
  /**
   * The names' size in px, as the theme sets it (`--map-font-size`): names are placed for it,
   * and markers and their merge distance grow with it so that an 18 px count fits its circle.
   */
  fontPx?: number;
}

/** The dashboard's name size, at which markers have their own size. */
const BASE_FONT_PX = 12;

const boxArea = ({ box: [[x0, y0], [x1, y1]] }: MapShape) => (x1 - x0) * (y1 - y0);
const drawingOrder = (a: MapShape, b: MapShape) =>
  Number(a.kind === 'region') - Number(b.kind === 'region') || boxArea(b) - boxArea(a);

/** One frame of the map: sea, land, names, schematic lines and markers, drawn for one size. */
export function MapCanvas({
  frame,
  projection,
  size,
  view,
  points,
  lines,
  selectedId,
  clusterHelpId,
  svgRef,
  svgProps,
  onSelect,
  onCluster,
  fontPx = BASE_FONT_PX,
}: Props) {
  const { t, has, lang } = useT();
  const scale = fontPx / BASE_FONT_PX;
  // The land is drawn once per size; zoom and pan only change the group's transform.
  const land = useMemo(
    () =>
      // Countries under regions, and small regions over big ones: Kuala Lumpur and Putrajaya sit
      // inside Selangor, which the source draws without holes for them.
      [...frame.shapes].sort(drawingOrder).map((shape) => ({
        id: `${shape.kind}-${shape.id}`,
        d: shapePath(shape.rings, projection),
        className: `map-shape map-shape--${shape.kind} ${shape.focus ? 'map-shape--focus' : 'map-shape--context'}`,
      })),
    [frame, projection],
  );
  const candidates = useMemo<LabelCandidate[]>(
    () =>
      frame.shapes.flatMap((shape) => {
        if (!shape.label) return [];
        const [x, y] = projection(shape.label) ?? [0, 0];
        const [[x0, y0], [x1, y1]] = projectBox(shape.box, projection);
        const { id, kind, focus } = shape;
        const name = shapeName(shape, { t, has });
        return [{ id, name, kind, focus, x, y, width: x1 - x0, height: y1 - y0 }];
      }),
    [frame, projection, t, has],
  );
  const base = useMemo(() => projectPoints(points, projection), [points, projection]);
  const markers = useMemo(
    () => toMapMarkers(points, base.xs, base.ys, view.k, t, lang, CLUSTER_RADIUS * scale),
    [points, base, view.k, t, lang, scale],
  );
  // Names give way to markers: a marker carries information, a name is context.
  const obstacles = markers.map((m): [number, number, number, number] => {
    const [x, y, r] = [m.x + view.x, m.y + view.y, markerRadius(m, scale) + 3];
    return [x - r, y - r, x + r, y + r];
  });
  const labels = placeLabels(candidates, view, size, obstacles, fontPx);
  const routes = lines.map((line) => ({
    id: line.project.id,
    selected: line.project.id === selectedId,
    points: line.coordinates
      .map((c) => {
        const [x, y] = projection(c) ?? [0, 0];
        return `${(x * view.k + view.x).toFixed(1)},${(y * view.k + view.y).toFixed(1)}`;
      })
      .join(' '),
  }));
  return (
    <svg
      ref={svgRef}
      {...svgProps}
      className="map-svg"
      width={size.width}
      height={size.height}
      viewBox={`0 0 ${size.width} ${size.height}`}
      data-zoom={view.k.toFixed(2)}
    >
      <rect className="map-sea" width={size.width} height={size.height} />
      <g
        className="map-land"
        aria-hidden="true"
        transform={`translate(${view.x.toFixed(1)} ${view.y.toFixed(1)}) scale(${view.k})`}
      >
        {land.map((shape) => (
          <path key={shape.id} className={shape.className} d={shape.d} />
        ))}
      </g>
      <g className="map-labels" aria-hidden="true">
        {labels.map((label) => (
          <text
            key={label.id}
            className={`map-label map-label--${label.kind}`}
            x={label.x.toFixed(1)}
            y={label.y.toFixed(1)}
            dy="0.35em"
          >
            {label.name}
          </text>
        ))}
      </g>
      <g className="map-routes" aria-hidden="true">
        {routes.map((route) => (
          <polyline
            key={route.id}
            className={route.selected ? 'map-route map-route--selected' : 'map-route'}
            points={route.points}
          />
        ))}
      </g>
      <MapMarkers
        markers={markers}
        view={view}
        size={size}
        selectedId={selectedId}
        clusterHelpId={clusterHelpId}
        onSelect={onSelect}
        onCluster={onCluster}
        scale={scale}
      />
    </svg>
  );
}
