import { useMemo } from 'react';
import { useCountryNames, usePackFile } from '../../data/use-pack';
import { describeFilters } from '../../filters/describe-filters';
import { textOf } from '../../lib/text';

/** The filters of a view's query in words, named from the current pack. */
export function useFilterWords(viewPath: string, query: string): string[] {
  const { sectors } = usePackFile('sectors.json');
  const countries = useCountryNames();
  const sectorNames = useMemo(
    () => Object.fromEntries(sectors.map((s) => [s.id, textOf(s.name)])),
    [sectors],
  );
  return useMemo(
    () => describeFilters(viewPath, query, { sectors: sectorNames, countries }),
    [viewPath, query, sectorNames, countries],
  );
}
