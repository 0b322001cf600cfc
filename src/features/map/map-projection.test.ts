import { describe, expect, it } from 'vitest';
import shapesJson from './geo/map-shapes.json';
import { FRAME_CLIPS, frameOf } from './geo/frames';
import type { MapShapes } from './geo/shape-types';
import { fitProjection, projectBox, projectPoints, shapePath } from './map-projection';

const shapes = shapesJson as unknown as MapShapes;
const frame = (id: 'main' | 'inset') => shapes.frames.find((f) => f.id === id)!;
const size = { width: 800, height: 400 };

describe('which frame shows a place', () => {
  it('puts Malaysian places in the main frame and Qinzhou in the inset', () => {
    expect(frameOf(101.7, 3.1)).toBe('main'); // Kuala Lumpur
    expect(frameOf(118.07, 5.84)).toBe('main'); // Sandakan, Sabah
    expect(frameOf(108.65, 21.98)).toBe('inset'); // Qinzhou, Guangxi
    expect(frameOf(-74, 40.7)).toBeNull(); // New York: on neither frame
    expect(frameOf(121.47, 31.23)).toBeNull(); // Shanghai: outside the inset around Guangxi
  });

  it('draws each frame over the same area its places come from', () => {
    for (const f of shapes.frames) expect(f.clip).toEqual(FRAME_CLIPS[f.id]);
  });
});

describe('fitting the projection', () => {
  it('maps a known position inside the frame, north up and west left', () => {
    const projection = fitProjection(frame('main').fit, size, 16);
    const [x, y] = projection([101.7, 3.1])!; // Kuala Lumpur
    expect(x).toBeGreaterThan(16);
    expect(x).toBeLessThan(size.width - 16);
    expect(y).toBeGreaterThan(16);
    expect(y).toBeLessThan(size.height - 16);
    const [kbX, kbY] = projection([102.24, 6.13])!; // Kota Bharu: north-east of Kuala Lumpur
    expect(kbY).toBeLessThan(y);
    expect(kbX).toBeGreaterThan(x);
    // Borneo's eastern tip is at the right edge of the fitted box, not beyond it.
    const [, [east]] = projectBox(frame('main').fit, projection);
    expect(east).toBeCloseTo(size.width - 16, 0);
  });

  it('fits the inset to Guangxi, with Qinzhou inside it', () => {
    const projection = fitProjection(frame('inset').fit, { width: 300, height: 240 }, 12);
    const [x, y] = projection([108.65, 21.98])!;
    expect(x).toBeGreaterThan(12);
    expect(x).toBeLessThan(288);
    expect(y).toBeGreaterThan(12);
    expect(y).toBeLessThan(228);
  });

  it('projects points into typed arrays and shapes into closed SVG paths', () => {
    const projection = fitProjection(frame('main').fit, size, 16);
    const { xs, ys } = projectPoints([{ lon: 101.7, lat: 3.1 }], projection);
    expect([xs[0], ys[0]]).toEqual(projection([101.7, 3.1]));
    const johor = frame('main').shapes.find((s) => s.id === 'johor')!;
    const path = shapePath(johor.rings, projection);
    expect(path).toMatch(/^M[\d.]+,[\d.]+L/);
    expect(path.match(/Z/g)).toHaveLength(johor.rings.length);
  });
});
