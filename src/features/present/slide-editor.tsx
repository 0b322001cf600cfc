import { useId } from 'react';
import type { SlideRecord } from '../../data/schema';
import { textOf } from '../../lib/text';
import { DraftInput } from './draft-input';
import { useFilterWords } from './use-filter-words';

export type SlideAction = 'up' | 'down' | 'remove';

interface Props {
  slide: SlideRecord;
  index: number;
  count: number;
  onTitle: (title: string) => void;
  onNotes: (notes: string) => void;
  onAction: (action: SlideAction) => void;
}

/** One slide of the reader's deck: title, notes, what it shows, and buttons to move or remove it. */
export function SlideEditor({ slide, index, count, onTitle, onNotes, onAction }: Props) {
  const notesId = useId();
  const words = useFilterWords(slide.view, slide.query ?? '');
  const n = index + 1;
  const name = textOf(slide.title);
  return (
    <li className="slide-editor" data-slide={index}>
      <p className="slide-editor__number">Slide {n}</p>
      <DraftInput
        className="slide-editor__field"
        label={`Title of slide ${n}`}
        value={name}
        onCommit={onTitle}
      />
      <p className="slide-editor__view">
        Shows <code>{slide.view}</code>
        {words.length > 0 ? ` · ${words.join(' · ')}` : ''}
      </p>
      <div className="slide-editor__field">
        <label htmlFor={notesId}>Speaker notes for slide {n}</label>
        <textarea
          id={notesId}
          rows={3}
          value={slide.notes ? textOf(slide.notes) : ''}
          onChange={(event) => onNotes(event.target.value)}
        />
      </div>
      <div className="slide-editor__actions" role="group" aria-label={`Slide ${n}: ${name}`}>
        <button
          type="button"
          data-action="up"
          aria-label={`Move up: ${name}`}
          aria-disabled={index === 0 || undefined}
          onClick={() => index > 0 && onAction('up')}
        >
          Move up
        </button>
        <button
          type="button"
          data-action="down"
          aria-label={`Move down: ${name}`}
          aria-disabled={index === count - 1 || undefined}
          onClick={() => index < count - 1 && onAction('down')}
        >
          Move down
        </button>
        <button
          type="button"
          data-action="remove"
          aria-label={`Remove: ${name}`}
          aria-disabled={count === 1 || undefined}
          onClick={() => count > 1 && onAction('remove')}
        >
          Remove
        </button>
      </div>
    </li>
  );
}
