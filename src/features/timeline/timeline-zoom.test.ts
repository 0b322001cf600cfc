import { describe, expect, it } from 'vitest';
import { canZoomIn, formatRange, isFullExtent, pan, zoomIn, zoomOut } from './timeline-zoom';

const extent = { from: 1974, to: 2028 };

describe('timeline zoom', () => {
  it('zooms in to half the years around the middle, down to a single year', () => {
    expect(zoomIn({ from: 2017, to: 2024 })).toEqual({ from: 2019, to: 2022 });
    expect(zoomIn({ from: 2019, to: 2020 })).toEqual({ from: 2019, to: 2019 });
    expect(zoomIn({ from: 2019, to: 2019 })).toEqual({ from: 2019, to: 2019 });
    expect(canZoomIn({ from: 2019, to: 2019 })).toBe(false);
  });

  it('zooms out to twice the years, shifted to stay inside the data, up to all of it', () => {
    expect(zoomOut({ from: 2019, to: 2022 }, extent)).toEqual({ from: 2017, to: 2024 });
    expect(zoomOut({ from: 2024, to: 2028 }, extent)).toEqual({ from: 2019, to: 2028 });
    expect(zoomOut({ from: 1980, to: 2020 }, extent)).toEqual(extent);
    expect(isFullExtent(zoomOut({ from: 1980, to: 2020 }, extent), extent)).toBe(true);
  });

  it('pans by half the span without leaving the data', () => {
    expect(pan({ from: 2017, to: 2020 }, extent, 1)).toEqual({ from: 2019, to: 2022 });
    expect(pan({ from: 2025, to: 2028 }, extent, 1)).toEqual({ from: 2025, to: 2028 });
    expect(pan({ from: 1975, to: 1978 }, extent, -1)).toEqual({ from: 1974, to: 1977 });
    expect(pan({ from: 2019, to: 2019 }, extent, -1)).toEqual({ from: 2018, to: 2018 });
  });

  it('names a range', () => {
    expect(formatRange({ from: 2017, to: 2019 })).toBe('2017–2019');
    expect(formatRange({ from: 2024, to: 2024 })).toBe('2024');
  });
});
