import { useId, useMemo } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { PackText } from '@/components/ui/pack-text';
import { toSectorCounts } from '@/data/to-sector-stats';
import { usePackFile } from '@/data/use-pack';
import { useT } from '@/i18n/use-t';
import { linkTo } from '@/registry/global-params';

/** Every sector as a link to its page, with what the page holds. */
export function SectorList() {
  const location = useLocation();
  const headingId = useId();
  const { t } = useT();
  const { sectors } = usePackFile('sectors.json');
  const { projects } = usePackFile('projects.json');
  const counts = useMemo(
    () => new Map(toSectorCounts(sectors, projects).map((c) => [c.id, c])),
    [sectors, projects],
  );
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('sectors.list.heading', { count: sectors.length })}</h2>
      <ul className="sector-cards">
        {sectors.map((sector) => {
          const count = counts.get(sector.id);
          return (
            <li key={sector.id} className="sector-card">
              <h3 className="sector-card__title">
                <Link to={linkTo(`/sectors/${sector.id}`, location.search)}>
                  <PackText value={sector.name} />
                </Link>
              </h3>
              <p className="sector-card__counts">
                {t('sectors.list.projects', { count: count?.projects ?? 0 })} ·{' '}
                {t('sectors.list.facts', { count: sector.facts.length })}
              </p>
              {sector.description && (
                <PackText as="p" className="sector-card__text" value={sector.description} />
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
