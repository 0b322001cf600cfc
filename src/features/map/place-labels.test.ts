import { describe, expect, it } from 'vitest';
import { placeLabels, type LabelCandidate } from './place-labels';

const size = { width: 400, height: 300 };
const label = (id: string, x: number, y: number, width: number, extra = {}): LabelCandidate => ({
  id,
  name: id,
  kind: 'region',
  focus: true,
  x,
  y,
  width,
  height: width,
  ...extra,
});

describe('placing names', () => {
  it('leaves out names of shapes too small for them, until zoomed in', () => {
    const small = [label('Putrajaya', 200, 150, 10)];
    expect(placeLabels(small, { k: 1, x: 0, y: 0 }, size)).toEqual([]);
    const zoomed = placeLabels(small, { k: 8, x: -1400, y: -1050 }, size);
    expect(zoomed).toEqual([
      { id: 'Putrajaya', name: 'Putrajaya', kind: 'region', x: 200, y: 150 },
    ]);
  });

  it('never lets two names overlap: the bigger shape wins, the other moves a line or goes', () => {
    const view = { k: 1, x: 0, y: 0 };
    const tall = placeLabels(
      [label('Selangor', 100, 100, 80), label('Pahang', 110, 104, 200)],
      view,
      size,
    );
    expect(tall.map((l) => [l.id, l.y])).toEqual([
      ['Pahang', 104],
      ['Selangor', 86],
    ]);
    const flat = placeLabels(
      [label('Selangor', 100, 100, 80, { height: 30 }), label('Pahang', 110, 104, 200)],
      view,
      size,
    );
    expect(flat.map((l) => l.id)).toEqual(['Pahang']);
  });

  it("puts the frame's own regions before neighbouring countries", () => {
    const placed = placeLabels(
      [
        label('Indonesia', 100, 100, 300, { kind: 'country', focus: false }),
        label('Johor', 105, 100, 80),
      ],
      { k: 1, x: 0, y: 0 },
      size,
    );
    expect(placed.map((l) => l.id)).toEqual(['Johor']);
  });

  it('keeps names inside the frame', () => {
    expect(placeLabels([label('Sabah', 395, 100, 200)], { k: 1, x: 0, y: 0 }, size)).toEqual([]);
  });
});

describe('names and markers', () => {
  it('gives way to a marker', () => {
    const candidates = [label('Selangor', 100, 100, 80)];
    const moved = placeLabels(candidates, { k: 1, x: 0, y: 0 }, size, [[95, 95, 105, 105]]);
    expect(moved.map((l) => l.y)).toEqual([86]);
    const blocked = placeLabels(candidates, { k: 1, x: 0, y: 0 }, size, [[95, 70, 105, 130]]);
    expect(blocked).toEqual([]);
    expect(
      placeLabels(candidates, { k: 1, x: 0, y: 0 }, size, [[200, 200, 210, 210]]),
    ).toHaveLength(1);
  });
});
