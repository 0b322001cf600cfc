import { useMemo } from 'react';
import { FitList } from '@/components/slide/fit-list';
import { SlideFrame } from '@/components/slide/slide-frame';
import { Loading } from '@/components/ui/loading';
import { allSources } from '@/data/record-flags';
import { useCountryNames } from '@/data/use-pack';
import { useT } from '@/i18n/use-t';
import { formatNumber } from '@/lib/intl-formats';
import { formatDateRange } from '@/lib/format-date';
import { precisionOf, startOf } from '@/lib/partial-date';
import { KindWords } from './kind-shape';
import { TimelineNotice } from './timeline-notice';
import { itemSources } from './to-timeline-export';
import { describeCounts, type TimelineItem } from './to-timeline-items';
import { useTimelineSelection } from './use-timeline-selection';
import './timeline.css';
import './timeline-slide.css';

/**
 * The Timeline as a slide: the items its filters keep, in time order, one line each (date, kind
 * in shape and words, title), as many as fit, then "and N more". Not the chart: at 18 px a
 * label, a few years of items leave most marks unlabelled, and a mark's title would then be
 * on hover or focus only, which a room cannot do.
 */
export function TimelineSlide() {
  const { meta, events, projects, agreements, sectors, all, shown } = useTimelineSelection();
  const sideNames = useCountryNames();
  const { t, locale } = useT();
  const sources = useMemo(() => {
    const sourcesOf = itemSources({
      events,
      agreements: agreements.data?.agreements,
      projects: projects.data?.projects,
    });
    // Each source once (allSources drops repeats), so that "N sources" counts what the overlay lists.
    return allSources({ sources: shown.flatMap(sourcesOf) });
  }, [shown, events, agreements.data, projects.data]);
  // The whole slide at once, not its milestones arriving under the room's eyes (the presenter
  // has usually fetched them already, while the slide before was shown).
  if (projects.pending || agreements.pending || sectors.pending) return <Loading />;
  return (
    <SlideFrame sources={sources} sideNames={sideNames} asOf={meta.asOf}>
      <p className="timeline-slide__count">
        {t('timeline.count', {
          shown: formatNumber(shown.length, locale),
          total: all.length,
          kinds: describeCounts(shown, t, locale),
        })}
      </p>
      <TimelineNotice part="milestones" file={projects} />
      <TimelineNotice part="agreements" file={agreements} />
      {shown.length === 0 ? (
        <p>{t('timeline.empty')}</p>
      ) : (
        <FitList
          className="timeline-slide__list"
          items={shown}
          keyOf={(item) => item.key}
          render={(item) => <TimelineLine item={item} />}
        />
      )}
    </SlideFrame>
  );
}

function TimelineLine({ item }: { item: TimelineItem }) {
  const { locale } = useT();
  return (
    <div className="timeline-slide__line">
      {/* The date as written shows its precision: "2023", "Jun 2023", "16 Apr 2025". */}
      <time dateTime={item.date}>{slideDate(item, locale)}</time>
      <KindWords className="timeline-slide__kind" kind={item.kind} planned={item.planned} />
      <span className="timeline-slide__title" lang={item.titleLang}>
        {item.title}
      </span>
    </div>
  );
}

/**
 * A span of days written once where its ends share a month or year ("30 Mar – 1 Apr 2023"), so
 * that the date column leaves the title more of the line; other dates as the timeline writes them.
 */
function slideDate(item: TimelineItem, locale: string): string {
  if (!item.end || item.precision !== 'day' || precisionOf(item.end) !== 'day')
    return formatDateRange(item.date, item.end, locale);
  const format = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return format.formatRange(item.start, startOf(item.end));
}
