import { useMemo } from 'react';
import { CHART_TABLES_SPEC } from '@/registry/filter-specs';
import { useFilters } from './use-filters';

/**
 * Whether a chart shows its table, kept in the URL (`table=trade-my,trade-cn`) so that a link,
 * a slide or an embed opens on the same choice.
 */
export function useTableToggle(chartId: string) {
  const [state, setFilters] = useFilters(CHART_TABLES_SPEC);
  return useMemo(
    () => ({
      showTable: state.table.includes(chartId),
      toggle: () =>
        setFilters({
          table: state.table.includes(chartId)
            ? state.table.filter((id) => id !== chartId)
            : [...state.table, chartId],
        }),
    }),
    [state.table, chartId, setFilters],
  );
}
