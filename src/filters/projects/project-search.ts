import type { ProjectRecord } from '@/data/schema';
import { allTextsOf } from '@/lib/text';
import { prepareSearch, searchRecords, type SearchFields } from '../search-index';

/** A project is found by its name (weighing most), summary, partners and places. */
const PROJECT_SEARCH: SearchFields<ProjectRecord> = {
  fields: ['name', 'summary', 'partners', 'location'],
  boost: { name: 2 },
  textOf: (project) => ({
    name: allTextsOf(project.name),
    summary: allTextsOf(project.summary),
    partners: project.partners.map((p) => p.name).join(' · '),
    location: project.places.flatMap((p) => [p.name, p.state ?? '']).join(' · '),
  }),
};

/** Indices of the projects that match `query`, or null when the query has no words. */
export function searchProjects(
  projects: readonly ProjectRecord[],
  query: string,
): ReadonlySet<number> | null {
  return searchRecords(projects, query, PROJECT_SEARCH);
}

/** Builds the projects' search index in the background (see prepareSearch). */
export function prepareProjectSearch(
  projects: readonly ProjectRecord[],
  signal: AbortSignal,
): void {
  prepareSearch(projects, PROJECT_SEARCH, signal);
}
