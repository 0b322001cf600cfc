import { useCallback, useMemo, useRef, useState } from 'react';
import { useLocation } from 'react-router-dom';
import { linkTo } from '@/registry/global-params';
import { ClearFiltersButton } from '@/components/filters/clear-filters-button';
import { ViewHeader } from '@/components/ui/view-header';
import { ViewControls } from '@/components/ui/display-options';
import { ExportButtons } from '@/components/ui/export-buttons';
import { useCountryNames } from '@/data/use-pack';
import { clearedFilters, isNarrowed } from '@/filters/url-state';
import { facetChoicesOf } from '@/filters/vocabularies';
import { useT } from '@/i18n/use-t';
import { formatNumber } from '@/lib/intl-formats';
import { textOf, type TextValue } from '@/lib/text';
import { TIMELINE_FILTER_SPEC } from '@/registry/filter-specs';
import { EventDetail } from './event-detail';
import { findByKey } from './find-by-key';
import { TimelineChart } from './timeline-chart';
import { TimelineFilterBar } from './timeline-filter-bar';
import {
  effectiveRange,
  parseItemParam,
  rangeToFilters,
  timelineIndex,
  type YearRange,
} from './timeline-filters';
import { TimelineList } from './timeline-list';
import { TimelineNotice } from './timeline-notice';
import { toTimelineExport } from './to-timeline-export';
import { describeCounts, yearExtent, type TimelineItem } from './to-timeline-items';
import { useItemLink } from './use-item-link';
import { useTimelineSelection } from './use-timeline-selection';
import './timeline.css';

const byId = <T extends { id: string }, V>(list: T[] | undefined, name: (record: T) => V) =>
  Object.fromEntries((list ?? []).map((record) => [record.id, name(record)]));

/** Events, agreements and project milestones on one time axis, with the same items as a list. */
export function TimelineView() {
  const {
    meta,
    events,
    projects,
    agreements,
    sectors,
    filters,
    setFilters,
    vocabularies,
    all,
    shown,
    counts,
  } = useTimelineSelection();
  const sideNames = useCountryNames();
  const location = useLocation();
  const { t, locale } = useT();
  const sectorList = sectors.data?.sectors;
  const extent = useMemo(() => yearExtent(all), [all]);
  const { from, to } = effectiveRange(filters, extent);
  const range = useMemo(() => ({ from, to }), [from, to]);
  const choices = useMemo(
    () => facetChoicesOf(TIMELINE_FILTER_SPEC, vocabularies, timelineIndex(all), filters),
    [vocabularies, all, filters],
  );
  const clear = () => setFilters(clearedFilters(TIMELINE_FILTER_SPEC, filters));

  const selected = parseItemParam(filters.item);
  const event = selected?.kind === 'event' ? events.find((e) => e.id === selected.id) : undefined;
  const [focusRequest, setFocusRequest] = useState(0);
  const linkFor = useItemLink(filters);
  const onOpen = useCallback((item: TimelineItem) => {
    if (item.kind === 'event') setFocusRequest((n) => n + 1);
  }, []);
  const onRangeChange = (next: YearRange) => setFilters(rangeToFilters(next, extent));
  const page = useRef<HTMLDivElement>(null);
  const selectedKey = event ? `event:${event.id}` : null;
  const closeDetail = () => {
    // The event's own key, not the URL's text, which may carry spaces or line breaks around it.
    const key = selectedKey ?? filters.item;
    setFilters({ item: '' });
    // Back to where the reader opened it: the item on the axis, else its line in the list.
    const target =
      findByKey(page.current, 'data-item-key', key) ??
      findByKey(page.current, 'data-list-key', key);
    target?.focus();
  };

  const names: Record<'sectors' | 'projects' | 'agreements', Record<string, TextValue>> = {
    sectors: byId(sectorList, (s) => s.name),
    projects: byId(projects.data?.projects, (p) => p.name),
    agreements: byId(agreements.data?.agreements, (a) => a.title),
  };
  const unavailable = [
    ...(projects.problems.length ? ['milestone'] : []),
    ...(agreements.problems.length ? ['agreement'] : []),
  ];

  return (
    <div className="tl-view" ref={page}>
      <ViewHeader title={t('timeline.title')} asOf={meta.asOf}>
        <p className="result-count" role="status">
          {t('timeline.count', {
            shown: formatNumber(shown.length, locale),
            total: all.length,
            kinds: describeCounts(shown, t, locale),
          })}
        </p>
      </ViewHeader>
      <TimelineNotice part="milestones" file={projects} />
      <TimelineNotice part="agreements" file={agreements} />
      <TimelineNotice part="sectors" file={sectors} />
      <ViewControls>
        <TimelineFilterBar
          filters={filters}
          counts={counts}
          kinds={vocabularies.kind ?? []}
          sectors={choices.sector}
          extent={extent}
          unavailable={unavailable}
          onClear={isNarrowed(TIMELINE_FILTER_SPEC, filters) ? clear : null}
          onChange={setFilters}
        />
        {shown.length > 0 && (
          <ExportButtons
            view="timeline"
            noun={t('timeline.exportNoun')}
            asOf={meta.asOf}
            pack={meta.id}
            items={() =>
              toTimelineExport(
                shown,
                {
                  events,
                  agreements: agreements.data?.agreements,
                  projects: projects.data?.projects,
                },
                byId(sectorList, (s) => textOf(s.name)),
              )
            }
          />
        )}
      </ViewControls>
      {shown.length === 0 ? (
        <div className="tl-empty">
          <p>{t('timeline.empty')}</p>
          <ClearFiltersButton onClear={clear} />
        </div>
      ) : (
        <TimelineChart
          items={shown}
          range={range}
          extent={extent}
          asOf={meta.asOf}
          selectedKey={selectedKey}
          linkFor={linkFor}
          onOpen={onOpen}
          onRangeChange={onRangeChange}
        />
      )}
      {event && (
        <EventDetail
          event={event}
          focusRequest={focusRequest}
          sideNames={sideNames}
          names={names}
          linkTo={(path) => linkTo(path, location.search)}
          onClose={closeDetail}
        />
      )}
      {shown.length > 0 && <TimelineList items={shown} linkFor={linkFor} onOpen={onOpen} />}
    </div>
  );
}
