import { describe, expect, it } from 'vitest';
import { placeValueLabels, rankValuePoints } from './place-value-labels';

const room = {
  height: 20,
  offset: 8,
  bounds: { left: 0, top: 0, right: 400, bottom: 300 },
  obstacles: [],
};

describe('placeValueLabels', () => {
  it('writes a label above its marker, moved inwards at an edge', () => {
    const placed = placeValueLabels([{ key: 'a', x: 396, y: 150, text: '484bn', width: 60 }], room);
    expect(placed).toEqual([{ key: 'a', x: 370, y: 132, text: '484bn' }]);
  });

  it('tries below when above is taken, and leaves out the labels that fit nowhere', () => {
    const points = [
      { key: 'a', x: 200, y: 150, text: 'first', width: 60 },
      { key: 'b', x: 200, y: 150, text: 'second', width: 60 },
      { key: 'c', x: 200, y: 150, text: 'third', width: 60 },
    ];
    const placed = placeValueLabels(points, room);
    expect(placed.map((p) => [p.key, p.x, p.y])).toEqual([
      ['a', 200, 132],
      ['b', 200, 168],
    ]);
  });

  it('never covers an obstacle (a marker)', () => {
    const obstacles = [{ left: 180, right: 220, top: 110, bottom: 140 }];
    const placed = placeValueLabels([{ key: 'a', x: 200, y: 150, text: 'x', width: 30 }], {
      ...room,
      obstacles,
    });
    expect(placed[0]!.y).toBe(168);
  });
});

describe('rankValuePoints', () => {
  it('puts the latest, the latest whole year, the highest and the first before the rest', () => {
    const ranked = rankValuePoints([
      {
        id: 's',
        label: 'S',
        years: [
          { year: 2020, value: 1 },
          { year: 2021, value: 5 },
          { year: 2022, value: 2 },
          { year: 2023, value: 3 },
          { year: 2024, value: 1, partial: 'Jan–Apr' },
        ],
      },
    ]);
    expect(ranked.map((p) => p.year)).toEqual([2024, 2023, 2021, 2020, 2022]);
  });
});
