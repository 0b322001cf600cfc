import { useId, useState } from 'react';
import { usePackText } from '../../components/ui/pack-text';
import { useT } from '../../i18n/use-t';
import { addDeck } from './deck-ops';
import { parseDeckJson } from './deck-storage';
import { done, failed, type Status } from './status';
import { saveUserDecks } from './use-user-decks';

/** The largest deck file read; a deck is a few kilobytes, so anything near this is a mistake. */
const MAX_FILE_BYTES = 1_000_000;

/**
 * What the last import did: a line saying so, or why the file is not a deck (the schema's
 * problems are worded as data:check words them, in English, like the file itself).
 */
type ImportResult = { ok: true; status: Status } | { ok: false; lines: Status['words'][] };

/** Import a deck from a JSON file (one exported here, or any file matching the Deck schema). */
export function DeckImport() {
  const { t } = useT();
  const { text } = usePackText();
  const inputId = useId();
  const [result, setResult] = useState<ImportResult | null>(null);

  const read = async (file: File) => {
    if (file.size > MAX_FILE_BYTES) {
      setResult({
        ok: false,
        lines: [(say) => say('present.import.tooLarge', { file: file.name })],
      });
      return;
    }
    const check = parseDeckJson(await file.text(), file.name);
    if (!check.ok) {
      setResult({ ok: false, lines: check.problems.map((line) => () => line) });
      return;
    }
    try {
      let id = '';
      saveUserDecks((decks) => {
        const added = addDeck(decks, check.deck);
        id = added.id;
        return added.decks;
      });
      const values = { title: text(check.deck.title), count: check.deck.slides.length, id };
      const renamed = id !== check.deck.id;
      setResult({
        ok: true,
        status: done(renamed ? 'present.import.importedAs' : 'present.import.imported', values),
      });
    } catch (error) {
      setResult({ ok: false, lines: [failed(error).words] });
    }
  };

  return (
    <section className="deck-import" aria-labelledby={`${inputId}-h`}>
      <h2 id={`${inputId}-h`}>{t('present.import.heading')}</h2>
      <label htmlFor={inputId}>{t('present.import.fileLabel')}</label>{' '}
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
          {result.status.words(t)}
        </p>
      )}
      {result && !result.ok && (
        <div role="alert" className="error-panel">
          <p>{t('present.import.failed')}</p>
          <ul>
            {result.lines.map((line, i) => (
              <li key={i}>
                <code>{line(t)}</code>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
