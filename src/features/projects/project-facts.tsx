import { Link, useLocation } from 'react-router-dom';
import { linkTo } from '../../app/global-params';
import { statusLabel } from '../../data/labels';
import type { ProjectRecord, SectorRecord } from '../../data/schema';
import { formatPartialDate } from '../../lib/format-date';
import { textOf } from '../../lib/text';

interface Props {
  project: ProjectRecord;
  projects: readonly ProjectRecord[];
  sectors: readonly SectorRecord[];
  countryNames: Record<string, string>;
  /** Carried by links to other projects, so previous / next still follow the reader's list. */
  selection: string;
}

/** Every descriptive field of a project, as a definition list. */
export function ProjectFacts({ project, projects, sectors, countryNames, selection }: Props) {
  const location = useLocation();
  const parent = project.parent ? projects.find((p) => p.id === project.parent) : undefined;
  const children = projects.filter((p) => p.parent === project.id);
  const sectorName = (id: string) => textOf(sectors.find((s) => s.id === id)?.name) || id;
  const country = (code: string) => countryNames[code] ?? code.toUpperCase();
  return (
    <dl className="record-page__facts">
      <dt>Status</dt>
      <dd>
        {statusLabel(project.status)}
        {project.statusNote ? ` — ${textOf(project.statusNote)}` : ''}
      </dd>
      <dt>Sectors</dt>
      <dd>
        {project.sectors.map((id, i) => (
          <span key={id}>
            {i > 0 && ', '}
            <Link to={linkTo(`/sectors/${id}`, location.search)}>{sectorName(id)}</Link>
          </span>
        ))}
      </dd>
      {parent && (
        <>
          <dt>Part of</dt>
          <dd>
            <Link to={`/projects/${parent.id}${selection}`}>{textOf(parent.name)}</Link>
          </dd>
        </>
      )}
      {children.length > 0 && (
        <>
          <dt>Sub-projects</dt>
          <dd>
            {children.map((c, i) => (
              <span key={c.id}>
                {i > 0 && ', '}
                <Link to={`/projects/${c.id}${selection}`}>{textOf(c.name)}</Link>
              </span>
            ))}
          </dd>
        </>
      )}
      <dt>Start</dt>
      <dd>
        {project.start ? (
          <time dateTime={project.start}>{formatPartialDate(project.start)}</time>
        ) : (
          'Not given'
        )}
      </dd>
      <dt>End</dt>
      <dd>
        {project.end ? (
          <time dateTime={project.end}>{formatPartialDate(project.end)}</time>
        ) : (
          'No end date given'
        )}
      </dd>
      <dt>Partners</dt>
      <dd>
        {project.partners.length === 0 ? (
          'Not listed'
        ) : (
          <ul className="plain-list">
            {project.partners.map((p, i) => (
              <li key={i}>
                {p.name}
                {p.country ? ` (${country(p.country)})` : ''}
                {p.role ? ` — ${textOf(p.role)}` : ''}
              </li>
            ))}
          </ul>
        )}
      </dd>
      <dt>Location</dt>
      <dd>
        {project.places.length === 0 ? (
          'Not listed'
        ) : (
          <ul className="plain-list">
            {project.places.map((place, i) => (
              <li key={i}>
                {[place.name, place.state, country(place.country)].filter(Boolean).join(', ')}
                {place.role && place.role !== 'site' ? ` (${place.role})` : ''}
                {place.coordinates
                  ? ` — ${place.coordinates.lat.toFixed(2)}°, ${place.coordinates.lon.toFixed(2)}°${place.coordinates.approximate ? ' (approximate position)' : ''}`
                  : ''}
              </li>
            ))}
          </ul>
        )}
      </dd>
      {project.unverified && (
        <>
          <dt>Unverified</dt>
          <dd>{textOf(project.unverified)}</dd>
        </>
      )}
    </dl>
  );
}
