import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import type { ProjectRecord } from '@/data/schema';
import { PackText } from '@/components/ui/pack-text';
import { useT } from '@/i18n/use-t';
import { formatNumber } from '@/lib/intl-formats';
import { isFiltered, type ProjectFilters } from '@/filters/projects/project-filters';
import { toNeighbours, toProjectResults } from '@/filters/projects/to-project-results';

interface Props {
  projectId: string;
  projects: readonly ProjectRecord[];
  filters: ProjectFilters;
  /** The selection's query string, carried by every link here. */
  selection: string;
}

/** Where this project sits in the list the reader came from, with plain links to its neighbours. */
export function ProjectPager({ projectId, projects, filters, selection }: Props) {
  const items = useMemo(() => toProjectResults(projects, filters).items, [projects, filters]);
  const place = toNeighbours(items, projectId);
  const filtered = isFiltered(filters);
  const { t, locale } = useT();
  const href = (p: ProjectRecord) => `/projects/${p.id}${selection}`;
  return (
    <nav
      className="project-pager"
      aria-label={filtered ? t('projects.pager.selection') : t('projects.pager.all')}
    >
      <p className="project-pager__where">
        <Link to={`/projects${selection}`}>{t('projects.pager.back')}</Link>
        <span className="project-pager__position">
          {!place
            ? t('projects.pager.notInSelection', { count: items.length })
            : filtered
              ? t('projects.pager.inSelection', {
                  position: formatNumber(place.position, locale),
                  total: formatNumber(place.total, locale),
                })
              : t('projects.pager.inAll', {
                  position: formatNumber(place.position, locale),
                  total: place.total,
                })}
        </span>
      </p>
      {place && (place.previous || place.next) && (
        <ul className="project-pager__steps">
          {place.previous && (
            <li className="project-pager__previous">
              <Link to={href(place.previous)} rel="prev">
                <span aria-hidden="true">← </span>
                {t('projects.pager.previous')} <PackText value={place.previous.name} />
              </Link>
            </li>
          )}
          {place.next && (
            <li className="project-pager__next">
              <Link to={href(place.next)} rel="next">
                {t('projects.pager.next')} <PackText value={place.next.name} />
                <span aria-hidden="true"> →</span>
              </Link>
            </li>
          )}
        </ul>
      )}
    </nav>
  );
}
