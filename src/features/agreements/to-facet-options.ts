import type { AgreementFilters } from './agreement-filters';
import type { FacetKey, AgreementIndex } from './to-agreement-list';
import type { FacetOption } from './facet-fieldset';

export type FacetLabels = Record<FacetKey, (id: string) => string>;

/**
 * The choices of each facet, in a fixed order so that they do not move while the reader ticks
 * them: types in the schema's order, sectors by name, the pack's two countries first.
 */
export function toFacetOptions(
  index: AgreementIndex,
  counts: Record<FacetKey, ReadonlyMap<string, number>>,
  labels: FacetLabels,
  order: { type: string[]; party: string[] },
): Record<FacetKey, FacetOption[]> {
  const present = (facet: FacetKey) =>
    new Set([...index.values.values()].flatMap((values) => values[facet]));
  const rank = (list: string[], id: string) => {
    const at = list.indexOf(id);
    return at < 0 ? list.length : at;
  };
  const build = (facet: FacetKey, compare: (a: string, b: string) => number) =>
    [...present(facet)].sort(compare).map((id) => ({
      id,
      label: labels[facet](id),
      count: counts[facet].get(id) ?? 0,
    }));
  const byLabel = (facet: FacetKey) => (a: string, b: string) =>
    labels[facet](a).localeCompare(labels[facet](b), 'en');
  return {
    type: build('type', (a, b) => rank(order.type, a) - rank(order.type, b)),
    sector: build('sector', byLabel('sector')),
    party: build(
      'party',
      (a, b) => rank(order.party, a) - rank(order.party, b) || byLabel('party')(a, b),
    ),
  };
}

/** The selection in words, for readers (and rooms) who cannot see the collapsed filters. */
export function describeSelection(filters: AgreementFilters, labels: FacetLabels): string[] {
  const parts: string[] = [];
  const list = (facet: FacetKey, name: string) => {
    if (filters[facet].length)
      parts.push(`${name}: ${filters[facet].map(labels[facet]).join(' or ')}`);
  };
  list('type', 'Type');
  list('sector', 'Sector');
  list('party', 'Party country');
  const { from, to } = filters;
  if (from !== undefined && to !== undefined) {
    const [low, high] = from <= to ? [from, to] : [to, from];
    parts.push(low === high ? `Dated ${low}` : `Dated ${low}–${high}`);
  } else if (from !== undefined) parts.push(`Dated ${from} or later`);
  else if (to !== undefined) parts.push(`Dated ${to} or earlier`);
  if (filters.q.trim()) parts.push(`Matching “${filters.q.trim()}”`);
  return parts;
}
