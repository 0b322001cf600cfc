import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import type { ProjectRecord } from '../../data/schema';
import { textOf } from '../../lib/text';
import { isFiltered, type ProjectFilters } from '../../filters/projects/project-filters';
import { toNeighbours, toProjectResults } from '../../filters/projects/to-project-results';

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
  const href = (p: ProjectRecord) => `/projects/${p.id}${selection}`;
  return (
    <nav className="project-pager" aria-label={filtered ? 'Your selection' : 'All projects'}>
      <p className="project-pager__where">
        <Link to={`/projects${selection}`}>Back to the list</Link>
        <span className="project-pager__position">
          {place
            ? `${place.position} of ${place.total} ${filtered ? 'in your selection' : 'projects'}`
            : `Not in your selection of ${items.length} ${items.length === 1 ? 'project' : 'projects'}`}
        </span>
      </p>
      {place && (place.previous || place.next) && (
        <ul className="project-pager__steps">
          {place.previous && (
            <li className="project-pager__previous">
              <Link to={href(place.previous)} rel="prev">
                <span aria-hidden="true">← </span>Previous: {textOf(place.previous.name)}
              </Link>
            </li>
          )}
          {place.next && (
            <li className="project-pager__next">
              <Link to={href(place.next)} rel="next">
                Next: {textOf(place.next.name)}
                <span aria-hidden="true"> →</span>
              </Link>
            </li>
          )}
        </ul>
      )}
    </nav>
  );
}
