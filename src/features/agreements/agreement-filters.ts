import type { FilterState } from '@/filters/url-state';
import type { AGREEMENT_FILTER_SPEC } from '@/registry/filter-specs';

/**
 * The Agreements list's URL parameters (AGREEMENT_FILTER_SPEC). The agreement page reads the same
 * ones, so that a link from the list carries the reader's selection and the page can step
 * through it.
 */
export type AgreementFilters = FilterState<typeof AGREEMENT_FILTER_SPEC>;
type SortField = Extract<(typeof AGREEMENT_FILTER_SPEC)[number], { kind: 'sort' }>;
export type AgreementSort = SortField['options'][number];
