import { queryOptions } from '@tanstack/react-query';
import { DataLoadError } from './load-error';
import type { PackFileData, PackFileName } from './schema';
import { validateManifest, validatePackFile } from './validate-file';
import { fetchDataFile } from './fetch-data-file';

/** Data changes only when a curator edits a file; a reload picks it up. */
const STALE_TIME = Infinity;

export const manifestQuery = () =>
  queryOptions({
    queryKey: ['manifest'],
    staleTime: STALE_TIME,
    queryFn: async ({ signal }) => {
      const label = 'packs.json';
      const result = validateManifest(await fetchDataFile('packs.json', label, signal), label);
      if (!result.ok) throw new DataLoadError(label, 'invalid', result.problems);
      return result.data;
    },
  });

export const packFileQuery = <F extends PackFileName>(packId: string, file: F) =>
  queryOptions({
    queryKey: ['pack', packId, file],
    staleTime: STALE_TIME,
    queryFn: async ({ signal }): Promise<PackFileData<F>> => {
      const label = `${packId}/${file}`;
      const result = validatePackFile(
        file,
        await fetchDataFile(`${packId}/${file}`, label, signal),
        label,
      );
      if (!result.ok) throw new DataLoadError(label, 'invalid', result.problems);
      return result.data;
    },
  });

/** Network failures and server errors are retried with back-off; a broken file is not. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof DataLoadError) return error.retryable && failureCount < 3;
  return failureCount < 3;
}

export function retryDelay(attempt: number): number {
  return Math.min(500 * 2 ** attempt, 4000);
}
