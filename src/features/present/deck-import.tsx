import { useId, useState } from 'react';
import { textOf } from '../../lib/text';
import { addDeck } from './deck-ops';
import { parseDeckJson } from './deck-storage';
import { DeckSaveError, saveUserDecks } from './use-user-decks';

/** The largest deck file read; a deck is a few kilobytes, so anything near this is a mistake. */
const MAX_FILE_BYTES = 1_000_000;

/** Import a deck from a JSON file (one exported here, or any file matching the Deck schema). */
export function DeckImport() {
  const inputId = useId();
  const [result, setResult] = useState<{ ok: boolean; lines: string[] } | null>(null);

  const read = async (file: File) => {
    if (file.size > MAX_FILE_BYTES) {
      setResult({ ok: false, lines: [`${file.name} is too large to be a deck (over 1 MB).`] });
      return;
    }
    const check = parseDeckJson(await file.text(), file.name);
    if (!check.ok) {
      setResult({ ok: false, lines: check.problems });
      return;
    }
    try {
      let id = '';
      saveUserDecks((decks) => {
        const added = addDeck(decks, check.deck);
        id = added.id;
        return added.decks;
      });
      const renamed = id !== check.deck.id ? ` (its id was taken, so it is saved as “${id}”)` : '';
      setResult({
        ok: true,
        lines: [
          `Imported “${textOf(check.deck.title)}” with ${check.deck.slides.length} slides${renamed}.`,
        ],
      });
    } catch (error) {
      setResult({
        ok: false,
        lines: [error instanceof DeckSaveError ? error.message : String(error)],
      });
    }
  };

  return (
    <section className="deck-import" aria-labelledby={`${inputId}-h`}>
      <h2 id={`${inputId}-h`}>Import a deck</h2>
      <label htmlFor={inputId}>Deck file (JSON, as exported here)</label>{' '}
      <input
        id={inputId}
        type="file"
        accept=".json,application/json"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void read(file);
        }}
      />
      {result?.ok && (
        <p role="status" className="deck-import__ok">
          {result.lines[0]}
        </p>
      )}
      {result && !result.ok && (
        <div role="alert" className="error-panel">
          <p>This file could not be imported as a deck:</p>
          <ul>
            {result.lines.map((line, i) => (
              <li key={i}>
                <code>{line}</code>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
