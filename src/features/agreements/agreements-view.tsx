import { useMemo, useRef } from 'react';
import { ClearFiltersButton } from '@/components/filters/clear-filters-button';
import { SearchBox } from '@/components/filters/search-box';
import { SortSelect } from '@/components/filters/sort-select';
import { ViewControls } from '@/components/ui/display-options';
import { ExportButtons } from '@/components/ui/export-buttons';
import { ViewHeader } from '@/components/ui/view-header';
import { useCountryNames, usePackFile } from '@/data/use-pack';
import { facetFields, yearBounds } from '@/filters/apply-filters';
import { describeFilters } from '@/filters/describe-filters';
import { clearedFilters, isNarrowed } from '@/filters/url-state';
import { facetChoicesOf } from '@/filters/vocabularies';
import { useT } from '@/i18n/use-t';
import { formatNumber } from '@/lib/intl-formats';
import { textOf } from '@/lib/text';
import { AGREEMENT_FILTER_SPEC } from '@/registry/filter-specs';
import type { AgreementSort } from './agreement-filters';
import { AgreementFacets } from './agreement-facets';
import { AgreementList } from './agreement-list';
import { toAgreementExport } from './to-agreement-export';
import { useAgreementSelection } from './use-agreement-selection';
import './agreements.css';

const SPEC = AGREEMENT_FILTER_SPEC;
const SORTS: readonly AgreementSort[] = ['date', 'oldest', 'title'];

export function AgreementsView() {
  const meta = usePackFile('pack.json');
  const { sectors } = usePackFile('sectors.json');
  const countryNames = useCountryNames();
  const { index, filters, setFilters, vocabularies, words, list, recordLink } =
    useAgreementSelection();
  const search = useRef<HTMLInputElement>(null);
  const resultsRef = useRef<HTMLDivElement>(null);
  const { t, locale } = useT();

  // English names for the exported file; the page shows them in the reader's language.
  const exportSectorNames = useMemo(
    () => Object.fromEntries(sectors.map((s) => [s.id, textOf(s.name)])),
    [sectors],
  );
  const sectorTexts = useMemo(() => new Map(sectors.map((s) => [s.id, s.name])), [sectors]);
  const choices = useMemo(
    () => facetChoicesOf(SPEC, vocabularies, index, filters),
    [vocabularies, index, filters],
  );
  const bounds = useMemo(() => yearBounds(index), [index]);
  const narrowed = isNarrowed(SPEC, filters);
  const summary = describeFilters(SPEC, filters, vocabularies, words);
  // The search box is not in the folded panel: the panel counts its own choices.
  const activeCount =
    facetFields(SPEC).reduce((sum, field) => sum + filters[field.param].length, 0) +
    (filters.from !== undefined || filters.to !== undefined ? 1 : 0);
  const clear = () => {
    setFilters(clearedFilters(SPEC, filters));
    search.current?.focus();
  };

  return (
    <div className="agreements-view">
      <ViewHeader title={t('agreements.title')} asOf={meta.asOf} />
      <div className="agreements-layout">
        <ViewControls>
          <AgreementFacets
            choices={choices}
            counts={list.counts}
            bounds={bounds}
            filters={filters}
            setFilters={setFilters}
            activeCount={activeCount}
            resultCount={list.matched}
            results={resultsRef}
            onClear={narrowed ? clear : undefined}
          />
        </ViewControls>
        <div className="agreements-results" ref={resultsRef}>
          <ViewControls>
            <div className="agreements-toolbar">
              <SearchBox
                label={t('agreements.search.label')}
                hint={t('agreements.search.hint')}
                value={filters.q}
                inputRef={search}
                onChange={(q) => setFilters({ q })}
              />
              <SortSelect
                label={t('agreements.sort.label')}
                options={SORTS.map((id) => ({ id, label: t(`agreements.sort.${id}`) }))}
                value={filters.sort as AgreementSort}
                onChange={(sort) => setFilters({ sort })}
              />
              {list.matched > 0 && (
                <ExportButtons
                  view="agreements"
                  noun={t('agreements.exportNoun')}
                  asOf={meta.asOf}
                  pack={meta.id}
                  items={() => toAgreementExport(list.rows, exportSectorNames)}
                />
              )}
            </div>
          </ViewControls>
          <div className="result-line">
            <p className="result-count" role="status">
              {t('agreements.count', {
                shown: formatNumber(list.matched, locale),
                total: list.total,
              })}
            </p>
            {narrowed && list.matched > 0 && <ClearFiltersButton quiet onClear={clear} />}
          </div>
          {summary.length > 0 && <p className="agreements-summary">{summary.join(' · ')}</p>}
          {list.matched === 0 ? (
            <div className="agreements-empty">
              <p>{t(summary.length > 1 ? 'agreements.empty.many' : 'agreements.empty.one')}</p>
              <ClearFiltersButton onClear={clear} />
            </div>
          ) : (
            <AgreementList
              rows={list.rows}
              sectorNames={sectorTexts}
              countryNames={countryNames}
              recordLink={recordLink}
            />
          )}
        </div>
      </div>
    </div>
  );
}
