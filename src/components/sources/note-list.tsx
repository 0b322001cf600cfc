import { useT } from '@/i18n/use-t';
import type { TextValue } from '@/data/schema';
import { Badge } from '../ui/badge';
import { PackText } from '../ui/pack-text';
import { SourceLink } from './source-link';
import { publisherWithSide, type SourceLike } from './source-list';

interface NoteLike {
  text: TextValue;
  conflict?: boolean;
  unverified?: boolean;
  sources: SourceLike[];
}

/** Further details of a record, with disagreements and unverified claims marked in words. */
export function NoteList({
  notes,
  sideNames,
}: {
  notes: NoteLike[];
  sideNames: Record<string, string>;
}) {
  const { t } = useT();
  if (notes.length === 0) return null;
  return (
    <ul className="note-list">
      {notes.map((note, index) => (
        <li key={index}>
          {note.conflict && <Badge tone="warn">{t('shared.notes.disagree')}</Badge>}
          {note.unverified && <Badge tone="warn">{t('shared.notes.unverified')}</Badge>}{' '}
          <PackText value={note.text} />
          {note.sources.length > 0 && (
            <span className="note-list__sources">
              {' — '}
              {note.sources.map((source, i) => (
                <span key={source.url}>
                  {i > 0 && '; '}
                  <SourceLink url={source.url}>
                    {publisherWithSide(source, sideNames, t)}
                  </SourceLink>
                </span>
              ))}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
