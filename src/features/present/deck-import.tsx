import { useId, useState } from 'react';
import { usePackText } from '@/components/ui/pack-text';
import { DECK_LIMITS } from '@/data/deck-limits';
import { useT } from '@/i18n/use-t';
import { addDeck } from './deck-ops';
import { parseDeckJson } from './deck-storage';
import { ProblemList } from '@/components/ui/problem-list';
import { done, failed, type Status } from './status';
import { saveUserDecks } from './use-user-decks';

/**
 * What the last import did: a line saying so, or why the file is not a deck (the schema's
 * problems are worded as data:check words them, in English, like the file itself).
 */
type ImportResult = { ok: true; status: Status } | { ok: false; lines: Status['words'][] };

const failure = (...lines: Status['words'][]): ImportResult => ({ ok: false, lines });

/** Import a deck from a JSON file (one exported here, or any file matching the Deck schema). */
export function DeckImport() {
  const { t } = useT();
  const { text } = usePackText();
  const inputId = useId();
  const [result, setResult] = useState<ImportResult | null>(null);

  /**
   * Every way an import can end is shown: a rejection of this promise would otherwise be lost
   * (it is started with `void`), and the reader would see nothing happen.
   */
  const read = async (file: File) => {
    try {
      setResult(await importFile(file));
    } catch (error) {
      setResult(
        failure(
          (say) => say('present.import.readFailed', { file: file.name }),
          () => String(error),
        ),
      );
    }
  };

  const importFile = async (file: File): Promise<ImportResult> => {
    // Before reading: a deck is a few kilobytes, so anything near this is a mistake.
    if (file.size > DECK_LIMITS.fileBytes)
      return failure((say) => say('present.import.tooLarge', { file: file.name }));
    const check = parseDeckJson(await file.text(), file.name, t);
    if (!check.ok) return failure(...check.problems.map((line) => () => line));
    try {
      let id = '';
      saveUserDecks((decks) => {
        const added = addDeck(decks, check.deck);
        id = added.id;
        return added.decks;
      });
      const values = { title: text(check.deck.title), count: check.deck.slides.length, id };
      const renamed = id !== check.deck.id;
      return {
        ok: true,
        status: done(renamed ? 'present.import.importedAs' : 'present.import.imported', values),
      };
    } catch (error) {
      return failure(failed(error).words);
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
          <ProblemList problems={result.lines.map((line) => line(t))} />
        </div>
      )}
    </section>
  );
}
