import { useId, useState } from 'react';
import { useT } from '@/i18n/use-t';
import type { AgreementFilters } from './agreement-filters';
import { FacetFieldset, type FacetOption } from './facet-fieldset';
import type { FacetKey } from './to-agreement-list';
import { YearRange } from './year-range';

/**
 * The facets. On a phone they sit behind a "Filters" button so that the results come first;
 * from tablet width up they are always shown beside the list (the button is hidden by CSS).
 */
export function AgreementFacets({
  options,
  years,
  filters,
  setFilters,
  activeCount,
}: {
  options: Record<FacetKey, FacetOption[]>;
  years: number[];
  filters: AgreementFilters;
  setFilters: (change: Partial<AgreementFilters>) => void;
  activeCount: number;
}) {
  const { t, locale } = useT();
  const [open, setOpen] = useState(false);
  const panelId = useId();
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
        <FacetFieldset
          legend={t('agreements.facets.type')}
          options={options.type}
          chosen={filters.type}
          onChange={(type) => setFilters({ type })}
        />
        <FacetFieldset
          legend={t('agreements.facets.party')}
          options={options.party}
          chosen={filters.party}
          onChange={(party) => setFilters({ party })}
        />
        <YearRange years={years} from={filters.from} to={filters.to} onChange={setFilters} />
        <FacetFieldset
          legend={t('agreements.facets.sector')}
          options={options.sector}
          chosen={filters.sector}
          onChange={(sector) => setFilters({ sector })}
        />
      </div>
    </div>
  );
}
