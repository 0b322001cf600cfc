import { t } from '@/i18n/i18n';
import type { AgreementFilters } from './agreement-filters';
import type { FacetKey, AgreementIndex } from './to-agreement-list';
import type { FacetOption } from './facet-fieldset';

export type FacetLabels = Record<FacetKey, (id: string) => string>;

/**
 * The choices of each facet, in a fixed order so that they do not move while the reader ticks
 * them: types in the schema's order, sectors by name (in the reader's language), the pack's two
 * countries first.
 */
export function toFacetOptions(
  index: AgreementIndex,
  counts: Record<FacetKey, ReadonlyMap<string, number>>,
  labels: FacetLabels,
  order: { type: string[]; party: string[] },
  locale = 'en',
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
    labels[facet](a).localeCompare(labels[facet](b), locale);
  return {
    type: build('type', (a, b) => rank(order.type, a) - rank(order.type, b)),
    sector: build('sector', byLabel('sector')),
    party: build(
      'party',
      (a, b) => rank(order.party, a) - rank(order.party, b) || byLabel('party')(a, b),
    ),
  };
}

/**
 * The selection in words, for readers (and rooms) who cannot see the collapsed filters. Call it
 * while rendering a component that uses `useT`, with that component's locale.
 */
export function describeSelection(
  filters: AgreementFilters,
  labels: FacetLabels,
  locale = 'en-GB',
): string[] {
  const parts: string[] = [];
  const or = new Intl.ListFormat(locale, { type: 'disjunction' });
  for (const facet of ['type', 'sector', 'party'] as const)
    if (filters[facet].length)
      parts.push(
        t(`agreements.selection.${facet}`, {
          values: or.format(filters[facet].map(labels[facet])),
        }),
      );
  const { from, to } = filters;
  if (from !== undefined && to !== undefined) {
    const [low, high] = from <= to ? [from, to] : [to, from];
    parts.push(
      low === high
        ? t('agreements.selection.year', { year: low })
        : t('agreements.selection.years', { from: low, to: high }),
    );
  } else if (from !== undefined) parts.push(t('agreements.selection.fromYear', { year: from }));
  else if (to !== undefined) parts.push(t('agreements.selection.toYear', { year: to }));
  if (filters.q.trim()) parts.push(t('agreements.selection.query', { query: filters.q.trim() }));
  return parts;
}
