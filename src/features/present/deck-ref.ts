/**
 * Which deck a presenter URL names. Pack decks keep their plain id (`#/present/briefing/1`);
 * the reader's decks and shared decks carry a prefix that a pack id (letters, digits, hyphens)
 * can never have, so the three never collide.
 */
type DeckSource = 'pack' | 'mine' | 'shared';

export interface DeckRef {
  source: DeckSource;
  id: string;
}

export function formatDeckRef({ source, id }: DeckRef): string {
  return source === 'pack' ? id : `${source}:${id}`;
}

export function parseDeckRef(text: string): DeckRef {
  const match = /^(mine|shared):(.+)$/.exec(text);
  return match ? { source: match[1] as DeckSource, id: match[2]! } : { source: 'pack', id: text };
}
