import { i18n } from '@/i18n/i18n';
import type { MessageId } from '@/i18n/message-id';
import type { MapShape } from './geo/shape-types';

/**
 * A country's or region's name on the map in the current language (`map.shapes.<id>`), or the
 * outline file's English name for a shape the texts do not know yet. `t` is useT's, so that a
 * memo that uses it is worked out again when the language changes.
 */
export function shapeName(
  { id, name }: Pick<MapShape, 'id' | 'name'>,
  t: (id: MessageId) => string,
): string {
  const key = `map.shapes.${id}`;
  return key in i18n.messages ? t(key as MessageId) : name;
}
