import { useDeferredValue, useId, useMemo, useRef } from 'react';
import { useLocation } from 'react-router-dom';
import { globalQuery } from '@/registry/global-params';
import { ViewHeader } from '@/components/ui/view-header';
import { ViewControls } from '@/components/ui/display-options';
import { ExportButtons } from '@/components/ui/export-buttons';
import { VirtualGrid } from '@/components/ui/virtual-grid';
import { useCountryNames } from '@/data/use-pack';
import { useT } from '@/i18n/use-t';
import { textOf, type TextValue } from '@/lib/text';
import { ClearFiltersButton } from '@/components/filters/clear-filters-button';
import { yearBounds } from '@/filters/apply-filters';
import { describeFilters } from '@/filters/describe-filters';
import { cleared, isFiltered, selectionQuery, sortOf } from '@/filters/projects/project-filters';
import { projectIndex } from '@/filters/projects/project-keys';
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
  // Typing and ticking stay instant; the list follows as soon as the browser has time.
  const shown = useDeferredValue(filters);
  const results = useMemo(() => toProjectResults(projects, shown), [projects, shown]);
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
  const query = selectionQuery(globalQuery(location.search), shown, known);
  const renderCard = (index: number) => {
    const project = results.items[index]!;
    return (
      <ProjectCard
        key={project.id}
        project={project}
        sectorNames={sectorNames}
        countryNames={countryNames}
        href={`/projects/${project.id}${query}`}
      />
    );
  };
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
                shown: results.items.length.toLocaleString(locale),
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
            <VirtualGrid
              className={shown === filters ? 'card-grid' : 'card-grid projects-stale'}
              count={results.items.length}
              renderItem={renderCard}
              minItemWidth={320}
              estimateRowHeight={320}
            />
          )}
        </section>
      </div>
    </>
  );
}
