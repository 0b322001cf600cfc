import type { AgreementRecord } from '@/data/schema';
import { comparePartialDates, yearOf } from '@/lib/partial-date';
import { textOf } from '@/lib/text';
import type { AgreementFilters, AgreementSort } from './agreement-filters';
import {
  buildSearchIndex,
  matchesTerms,
  queryTerms,
  type AgreementSearchIndex,
} from './search-agreements';

export type FacetKey = 'type' | 'sector' | 'party';
const FACETS: FacetKey[] = ['type', 'sector', 'party'];

/** What filtering needs from the data, computed once per agreements file. */
export interface AgreementIndex {
  records: AgreementRecord[];
  byId: ReadonlyMap<string, AgreementRecord>;
  /** Number of documents per package id. */
  documentCount: ReadonlyMap<string, number>;
  search: AgreementSearchIndex;
  /** The values each record has in each facet (party: the countries of its parties). */
  values: ReadonlyMap<string, Record<FacetKey, string[]>>;
}

export function indexAgreements(records: AgreementRecord[]): AgreementIndex {
  const documentCount = new Map<string, number>();
  for (const r of records)
    if (r.parent) documentCount.set(r.parent, (documentCount.get(r.parent) ?? 0) + 1);
  return {
    records,
    byId: new Map(records.map((r) => [r.id, r])),
    documentCount,
    search: buildSearchIndex(records),
    values: new Map(
      records.map((r) => [
        r.id,
        {
          type: [r.type],
          sector: [...new Set(r.sectors)],
          party: [...new Set(r.parties.flatMap((p) => p.country ?? []))],
        },
      ]),
    ),
  };
}

/**
 * True when a record passes every filter except `skip` (used for facet counts: a facet's own
 * choices are alternatives to each other, so they do not narrow its own counts).
 * Within a facet the chosen values are alternatives (OR); facets combine with AND.
 * The year range compares the whole span of a date: a year-only "2017" is within from=2017.
 */
function passes(
  index: AgreementIndex,
  record: AgreementRecord,
  filters: AgreementFilters,
  terms: string[],
  skip?: FacetKey,
): boolean {
  const values = index.values.get(record.id)!;
  for (const facet of FACETS) {
    const chosen = filters[facet];
    if (facet !== skip && chosen.length > 0 && !values[facet].some((v) => chosen.includes(v)))
      return false;
  }
  const year = yearOf(record.date);
  // A reversed range (from=2025&to=2017) is read as the years between the two.
  const [low, high] =
    filters.from !== undefined && filters.to !== undefined && filters.from > filters.to
      ? [filters.to, filters.from]
      : [filters.from, filters.to];
  if (low !== undefined && year < low) return false;
  if (high !== undefined && year > high) return false;
  return matchesTerms(index.search, record.id, terms);
}

/** The records that match, in data order. */
export function selectAgreements(
  index: AgreementIndex,
  filters: AgreementFilters,
): AgreementRecord[] {
  const terms = queryTerms(filters.q);
  return index.records.filter((r) => passes(index, r, filters, terms));
}

/** Per facet, how many records would match with each value (each record counted once). */
export function countFacets(
  index: AgreementIndex,
  filters: AgreementFilters,
): Record<FacetKey, Map<string, number>> {
  const terms = queryTerms(filters.q);
  const counts = { type: new Map(), sector: new Map(), party: new Map() } as Record<
    FacetKey,
    Map<string, number>
  >;
  for (const facet of FACETS) {
    const map = counts[facet];
    for (const record of index.records) {
      if (!passes(index, record, filters, terms, facet)) continue;
      for (const value of index.values.get(record.id)![facet])
        map.set(value, (map.get(value) ?? 0) + 1);
    }
  }
  return counts;
}

/** The reader's language (titles sort as shown) and its Intl locale; English by default. */
export interface SortLanguage {
  lang: string;
  locale: string;
}

function compareAgreements(
  sort: AgreementSort,
  { lang, locale }: SortLanguage = { lang: 'en', locale: 'en' },
) {
  const byTitle = (a: AgreementRecord, b: AgreementRecord) =>
    textOf(a.title, lang).localeCompare(textOf(b.title, lang), locale, { sensitivity: 'base' });
  if (sort === 'title')
    return (a: AgreementRecord, b: AgreementRecord) =>
      byTitle(a, b) || comparePartialDates(a.date, b.date);
  const direction = sort === 'oldest' ? 1 : -1;
  return (a: AgreementRecord, b: AgreementRecord) =>
    direction * comparePartialDates(a.date, b.date) || byTitle(a, b);
}

/** A line of the list: a record, and the matching documents of a package nested under it. */
export interface AgreementRow {
  record: AgreementRecord;
  /** Matching documents of this package, shown under it. */
  documents: AgreementRecord[];
  /** All documents of this package, matching or not. */
  documentTotal: number;
  /** The package of a document shown on its own line because the package itself does not match. */
  partOf?: AgreementRecord;
}

export interface AgreementListModel {
  total: number;
  matched: number;
  rows: AgreementRow[];
  /** Ids in reading order (each row, then its documents): previous/next follow it. */
  order: string[];
}

/**
 * The list as read: matching records sorted, each matching document under its package when the
 * package matches too, otherwise on its own line with "part of". Every record appears once, so
 * the count and previous/next agree with what is on screen.
 */
export function toAgreementList(
  index: AgreementIndex,
  filters: AgreementFilters,
  language?: SortLanguage,
): AgreementListModel {
  const matched = selectAgreements(index, filters);
  const matchedIds = new Set(matched.map((r) => r.id));
  const compare = compareAgreements(filters.sort, language);
  const nested = new Map<string, AgreementRecord[]>();
  const top: AgreementRecord[] = [];
  for (const record of matched) {
    if (record.parent && matchedIds.has(record.parent)) {
      nested.set(record.parent, [...(nested.get(record.parent) ?? []), record]);
    } else top.push(record);
  }
  const rows = top.sort(compare).map((record): AgreementRow => ({
    record,
    documents: (nested.get(record.id) ?? []).sort(compare),
    documentTotal: index.documentCount.get(record.id) ?? 0,
    partOf: record.parent ? index.byId.get(record.parent) : undefined,
  }));
  return {
    total: index.records.length,
    matched: matched.length,
    rows,
    order: rows.flatMap((row) => [row.record.id, ...row.documents.map((d) => d.id)]),
  };
}

/** Where a record sits in the reader's selection, for "3 of 12" and previous/next. */
export function positionIn(order: string[], id: string) {
  const at = order.indexOf(id);
  if (at < 0) return null;
  return {
    position: at + 1,
    count: order.length,
    previous: at > 0 ? order[at - 1] : undefined,
    next: at < order.length - 1 ? order[at + 1] : undefined,
  };
}
