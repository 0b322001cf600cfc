import { useMemo } from 'react';
import { useFilters } from '../use-filters';
import { usePackFile } from '@/data/use-pack';
import { useT } from '@/i18n/use-t';
import { PROJECT_FILTERS } from './project-filters';
import { knownValues, toFacetOptions } from './to-facet-options';

/**
 * The reader's project selection from the URL, shared by the list and the project page so that
 * previous / next on a project follow exactly the list the reader came from.
 */
export function useProjectFilters() {
  const meta = usePackFile('pack.json');
  const { projects } = usePackFile('projects.json');
  const { sectors } = usePackFile('sectors.json');
  const { lang } = useT();
  // Labelled in the reader's language: worked out again when it changes.
  const options = useMemo(
    () => toFacetOptions(projects, sectors, meta, lang),
    [projects, sectors, meta, lang],
  );
  const known = useMemo(() => knownValues(options), [options]);
  const [filters, setFilters] = useFilters(PROJECT_FILTERS, known);
  return { meta, projects, sectors, options, filters, setFilters };
}
