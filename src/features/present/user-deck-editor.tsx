import { useEffect, useId, useRef, useState } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { linkTo } from '../../app/global-params';
import type { DeckRecord } from '../../data/schema';
import { textOf } from '../../lib/text';
import { formatDeckRef } from './deck-ref';
import { editSlide, moveSlide, removeSlide } from './deck-ops';
import { DeckShare } from './deck-share';
import { DraftInput } from './draft-input';
import { SlideEditor, type SlideAction } from './slide-editor';
import { slideHref } from './slide-paths';

interface Props {
  deck: DeckRecord;
  onChange: (change: (deck: DeckRecord) => DeckRecord) => void;
  onDelete: () => void;
}

/** One of the reader's decks: retitle, annotate, reorder and remove slides, export, share, delete. */
export function UserDeckEditor({ deck, onChange, onDelete }: Props) {
  const location = useLocation();
  const headingId = useId();
  const list = useRef<HTMLOListElement>(null);
  const keepButton = useRef<HTMLButtonElement>(null);
  const [focusAfter, setFocusAfter] = useState<{ index: number; action: SlideAction } | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [moved, setMoved] = useState('');
  const ref = formatDeckRef({ source: 'mine', id: deck.id });
  const title = textOf(deck.title);

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
    const name = textOf(deck.slides[index]!.title);
    if (action === 'remove') {
      onChange((d) => removeSlide(d, index));
      const next = Math.min(index, deck.slides.length - 2);
      setFocusAfter({ index: next, action: 'remove' });
      setMoved(`Removed “${name}”.`);
      return;
    }
    const to = action === 'up' ? index - 1 : index + 1;
    onChange((d) => moveSlide(d, index, to - index));
    setFocusAfter({ index: to, action });
    setMoved(`Moved “${name}” to slide ${to + 1} of ${deck.slides.length}.`);
  };

  return (
    <section className="deck deck--mine" aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      <DraftInput
        className="deck__field"
        label="Deck title"
        value={title}
        onCommit={(value) => onChange((d) => ({ ...d, title: value }))}
      />
      <div className="deck__actions">
        <Link className="button" to={slideHref(ref, 1, deck.slides[0]!, location.search)}>
          Present<span className="visually-hidden"> {title}</span>
        </Link>
        <DeckShare deck={deck} />
        {!confirming && (
          <button
            type="button"
            className="button button--quiet"
            onClick={() => setConfirming(true)}
          >
            Delete deck
          </button>
        )}
      </div>
      {confirming && (
        <div className="deck__confirm" role="group" aria-label="Confirm deletion">
          <p>
            Delete “{title}” and its {deck.slides.length} slides from this browser? This cannot be
            undone (export it first to keep a copy).
          </p>
          <button type="button" className="button button--danger" onClick={onDelete}>
            Delete “{title}”
          </button>{' '}
          <button
            type="button"
            className="button button--quiet"
            ref={keepButton}
            onClick={() => setConfirming(false)}
          >
            Keep it
          </button>
        </div>
      )}
      <ol className="deck__slides" ref={list} aria-label={`Slides of ${title}`}>
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
        {moved}
      </p>
      <p className="deck__hint">
        Slides play in this order; each opens its view with the filters it was added with.{' '}
        <Link to={linkTo('/overview', location.search)}>Add more views</Link> with “Add this view to
        my deck” above any view.
      </p>
    </section>
  );
}
