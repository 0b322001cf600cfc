import { useId, useMemo } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { linkTo } from '../../app/global-params';
import { toSectorCounts } from '../../data/to-sector-stats';
import { usePackFile } from '../../data/use-pack';
import { textOf } from '../../lib/text';

/** Every sector as a link to its page, with what the page holds. */
export function SectorList() {
  const location = useLocation();
  const headingId = useId();
  const { sectors } = usePackFile('sectors.json');
  const { projects } = usePackFile('projects.json');
  const counts = useMemo(
    () => new Map(toSectorCounts(sectors, projects).map((c) => [c.id, c])),
    [sectors, projects],
  );
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>All sectors ({sectors.length})</h2>
      <ul className="sector-cards">
        {sectors.map((sector) => {
          const count = counts.get(sector.id);
          return (
            <li key={sector.id} className="sector-card">
              <h3 className="sector-card__title">
                <Link to={linkTo(`/sectors/${sector.id}`, location.search)}>
                  {textOf(sector.name)}
                </Link>
              </h3>
              <p className="sector-card__counts">
                {plural(count?.projects ?? 0, 'project')} · {plural(sector.facts.length, 'fact')}
              </p>
              {sector.description && (
                <p className="sector-card__text">{textOf(sector.description)}</p>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
