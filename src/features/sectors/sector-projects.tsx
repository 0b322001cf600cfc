import { useId, useMemo } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { usePackText } from '@/components/ui/pack-text';
import { RecordBadges } from '@/components/ui/record-badges';
import { statusLabel } from '@/data/labels';
import { recordFlags } from '@/data/record-flags';
import type { ProjectRecord } from '@/data/schema';
import { toSectorValues } from '@/data/to-sector-stats';
import { usePackFile } from '@/data/use-pack';
import { useT } from '@/i18n/use-t';
import { formatMoney, type Amount } from '@/lib/money';
import { yearOf } from '@/lib/partial-date';
import { textOf } from '@/lib/text';
import { linkTo } from '@/registry/global-params';

/** The sector's projects with status, value and honesty marks, and the stated value per currency. */
export function SectorProjects({ sectorId }: { sectorId: string }) {
  const location = useLocation();
  const headingId = useId();
  const { t, locale } = useT();
  const { text, langOf } = usePackText();
  const money = (amount: Amount) => formatMoney(amount, locale);
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
  const names = new Map(projects.map((p) => [p.id, p.name]));
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>
        {t('sectors.page.projects')} <span className="count">({inSector.length})</span>
      </h2>
      {inSector.length === 0 ? (
        <p>{t('sectors.page.noProjects')}</p>
      ) : (
        <>
          {totals.length > 0 && (
            <p className="sector-page__totals">
              {t('sectors.page.totals', {
                list: totals
                  .map((total) =>
                    t('sectors.page.total', { money: money(total), count: total.projects.length }),
                  )
                  .join(' · '),
              })}
            </p>
          )}
          <ul className="sector-projects">
            {inSector.map((project) => (
              <li key={project.id} className="sector-projects__item">
                <h3 className="sector-projects__name" lang={langOf(project.name)}>
                  <Link to={linkTo(`/projects/${project.id}`, location.search)}>
                    {text(project.name)}
                  </Link>
                </h3>
                <p className="sector-projects__meta">
                  <span className="sector-status">{statusLabel(project.status, t)}</span>
                  {project.parent &&
                    ` · ${t('sectors.page.partOf', {
                      name: names.has(project.parent)
                        ? text(names.get(project.parent))
                        : project.parent,
                    })}`}
                  {` · ${valueText(project, money, t)} · ${yearsText(project, t)}`}
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

type Translate = ReturnType<typeof useT>['t'];

export function valueText(
  project: ProjectRecord,
  money: (amount: Amount) => string,
  t: Translate,
): string {
  const main = project.value?.main;
  if (!main) return t('sectors.page.valueNotDisclosed');
  return main.approximate ? t('sectors.page.about', { money: money(main) }) : money(main);
}

function yearsText({ start, end }: ProjectRecord, t: Translate): string {
  const from = start && yearOf(start);
  const to = end && yearOf(end);
  if (from && to) return from === to ? `${from}` : t('sectors.page.years', { from, to });
  if (from) return t('sectors.page.since', { year: from });
  if (to) return t('sectors.page.until', { year: to });
  return t('sectors.page.noYears');
}
