import type { AgreementRecord, EventRecord, ProjectRecord, SourceRecord } from '@/data/schema';
import { allSources } from '@/data/record-flags';
import { tEnglish } from '@/i18n/i18n';
import { exportSources, type ExportItem } from '@/lib/export-file';
import type { TimelineItem } from './to-timeline-items';

export interface TimelineRecords {
  events: readonly EventRecord[];
  agreements?: readonly AgreementRecord[];
  projects?: readonly ProjectRecord[];
}

/**
 * The sources of an item's own record (a milestone: its own), for the exported file and for the
 * sources of a slide.
 */
export function itemSources(records: TimelineRecords): (item: TimelineItem) => SourceRecord[] {
  const events = new Map(records.events.map((e) => [e.id, e]));
  const agreements = new Map((records.agreements ?? []).map((a) => [a.id, a]));
  const projects = new Map((records.projects ?? []).map((p) => [p.id, p]));
  return (item) => {
    if (item.kind === 'event') return allSources(events.get(item.id)!);
    if (item.kind === 'agreement') return allSources(agreements.get(item.id)!);
    // A milestone's key is `milestone:<project id>:<index>`; it has sources of its own.
    const index = Number(item.key.split(':')[2]);
    return projects.get(item.id)?.milestones[index]?.sources ?? [];
  };
}

/** The items shown, in date order, each with the sources of its own record (a milestone: its own). */
export function toTimelineExport(
  items: readonly TimelineItem[],
  records: TimelineRecords,
  sectorNames: Record<string, string>,
): ExportItem[] {
  const sourcesOf = itemSources(records);
  return items.map((item) => {
    const sources = exportSources(sourcesOf(item));
    return {
      fields: {
        key: item.key,
        kind: tEnglish(`timeline.kind.${item.kind}`),
        date: item.date,
        end: item.end ?? null,
        title: item.englishTitle,
        planned: item.planned ? 'yes' : 'no',
        project: item.project ?? null,
        sectors: item.sectors.map((id) => sectorNames[id] ?? id).join('; '),
      },
      sources,
    };
  });
}
