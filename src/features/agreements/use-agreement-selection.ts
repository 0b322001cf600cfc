import { useCallback, useMemo } from 'react';
import { useLocation } from 'react-router-dom';
import { globalQuery } from '@/registry/global-params';
import { usePackFile } from '@/data/use-pack';
import { withFilters } from '@/filters/url-state';
import { useListFilters } from '@/filters/use-list-filters';
import { AGREEMENT_FILTER_SPEC } from '@/registry/filter-specs';
import { indexAgreements, toAgreementList } from './to-agreement-list';

/**
 * The reader's selection of agreements, read from the URL: the list shows it, and the agreement
 * page steps through it. Links to a record carry the selection so that "previous/next" and
 * "back to the list" keep it.
 */
export function useAgreementSelection() {
  const location = useLocation();
  const meta = usePackFile('pack.json');
  const { sectors } = usePackFile('sectors.json');
  const { agreements } = usePackFile('agreements.json');
  const { filters, setFilters, vocabularies, known, words } = useListFilters(
    AGREEMENT_FILTER_SPEC,
    { meta, sectors, agreements },
  );
  const index = useMemo(() => indexAgreements(agreements), [agreements]);
  // Titles sort as the reader sees them, so the list and previous/next follow the language.
  const { lang, locale } = words;
  const list = useMemo(
    () => toAgreementList(index, filters, { lang, locale }),
    [index, filters, lang, locale],
  );
  // The global settings, then the selection, written as the list writes it (readable commas).
  const query = withFilters(globalQuery(location.search), filters, AGREEMENT_FILTER_SPEC, known);
  const recordLink = useCallback((id: string) => `/agreements/${id}${query}`, [query]);
  const listLink = `/agreements${query}`;
  return { index, filters, setFilters, vocabularies, words, list, recordLink, listLink };
}
