import { PROJECT_STATUSES, statusLabel } from '../../data/labels';
import type { PackMetaRecord, ProjectRecord, SectorRecord } from '../../data/schema';
import { textOf } from '../../lib/text';
import { FACET_KEYS, type FacetKey, type ProjectFilters } from './project-filters';
import { placeKey } from './project-keys';

export interface FacetOption {
  /** The id written in the URL. */
  id: string;
  label: string;
}

export type FacetOptions = Record<FacetKey, FacetOption[]>;

export const FACET_LEGENDS: Record<FacetKey, string> = {
  sector: 'Sector',
  status: 'Status',
  country: 'Partner country',
  state: 'State or province',
};

/** A country's name: the pack's own wording for its two countries, the browser's for others. */
export function countryLabel(code: string, meta: Pick<PackMetaRecord, 'countries'>): string {
  const own = meta.countries.find((c) => c.id === code);
  if (own) return textOf(own.name);
  try {
    return new Intl.DisplayNames(['en'], { type: 'region' }).of(code.toUpperCase()) ?? code;
  } catch {
    return code.toUpperCase();
  }
}

/** The values each facet offers: only those some project has, in a reading order. */
export function toFacetOptions(
  projects: readonly ProjectRecord[],
  sectors: readonly SectorRecord[],
  meta: Pick<PackMetaRecord, 'countries'>,
): FacetOptions {
  const used = (pick: (p: ProjectRecord) => (string | undefined)[]) =>
    new Set(projects.flatMap(pick).filter((v): v is string => Boolean(v)));

  const sectorIds = used((p) => p.sectors);
  const sectorOptions = sectors
    .filter((s) => sectorIds.has(s.id))
    .map((s) => ({ id: s.id, label: textOf(s.name) }));
  for (const id of sectorIds)
    if (!sectors.some((s) => s.id === id)) sectorOptions.push({ id, label: id });

  const statuses = used((p) => [p.status]);
  const statusOptions = PROJECT_STATUSES.filter((id) => statuses.has(id)).map((id) => ({
    id,
    label: statusLabel(id),
  }));

  // The pack's two countries first, in the pack's order; any other by name.
  const rank = (code: string) => {
    const at = meta.countries.findIndex((c) => c.id === code);
    return at < 0 ? meta.countries.length : at;
  };
  const byRankThenLabel = (a: FacetOption & { rank: number }, b: FacetOption & { rank: number }) =>
    a.rank - b.rank || a.label.localeCompare(b.label, 'en');
  const countryOptions = [...used((p) => p.partners.map((x) => x.country))]
    .map((id) => ({ id, label: countryLabel(id, meta), rank: rank(id) }))
    .sort(byRankThenLabel)
    .map(({ id, label }) => ({ id, label }));

  // Places outside the pack's first country say which country they are in ("Guangxi (China)").
  const home = meta.countries[0].id;
  const states = new Map<string, FacetOption & { rank: number }>();
  for (const place of projects.flatMap((p) => p.places)) {
    const id = placeKey(place);
    if (!id || states.has(id)) continue;
    const name = place.state ?? place.name;
    const label = place.country === home ? name : `${name} (${countryLabel(place.country, meta)})`;
    states.set(id, { id, label, rank: rank(place.country) });
  }
  const stateOptions = [...states.values()]
    .sort(byRankThenLabel)
    .map(({ id, label }) => ({ id, label }));

  return {
    sector: sectorOptions,
    status: statusOptions,
    country: countryOptions,
    state: stateOptions,
  };
}

/** The ids each list filter accepts from the URL; anything else there is ignored. */
export function knownValues(options: FacetOptions): Record<FacetKey, ReadonlySet<string>> {
  const ids = (facet: FacetKey) => new Set(options[facet].map((o) => o.id));
  return {
    sector: ids('sector'),
    status: ids('status'),
    country: ids('country'),
    state: ids('state'),
  };
}

/** The active filters in words, so a presenter's audience (or a collapsed phone panel) sees them. */
export function describeFilters(filters: ProjectFilters, options: FacetOptions): string[] {
  const parts: string[] = [];
  for (const facet of FACET_KEYS) {
    const labels = filters[facet].map((id) => options[facet].find((o) => o.id === id)?.label ?? id);
    if (labels.length) parts.push(`${FACET_LEGENDS[facet]}: ${labels.join(' or ')}`);
  }
  const { from, to } = filters;
  if (from !== undefined && to !== undefined)
    parts.push(`Active between ${Math.min(from, to)} and ${Math.max(from, to)}`);
  else if (from !== undefined) parts.push(`Active in or after ${from}`);
  else if (to !== undefined) parts.push(`Active in or before ${to}`);
  if (filters.q.trim()) parts.push(`Matching “${filters.q.trim()}”`);
  return parts;
}
