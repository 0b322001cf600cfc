import { geoMercator, geoPath, geoTransform, type GeoProjection, type GeoStream } from 'd3-geo';
import { decodeRing, type LonLatBox } from './geo/shape-types';
import type { PixelBox, Size } from './view-transform';

/** Mercator fitted so that `fit` (lon/lat corners) fills the frame inside `padding` pixels. */
export function fitProjection(fit: LonLatBox, size: Size, padding: number): GeoProjection {
  return geoMercator().fitExtent(
    [
      [padding, padding],
      [Math.max(padding + 1, size.width - padding), Math.max(padding + 1, size.height - padding)],
    ],
    { type: 'MultiPoint', coordinates: fit },
  );
}

/** A lon/lat box in the projection's pixels, top-left first. */
export function projectBox(box: LonLatBox, projection: GeoProjection): PixelBox {
  const [ax, ay] = projection(box[0]) ?? [0, 0];
  const [bx, by] = projection(box[1]) ?? [0, 0];
  return [
    [Math.min(ax, bx), Math.min(ay, by)],
    [Math.max(ax, bx), Math.max(ay, by)],
  ];
}

/**
 * The SVG path of a shape's rings. The rings are drawn as flat lon/lat outlines through the
 * projection (no spherical clipping or winding rules): they were cut to the frame beforehand, and
 * the path is filled even–odd, so the order of a ring's points does not matter.
 */
export function shapePath(rings: readonly string[], projection: GeoProjection): string {
  const flat = geoTransform({
    point(this: { stream: GeoStream }, lon: number, lat: number) {
      const p = projection([lon, lat]);
      if (p) this.stream.point(p[0], p[1]);
    },
  });
  const polygons = rings.map((text) => {
    const ring = decodeRing(text);
    return [[...ring, ring[0]!]];
  });
  return geoPath(flat).digits(1)({ type: 'MultiPolygon', coordinates: polygons }) ?? '';
}

/** Pixel positions of lon/lat points, as typed arrays for clustering. */
export function projectPoints(
  points: readonly { lon: number; lat: number }[],
  projection: GeoProjection,
): { xs: Float64Array; ys: Float64Array } {
  const xs = new Float64Array(points.length);
  const ys = new Float64Array(points.length);
  points.forEach((point, i) => {
    const p = projection([point.lon, point.lat]) ?? [Number.NaN, Number.NaN];
    xs[i] = p[0];
    ys[i] = p[1];
  });
  return { xs, ys };
}
