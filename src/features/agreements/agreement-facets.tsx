import type { RefObject } from 'react';
import { FacetGroup } from '@/components/filters/facet-group';
import { FilterPanel } from '@/components/filters/filter-panel';
import { YearRange } from '@/components/filters/year-range';
import type { FacetCounts, FacetParam } from '@/filters/apply-filters';
import { facetName, yearsName } from '@/filters/filter-words';
import type { VocabularyEntry } from '@/filters/vocabularies';
import { useT } from '@/i18n/use-t';
import { AGREEMENT_FILTER_SPEC } from '@/registry/filter-specs';
import type { AgreementFilters } from './agreement-filters';

type Spec = typeof AGREEMENT_FILTER_SPEC;
const [TYPE, SECTOR, PARTY] = AGREEMENT_FILTER_SPEC;

interface Props {
  choices: Record<FacetParam<Spec>, VocabularyEntry[]>;
  counts: FacetCounts<Spec>;
  bounds: readonly [number, number] | null;
  filters: AgreementFilters;
  setFilters: (change: Partial<AgreementFilters>) => void;
  activeCount: number;
  resultCount: number;
  results: RefObject<HTMLElement | null>;
  onClear?: () => void;
}

/** The agreements' facets and years, in the list's filter panel. */
export function AgreementFacets({ choices, counts, bounds, filters, setFilters, ...panel }: Props) {
  const { t } = useT();
  // Types and parties first: they are what a reader of agreements narrows by most.
  const group = (field: typeof TYPE | typeof SECTOR | typeof PARTY) => (
    <FacetGroup
      legend={facetName(field, t)}
      choices={choices[field.param]}
      chosen={filters[field.param]}
      counts={counts[field.param]}
      onChange={(chosen) => setFilters({ [field.param]: chosen })}
    />
  );
  return (
    <FilterPanel title={t('agreements.facets.heading')} {...panel}>
      {group(TYPE)}
      {group(PARTY)}
      <YearRange
        legend={yearsName('dated', t)}
        range={filters}
        bounds={bounds}
        onChange={setFilters}
      />
      {group(SECTOR)}
    </FilterPanel>
  );
}
