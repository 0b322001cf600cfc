import { useId, useState } from 'react';
import { FacetGroup } from '@/components/filters/facet-group';
import { YearRange } from '@/components/filters/year-range';
import { facetFields, type FacetCounts, type FacetParam } from '@/filters/apply-filters';
import { facetName, yearsName } from '@/filters/filter-words';
import type { ProjectFilters } from '@/filters/projects/project-filters';
import type { VocabularyEntry } from '@/filters/vocabularies';
import { useT } from '@/i18n/use-t';
import { PROJECT_FILTER_SPEC } from '@/registry/filter-specs';
import { useWideScreen } from './use-wide-screen';

type Spec = typeof PROJECT_FILTER_SPEC;
const FACETS = facetFields(PROJECT_FILTER_SPEC);

interface Props {
  filters: ProjectFilters;
  choices: Record<FacetParam<Spec>, VocabularyEntry[]>;
  counts: FacetCounts<Spec>;
  bounds: readonly [number, number] | null;
  /** How many filters are active, said on the phone's collapsed panel. */
  activeCount: number;
  onChange: (change: Partial<ProjectFilters>) => void;
}

/**
 * The facets. On a phone they fold away behind "Filters" so the results are one tap away;
 * on a wide screen they stay open beside the results.
 */
export function ProjectFacets({ filters, choices, counts, bounds, activeCount, onChange }: Props) {
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
      </section>
    </details>
  );
}
