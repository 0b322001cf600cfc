import { useId, useState } from 'react';
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
        {open ? 'Hide filters' : 'Show filters'}
        {activeCount > 0 ? ` (${activeCount} active)` : ''}
      </button>
      <div
        id={panelId}
        className="agreements-facets__panel"
        data-open={open}
        role="group"
        aria-label="Filters"
      >
        <FacetFieldset
          legend="Type"
          options={options.type}
          chosen={filters.type}
          onChange={(type) => setFilters({ type })}
        />
        <FacetFieldset
          legend="Party country"
          options={options.party}
          chosen={filters.party}
          onChange={(party) => setFilters({ party })}
        />
        <YearRange years={years} from={filters.from} to={filters.to} onChange={setFilters} />
        <FacetFieldset
          legend="Sector"
          options={options.sector}
          chosen={filters.sector}
          onChange={(sector) => setFilters({ sector })}
        />
      </div>
    </div>
  );
}
