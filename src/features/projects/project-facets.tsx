import { useId, useState } from 'react';
import { FACET_KEYS, type ProjectFilters } from '@/filters/projects/project-filters';
import { FacetGroup } from './facet-group';
import { facetLegend, type FacetOptions } from '@/filters/projects/to-facet-options';
import type { FacetCounts } from '@/filters/projects/to-project-results';
import { useT } from '@/i18n/use-t';
import { useWideScreen } from './use-wide-screen';
import { YearRange } from './year-range';

interface Props {
  filters: ProjectFilters;
  options: FacetOptions;
  counts: FacetCounts;
  bounds: readonly [number, number] | null;
  /** How many filters are active, said on the phone's collapsed panel. */
  activeCount: number;
  onChange: (change: Partial<ProjectFilters>) => void;
}

/**
 * The facets. On a phone they fold away behind "Filters" so the results are one tap away;
 * on a wide screen they stay open beside the results.
 */
export function ProjectFacets({ filters, options, counts, bounds, activeCount, onChange }: Props) {
  const wide = useWideScreen();
  const [openOnPhone, setOpenOnPhone] = useState(false);
  const headingId = useId();
  const { t } = useT();
  return (
    <details
      className="projects-facets"
      open={wide || openOnPhone}
      onToggle={(event) => {
        if (!wide) setOpenOnPhone(event.currentTarget.open);
      }}
    >
      <summary className="projects-facets__summary">
        {activeCount > 0
          ? t('projects.facets.summaryActive', { count: activeCount })
          : t('projects.facets.summary')}
      </summary>
      <section className="projects-facets__body" aria-labelledby={headingId}>
        <h2 className="projects-facets__heading" id={headingId}>
          {t('projects.facets.heading')}
        </h2>
        {FACET_KEYS.map((facet) => (
          <FacetGroup
            key={facet}
            legend={facetLegend(facet)}
            options={options[facet]}
            chosen={filters[facet]}
            counts={counts[facet]}
            onChange={(chosen) => onChange({ [facet]: chosen })}
          />
        ))}
        <YearRange from={filters.from} to={filters.to} bounds={bounds} onChange={onChange} />
      </section>
    </details>
  );
}
