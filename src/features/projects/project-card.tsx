import { Link, useLocation } from 'react-router-dom';
import { linkTo } from '../../app/global-params';
import { RecordBadges } from '../../components/ui/record-badges';
import { STATUS_LABELS } from '../../data/labels';
import { allSources, recordFlags } from '../../data/record-flags';
import type { ProjectRecord } from '../../data/schema';
import { formatMoney } from '../../lib/money';
import { yearOf } from '../../lib/partial-date';
import { textOf } from '../../lib/text';

interface Props {
  project: ProjectRecord;
  sectorNames: Record<string, string>;
  countryNames: Record<string, string>;
}

/** One project at a glance: what, where, who, how much, when, and how well sourced. */
export function ProjectCard({ project, sectorNames, countryNames }: Props) {
  const location = useLocation();
  const flags = recordFlags(project);
  const places = [...new Set(project.places.map((p) => p.state ?? p.name))];
  const main = project.value?.main;
  const years = [project.start, project.end].filter(Boolean).map((d) => yearOf(d as string));
  return (
    <article className="card project-card" aria-labelledby={`project-${project.id}`}>
      <h2 className="card__title" id={`project-${project.id}`}>
        <Link to={linkTo(`/projects/${project.id}`, location.search)}>{textOf(project.name)}</Link>
      </h2>
      <p className="card__meta">
        <span className={`status status--${project.status}`}>{STATUS_LABELS[project.status]}</span>
        {' · '}
        {project.sectors.map((id) => sectorNames[id] ?? id).join(', ')}
      </p>
      <dl className="card__facts">
        <dt>Partners</dt>
        <dd>
          {project.partners.length === 0
            ? 'Not listed'
            : project.partners
                .map((p) =>
                  p.country
                    ? `${p.name} (${countryNames[p.country] ?? p.country.toUpperCase()})`
                    : p.name,
                )
                .join('; ')}
        </dd>
        <dt>Location</dt>
        <dd>{places.length ? places.join(', ') : 'Not listed'}</dd>
        <dt>Value</dt>
        <dd>
          {main
            ? `${main.approximate ? '≈ ' : ''}${formatMoney(main)}${main.year ? ` (${yearOf(main.year)})` : ''}`
            : 'Not disclosed'}
        </dd>
        <dt>Years</dt>
        <dd>
          {years.length
            ? years.length === 2 && years[0] !== years[1]
              ? `${years[0]}–${years[1]}`
              : `${years[0]}`
            : 'Not given'}
        </dd>
        <dt>Sources</dt>
        <dd>{allSources(project).length}</dd>
      </dl>
      <RecordBadges flags={flags} />
    </article>
  );
}
