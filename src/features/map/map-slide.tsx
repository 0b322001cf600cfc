import { Suspense, useMemo } from 'react';
import { FitList } from '@/components/slide/fit-list';
import { SlideFrame } from '@/components/slide/slide-frame';
import { PackText, usePackText } from '@/components/ui/pack-text';
import { allSources } from '@/data/record-flags';
import type { ProjectRecord } from '@/data/schema';
import { useCountryNames } from '@/data/use-pack';
import { toProjectResults } from '@/filters/projects/to-project-results';
import { useProjectFilters } from '@/filters/projects/use-project-filters';
import { useT } from '@/i18n/use-t';
import { formatNumber } from '@/lib/intl-formats';
import { MAP_FILTER_SPEC } from '@/registry/filter-specs';
import { loadMapShapes } from './geo/load-shapes';
import { MapSlideKey } from './map-slide-key';
import { SlideMapFrame } from './slide-map-frame';
import { allPositionsApproximate, ofFrame, placeLabel, toMapPoints } from './to-map-points';
import './map.css';
import './map-slide.css';

// The outlines are their own chunk: start it with this slide's code, which the presenter loads
// while the slide before is shown, so the map is drawn at once rather than after a gap.
loadMapShapes().catch(() => undefined);

/**
 * The Map as a slide: both frames in the space that is left, their names and counts in the
 * projector's type, a key in words, and as many of the projects shown as fit beside them. It
 * follows the Map's filters; there is nothing to click, pan or zoom.
 */
export function MapSlide() {
  const { meta, projects, filters } = useProjectFilters(MAP_FILTER_SPEC);
  const countryNames = useCountryNames();
  const { t, locale } = useT();
  const { text } = usePackText();
  const results = useMemo(() => toProjectResults(projects, filters), [projects, filters]);
  const model = useMemo(() => toMapPoints(results.items), [results.items]);
  const frames = useMemo(
    () => ({ main: ofFrame(model, 'main'), inset: ofFrame(model, 'inset') }),
    [model],
  );
  const sources = useMemo(() => {
    const byUrl = new Map(model.onMap.flatMap(allSources).map((s) => [s.url, s]));
    return [...byUrl.values()];
  }, [model]);
  const selected = model.onMap.find((p) => p.id === filters.project.trim()) ?? null;
  // The selected project heads the list, as it is the one the presenter is talking about. The
  // same array while nothing changes: the list measures again for new items.
  const listed = useMemo(
    () => (selected ? [selected, ...model.onMap.filter((p) => p !== selected)] : model.onMap),
    [model, selected],
  );
  const unplaced = model.withoutPosition.length + model.outside.length;
  const shared = { selectedId: selected?.id ?? null };
  return (
    <SlideFrame sources={sources} sideNames={countryNames} asOf={meta.asOf}>
      <p className="map-slide__count">
        {t(unplaced > 0 ? 'map.countUnplaced' : 'map.count', {
          shown: formatNumber(model.onMap.length, locale),
          total: results.total,
          unplaced: formatNumber(unplaced, locale),
        })}
      </p>
      <div className="map-slide">
        <div className="map-slide__main map-slide__box">
          <Suspense fallback={null}>
            <SlideMapFrame id="main" label={t('map.main.label')} {...frames.main} {...shared} />
          </Suspense>
        </div>
        <MapSlideKey
          allApproximate={allPositionsApproximate(projects)}
          routes={model.lines.length > 0}
          selected={selected && text(selected.name)}
        />
        <div className="map-slide__inset">
          <p className="map-slide__caption">{t('map.inset.heading')}</p>
          <div className="map-slide__box">
            <Suspense fallback={null}>
              <SlideMapFrame
                id="inset"
                label={t('map.inset.label')}
                {...frames.inset}
                {...shared}
              />
            </Suspense>
          </div>
        </div>
        <div className="map-slide__projects">
          <p className="map-slide__caption">{t('map.table.heading')}</p>
          <FitList
            items={listed}
            keyOf={(project) => project.id}
            render={(project) => <ProjectPlaces project={project} />}
          />
        </div>
      </div>
    </SlideFrame>
  );
}

/** "East Coast Rail Link · Kelantan, Terengganu, Pahang, Selangor": one line, cut if too long. */
function ProjectPlaces({ project }: { project: ProjectRecord }) {
  const located = project.places.filter((p) => p.coordinates);
  const places =
    located.length === 1
      ? placeLabel(located[0]!)
      : [...new Set(located.map((p) => p.state ?? p.name))].join(', ');
  return (
    <span className="map-slide__project">
      <PackText className="map-slide__name" value={project.name} /> · {places}
    </span>
  );
}
