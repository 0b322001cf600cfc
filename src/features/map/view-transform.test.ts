import { describe, expect, it } from 'vitest';
import {
  clampView,
  FIRST_VIEW,
  MAX_ZOOM,
  panBy,
  toScreen,
  viewOfBox,
  zoomAt,
  type PixelBox,
} from './view-transform';

const size = { width: 800, height: 400 };
const bounds: PixelBox = [
  [-100, -50],
  [900, 450],
];

describe('zoom and pan', () => {
  it('zooms around a point, which stays where it was', () => {
    const view = zoomAt(FIRST_VIEW, 2, [200, 100]);
    expect(view.k).toBe(2);
    expect(toScreen(view, 200, 100)).toEqual([200, 100]);
    expect(toScreen(view, 300, 100)).toEqual([400, 100]);
  });

  it('never zooms out beyond the first view or in beyond the limit', () => {
    expect(zoomAt(FIRST_VIEW, 0.5, [0, 0]).k).toBe(1);
    expect(zoomAt({ k: MAX_ZOOM, x: 0, y: 0 }, 2, [0, 0]).k).toBe(MAX_ZOOM);
  });

  it('keeps the drawn area covering the screen', () => {
    expect(clampView(panBy(FIRST_VIEW, 500, 0), size, bounds)).toEqual({ k: 1, x: 100, y: 0 });
    expect(clampView(panBy(FIRST_VIEW, -500, -500), size, bounds)).toEqual({
      k: 1,
      x: -100,
      y: -50,
    });
    const zoomed = clampView({ k: 4, x: -1000, y: -600 }, size, bounds);
    expect(zoomed).toEqual({ k: 4, x: -1000, y: -600 });
    // Smaller than the screen along one side: centred on that side.
    const narrow: PixelBox = [
      [0, 0],
      [400, 400],
    ];
    expect(clampView(FIRST_VIEW, size, narrow).x).toBe(200);
  });

  it('fits a box with padding, capped at a zoom', () => {
    const view = viewOfBox(
      [
        [100, 100],
        [200, 150],
      ],
      size,
      20,
    );
    expect(view.k).toBeCloseTo(7.2);
    expect(toScreen(view, 150, 125)).toEqual([400, 200]);
    expect(
      viewOfBox(
        [
          [5, 5],
          [5, 5],
        ],
        size,
        20,
        8,
      ).k,
    ).toBe(8);
  });
});
