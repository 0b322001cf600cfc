import { useId, useMemo, useRef } from 'react';
import { ViewControls } from '@/components/ui/display-options';
import { ExportButtons } from '@/components/ui/export-buttons';
import { usePackText } from '@/components/ui/pack-text';
import { ViewHeader } from '@/components/ui/view-header';
import { AGREEMENT_TYPES } from '@/data/labels';
import type { AgreementTypeId } from '@/data/schema';
import { useCountryNames, usePackFile } from '@/data/use-pack';
import { useT } from '@/i18n/use-t';
import { yearOf } from '@/lib/partial-date';
import { textOf } from '@/lib/text';
import { isNarrowed, SORT_OPTIONS, type AgreementFilters } from './agreement-filters';
import { AgreementFacets } from './agreement-facets';
import { AgreementList } from './agreement-list';
import { SearchBox } from './search-box';
import { toAgreementExport } from './to-agreement-export';
import { countFacets } from './to-agreement-list';
import { describeSelection, toFacetOptions, type FacetLabels } from './to-facet-options';
import { useAgreementSelection } from './use-agreement-selection';
import './agreements.css';

const TYPE_ORDER: string[] = [...AGREEMENT_TYPES];
const isType = (id: string): id is AgreementTypeId => TYPE_ORDER.includes(id);
const CLEARED = { type: [], sector: [], party: [], from: undefined, to: undefined, q: '' };

export function AgreementsView() {
  const meta = usePackFile('pack.json');
  const { sectors } = usePackFile('sectors.json');
  const countryNames = useCountryNames();
  const { index, filters, setFilters, list, recordLink } = useAgreementSelection();
  const search = useRef<HTMLInputElement>(null);
  const { t, locale } = useT();
  const { text, langOf } = usePackText();

  // English names for the exported file; the page shows them in the reader's language.
  const exportSectorNames = useMemo(
    () => Object.fromEntries(sectors.map((s) => [s.id, textOf(s.name)])),
    [sectors],
  );
  const sectorTexts = useMemo(() => new Map(sectors.map((s) => [s.id, s.name])), [sectors]);
  const labels = useMemo<FacetLabels>(
    () => ({
      type: (id) => (isType(id) ? t(`labels.agreementType.${id}`) : id),
      sector: (id) => (sectorTexts.has(id) ? text(sectorTexts.get(id)) : id),
      party: (id) => countryNames[id] ?? id.toUpperCase(),
    }),
    [t, text, sectorTexts, countryNames],
  );
  const options = useMemo(() => {
    const all = toFacetOptions(
      index,
      countFacets(index, filters),
      labels,
      { type: TYPE_ORDER, party: meta.countries.map((c) => c.id) },
      locale,
    );
    const sector = all.sector.map((o) => ({ ...o, lang: langOf(sectorTexts.get(o.id)) }));
    return { ...all, sector };
  }, [index, filters, labels, meta.countries, locale, langOf, sectorTexts]);
  const years = useMemo(
    () => [...new Set(index.records.map((r) => yearOf(r.date)))].sort((a, b) => a - b),
    [index],
  );
  const narrowed = isNarrowed(filters);
  const summary = describeSelection(filters, labels, locale);
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
      <ViewHeader title={t('agreements.title')} asOf={meta.asOf}>
        <p className="result-count" role="status">
          {t('agreements.count', { shown: list.matched.toLocaleString(locale), total: list.total })}
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
                  {t('agreements.clear')}
                </button>
              )}
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
          {list.matched === 0 ? (
            <div className="agreements-empty">
              <p>{t(summary.length > 1 ? 'agreements.empty.many' : 'agreements.empty.one')}</p>
              <button type="button" className="button" onClick={clear}>
                {t('agreements.clear')}
              </button>
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

function SortSelect({
  value,
  onChange,
}: {
  value: AgreementFilters['sort'];
  onChange: (sort: AgreementFilters['sort']) => void;
}) {
  const id = useId();
  const { t } = useT();
  return (
    <div className="agreements-toolbar__sort">
      <label htmlFor={id}>{t('agreements.sort.label')}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {SORT_OPTIONS.map((option) => (
          <option key={option} value={option}>
            {t(`agreements.sort.${option}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
