import { useId } from 'react';
import { ClearFiltersButton } from '@/components/filters/clear-filters-button';
import { FacetDisclosure } from '@/components/filters/facet-disclosure';
import { FacetGroup } from '@/components/filters/facet-group';
import { YearRange } from '@/components/filters/year-range';
import type { FacetCounts } from '@/filters/apply-filters';
import { facetName, yearsName } from '@/filters/filter-words';
import type { VocabularyEntry } from '@/filters/vocabularies';
import { useT } from '@/i18n/use-t';
import { TIMELINE_FILTER_SPEC } from '@/registry/filter-specs';
import { KindShape } from './kind-shape';
import type { ItemKind, TimelineFilters, YearRange as Years } from './timeline-filters';

const [KIND, SECTOR] = TIMELINE_FILTER_SPEC;

interface Props {
  filters: TimelineFilters;
  counts: FacetCounts<typeof TIMELINE_FILTER_SPEC>;
  /** Every kind, so that one whose file failed still says so. */
  kinds: readonly VocabularyEntry[];
  sectors: readonly VocabularyEntry[];
  extent: Years;
  /** Kinds whose file could not be loaded: their box says so. */
  unavailable: string[];
  /** Set while anything narrows the items. */
  onClear: (() => void) | null;
  onChange: (change: Partial<TimelineFilters>) => void;
}

/** Kind, years and sector, each with the number of items it would show. */
export function TimelineFilterBar(props: Props) {
  const { filters, counts, kinds, sectors, extent, unavailable, onClear, onChange } = props;
  const { t } = useT();
  const headingId = useId();
  return (
    <section className="tl-filters" aria-labelledby={headingId}>
      <h2 id={headingId} className="visually-hidden">
        {t('timeline.filters.heading')}
      </h2>
      <FacetGroup
        legend={facetName(KIND, t)}
        layout="row"
        choices={kinds.map((kind) => ({
          ...kind,
          icon: <KindShape kind={kind.id as ItemKind} />,
          note: unavailable.includes(kind.id) ? t('filters.notLoaded') : undefined,
        }))}
        chosen={filters.kind}
        counts={counts.kind}
        onChange={(kind) => onChange({ kind })}
      />
      <YearRange
        legend={yearsName('shown', t)}
        range={filters}
        bounds={[extent.from, extent.to]}
        onChange={onChange}
      />
      <div className="tl-filters__sectors">
        <FacetDisclosure
          legend={facetName(SECTOR, t)}
          chosenCount={filters.sector.length}
          defaultOpen={filters.sector.length > 0}
        >
          <FacetGroup
            legend={facetName(SECTOR, t)}
            hideLegend
            choices={sectors}
            chosen={filters.sector}
            counts={counts.sector}
            onChange={(sector) => onChange({ sector })}
          />
        </FacetDisclosure>
      </div>
      {onClear && <ClearFiltersButton quiet onClear={onClear} />}
    </section>
  );
}
