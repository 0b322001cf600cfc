import type { RefObject } from 'react';
import { FacetGroup } from '@/components/filters/facet-group';
import { FilterPanel } from '@/components/filters/filter-panel';
import { YearRange } from '@/components/filters/year-range';
import { facetFields, type FacetCounts, type FacetParam } from '@/filters/apply-filters';
import { facetName, yearsName } from '@/filters/filter-words';
import type { ProjectFilters } from '@/filters/projects/project-filters';
import type { VocabularyEntry } from '@/filters/vocabularies';
import { useT } from '@/i18n/use-t';
import { PROJECT_FILTER_SPEC } from '@/registry/filter-specs';

type Spec = typeof PROJECT_FILTER_SPEC;
const FACETS = facetFields(PROJECT_FILTER_SPEC);

interface Props {
  filters: ProjectFilters;
  choices: Record<FacetParam<Spec>, VocabularyEntry[]>;
  counts: FacetCounts<Spec>;
  bounds: readonly [number, number] | null;
  activeCount: number;
  resultCount: number;
  results: RefObject<HTMLElement | null>;
  onChange: (change: Partial<ProjectFilters>) => void;
  onClear?: () => void;
}

/** The projects' facets and years, in the list's filter panel. */
export function ProjectFacets({ filters, choices, counts, bounds, onChange, ...panel }: Props) {
  const { t } = useT();
  return (
    <FilterPanel title={t('projects.facets.heading')} {...panel}>
      {FACETS.map((field) => (
        <FacetGroup
          key={field.param}
          legend={facetName(field, t)}
          choices={choices[field.param]}
          chosen={filters[field.param]}
          counts={counts[field.param]}
          onChange={(chosen) => onChange({ [field.param]: chosen })}
        />
      ))}
      <YearRange
        legend={yearsName('active', t)}
        range={filters}
        bounds={bounds}
        onChange={onChange}
      />
    </FilterPanel>
  );
}
