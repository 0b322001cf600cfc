import { useEffect, useId, useRef, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { NoteList } from '../../components/sources/note-list';
import { SourceList } from '../../components/sources/source-list';
import { RecordBadges } from '../../components/ui/record-badges';
import { eventCategoryLabel } from '../../data/labels';
import { allSources, recordFlags } from '../../data/record-flags';
import type { EventRecord } from '../../data/schema';
import { formatDateRange } from '../../lib/format-date';
import { textOf } from '../../lib/text';
import { KindShape } from './kind-shape';

interface Props {
  event: EventRecord;
  /** Grows when the reader opened this event, so focus moves here (not on a copied link). */
  focusRequest: number;
  sideNames: Record<string, string>;
  names: {
    sectors: Record<string, string>;
    projects: Record<string, string>;
    agreements: Record<string, string>;
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
  names: Record<string, string>;
  path: string;
  linkTo: (path: string) => string;
}) {
  if (ids.length === 0) return null;
  return (
    <>
      <dt>{label}</dt>
      <dd>
        <ul className="plain-list">
          {ids.map((id) => (
            <li key={id}>
              <Link to={linkTo(`/${path}/${id}`)}>{names[id] ?? id}</Link>
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

/** An event's details beside the timeline: what happened, who took part, every source. */
export function EventDetail({ event, focusRequest, sideNames, names, linkTo, onClose }: Props) {
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
          <KindShape kind="event" /> Event · {eventCategoryLabel(event.category)}
        </p>
        <button type="button" className="button button--quiet" onClick={onClose}>
          Close details
        </button>
      </div>
      <h2 id={headingId} ref={heading} tabIndex={-1} className="tl-detail__title">
        {textOf(event.title)}
      </h2>
      <RecordBadges flags={recordFlags(event)} />
      <p>{textOf(event.description)}</p>
      <dl className="record-page__facts">
        <Fact label="Date">
          <time dateTime={event.date}>{formatDateRange(event.date, event.end)}</time>
          {event.dateNote ? ` — ${textOf(event.dateNote)}` : ''}
        </Fact>
        {event.participants.length > 0 && (
          <Fact label="Participants">{event.participants.join('; ')}</Fact>
        )}
        <Related
          label="Sectors"
          ids={event.sectors}
          names={names.sectors}
          path="sectors"
          linkTo={linkTo}
        />
        <Related
          label="Projects"
          ids={event.projects}
          names={names.projects}
          path="projects"
          linkTo={linkTo}
        />
        <Related
          label="Agreements"
          ids={event.agreements}
          names={names.agreements}
          path="agreements"
          linkTo={linkTo}
        />
      </dl>
      {event.notes.length > 0 && (
        <>
          <h3>Notes</h3>
          <NoteList notes={event.notes} sideNames={sideNames} />
        </>
      )}
      <SourceList sources={allSources(event)} sideNames={sideNames} headingLevel={3} />
    </section>
  );
}
