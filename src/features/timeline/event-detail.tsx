import { useEffect, useId, useRef, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { NoteList } from '@/components/sources/note-list';
import { SourceList } from '@/components/sources/source-list';
import { PackText, usePackText } from '@/components/ui/pack-text';
import { RecordBadges } from '@/components/ui/record-badges';
import { eventCategoryLabel } from '@/data/labels';
import { allSources, recordFlags } from '@/data/record-flags';
import type { EventRecord } from '@/data/schema';
import { useT } from '@/i18n/use-t';
import { formatDateRange } from '@/lib/format-date';
import type { TextValue } from '@/lib/text';
import { KindShape } from './kind-shape';
import { kindLabel } from './timeline-filters';

interface Props {
  event: EventRecord;
  /** Grows when the reader opened this event, so focus moves here (not on a copied link). */
  focusRequest: number;
  sideNames: Record<string, string>;
  /** Names of linked records by id, as pack texts. */
  names: {
    sectors: Record<string, TextValue>;
    projects: Record<string, TextValue>;
    agreements: Record<string, TextValue>;
  };
  linkTo: (path: string) => string;
  onClose: () => void;
}

function Related({
  label,
  ids,
  names,
  path,
  linkTo,
}: {
  label: string;
  ids: string[];
  names: Record<string, TextValue>;
  path: string;
  linkTo: (path: string) => string;
}) {
  const { text, langOf } = usePackText();
  if (ids.length === 0) return null;
  return (
    <>
      <dt>{label}</dt>
      <dd>
        <ul className="plain-list">
          {ids.map((id) => (
            <li key={id}>
              <Link to={linkTo(`/${path}/${id}`)} lang={names[id] && langOf(names[id])}>
                {names[id] ? text(names[id]) : id}
              </Link>
            </li>
          ))}
        </ul>
      </dd>
    </>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

/** The records an event names, each kind a line of links, in this order. */
const RELATED = ['sectors', 'projects', 'agreements'] as const;

/** An event's details beside the timeline: what happened, who took part, every source. */
export function EventDetail({ event, focusRequest, sideNames, names, linkTo, onClose }: Props) {
  const { t, locale } = useT();
  const { text, langOf } = usePackText();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusRequest > 0) heading.current?.focus();
  }, [focusRequest, event.id]);
  return (
    <section
      className="tl-detail"
      aria-labelledby={headingId}
      onKeyDown={(e) => e.key === 'Escape' && onClose()}
    >
      <div className="tl-detail__head">
        <p className="tl-detail__kind">
          <KindShape kind="event" /> {kindLabel('event', t)} ·{' '}
          {eventCategoryLabel(event.category, t)}
        </p>
        <button type="button" className="button button--quiet" onClick={onClose}>
          {t('timeline.detail.close')}
        </button>
      </div>
      <h2
        id={headingId}
        ref={heading}
        tabIndex={-1}
        className="tl-detail__title"
        lang={langOf(event.title)}
      >
        {text(event.title)}
      </h2>
      <RecordBadges flags={recordFlags(event)} />
      <PackText as="p" value={event.description} />
      <dl className="record-page__facts">
        <Fact label={t('timeline.detail.date')}>
          <time dateTime={event.date}>{formatDateRange(event.date, event.end, locale)}</time>
          {event.dateNote && (
            <>
              {' — '}
              <PackText value={event.dateNote} />
            </>
          )}
        </Fact>
        {event.participants.length > 0 && (
          <Fact label={t('timeline.detail.participants')}>{event.participants.join('; ')}</Fact>
        )}
        {RELATED.map((path) => (
          <Related
            key={path}
            label={t(`timeline.detail.${path}`)}
            ids={event[path]}
            names={names[path]}
            path={path}
            linkTo={linkTo}
          />
        ))}
      </dl>
      {event.notes.length > 0 && (
        <>
          <h3>{t('timeline.detail.notes')}</h3>
          <NoteList notes={event.notes} sideNames={sideNames} />
        </>
      )}
      <SourceList sources={allSources(event)} sideNames={sideNames} headingLevel={3} />
    </section>
  );
}
