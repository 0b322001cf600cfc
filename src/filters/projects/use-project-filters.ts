import { usePackFile } from '@/data/use-pack';
import type { MAP_FILTER_SPEC, PROJECT_FILTER_SPEC } from '@/registry/filter-specs';
import { useListFilters } from '../use-list-filters';

/**
 * The reader's project selection from the URL, shared by the list, the project page and the map
 * (which adds its selected project, MAP_FILTER_SPEC), so that previous / next on a project follow
 * exactly the list the reader came from.
 */
export function useProjectFilters<S extends typeof PROJECT_FILTER_SPEC | typeof MAP_FILTER_SPEC>(
  spec: S,
) {
  const meta = usePackFile('pack.json');
  const { projects } = usePackFile('projects.json');
  const { sectors } = usePackFile('sectors.json');
  return { meta, projects, sectors, ...useListFilters(spec, { meta, sectors, projects }) };
}
