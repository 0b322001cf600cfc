import { useCallback, useMemo, useState } from 'react';
import { useLocation } from 'react-router-dom';
import { usePackFile } from '@/data/use-pack';
import { withFilters } from '@/filters/url-state';
import { useFilters } from '@/filters/use-filters';
import { useT } from '@/i18n/use-t';
import { globalQuery } from '@/registry/global-params';
import {
  AGREEMENT_FILTERS,
  knownAgreementValues,
  type AgreementFilters,
} from './agreement-filters';
import { indexAgreements, toAgreementList } from './to-agreement-list';

/**
 * The reader's selection of agreements, read from the URL: the list shows it, and the agreement
 * page steps through it. Links to a record carry the selection so that "previous/next" and
 * "back to the list" keep it.
 */
export function useAgreementSelection() {
  const location = useLocation();
  const { agreements } = usePackFile('agreements.json');
  const known = useMemo(() => knownAgreementValues(agreements), [agreements]);
  const [fromUrl, setUrlFilters] = useFilters(AGREEMENT_FILTERS, known);
  // The router commits a URL change in a transition, a moment after the click. Until then the
  // reader's choice is shown from here, so a checkbox never flicks back and a quick second click
  // builds on the first. Any navigation (this change landing, back, forward) makes a new
  // location key, and from then on the URL rules.
  const [pending, setPending] = useState<{ at: string; filters: AgreementFilters } | null>(null);
  const filters = pending && pending.at === location.key ? pending.filters : fromUrl;
  const setFilters = useCallback(
    (change: Partial<AgreementFilters>) => {
      const next = { ...filters, ...change };
      setPending({ at: location.key, filters: next });
      setUrlFilters(next);
    },
    [filters, location.key, setUrlFilters],
  );
  const index = useMemo(() => indexAgreements(agreements), [agreements]);
  // Titles sort as the reader sees them, so the list and previous/next follow the language.
  const { lang, locale } = useT();
  const list = useMemo(
    () => toAgreementList(index, filters, { lang, locale }),
    [index, filters, lang, locale],
  );
  // The global settings, then the selection, written as the list writes it (readable commas).
  const query = withFilters(globalQuery(location.search), filters, AGREEMENT_FILTERS);
  const recordLink = useCallback((id: string) => `/agreements/${id}${query}`, [query]);
  const listLink = `/agreements${query}`;
  return { index, filters, setFilters, list, recordLink, listLink };
}
