import { memo } from 'react';
import { Link } from 'react-router-dom';
import { Badge } from '../../components/ui/badge';
import { RecordBadges } from '../../components/ui/record-badges';
import { statusLabel } from '../../data/labels';
import { allSources, recordFlags } from '../../data/record-flags';
import type { ProjectRecord } from '../../data/schema';
import { formatMoney } from '../../lib/money';
import { yearOf } from '../../lib/partial-date';
import { textOf } from '../../lib/text';

interface Props {
  project: ProjectRecord;
  sectorNames: Record<string, string>;
  countryNames: Record<string, string>;
  /** The project page, carrying the reader's selection for previous / next. */
  href: string;
}

function yearsOf({ start, end }: ProjectRecord): string {
  const [from, to] = [start && yearOf(start), end && yearOf(end)];
  if (from && to) return from === to ? `${from}` : `${from}–${to}`;
  if (from) return `Since ${from}`;
  if (to) return `Until ${to}`;
  return 'Not given';
}

/** One project at a glance: what, where, who, how much, when, and how well sourced. */
export const ProjectCard = memo(function ProjectCard({
  project,
  sectorNames,
  countryNames,
  href,
}: Props) {
  const flags = recordFlags(project);
  const places = [...new Set(project.places.map((p) => p.state ?? p.name))];
  const main = project.value?.main;
  const sources = allSources(project).length;
  const titleId = `project-${project.id}`;
  return (
    <article className="card project-card" aria-labelledby={titleId}>
      <h3 className="card__title" id={titleId}>
        <Link to={href}>{textOf(project.name)}</Link>
      </h3>
      <p className="card__meta">
        <span className={`status status--${project.status}`}>{statusLabel(project.status)}</span>
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
          {main ? (
            <>
              {main.approximate && (
                <>
                  <span aria-hidden="true">≈ </span>
                  <span className="projects-sr-only">about </span>
                </>
              )}
              {formatMoney(main)}
              {main.year ? ` (${yearOf(main.year)})` : ''}
            </>
          ) : (
            'Not disclosed'
          )}
        </dd>
        <dt>Years</dt>
        <dd>{yearsOf(project)}</dd>
        <dt>Sources</dt>
        <dd>
          {sources} {sources === 1 ? 'source' : 'sources'}
        </dd>
      </dl>
      <div className="project-card__marks">
        <RecordBadges flags={flags} />
        {main?.approximate && (
          <Badge tone="info" title="The source gives this figure as approximate">
            Approximate value
          </Badge>
        )}
      </div>
    </article>
  );
});
