import { useMemo } from 'react';
import { useT } from '@/i18n/use-t';
import type { FilterSpec } from '@/registry/filter-specs';
import { useFilters } from './use-filters';
import { knownIdsOf, vocabulariesOf, type VocabularySource } from './vocabularies';

/**
 * A list's filters from the URL, with what its controls and words need: each facet's
 * vocabulary in the reader's language, and the language itself. Ids outside a facet's
 * vocabulary are dropped from the URL; ids in it are kept even when no record has them.
 */
export function useListFilters<S extends FilterSpec>(spec: S, source: VocabularySource) {
  const { t, lang, locale } = useT();
  const { meta, sectors, projects, agreements } = source;
  const words = useMemo(() => ({ t, lang, locale }), [t, lang, locale]);
  const vocabularies = useMemo(
    () => vocabulariesOf(spec, { meta, sectors, projects, agreements }, words),
    [spec, meta, sectors, projects, agreements, words],
  );
  const known = useMemo(() => knownIdsOf(vocabularies), [vocabularies]);
  const [filters, setFilters] = useFilters(spec, known);
  return { filters, setFilters, vocabularies, known, words };
}
