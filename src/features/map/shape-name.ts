import type { Texts } from '@/i18n/use-t';
import type { MapShape } from './geo/shape-types';

/**
 * A country's or region's name on the map in the language of the texts (`map.shapes.<id>`), or
 * the outline file's English name for a shape the texts do not know yet.
 */
export function shapeName(
  { id, name }: Pick<MapShape, 'id' | 'name'>,
  { t, has }: Pick<Texts, 't' | 'has'>,
): string {
  const key = `map.shapes.${id}`;
  return has(key) ? t(key) : name;
}
