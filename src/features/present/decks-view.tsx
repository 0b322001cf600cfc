import { useRef, useState } from 'react';
import { usePackText } from '@/components/ui/pack-text';
import { ViewHeader } from '@/components/ui/view-header';
import type { DeckRecord } from '@/data/schema';
import { usePackFile } from '@/data/use-pack';
import { useT } from '@/i18n/use-t';
import { updateDeck } from './deck-ops';
import { DeckImport } from './deck-import';
import { PackDeck } from './pack-decks';
import { PresenterKeysHelp } from './presenter-keys-help';
import { ProblemList } from '@/components/ui/problem-list';
import { done, failed, NO_STATUS, type Status } from './status';
import { StatusLine } from './status-line';
import { UserDeckEditor } from './user-deck-editor';
import { removeUnreadableDeck, saveUserDecks, useUserDecks } from './use-user-decks';
import './present.css';

/**
 * `#/present`: the pack's decks, ready to present, and the reader's own decks to edit, export,
 * share and present. Keys in presenter mode: → / Space / PageDown, ← / PageUp, Home, End, F, S, Esc.
 */
export function DecksView() {
  const { t } = useT();
  const { text } = usePackText();
  const meta = usePackFile('pack.json');
  const { decks } = usePackFile('decks.json');
  const stored = useUserDecks();
  const [status, setStatus] = useState<Status>(NO_STATUS);
  const myHeading = useRef<HTMLHeadingElement>(null);

  /** Saves a change; false (and the reason shown) when the browser refused it. */
  const save = (change: (decks: DeckRecord[]) => DeckRecord[]) => {
    try {
      saveUserDecks(change);
      return true;
    } catch (error) {
      setStatus(failed(error));
      return false;
    }
  };

  return (
    <>
      <ViewHeader title={t('present.title')} asOf={meta.asOf} />
      <PresenterKeysHelp />
      <h2>{t('present.decks.packHeading')}</h2>
      {decks.length === 0 && <p>{t('present.decks.packEmpty')}</p>}
      {decks.map((deck) => (
        <PackDeck key={deck.id} deck={deck} />
      ))}

      <h2 ref={myHeading} tabIndex={-1}>
        {t('present.decks.mineHeading')}
      </h2>
      <p>{t('present.decks.mineIntro')}</p>
      {stored.problems.length > 0 && (
        <div role="alert" className="error-panel">
          <p>{t('present.decks.problems')}</p>
          <ProblemList problems={stored.problems} />
          {stored.rejected.length > 0 && <p>{t('present.store.removeHint')}</p>}
          {stored.rejected.map(({ n, entry }) => (
            <button
              key={n}
              type="button"
              className="button button--quiet"
              onClick={() => {
                try {
                  removeUnreadableDeck(entry);
                  setStatus(done('present.store.removed', { n }));
                } catch (error) {
                  setStatus(failed(error));
                }
                myHeading.current?.focus();
              }}
            >
              {t('present.store.remove', { n })}
            </button>
          ))}
        </div>
      )}
      {stored.decks.length === 0 && (
        <p>
          {t('present.decks.mineEmpty', {
            add: t('present.add.button'),
            deck: t('present.defaultDeckTitle'),
          })}
        </p>
      )}
      {stored.decks.map((deck) => (
        <UserDeckEditor
          key={deck.id}
          deck={deck}
          onChange={(change) => save((all) => updateDeck(all, deck.id, change))}
          onDelete={() => {
            if (!save((all) => all.filter((d) => d.id !== deck.id))) return;
            setStatus(done('present.decks.deleted', { title: text(deck.title) }));
            myHeading.current?.focus();
          }}
        />
      ))}
      <StatusLine status={status} className="present__status" />
      <DeckImport />
    </>
  );
}
