import { useCallback } from 'react';
import { useLocation } from 'react-router-dom';
import { linkTo } from '@/registry/global-params';
import { withFilters } from '@/filters/url-state';
import { TIMELINE_FILTER_SPEC } from '@/registry/filter-specs';
import type { TimelineFilters } from './timeline-filters';
import type { ItemLink } from './timeline-mark';
import type { TimelineItem } from './to-timeline-items';

/**
 * Where an item leads: an event opens its details here (`item=event:<id>`, replacing like a
 * filter); an agreement its page; a milestone its project's page (both pushed, as moving between
 * views does).
 */
export function useItemLink(filters: TimelineFilters) {
  const location = useLocation();
  return useCallback(
    (item: TimelineItem): ItemLink => {
      if (item.kind === 'event') {
        const search = withFilters(
          location.search,
          { ...filters, item: item.key },
          TIMELINE_FILTER_SPEC,
        );
        return { to: { pathname: location.pathname, search }, replace: true };
      }
      const path = item.kind === 'agreement' ? `/agreements/${item.id}` : `/projects/${item.id}`;
      return { to: linkTo(path, location.search), replace: false };
    },
    [filters, location.pathname, location.search],
  );
}
