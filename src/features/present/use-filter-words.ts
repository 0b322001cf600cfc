import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { packFileQuery } from '@/data/pack-queries';
import { usePackFile, usePackId } from '@/data/use-pack';
import { describeFilters } from '@/filters/describe-filters';
import { parseFilters } from '@/filters/url-state';
import { knownIdsOf, vocabulariesOf } from '@/filters/vocabularies';
import { useT } from '@/i18n/use-t';
import type { FilterSpec } from '@/registry/filter-specs';
import { viewAt } from '@/registry/views';

const NO_FILTERS: FilterSpec = [];

/**
 * A pack file already in the cache, or undefined: never fetched for a caption. On a slide the
 * view itself loads its records; a deck's page should not load 100,000 projects to name a state.
 */
function useCachedFile<F extends 'projects.json' | 'agreements.json'>(packId: string, file: F) {
  return useQuery({ ...packFileQuery(packId, file), enabled: false }).data;
}

/**
 * The filters of a view's query in words, as the view reads them (its spec in the registry),
 * named from the current pack in the reader's language: for slide captions and deck editors.
 */
export function useFilterWords(viewPath: string, query: string): string[] {
  const place = viewAt(viewPath);
  // A page with no parameters of its own (decks), or none the app has: nothing to say.
  const spec = place?.view.filters ?? NO_FILTERS;
  // A record page keeps the list's order only to step through it: not worth a caption.
  const sort = place !== null && place.view.record === undefined;
  const packId = usePackId();
  const meta = usePackFile('pack.json');
  const { sectors } = usePackFile('sectors.json');
  const projects = useCachedFile(packId, 'projects.json')?.projects;
  const agreements = useCachedFile(packId, 'agreements.json')?.agreements;
  const { t, lang, locale } = useT();
  const words = useMemo(() => ({ t, lang, locale }), [t, lang, locale]);
  const vocabularies = useMemo(
    () => vocabulariesOf(spec, { meta, sectors, projects, agreements }, words),
    [spec, meta, sectors, projects, agreements, words],
  );
  return useMemo(() => {
    const state = parseFilters(new URLSearchParams(query), spec, knownIdsOf(vocabularies));
    return describeFilters(spec, state, vocabularies, words, { sort });
  }, [query, spec, vocabularies, words, sort]);
}
