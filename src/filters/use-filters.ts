import { useCallback, useMemo } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import type { FilterSpec } from '@/registry/filter-specs';
import { parseFilters, withFilters, type FilterState, type KnownIds } from './url-state';

const NONE: KnownIds = {};

/**
 * A view's filters, read from and written to the URL. Changes replace the history entry, so an
 * embedded iframe never floods the host page's history and Back leaves the view, not a filter.
 * Facet ids are written in their facet's one order (`known`), however they were chosen.
 */
export function useFilters<S extends FilterSpec>(spec: S, known: KnownIds = NONE) {
  const location = useLocation();
  const navigate = useNavigate();
  const state = useMemo(
    () => parseFilters(new URLSearchParams(location.search), spec, known),
    [location.search, spec, known],
  );
  const setFilters = useCallback(
    (change: Partial<FilterState<S>> | ((current: FilterState<S>) => FilterState<S>)) => {
      const next = typeof change === 'function' ? change(state) : { ...state, ...change };
      // flushSync: the URL state commits at once, so a ticked box or a chosen option never
      // flips back while a transition waits; views defer their heavy lists (useDeferredValue).
      navigate(
        { pathname: location.pathname, search: withFilters(location.search, next, spec, known) },
        { replace: true, flushSync: true },
      );
    },
    [state, navigate, location.pathname, location.search, spec, known],
  );
  return [state, setFilters] as const;
}
