import { useRef, useState } from 'react';
import { ViewHeader } from '../../components/ui/view-header';
import type { DeckRecord } from '../../data/schema';
import { usePackFile } from '../../data/use-pack';
import { textOf } from '../../lib/text';
import { updateDeck } from './deck-ops';
import { DeckImport } from './deck-import';
import { PackDeck } from './pack-decks';
import { UserDeckEditor } from './user-deck-editor';
import { DeckSaveError, saveUserDecks, useUserDecks } from './use-user-decks';
import './present.css';

/**
 * `#/present`: the pack's decks, ready to present, and the reader's own decks to edit, export,
 * share and present. Keys in presenter mode: → / Space / PageDown, ← / PageUp, Home, End, F, S, Esc.
 */
export function DecksView() {
  const meta = usePackFile('pack.json');
  const { decks } = usePackFile('decks.json');
  const stored = useUserDecks();
  const [status, setStatus] = useState<{ text: string; ok: boolean }>({ text: '', ok: true });
  const myHeading = useRef<HTMLHeadingElement>(null);

  const save = (change: (decks: DeckRecord[]) => DeckRecord[]) => {
    try {
      saveUserDecks(change);
    } catch (error) {
      setStatus({
        text: error instanceof DeckSaveError ? error.message : String(error),
        ok: false,
      });
    }
  };

  return (
    <>
      <ViewHeader title="Present" asOf={meta.asOf} />
      <p className="present__keys">
        In presenter mode: <kbd>→</kbd>, <kbd>Space</kbd> or <kbd>Page Down</kbd> next; <kbd>←</kbd>{' '}
        or <kbd>Page Up</kbd> previous; <kbd>Home</kbd> / <kbd>End</kbd> first and last;{' '}
        <kbd>F</kbd> full screen; <kbd>S</kbd> speaker window; <kbd>Esc</kbd> back to the view.
      </p>
      <h2>Decks in this pack</h2>
      {decks.length === 0 && <p>This pack has no decks.</p>}
      {decks.map((deck) => (
        <PackDeck key={deck.id} deck={deck} />
      ))}

      <h2 ref={myHeading} tabIndex={-1}>
        My decks
      </h2>
      <p>Kept in this browser only. Export a deck or share its link to use it elsewhere.</p>
      {stored.problems.length > 0 && (
        <div role="alert" className="error-panel">
          <p>Some of your saved decks could not be read:</p>
          <ul>
            {stored.problems.map((line, i) => (
              <li key={i}>
                <code>{line}</code>
              </li>
            ))}
          </ul>
        </div>
      )}
      {stored.decks.length === 0 && (
        <p>
          You have no decks yet. Open any view and choose “Add this view to my deck”; the first view
          you add starts “My deck”.
        </p>
      )}
      {stored.decks.map((deck) => (
        <UserDeckEditor
          key={deck.id}
          deck={deck}
          onChange={(change) => save((all) => updateDeck(all, deck.id, change))}
          onDelete={() => {
            save((all) => all.filter((d) => d.id !== deck.id));
            setStatus({ text: `Deleted “${textOf(deck.title)}”.`, ok: true });
            myHeading.current?.focus();
          }}
        />
      ))}
      <p role="status" className={status.ok ? 'present__status' : 'present__status error'}>
        {status.text}
      </p>
      <DeckImport />
    </>
  );
}
