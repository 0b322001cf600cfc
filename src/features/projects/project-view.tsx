import { Link, useLocation, useParams } from 'react-router-dom';
import { linkTo } from '../../app/global-params';
import { DataBoundary } from '../../components/data-boundary/data-boundary';
import { NoteList } from '../../components/sources/note-list';
import { SourceList } from '../../components/sources/source-list';
import { ValueCompare } from '../../components/sources/value-compare';
import { NotFound } from '../../components/ui/not-found';
import { RecordBadges } from '../../components/ui/record-badges';
import { ViewHeader } from '../../components/ui/view-header';
import { STATUS_LABELS } from '../../data/labels';
import { allSources, recordFlags } from '../../data/record-flags';
import { useCountryNames, usePackFile } from '../../data/use-pack';
import { formatDateRange, formatPartialDate } from '../../lib/format-date';
import { textOf } from '../../lib/text';
import { ProjectLinks } from './project-links';

export function ProjectView() {
  const { projectId } = useParams();
  const location = useLocation();
  const meta = usePackFile('pack.json');
  const { projects } = usePackFile('projects.json');
  const { sectors } = usePackFile('sectors.json');
  const countryNames = useCountryNames();
  const project = projects.find((p) => p.id === projectId);
  if (!project)
    return (
      <NotFound
        what={`project "${projectId ?? ''}"`}
        backTo={linkTo('/projects', location.search)}
        backLabel="All projects"
      />
    );
  const parent = project.parent ? projects.find((p) => p.id === project.parent) : undefined;
  const children = projects.filter((p) => p.parent === project.id);
  const sectorName = (id: string) => textOf(sectors.find((s) => s.id === id)?.name) || id;
  return (
    <article className="record-page">
      <ViewHeader title={textOf(project.name)} asOf={meta.asOf}>
        <p className="record-page__lede">{textOf(project.summary)}</p>
        <RecordBadges flags={recordFlags(project)} />
      </ViewHeader>
      <dl className="record-page__facts">
        <dt>Status</dt>
        <dd>
          {STATUS_LABELS[project.status]}
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
              <Link to={linkTo(`/projects/${parent.id}`, location.search)}>
                {textOf(parent.name)}
              </Link>
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
                  <Link to={linkTo(`/projects/${c.id}`, location.search)}>{textOf(c.name)}</Link>
                </span>
              ))}
            </dd>
          </>
        )}
        <dt>Years</dt>
        <dd>{project.start ? formatDateRange(project.start, project.end) : 'Not given'}</dd>
        <dt>Partners</dt>
        <dd>
          <ul className="plain-list">
            {project.partners.map((p, i) => (
              <li key={i}>
                {p.name}
                {p.country ? ` (${countryNames[p.country] ?? p.country.toUpperCase()})` : ''}
                {p.role ? ` — ${textOf(p.role)}` : ''}
              </li>
            ))}
          </ul>
        </dd>
        <dt>Location</dt>
        <dd>
          <ul className="plain-list">
            {project.places.map((place, i) => (
              <li key={i}>
                {place.name}
                {place.state ? `, ${place.state}` : ''}
                {place.role && place.role !== 'site' ? ` (${place.role})` : ''}
                {place.coordinates
                  ? ` — ${place.coordinates.lat.toFixed(2)}°, ${place.coordinates.lon.toFixed(2)}°${place.coordinates.approximate ? ' (approximate)' : ''}`
                  : ''}
              </li>
            ))}
          </ul>
        </dd>
      </dl>
      {project.value && (
        <section aria-labelledby="value-heading">
          <h2 id="value-heading">Value</h2>
          <ValueCompare
            main={project.value.main}
            alternatives={project.value.alternatives}
            sideNames={countryNames}
          />
        </section>
      )}
      {project.milestones.length > 0 && (
        <section aria-labelledby="milestones-heading">
          <h2 id="milestones-heading">Milestones</h2>
          <ol className="milestones">
            {project.milestones.map((m, i) => (
              <li key={i} className={m.planned ? 'milestones__planned' : undefined}>
                <time dateTime={m.date}>{formatPartialDate(m.date)}</time> {textOf(m.label)}
                {m.planned ? ' (planned)' : ''}
              </li>
            ))}
          </ol>
        </section>
      )}
      {project.notes.length > 0 && (
        <section aria-labelledby="notes-heading">
          <h2 id="notes-heading">Details and disagreements</h2>
          <NoteList notes={project.notes} sideNames={countryNames} />
        </section>
      )}
      <DataBoundary loadingLabel="Loading linked agreements and events…">
        <ProjectLinks projectId={project.id} />
      </DataBoundary>
      <SourceList
        sources={allSources(project)}
        sideNames={countryNames}
        headingLevel={2}
        heading="All sources"
      />
    </article>
  );
}
