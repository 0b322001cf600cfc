import { ViewHeader } from '../../components/ui/view-header';
import { EVENT_CATEGORY_LABELS } from '../../data/labels';
import { usePackFile } from '../../data/use-pack';
import { formatDateRange } from '../../lib/format-date';
import { comparePartialDates } from '../../lib/partial-date';
import { textOf } from '../../lib/text';

/** Events in date order, as a list that screen readers read in order. */
export function TimelineView() {
  const meta = usePackFile('pack.json');
  const { events } = usePackFile('events.json');
  const sorted = [...events].sort((a, b) => comparePartialDates(a.date, b.date));
  return (
    <>
      <ViewHeader title="Timeline" asOf={meta.asOf}>
        <p className="result-count" role="status">
          {events.length} events
        </p>
      </ViewHeader>
      <ol className="timeline-list">
        {sorted.map((event) => (
          <li key={event.id}>
            <time dateTime={event.date}>{formatDateRange(event.date, event.end)}</time>
            <span className="record-list__type">{EVENT_CATEGORY_LABELS[event.category]}</span>
            <h2 className="timeline-list__title">{textOf(event.title)}</h2>
            <p>{textOf(event.description)}</p>
          </li>
        ))}
      </ol>
    </>
  );
}
