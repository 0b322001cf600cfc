import { useMemo, useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router-dom';
import { PackText, usePackText } from '@/components/ui/pack-text';
import { ViewHeader } from '@/components/ui/view-header';
import { usePackFile } from '@/data/use-pack';
import { useT } from '@/i18n/use-t';
import { addDeck } from './deck-ops';
import { formatDeckRef } from './deck-ref';
import { DeckSlides } from './pack-decks';
import { ProblemList } from '@/components/ui/problem-list';
import { linkTo } from '@/registry/global-params';
import { decodeDeck } from './share-link';
import { keepSharedDeck } from './shared-decks';
import { slideHref } from './slide-paths';
import { done, failed, NO_STATUS, type Status } from './status';
import { StatusLine } from './status-line';
import { saveUserDecks } from './use-user-decks';
import './present.css';

/**
 * `#/shared-deck/<payload>`: a deck carried whole in its link. It can be presented straight
 * away (kept for this tab only) or saved to the reader's decks.
 */
export function SharedDeckView() {
  const { payload = '' } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const { t } = useT();
  const { text } = usePackText();
  const meta = usePackFile('pack.json');
  // Checked again when the language changes, so a broken link's problem is worded in it.
  const check = useMemo(() => decodeDeck(payload, t), [payload, t]);
  const sessionRef = useMemo(
    () => (check.ok ? formatDeckRef({ source: 'shared', id: keepSharedDeck(payload) }) : ''),
    [check, payload],
  );
  const [saved, setSaved] = useState<Status>(NO_STATUS);
  const allDecks = linkTo('/present', location.search);

  if (!check.ok)
    return (
      <>
        <ViewHeader title={t('present.shared.title')} asOf={meta.asOf} />
        <div role="alert" className="error-panel">
          <p>{t('present.shared.broken')}</p>
          <ProblemList problems={check.problems} />
          <p>{t('present.shared.askAgain')}</p>
        </div>
        <p>
          <Link to={allDecks}>{t('present.shared.allDecks')}</Link>
        </p>
      </>
    );

  const deck = check.deck;
  // The sender's own words: shown in the translation they carry, never marked as English.
  const title = text(deck.title);
  const save = () => {
    try {
      let id = '';
      saveUserDecks((decks) => {
        const added = addDeck(decks, deck);
        id = added.id;
        return added.decks;
      });
      setSaved(
        done(id !== deck.id ? 'present.shared.savedAs' : 'present.shared.saved', { title, id }),
      );
    } catch (error) {
      setSaved(failed(error));
    }
  };

  return (
    <>
      <ViewHeader title={t('present.shared.titleNamed', { title })} asOf={meta.asOf} />
      {deck.description && <PackText as="p" value={deck.description} />}
      <p>{t('present.shared.intro', { count: deck.slides.length })}</p>
      <div className="deck__actions">
        <button
          type="button"
          className="button"
          onClick={() => navigate(slideHref(sessionRef, 1, deck.slides[0]!, location.search))}
        >
          {t('present.shared.present')}
        </button>
        <button type="button" className="button button--quiet" onClick={save}>
          {t('present.shared.save')}
        </button>
        <StatusLine status={saved} className="present__status" decksLink={allDecks} />
      </div>
      <h2>{t('present.shared.slides')}</h2>
      <DeckSlides deck={deck} deckRef={sessionRef} />
    </>
  );
}
