import { useMemo } from 'react';
import { FitList } from '@/components/slide/fit-list';
import { SlideFrame } from '@/components/slide/slide-frame';
import { PackText } from '@/components/ui/pack-text';
import { statusLabel } from '@/data/labels';
import { allSources } from '@/data/record-flags';
import type { ProjectRecord } from '@/data/schema';
import { useCountryNames } from '@/data/use-pack';
import { toProjectResults } from '@/filters/projects/to-project-results';
import { useProjectFilters } from '@/filters/projects/use-project-filters';
import { useT } from '@/i18n/use-t';
import { formatNumber } from '@/lib/intl-formats';
import { PROJECT_FILTER_SPEC } from '@/registry/filter-specs';
import { valueWords } from './value-words';
import './projects-slide.css';

/**
 * The Projects list as a slide: how many match, then as many as fit, one line each (name,
 * status, place and value), then "and N more". The filters in words are in the presenter's bar.
 */
export function ProjectsSlide() {
  const { meta, projects, filters } = useProjectFilters(PROJECT_FILTER_SPEC);
  const countryNames = useCountryNames();
  const { t, locale } = useT();
  const results = useMemo(() => toProjectResults(projects, filters), [projects, filters]);
  const sources = useMemo(() => results.items.flatMap(allSources), [results.items]);
  return (
    <SlideFrame sources={sources} sideNames={countryNames} asOf={meta.asOf}>
      <p className="projects-slide__count">
        {t('projects.list.count', {
          shown: formatNumber(results.items.length, locale),
          total: results.total,
        })}
      </p>
      <FitList
        className="projects-slide__list"
        items={results.items}
        keyOf={(project) => project.id}
        render={(project) => <ProjectLine project={project} />}
      />
    </SlideFrame>
  );
}

function ProjectLine({ project }: { project: ProjectRecord }) {
  const { t, locale } = useT();
  const places = [...new Set(project.places.map((p) => p.state ?? p.name))].join(', ');
  return (
    <div className="projects-slide__line">
      <PackText className="projects-slide__name" value={project.name} />
      <span>{statusLabel(project.status, t)}</span>
      <span>{places}</span>
      <span className="projects-slide__value">{valueWords(project, t, locale)}</span>
    </div>
  );
}
