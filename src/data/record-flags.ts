import type { NoteRecord, PlaceRecord, SourceRecord, ValueRecord } from './schema';

interface Flaggable {
  value?: ValueRecord;
  notes: NoteRecord[];
  unverified?: unknown;
  places?: PlaceRecord[];
  sources: SourceRecord[];
}

/** Honesty marks derived from a record, never stored: disputed, unverified, approximate, weak source. */
export interface RecordFlags {
  disputed: boolean;
  unverified: boolean;
  approximateLocation: boolean;
  lowerReliability: boolean;
}

export function recordFlags(record: Flaggable): RecordFlags {
  return {
    disputed: (record.value?.alternatives?.length ?? 0) > 0 || record.notes.some((n) => n.conflict),
    unverified: record.unverified !== undefined || record.notes.some((n) => n.unverified),
    approximateLocation: (record.places ?? []).some((p) => p.coordinates?.approximate),
    lowerReliability: record.sources.some((s) => s.reliability === 'lower'),
  };
}

/** Every distinct source of a record and its parts, for counting and listing. */
export function allSources(record: {
  sources: SourceRecord[];
  notes?: NoteRecord[];
  value?: ValueRecord;
  milestones?: { sources: SourceRecord[] }[];
}): SourceRecord[] {
  const all = [
    ...record.sources,
    ...(record.notes ?? []).flatMap((n) => n.sources),
    ...(record.value
      ? [record.value.main, ...(record.value.alternatives ?? [])].flatMap((m) => m.sources)
      : []),
    ...(record.milestones ?? []).flatMap((m) => m.sources),
  ];
  const seen = new Set<string>();
  return all.filter((s) => (seen.has(s.url) ? false : (seen.add(s.url), true)));
}
