import { agreementTypeLabel } from '@/data/labels';
import { allSources } from '@/data/record-flags';
import { tEnglish } from '@/i18n/i18n';
import { exportSources, type ExportItem } from '@/lib/export-file';
import { textOf } from '@/lib/text';
import type { AgreementRow } from './to-agreement-list';

/**
 * The agreements in reading order: each row, then the documents shown under it (as the list and
 * previous/next read them). `part_of` names the package of a nested or stand-alone document.
 */
export function toAgreementExport(
  rows: readonly AgreementRow[],
  sectorNames: Record<string, string>,
): ExportItem[] {
  return rows.flatMap((row) => [
    toItem(row.record, row.partOf?.id ?? null, sectorNames),
    ...row.documents.map((doc) => toItem(doc, row.record.id, sectorNames)),
  ]);
}

function toItem(
  record: AgreementRow['record'],
  partOf: string | null,
  sectorNames: Record<string, string>,
): ExportItem {
  return {
    fields: {
      id: record.id,
      title: textOf(record.title),
      date: record.date,
      type: agreementTypeLabel(record.type, tEnglish),
      status: record.status ?? null,
      parties: record.parties.map((p) => p.name).join('; '),
      sectors: record.sectors.map((id) => sectorNames[id] ?? id).join('; '),
      part_of: partOf,
      subject: textOf(record.subject),
    },
    sources: exportSources(allSources(record)),
  };
}
