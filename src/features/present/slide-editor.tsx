import { useId } from 'react';
import { usePackText } from '@/components/ui/pack-text';
import type { SlideRecord } from '@/data/schema';
import { useT } from '@/i18n/use-t';
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
  const { t } = useT();
  const { text } = usePackText();
  const notesId = useId();
  const words = useFilterWords(slide.view, slide.query ?? '');
  const n = index + 1;
  const name = text(slide.title);
  return (
    <li className="slide-editor" data-slide={index}>
      <p className="slide-editor__number">{t('present.slide.number', { n })}</p>
      <DraftInput
        className="slide-editor__field"
        label={t('present.slide.titleLabel', { n })}
        value={name}
        onCommit={onTitle}
      />
      <p className="slide-editor__view">
        {t('present.slide.shows')} <code>{slide.view}</code>
        {words.length > 0 ? ` · ${words.join(' · ')}` : ''}
      </p>
      <div className="slide-editor__field">
        <label htmlFor={notesId}>{t('present.slide.notesLabel', { n })}</label>
        <textarea
          id={notesId}
          rows={3}
          value={slide.notes ? text(slide.notes) : ''}
          onChange={(event) => onNotes(event.target.value)}
        />
      </div>
      <div
        className="slide-editor__actions"
        role="group"
        aria-label={t('present.slide.actions', { n, name })}
      >
        <button
          type="button"
          data-action="up"
          aria-label={t('present.slide.moveUpNamed', { name })}
          aria-disabled={index === 0 || undefined}
          onClick={() => index > 0 && onAction('up')}
        >
          {t('present.slide.moveUp')}
        </button>
        <button
          type="button"
          data-action="down"
          aria-label={t('present.slide.moveDownNamed', { name })}
          aria-disabled={index === count - 1 || undefined}
          onClick={() => index < count - 1 && onAction('down')}
        >
          {t('present.slide.moveDown')}
        </button>
        <button
          type="button"
          data-action="remove"
          aria-label={t('present.slide.removeNamed', { name })}
          aria-disabled={count === 1 || undefined}
          onClick={() => count > 1 && onAction('remove')}
        >
          {t('present.slide.remove')}
        </button>
      </div>
    </li>
  );
}
