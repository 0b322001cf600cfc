import { useId, useMemo, useRef } from 'react';
import { ViewControls } from '../../components/ui/display-options';
import { ExportButtons } from '../../components/ui/export-buttons';
import { ViewHeader } from '../../components/ui/view-header';
import { AGREEMENT_TYPES, labelOfKnown } from '../../data/labels';
import { useCountryNames, usePackFile } from '../../data/use-pack';
import { yearOf } from '../../lib/partial-date';
import { textOf } from '../../lib/text';
import { isNarrowed, SORT_LABELS, type AgreementFilters } from './agreement-filters';
import { AgreementFacets } from './agreement-facets';
import { AgreementList } from './agreement-list';
import { SearchBox } from './search-box';
import { toAgreementExport } from './to-agreement-export';
import { countFacets } from './to-agreement-list';
import { describeSelection, toFacetOptions, type FacetLabels } from './to-facet-options';
import { useAgreementSelection } from './use-agreement-selection';
import './agreements.css';

const TYPE_ORDER = [...AGREEMENT_TYPES];
const CLEARED = { type: [], sector: [], party: [], from: undefined, to: undefined, q: '' };

export function AgreementsView() {
  const meta = usePackFile('pack.json');
  const { sectors } = usePackFile('sectors.json');
  const countryNames = useCountryNames();
  const { index, filters, setFilters, list, recordLink } = useAgreementSelection();
  const search = useRef<HTMLInputElement>(null);

  const sectorNames = useMemo(
    () => Object.fromEntries(sectors.map((s) => [s.id, textOf(s.name)])),
    [sectors],
  );
  const labels = useMemo<FacetLabels>(
    () => ({
      type: (id) => labelOfKnown('agreementType', id) ?? id,
      sector: (id) => sectorNames[id] ?? id,
      party: (id) => countryNames[id] ?? id.toUpperCase(),
    }),
    [sectorNames, countryNames],
  );
  const options = useMemo(
    () =>
      toFacetOptions(index, countFacets(index, filters), labels, {
        type: TYPE_ORDER,
        party: meta.countries.map((c) => c.id),
      }),
    [index, filters, labels, meta.countries],
  );
  const years = useMemo(
    () => [...new Set(index.records.map((r) => yearOf(r.date)))].sort((a, b) => a - b),
    [index],
  );
  const narrowed = isNarrowed(filters);
  const summary = describeSelection(filters, labels);
  const activeCount =
    filters.type.length +
    filters.sector.length +
    filters.party.length +
    (filters.from !== undefined || filters.to !== undefined ? 1 : 0);
  const clear = () => {
    setFilters(CLEARED);
    search.current?.focus();
  };

  return (
    <div className="agreements-view">
      <ViewHeader title="Agreements" asOf={meta.asOf}>
        <p className="result-count" role="status">
          {list.matched} of {list.total} agreements
        </p>
        {summary.length > 0 && <p className="agreements-summary">{summary.join(' · ')}</p>}
      </ViewHeader>
      <div className="agreements-layout">
        <ViewControls>
          <AgreementFacets
            options={options}
            years={years}
            filters={filters}
            setFilters={setFilters}
            activeCount={activeCount}
          />
        </ViewControls>
        <div className="agreements-results">
          <ViewControls>
            <div className="agreements-toolbar">
              <SearchBox ref={search} value={filters.q} onChange={(q) => setFilters({ q })} />
              <SortSelect value={filters.sort} onChange={(sort) => setFilters({ sort })} />
              {narrowed && (
                <button type="button" className="button button--quiet" onClick={clear}>
                  Clear filters
                </button>
              )}
              {list.matched > 0 && (
                <ExportButtons
                  view="agreements"
                  noun="agreements"
                  asOf={meta.asOf}
                  pack={meta.id}
                  items={() => toAgreementExport(list.rows, sectorNames)}
                />
              )}
            </div>
          </ViewControls>
          {list.matched === 0 ? (
            <div className="agreements-empty">
              <p>
                No agreement matches {summary.length > 1 ? 'all of these filters' : 'this filter'}.
              </p>
              <button type="button" className="button" onClick={clear}>
                Clear filters
              </button>
            </div>
          ) : (
            <AgreementList
              rows={list.rows}
              sectorNames={sectorNames}
              countryNames={countryNames}
              recordLink={recordLink}
            />
          )}
        </div>
      </div>
    </div>
  );
}

function SortSelect({
  value,
  onChange,
}: {
  value: AgreementFilters['sort'];
  onChange: (sort: AgreementFilters['sort']) => void;
}) {
  const id = useId();
  return (
    <div className="agreements-toolbar__sort">
      <label htmlFor={id}>Sort by</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {Object.entries(SORT_LABELS).map(([id, label]) => (
          <option key={id} value={id}>
            {label}
          </option>
        ))}
      </select>
    </div>
  );
}
