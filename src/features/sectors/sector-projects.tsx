import { useId, useMemo } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { linkTo } from '../../app/global-params';
import { RecordBadges } from '../../components/ui/record-badges';
import { statusLabel } from '../../data/labels';
import { recordFlags } from '../../data/record-flags';
import type { ProjectRecord } from '../../data/schema';
import { toSectorValues } from '../../data/to-sector-stats';
import { usePackFile } from '../../data/use-pack';
import { formatMoney } from '../../lib/money';
import { yearOf } from '../../lib/partial-date';
import { textOf } from '../../lib/text';

/** The sector's projects with status, value and honesty marks, and the stated value per currency. */
export function SectorProjects({ sectorId }: { sectorId: string }) {
  const location = useLocation();
  const headingId = useId();
  const { sectors } = usePackFile('sectors.json');
  const { projects } = usePackFile('projects.json');
  const inSector = useMemo(
    () =>
      projects
        .filter((p) => p.sectors.includes(sectorId))
        .sort((a, b) => textOf(a.name).localeCompare(textOf(b.name))),
    [projects, sectorId],
  );
  const totals = useMemo(() => {
    const values = toSectorValues(
      sectors.filter((s) => s.id === sectorId),
      projects,
    );
    return values.panels.flatMap((panel) =>
      panel.sectors.map((s) => ({ currency: panel.currency, ...s })),
    );
  }, [sectors, projects, sectorId]);
  const names = new Map(projects.map((p) => [p.id, textOf(p.name)]));
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>
        Projects <span className="count">({inSector.length})</span>
      </h2>
      {inSector.length === 0 ? (
        <p>The pack has no project in this sector.</p>
      ) : (
        <>
          {totals.length > 0 && (
            <p className="sector-page__totals">
              Stated value of its top-level projects, per currency (never added across currencies):{' '}
              {totals
                .map(
                  (t) =>
                    `${formatMoney(t)} (${t.projects.length} project${t.projects.length === 1 ? '' : 's'})`,
                )
                .join(' · ')}
              .
            </p>
          )}
          <ul className="sector-projects">
            {inSector.map((project) => (
              <li key={project.id} className="sector-projects__item">
                <h3 className="sector-projects__name">
                  <Link to={linkTo(`/projects/${project.id}`, location.search)}>
                    {textOf(project.name)}
                  </Link>
                </h3>
                <p className="sector-projects__meta">
                  <span className="sector-status">{statusLabel(project.status)}</span>
                  {project.parent && ` · part of ${names.get(project.parent) ?? project.parent}`}
                  {` · ${valueText(project)} · ${yearsText(project)}`}
                </p>
                <RecordBadges flags={recordFlags(project)} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function valueText(project: ProjectRecord): string {
  const main = project.value?.main;
  if (!main) return 'value not disclosed';
  return `${main.approximate ? 'about ' : ''}${formatMoney(main)}`;
}

function yearsText({ start, end }: ProjectRecord): string {
  const from = start && yearOf(start);
  const to = end && yearOf(end);
  if (from && to) return from === to ? `${from}` : `${from}–${to}`;
  if (from) return `since ${from}`;
  if (to) return `until ${to}`;
  return 'years not given';
}
