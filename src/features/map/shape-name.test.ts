import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAP_ATTRIBUTION } from './geo/frames';
import type { MapShapes } from './geo/shape-types';
import { textsFor } from '../../../tests/support/texts-for';
import { shapeName } from './shape-name';

const readJson = (path: string): unknown =>
  JSON.parse(readFileSync(join(import.meta.dirname, path), 'utf8'));

describe('names on the map', () => {
  it('come from the texts, or from the outline file for a shape the texts lack', async () => {
    const english = await textsFor('en');
    expect(shapeName({ id: 'kh', name: 'Cambodge' }, english)).toBe('Cambodia');
    expect(shapeName({ id: 'atlantis', name: 'Atlantis' }, english)).toBe('Atlantis');
    const malay = await textsFor('ms');
    expect(shapeName({ id: 'kh', name: 'Cambodge' }, malay)).toBe(malay.t('map.shapes.kh'));
  });

  it('cover every shape drawn, and credit the outlines as their licences ask', () => {
    const english = readJson('../../i18n/locales/en/map.json') as {
      shapes: Record<string, string>;
      legend: { attribution: string };
    };
    const shapes = readJson('geo/map-shapes.json') as MapShapes;
    const ids = shapes.frames.flatMap((frame) => frame.shapes.map((shape) => shape.id));
    expect(ids.filter((id) => !(id in english.shapes))).toEqual([]);
    expect(english.legend.attribution).toBe(`${MAP_ATTRIBUTION}.`);
  });
});
