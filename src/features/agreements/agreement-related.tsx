import { Link, useLocation } from 'react-router-dom';
import { linkTo } from '../../app/global-params';
import { eventCategoryLabel } from '../../data/labels';
import { usePackFile } from '../../data/use-pack';
import { formatDateRange } from '../../lib/format-date';
import { textOf } from '../../lib/text';

/** Projects and sectors the agreement concerns; reads two other files, so it has its own boundary. */
export function AgreementLinks({
  projectIds,
  sectorIds,
}: {
  projectIds: string[];
  sectorIds: string[];
}) {
  const location = useLocation();
  const { projects } = usePackFile('projects.json');
  const { sectors } = usePackFile('sectors.json');
  const item = (path: string, id: string, name: string | undefined, file: string) => (
    <li key={id}>
      {name ? (
        <Link to={linkTo(`/${path}/${id}`, location.search)}>{name}</Link>
      ) : (
        `${id} (missing from ${file})`
      )}
    </li>
  );
  return (
    <section aria-labelledby="agreement-links-heading">
      <h2 id="agreement-links-heading">Projects and sectors</h2>
      <dl className="record-page__facts">
        <dt>Projects</dt>
        <dd>
          {projectIds.length === 0 ? (
            'None named in the sources'
          ) : (
            <ul className="plain-list">
              {projectIds.map((id) => {
                const project = projects.find((p) => p.id === id);
                return item('projects', id, project && textOf(project.name), 'projects.json');
              })}
            </ul>
          )}
        </dd>
        <dt>Sectors</dt>
        <dd>
          {sectorIds.length === 0 ? (
            'None named'
          ) : (
            <ul className="plain-list">
              {sectorIds.map((id) => {
                const sector = sectors.find((s) => s.id === id);
                return item('sectors', id, sector && textOf(sector.name), 'sectors.json');
              })}
            </ul>
          )}
        </dd>
      </dl>
    </section>
  );
}

/** Events that name this agreement; a broken events.json shows its problem here and spares the page. */
export function AgreementEvents({ agreementId }: { agreementId: string }) {
  const { events } = usePackFile('events.json');
  const linked = events.filter((e) => e.agreements.includes(agreementId));
  return (
    <section aria-labelledby="agreement-events-heading">
      <h2 id="agreement-events-heading">
        Events <span className="count">({linked.length})</span>
      </h2>
      {linked.length === 0 ? (
        <p>No event in the pack names this agreement.</p>
      ) : (
        <ul className="plain-list agreement-events">
          {linked.map((e) => (
            <li key={e.id}>
              <time dateTime={e.date}>{formatDateRange(e.date, e.end)}</time>{' '}
              <strong>{textOf(e.title)}</strong>{' '}
              <span className="count">({eventCategoryLabel(e.category)})</span>
              <br />
              {textOf(e.description)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
