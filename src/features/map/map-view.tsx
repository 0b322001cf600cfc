import { Suspense, useCallback, useDeferredValue, useMemo, useRef, useState } from 'react';
import { useLocation } from 'react-router-dom';
import { globalQuery } from '@/registry/global-params';
import { ViewControls } from '@/components/ui/display-options';
import { ViewHeader } from '@/components/ui/view-header';
import type { ProjectRecord } from '@/data/schema';
import { describeFilters } from '@/filters/describe-filters';
import { cleared, isFiltered, selectionQuery } from '@/filters/projects/project-filters';
import { projectIndex } from '@/filters/projects/project-keys';
import { toProjectResults } from '@/filters/projects/to-project-results';
import { useProjectFilters } from '@/filters/projects/use-project-filters';
import { facetChoicesOf } from '@/filters/vocabularies';
import { useT } from '@/i18n/use-t';
import { formatNumber } from '@/lib/intl-formats';
import type { TextValue } from '@/lib/text';
import { MAP_FILTER_SPEC } from '@/registry/filter-specs';
import { MapCard, type MapListing } from './map-card';
import { MapFilterBar } from './map-filter-bar';
import { MapFrames } from './map-frames';
import { MapLegend } from './map-legend';
import { MapTable } from './map-table';
import { allPositionsApproximate, placeLabel, toMapPoints } from './to-map-points';
import type { MapMarker } from './to-map-markers';
import { useStableHandler } from './use-stable-handler';
import './map.css';

/** Where the projects are: two frames of outlines (no tiles, no network), markers, a card and a list. */
export function MapView() {
  const location = useLocation();
  const { t, locale } = useT();
  const { meta, projects, sectors, filters, setFilters, vocabularies, known, words } =
    useProjectFilters(MAP_FILTER_SPEC);
  // Ticking and typing stay instant; the markers follow as soon as the browser has time.
  const shown = useDeferredValue(filters);
  const results = useMemo(() => toProjectResults(projects, shown), [projects, shown]);
  const model = useMemo(() => toMapPoints(results.items), [results.items]);
  const byId = useMemo(() => new Map(projects.map((p) => [p.id, p])), [projects]);
  const sectorNames = useMemo(
    () => Object.fromEntries(sectors.map((s): [string, TextValue] => [s.id, s.name])),
    [sectors],
  );
  const choices = useMemo(
    () => facetChoicesOf(MAP_FILTER_SPEC, vocabularies, projectIndex(projects), filters),
    [vocabularies, projects, filters],
  );
  const selected = byId.get(filters.project.trim()) ?? null;
  const selectedShown = selected !== null && results.items.includes(selected);
  // A listing belongs to the markers it was opened from; new filters make new markers.
  const [listed, setListing] = useState<(MapListing & { model: typeof model }) | null>(null);
  const listing = listed?.model === model ? listed : null;

  const cardRef = useRef<HTMLHeadingElement>(null);
  const listRef = useRef<HTMLHeadingElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const returnTo = useRef<Element | null>(null);

  const query = selectionQuery(globalQuery(location.search), shown, known);
  const hrefOf = useCallback(
    (project: ProjectRecord) => `/projects/${project.id}${query}`,
    [query],
  );
  const focusCard = () => cardRef.current?.focus();

  const select = useStableHandler((project: ProjectRecord, trigger?: Element) => {
    if (trigger) returnTo.current = trigger;
    setListing(null);
    // The URL commits synchronously (flushSync), so the card is there to take the focus.
    setFilters({ project: project.id });
    focusCard();
  });
  const list = useStableHandler((marker: MapMarker, trigger: Element) => {
    returnTo.current = trigger;
    setFilters({ project: '' });
    setListing({
      place: placeLabel(marker.points[0]!.place),
      projects: marker.projects,
      model,
    });
    requestAnimationFrame(focusCard);
  });
  const close = () => {
    setListing(null);
    setFilters({ project: '' });
    const back = returnTo.current;
    if (back instanceof HTMLElement || back instanceof SVGElement)
      if (back.isConnected) back.focus();
  };
  const clear = () => {
    setFilters(cleared(filters));
    searchRef.current?.focus();
  };

  const active = describeFilters(MAP_FILTER_SPEC, filters, vocabularies, words);
  const unplaced = model.withoutPosition.length + model.outside.length;
  const allApproximate = allPositionsApproximate(projects);
  const card = (
    <MapCard
      selected={selected}
      selectedShown={selectedShown}
      listing={listing}
      sectorNames={sectorNames}
      headingRef={cardRef}
      hrefOf={hrefOf}
      onSelect={(project) => select(project)}
      onClose={close}
    />
  );
  const legend = <MapLegend allApproximate={allApproximate} />;
  return (
    <>
      <ViewHeader title={t('map.title')} asOf={meta.asOf}>
        <p className="map-intro">
          {t('map.intro.lead')}{' '}
          {allApproximate ? t('map.intro.allApproximate') : t('map.intro.hollow')}{' '}
          {t('map.intro.list')}
        </p>
      </ViewHeader>
      <ViewControls>
        <MapFilterBar
          filters={filters}
          choices={choices}
          counts={results.counts}
          searchRef={searchRef}
          onChange={setFilters}
          onClear={isFiltered(filters) ? clear : null}
        />
      </ViewControls>
      <div className="map-summary">
        <p className="result-count" role="status">
          {t(unplaced > 0 ? 'map.countUnplaced' : 'map.count', {
            shown: formatNumber(model.onMap.length, locale),
            total: results.total,
            unplaced: formatNumber(unplaced, locale),
          })}
        </p>
        <button
          type="button"
          className="button button--quiet map-skip"
          onClick={() => listRef.current?.focus()}
        >
          {t('map.skip')}
        </button>
      </div>
      {active.length > 0 && (
        <p className="map-active">
          <span className="map-active__label">{t('map.filteredBy')}</span> {active.join(' · ')}
        </p>
      )}
      <div className={shown === filters ? 'map-layout' : 'map-layout map-stale'}>
        <Suspense
          fallback={
            <>
              <div className="map-layout__primary">
                <p className="map-loading" role="status">
                  {t('map.loading')}
                </p>
                {legend}
              </div>
              <div className="map-layout__secondary">{card}</div>
            </>
          }
        >
          <MapFrames
            model={model}
            selectedId={selected?.id ?? null}
            onSelect={select}
            onList={list}
            legend={legend}
            card={card}
          />
        </Suspense>
      </div>
      <MapTable model={model} headingRef={listRef} hrefOf={hrefOf} />
    </>
  );
}
