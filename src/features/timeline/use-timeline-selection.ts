import { useMemo } from 'react';
import { usePackFile } from '@/data/use-pack';
import { useListFilters } from '@/filters/use-list-filters';
import { useT } from '@/i18n/use-t';
import { TIMELINE_FILTER_SPEC } from '@/registry/filter-specs';
import { filterTimeline } from './timeline-filters';
import { toTimelineItems } from './to-timeline-items';
import { useOptionalPackFile } from './use-optional-pack-file';

/**
 * The timeline's items and the reader's filters, read from the URL: the view and its slide show
 * the same selection. Files the timeline can do without are read first and without suspending,
 * so they load in parallel with events.json and a broken one leaves the rest working.
 */
export function useTimelineSelection() {
  const projects = useOptionalPackFile('projects.json');
  const agreements = useOptionalPackFile('agreements.json');
  const sectors = useOptionalPackFile('sectors.json');
  const meta = usePackFile('pack.json');
  const { events } = usePackFile('events.json');
  const { t, lang } = useT();

  const listFilters = useListFilters(TIMELINE_FILTER_SPEC, {
    meta,
    sectors: sectors.data?.sectors,
  });
  const { filters } = listFilters;
  const all = useMemo(
    () =>
      toTimelineItems(
        { events, agreements: agreements.data?.agreements, projects: projects.data?.projects },
        {
          lang,
          milestoneTitle: (project, milestone) =>
            t('timeline.milestoneTitle', { project, milestone }),
        },
      ),
    [events, agreements.data, projects.data, lang, t],
  );
  const { shown, counts } = useMemo(() => filterTimeline(all, filters), [all, filters]);
  return { meta, events, projects, agreements, sectors, ...listFilters, all, shown, counts };
}
