import { useMemo } from 'react';
import type { DeckRecord } from '@/data/schema';
import { usePackFile } from '@/data/use-pack';
import { parseDeckRef } from './deck-ref';
import { sharedDeck } from './shared-decks';
import { useUserDecks } from './use-user-decks';

/** The deck a presenter or speaker URL names: from the pack, the reader's decks or a shared link. */
export function useDeck(refText: string): DeckRecord | undefined {
  const ref = parseDeckRef(refText);
  const { decks: packDecks } = usePackFile('decks.json');
  const { decks: mine } = useUserDecks();
  const shared = useMemo(
    () => (ref.source === 'shared' ? sharedDeck(ref.id) : undefined),
    [ref.source, ref.id],
  );
  if (ref.source === 'pack') return packDecks.find((d) => d.id === ref.id);
  if (ref.source === 'mine') return mine.find((d) => d.id === ref.id);
  return shared;
}
