import { useMemo } from 'react';
import { usePackText } from '@/components/ui/pack-text';
import { usePackFile } from '@/data/use-pack';
import { describeFilters } from '@/filters/describe-filters';

/** The filters of a view's query in words, named from the current pack in the reader's language. */
export function useFilterWords(viewPath: string, query: string): string[] {
  const { sectors } = usePackFile('sectors.json');
  const { countries } = usePackFile('pack.json');
  const { text } = usePackText();
  const names = useMemo(
    () => ({
      sectors: Object.fromEntries(sectors.map((s) => [s.id, text(s.name)])),
      countries: Object.fromEntries(countries.map((c) => [c.id, text(c.name)])),
    }),
    [sectors, countries, text],
  );
  return useMemo(() => describeFilters(viewPath, query, names), [viewPath, query, names]);
}
