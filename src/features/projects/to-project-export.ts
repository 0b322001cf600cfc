import { allSources } from '@/data/record-flags';
import { statusLabel } from '@/data/labels';
import type { ProjectRecord } from '@/data/schema';
import { tEnglish } from '@/i18n/i18n';
import { exportSources, type ExportItem } from '@/lib/export-file';
import { textOf } from '@/lib/text';

/** The projects as shown (already filtered and sorted), one export item each, order kept. */
export function toProjectExport(
  projects: readonly ProjectRecord[],
  sectorNames: Record<string, string>,
): ExportItem[] {
  return projects.map((p) => ({
    fields: {
      id: p.id,
      name: textOf(p.name),
      status: statusLabel(p.status, tEnglish),
      sectors: p.sectors.map((id) => sectorNames[id] ?? id).join('; '),
      start: p.start ?? null,
      end: p.end ?? null,
      value: p.value?.main.amount ?? null,
      currency: p.value?.main.currency ?? null,
      value_approximate: p.value ? (p.value.main.approximate ? 'yes' : 'no') : null,
      places: p.places.map((place) => place.name).join('; '),
      partners: p.partners.map((party) => party.name).join('; '),
      summary: textOf(p.summary),
    },
    sources: exportSources(allSources(p)),
  }));
}
