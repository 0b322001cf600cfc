import type { AgreementRecord } from '@/data/schema';
import { applyFilters, type FacetCounts, type ListIndex } from '@/filters/apply-filters';
import { facetColumn } from '@/filters/facet-columns';
import { comparePartialDates, yearOf } from '@/lib/partial-date';
import { textOf } from '@/lib/text';
import { AGREEMENT_FILTER_SPEC } from '@/registry/filter-specs';
import type { AgreementFilters, AgreementSort } from './agreement-filters';
import { searchAgreements } from './search-agreements';

type Spec = typeof AGREEMENT_FILTER_SPEC;

/** What filtering needs from the data, computed once per agreements file. */
export interface AgreementIndex extends ListIndex<Spec> {
  records: AgreementRecord[];
  byId: ReadonlyMap<string, AgreementRecord>;
  /** Number of documents per package id. */
  documentCount: ReadonlyMap<string, number>;
}

export function indexAgreements(records: AgreementRecord[]): AgreementIndex {
  const documentCount = new Map<string, number>();
  for (const r of records)
    if (r.parent) documentCount.set(r.parent, (documentCount.get(r.parent) ?? 0) + 1);
  // An agreement is dated within one year: a year-only "2017" is within from=2017.
  const years = Float64Array.from(records, (r) => yearOf(r.date));
  return {
    records,
    byId: new Map(records.map((r) => [r.id, r])),
    documentCount,
    size: records.length,
    facets: {
      type: facetColumn(records, (r) => [r.type]),
      sector: facetColumn(records, (r) => r.sectors),
      // The countries of its parties; a party without one (ASEAN) has none.
      party: facetColumn(records, (r) => r.parties.map((p) => p.country)),
    },
    firstYear: years,
    lastYear: years,
  };
}

function passOf(index: AgreementIndex, filters: AgreementFilters) {
  const found = filters.q ? searchAgreements(index.records, filters.q) : null;
  return applyFilters(AGREEMENT_FILTER_SPEC, index, filters, found);
}

function matching(index: AgreementIndex, matches: Uint8Array): AgreementRecord[] {
  return index.records.filter((_, i) => matches[i] === 1);
}

/** The records that match, in data order. */
export function selectAgreements(
  index: AgreementIndex,
  filters: AgreementFilters,
): AgreementRecord[] {
  return matching(index, passOf(index, filters).matches);
}

/** Per facet, how many records would match with each value (each record counted once). */
export function countFacets(index: AgreementIndex, filters: AgreementFilters): FacetCounts<Spec> {
  return passOf(index, filters).counts;
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
  /** Live facet counts (see FacetCounts). */
  counts: FacetCounts<Spec>;
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
  const pass = passOf(index, filters);
  const matched = matching(index, pass.matches);
  const matchedIds = new Set(matched.map((r) => r.id));
  const compare = compareAgreements(filters.sort as AgreementSort, language);
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
    counts: pass.counts,
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
