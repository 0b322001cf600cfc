/**
 * The files of a pack, in the order curators read them about. Curators learn these names once,
 * so they never change; each file's shape is in data/schema.ts, which is held to this list.
 */
export const PACK_FILE_NAMES = [
  'pack.json',
  'sectors.json',
  'projects.json',
  'agreements.json',
  'events.json',
  'trade.json',
  'decks.json',
] as const;

export type PackFileName = (typeof PACK_FILE_NAMES)[number];
