import { useMemo } from 'react';
import { useFilters } from './use-filters';
import type { FilterSpec } from './url-state';

const SPEC = { table: { kind: 'list' } } as const satisfies FilterSpec;

/**
 * Whether a chart shows its table, kept in the URL (`table=trade-my,trade-cn`) so that a link,
 * a slide or an embed opens on the same choice.
 */
export function useTableToggle(chartId: string) {
  const [state, setFilters] = useFilters(SPEC);
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
