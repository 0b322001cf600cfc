import { useId, useState } from 'react';
import { FacetGroup } from '@/components/filters/facet-group';
import { YearRange } from '@/components/filters/year-range';
import type { FacetCounts, FacetParam } from '@/filters/apply-filters';
import { facetName, yearsName } from '@/filters/filter-words';
import type { VocabularyEntry } from '@/filters/vocabularies';
import { useT } from '@/i18n/use-t';
import { AGREEMENT_FILTER_SPEC } from '@/registry/filter-specs';
import type { AgreementFilters } from './agreement-filters';

type Spec = typeof AGREEMENT_FILTER_SPEC;
const [TYPE, SECTOR, PARTY] = AGREEMENT_FILTER_SPEC;

/**
 * The facets. On a phone they sit behind a "Filters" button so that the results come first;
 * from tablet width up they are always shown beside the list (the button is hidden by CSS).
 */
export function AgreementFacets({
  choices,
  counts,
  bounds,
  filters,
  setFilters,
  activeCount,
}: {
  choices: Record<FacetParam<Spec>, VocabularyEntry[]>;
  counts: FacetCounts<Spec>;
  bounds: readonly [number, number] | null;
  filters: AgreementFilters;
  setFilters: (change: Partial<AgreementFilters>) => void;
  activeCount: number;
}) {
  const { t, locale } = useT();
  const [open, setOpen] = useState(false);
  const panelId = useId();
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
    <div className="agreements-facets">
      <button
        type="button"
        className="button button--quiet agreements-facets__toggle"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
      >
        {open ? t('agreements.facets.hide') : t('agreements.facets.show')}
        {activeCount > 0
          ? ` ${t('agreements.facets.active', { count: activeCount.toLocaleString(locale) })}`
          : ''}
      </button>
      <div
        id={panelId}
        className="agreements-facets__panel"
        data-open={open}
        role="group"
        aria-label={t('agreements.facets.group')}
      >
        {group(TYPE)}
        {group(PARTY)}
        <YearRange
          legend={yearsName('dated', t)}
          range={filters}
          bounds={bounds}
          onChange={setFilters}
        />
        {group(SECTOR)}
      </div>
    </div>
  );
}
