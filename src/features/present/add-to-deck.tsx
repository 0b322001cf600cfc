import { useId, useState } from 'react';
import { usePackText } from '@/components/ui/pack-text';
import { afterTexts } from '@/i18n/after-texts';
import { useT } from '@/i18n/use-t';
import { linkTo } from '@/registry/global-params';
import { addSlide } from './deck-ops';
import { slideQuery } from './slide-query';
import { done, failed, NO_STATUS, type Status } from './status';
import { StatusLine } from './status-line';
import { saveUserDecks, useUserDecks } from './use-user-decks';
import './present.css';

const NEW_DECK = '';

interface Props {
  viewPath: string;
  viewSearch: string;
  /** The view's title (its h1) at the moment of adding. */
  viewTitle: () => string;
}

/**
 * "Add this view to my deck": the current view and filters become the next slide of a deck. It
 * shows beside every view, whose route loads its own texts, not the presenter's: it waits for
 * them (Suspense) rather than show ids, and shows what is at hand if they cannot be loaded.
 */
export const AddToDeck = afterTexts('present', AddToDeckTool);

function AddToDeckTool({ viewPath, viewSearch, viewTitle }: Props) {
  const { t } = useT();
  const { text } = usePackText();
  const { decks } = useUserDecks();
  const [chosen, setChosen] = useState<string | null>(null);
  const [status, setStatus] = useState<Status>(NO_STATUS);
  const selectId = useId();
  const target = chosen ?? decks[0]?.id ?? NEW_DECK;

  const add = () => {
    const query = slideQuery(viewSearch);
    const title = viewTitle().trim() || viewPath;
    const slide = { view: viewPath, title, ...(query ? { query } : {}) };
    try {
      let result: ReturnType<typeof addSlide> | undefined;
      saveUserDecks((current) => {
        result = addSlide(current, target || null, slide, t('present.defaultDeckTitle'));
        return result.decks;
      });
      setChosen(result!.deck.id);
      const deck = text(result!.deck.title);
      setStatus(done('present.add.added', { title, deck, n: result!.slideNumber }));
    } catch (error) {
      setStatus(failed(error));
    }
  };

  return (
    <div className="add-to-deck">
      {decks.length > 0 && (
        <span className="add-to-deck__choice">
          <label htmlFor={selectId}>{t('present.add.deck')}</label>
          <select id={selectId} value={target} onChange={(e) => setChosen(e.target.value)}>
            {decks.map((deck) => (
              <option key={deck.id} value={deck.id}>
                {text(deck.title)}
              </option>
            ))}
            <option value={NEW_DECK}>{t('present.add.newDeck')}</option>
          </select>
        </span>
      )}
      <button type="button" className="button button--quiet" onClick={add}>
        {t('present.add.button')}
      </button>
      <StatusLine
        status={status}
        className="add-to-deck__status"
        decksLink={linkTo('/present', viewSearch)}
      />
    </div>
  );
}
