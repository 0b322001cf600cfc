import type { Ref } from 'react';
import { ClearFiltersButton } from '@/components/filters/clear-filters-button';
import { FacetDisclosure } from '@/components/filters/facet-disclosure';
import { FacetGroup } from '@/components/filters/facet-group';
import { SearchBox } from '@/components/filters/search-box';
import { facetFields, type FacetCounts, type FacetParam } from '@/filters/apply-filters';
import { facetName } from '@/filters/filter-words';
import type { FilterState } from '@/filters/url-state';
import type { VocabularyEntry } from '@/filters/vocabularies';
import { useT } from '@/i18n/use-t';
import { MAP_FILTER_SPEC } from '@/registry/filter-specs';

type Spec = typeof MAP_FILTER_SPEC;
type MapFilters = FilterState<Spec>;

/** The facets a compact bar has room for; the rest of the Projects filters still apply from a link. */
const SHOWN: readonly FacetParam<Spec>[] = ['sector', 'status', 'state'];
const FACETS = facetFields(MAP_FILTER_SPEC).filter((field) => SHOWN.includes(field.param));

interface Props {
  filters: MapFilters;
  choices: Record<FacetParam<Spec>, VocabularyEntry[]>;
  counts: FacetCounts<Spec>;
  searchRef: Ref<HTMLInputElement>;
  onChange: (change: Partial<MapFilters>) => void;
  onClear: (() => void) | null;
}

/**
 * The Projects filters in a compact bar: the same search box and facet groups as the Projects
 * list, each facet folded into a disclosure that floats over the map. Same URL parameters.
 */
export function MapFilterBar({ filters, choices, counts, searchRef, onChange, onClear }: Props) {
  const { t } = useT();
  return (
    <div className="map-filters" role="search" aria-label={t('map.filters.label')}>
      <SearchBox
        label={t('map.filters.search')}
        hint={t('map.filters.hint')}
        value={filters.q}
        inputRef={searchRef}
        onChange={(q) => onChange({ q })}
      />
      {FACETS.map((field) => (
        <FacetDisclosure
          key={field.param}
          legend={facetName(field, t)}
          chosenCount={filters[field.param].length}
          floating
        >
          <FacetGroup
            legend={facetName(field, t)}
            hideLegend
            choices={choices[field.param]}
            chosen={filters[field.param]}
            counts={counts[field.param]}
            onChange={(chosen) => onChange({ [field.param]: chosen })}
          />
        </FacetDisclosure>
      ))}
      {onClear && <ClearFiltersButton quiet onClear={onClear} />}
    </div>
  );
}
