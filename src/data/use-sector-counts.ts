import { useMemo } from 'react';
import { toSectorCounts } from './to-sector-stats';
import { usePackFile } from './use-pack';

/** Projects per sector of the current pack (toSectorCounts), with the sectors' names by id. */
export function useSectorCounts() {
  const { sectors } = usePackFile('sectors.json');
  const { projects } = usePackFile('projects.json');
  return useMemo(
    () => ({
      counts: toSectorCounts(sectors, projects),
      names: new Map(sectors.map((s) => [s.id, s.name])),
    }),
    [sectors, projects],
  );
}
