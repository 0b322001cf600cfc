// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeRing } from '../../src/features/map/geo/shape-types';
import { registerMapLiteral, decodeEchartsRing } from './echarts-map';
import { clipRing, labelPoint, quantize, ringArea, simplifyRing } from './map-geometry';
import { buildMapShapes, readMapSources } from './map-shapes';

const committed = JSON.parse(
  readFileSync(new URL('../../src/features/map/geo/map-shapes.json', import.meta.url), 'utf8'),
) as unknown;

describe('the map outlines', () => {
  const shapes = buildMapShapes(readMapSources());

  it('are what npm run map:data writes from the installed packages (not stale)', () => {
    expect(committed).toEqual(JSON.parse(JSON.stringify(shapes)));
  });

  it('hold every state of Malaysia the source has, and Guangxi, with names the pack uses', () => {
    const ids = (frame: string) =>
      shapes.frames
        .find((f) => f.id === frame)!
        .shapes.filter((s) => s.focus)
        .map((s) => s.id);
    expect(ids('main')).toEqual(
      expect.arrayContaining([
        'my',
        'johor',
        'pahang',
        'sabah',
        'sarawak',
        'melaka',
        'kuala-lumpur',
      ]),
    );
    expect(ids('inset')).toEqual(['guangxi']);
    expect(JSON.stringify(shapes).length).toBeLessThan(150 * 1024);
  });

  it('decode back to positions inside their frame', () => {
    for (const frame of shapes.frames) {
      const [[x0, y0], [x1, y1]] = frame.clip;
      for (const shape of frame.shapes)
        for (const [x, y] of shape.rings.flatMap(decodeRing)) {
          expect(x >= x0 - 0.01 && x <= x1 + 0.01 && y >= y0 - 0.01 && y <= y1 + 0.01).toBe(true);
        }
    }
  });
});

describe('reading an echarts map file', () => {
  it('turns the registerMap object literal into JSON without running it', () => {
    const script = `factory(){echarts.registerMap("x",{type:"A",a:[1,"}{\\\\"],b:!0,c:!1});}`;
    expect(JSON.parse(registerMapLiteral(script))).toEqual({
      type: 'A',
      a: [1, '}{\\'],
      b: true,
      c: false,
    });
  });

  it('decodes zig-zag deltas in 1/1024 degree', () => {
    // "@@" is no move; "B@" is +1 in x; "A@" is −1 in x.
    expect(decodeEchartsRing('@@B@A@', [1024, 2048])).toEqual([
      [1, 2],
      [1 + 1 / 1024, 2],
      [1, 2],
    ]);
  });
});

describe('cutting outlines down', () => {
  const square: [number, number][] = [
    [0, 0],
    [10, 0],
    [10, 10],
    [0, 10],
  ];

  it('clips a ring to a box and measures it', () => {
    const clipped = clipRing(square, [
      [5, -5],
      [15, 5],
    ]);
    expect(ringArea(clipped)).toBe(25);
    expect(
      clipRing(square, [
        [20, 20],
        [30, 30],
      ]),
    ).toEqual([]);
  });

  it('rounds to a grid, drops repeats and straight-line points', () => {
    expect(
      quantize(
        [
          [0.011, 0.019],
          [0.012, 0.021],
          [0.5, 0.5],
          [0.011, 0.019],
        ],
        0.01,
      ),
    ).toEqual([
      [1, 2],
      [50, 50],
    ]);
    const wobbly: [number, number][] = [
      [0, 0],
      [5, 0.2],
      [10, 0],
      [10, 10],
      [5, 10.1],
      [0, 10],
    ];
    expect(simplifyRing(wobbly, 1)).toHaveLength(4);
  });

  it('puts a label inside the shape, away from its edges', () => {
    const l: [number, number][] = [
      [0, 0],
      [10, 0],
      [10, 2],
      [2, 2],
      [2, 10],
      [0, 10],
    ];
    const [x, y] = labelPoint([l])!;
    expect(x <= 2 || y <= 2).toBe(true);
    expect(labelPoint([square])).toEqual([5, 5]);
  });
});
