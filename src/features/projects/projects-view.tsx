import { memo, useDeferredValue, useEffect, useId, useMemo, useRef } from 'react';
import { useLocation } from 'react-router-dom';
import { globalQuery } from '@/registry/global-params';
import { ViewHeader } from '@/components/ui/view-header';
import { ViewControls } from '@/components/ui/display-options';
import { ExportButtons } from '@/components/ui/export-buttons';
import { VirtualGrid } from '@/components/ui/virtual-grid';
import type { ProjectRecord } from '@/data/schema';
import { useCountryNames } from '@/data/use-pack';
import { useT } from '@/i18n/use-t';
import { formatNumber } from '@/lib/intl-formats';
import { textOf, type TextValue } from '@/lib/text';
import { ClearFiltersButton } from '@/components/filters/clear-filters-button';
import { yearBounds } from '@/filters/apply-filters';
import { describeFilters } from '@/filters/describe-filters';
import { cleared, isFiltered, selectionQuery, sortOf } from '@/filters/projects/project-filters';
import { projectIndex } from '@/filters/projects/project-keys';
import { prepareProjectSearch } from '@/filters/projects/project-search';
import { toProjectResults } from '@/filters/projects/to-project-results';
import { useProjectFilters } from '@/filters/projects/use-project-filters';
import { facetChoicesOf } from '@/filters/vocabularies';
import { PROJECT_FILTER_SPEC } from '@/registry/filter-specs';
import { ProjectCard } from './project-card';
import { ProjectFacets } from './project-facets';
import { ProjectsToolbar } from './projects-toolbar';
import { toProjectExport } from './to-project-export';
import './projects.css';

export function ProjectsView() {
  const location = useLocation();
  const { t, locale } = useT();
  const { meta, projects, sectors, filters, setFilters, vocabularies, known, words } =
    useProjectFilters(PROJECT_FILTER_SPEC);
  // A small pack is filtered within a frame, so the count and facet counts answer the input
  // in the same frame; a large one's follow as soon as the browser has time, keeping typing and
  // ticking smooth. Either way the cards, the costliest part to draw, follow a moment later.
  const deferred = useDeferredValue(filters);
  const counted = projects.length <= INSTANT_FILTERING_UP_TO ? filters : deferred;
  const results = useMemo(
    () => ({ filters: counted, ...toProjectResults(projects, counted) }),
    [projects, counted],
  );
  const listed = useDeferredValue(results);
  // The first keystroke should find the search index built: build it while the reader looks.
  useEffect(() => {
    const stop = new AbortController();
    prepareProjectSearch(projects, stop.signal);
    return () => stop.abort();
  }, [projects]);
  const bounds = useMemo(() => yearBounds(projectIndex(projects)), [projects]);
  const choices = useMemo(
    () => facetChoicesOf(PROJECT_FILTER_SPEC, vocabularies, projectIndex(projects), filters),
    [vocabularies, projects, filters],
  );
  const currencies = useMemo(
    () => [...new Set(projects.flatMap((p) => (p.value ? [p.value.main.currency] : [])))].sort(),
    [projects],
  );
  // Shown in the reader's language on the cards; exported files keep English.
  const sectorNames = useMemo(
    () => Object.fromEntries(sectors.map((s): [string, TextValue] => [s.id, s.name])),
    [sectors],
  );
  const englishSectorNames = useMemo(
    () => Object.fromEntries(sectors.map((s) => [s.id, textOf(s.name)])),
    [sectors],
  );
  const countryNames = useCountryNames();
  const query = selectionQuery(globalQuery(location.search), listed.filters, known);
  const searchRef = useRef<HTMLInputElement>(null);
  const resultsRef = useRef<HTMLElement>(null);
  const resultsId = useId();
  const active = describeFilters(PROJECT_FILTER_SPEC, filters, vocabularies, words);
  const clear = () => {
    setFilters(cleared(filters));
    // The button goes away with the filters; put the keyboard somewhere useful.
    searchRef.current?.focus();
  };
  const empty = results.items.length === 0;
  return (
    <>
      <ViewHeader title={t('projects.title')} asOf={meta.asOf} />
      <div className="projects-layout">
        <ViewControls>
          <ProjectFacets
            filters={filters}
            choices={choices}
            counts={results.counts}
            bounds={bounds}
            activeCount={active.length}
            resultCount={results.items.length}
            results={resultsRef}
            onChange={setFilters}
            onClear={isFiltered(filters) ? clear : undefined}
          />
        </ViewControls>
        <section className="projects-results" aria-labelledby={resultsId} ref={resultsRef}>
          <h2 className="visually-hidden" id={resultsId}>
            {t('projects.list.resultsHeading')}
          </h2>
          <ViewControls>
            <ProjectsToolbar
              query={filters.q}
              sort={sortOf(filters)}
              currencies={currencies}
              searchRef={searchRef}
              onQuery={(q) => setFilters({ q })}
              onSort={(sort) => setFilters({ sort })}
            />
          </ViewControls>
          <div className="result-line">
            <p className="result-count" role="status">
              {t('projects.list.count', {
                shown: formatNumber(results.items.length, locale),
                total: results.total,
              })}
            </p>
            {isFiltered(filters) && !empty && <ClearFiltersButton quiet onClear={clear} />}
            {!empty && (
              <ViewControls>
                <ExportButtons
                  view="projects"
                  noun={t('projects.list.exportNoun')}
                  asOf={meta.asOf}
                  pack={meta.id}
                  items={() => toProjectExport(results.items, englishSectorNames)}
                />
              </ViewControls>
            )}
          </div>
          {active.length > 0 && (
            <p className="projects-active">
              <span className="projects-active__label">{t('projects.list.filteredBy')}</span>{' '}
              {active.join(' · ')}
            </p>
          )}
          {empty ? (
            <div className="projects-empty">
              <p>{t('projects.list.empty')}</p>
              <ClearFiltersButton onClear={clear} />
            </div>
          ) : (
            // The dimming sits outside the memoised grid, so marking it stale redraws no card.
            <div className={listed.filters === filters ? undefined : 'projects-stale'}>
              <ProjectGrid
                items={listed.items}
                sectorNames={sectorNames}
                countryNames={countryNames}
                query={query}
              />
            </div>
          )}
        </section>
      </div>
    </>
  );
}

/** Up to this many projects, filtering fits in a frame on a modest laptop (see README, Performance). */
const INSTANT_FILTERING_UP_TO = 2_000;

interface GridProps {
  items: readonly ProjectRecord[];
  sectorNames: Record<string, TextValue>;
  countryNames: Record<string, string>;
  /** The reader's selection, carried into each project page for previous / next. */
  query: string;
}

/**
 * The cards. Memoised: a filter change redraws the count and facets at once, and the cards
 * only when their (deferred) list arrives.
 */
const ProjectGrid = memo(function ProjectGrid({
  items,
  sectorNames,
  countryNames,
  query,
}: GridProps) {
  return (
    <VirtualGrid
      className="card-grid"
      count={items.length}
      renderItem={(index) => {
        const project = items[index]!;
        return (
          <ProjectCard
            key={project.id}
            project={project}
            sectorNames={sectorNames}
            countryNames={countryNames}
            href={`/projects/${project.id}${query}`}
          />
        );
      }}
      minItemWidth={320}
      estimateRowHeight={320}
    />
  );
});
