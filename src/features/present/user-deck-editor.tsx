import { useEffect, useId, useRef, useState } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { usePackText } from '@/components/ui/pack-text';
import type { DeckRecord } from '@/data/schema';
import { useT } from '@/i18n/use-t';
import { linkTo } from '@/registry/global-params';
import { formatDeckRef } from './deck-ref';
import { editSlide, moveSlide, removeSlide } from './deck-ops';
import { DeckShare } from './deck-share';
import { DraftInput } from './draft-input';
import { LinkedText } from './linked-text';
import { SlideEditor, type SlideAction } from './slide-editor';
import { slideHref } from './slide-paths';
import { done, NO_STATUS, type Status } from './status';

interface Props {
  deck: DeckRecord;
  onChange: (change: (deck: DeckRecord) => DeckRecord) => void;
  onDelete: () => void;
}

/** One of the reader's decks: retitle, annotate, reorder and remove slides, export, share, delete. */
export function UserDeckEditor({ deck, onChange, onDelete }: Props) {
  const location = useLocation();
  const { t } = useT();
  const { text } = usePackText();
  const headingId = useId();
  const list = useRef<HTMLOListElement>(null);
  const keepButton = useRef<HTMLButtonElement>(null);
  const [focusAfter, setFocusAfter] = useState<{ index: number; action: SlideAction } | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [moved, setMoved] = useState<Status>(NO_STATUS);
  const ref = formatDeckRef({ source: 'mine', id: deck.id });
  // The reader's own words: shown in the translation they carry, never marked as English.
  const title = text(deck.title);

  // After a move or removal, focus follows the slide (or its neighbour) so the keyboard user
  // can keep pressing the same button.
  useEffect(() => {
    if (!focusAfter || !list.current) return;
    const item = list.current.querySelector(`[data-slide="${focusAfter.index}"]`);
    item?.querySelector<HTMLButtonElement>(`[data-action="${focusAfter.action}"]`)?.focus();
    setFocusAfter(null);
  }, [focusAfter]);
  useEffect(() => {
    if (confirming) keepButton.current?.focus();
  }, [confirming]);

  const act = (index: number, action: SlideAction) => {
    const name = text(deck.slides[index]!.title);
    if (action === 'remove') {
      onChange((d) => removeSlide(d, index));
      const next = Math.min(index, deck.slides.length - 2);
      setFocusAfter({ index: next, action: 'remove' });
      setMoved(done('present.editor.removed', { name }));
      return;
    }
    const to = action === 'up' ? index - 1 : index + 1;
    onChange((d) => moveSlide(d, index, to - index));
    setFocusAfter({ index: to, action });
    setMoved(done('present.editor.moved', { name, to: to + 1, count: deck.slides.length }));
  };

  return (
    <section className="deck deck--mine" aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      <DraftInput
        className="deck__field"
        label={t('present.editor.deckTitle')}
        value={title}
        onCommit={(value) => onChange((d) => ({ ...d, title: value }))}
      />
      <div className="deck__actions">
        <Link className="button" to={slideHref(ref, 1, deck.slides[0]!, location.search)}>
          {t('present.editor.present')}
          <span className="visually-hidden"> {title}</span>
        </Link>
        <DeckShare deck={deck} />
        {!confirming && (
          <button
            type="button"
            className="button button--quiet"
            onClick={() => setConfirming(true)}
          >
            {t('present.editor.delete')}
          </button>
        )}
      </div>
      {confirming && (
        <div className="deck__confirm" role="group" aria-label={t('present.editor.confirmLabel')}>
          <p>{t('present.editor.confirm', { title, count: deck.slides.length })}</p>
          <button type="button" className="button button--danger" onClick={onDelete}>
            {t('present.editor.deleteNamed', { title })}
          </button>{' '}
          <button
            type="button"
            className="button button--quiet"
            ref={keepButton}
            onClick={() => setConfirming(false)}
          >
            {t('present.editor.keep')}
          </button>
        </div>
      )}
      <ol className="deck__slides" ref={list} aria-label={t('present.editor.slidesOf', { title })}>
        {deck.slides.map((slide, index) => (
          <SlideEditor
            key={index}
            slide={slide}
            index={index}
            count={deck.slides.length}
            onTitle={(value) => onChange((d) => editSlide(d, index, { title: value }))}
            onNotes={(value) => onChange((d) => editSlide(d, index, { notes: value }))}
            onAction={(action) => act(index, action)}
          />
        ))}
      </ol>
      <p role="status" className="deck__moved">
        {moved.words(t)}
      </p>
      <p className="deck__hint">
        {t('present.editor.hint')}{' '}
        <LinkedText
          text={t('present.editor.addMore', { add: t('present.add.button') })}
          link={(label) => <Link to={linkTo('/overview', location.search)}>{label}</Link>}
        />
      </p>
    </section>
  );
}
