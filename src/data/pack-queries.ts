import { queryOptions, type QueryClient, type QueryKey } from '@tanstack/react-query';
import { DataLoadError } from './load-error';
import type { PackFileData, PackFileName } from './schema';
import { fetchDataFile } from './fetch-data-file';
import { dataFilePath, resolvePackId } from './pack-id';

/**
 * The schema and its validator (zod) load beside the first data request rather than with the
 * first view's code: they are needed only once there is data to check, and this keeps them off
 * the first view's size budget without delaying anything.
 */
const loadValidator = () => import('./validate-file');

/** Data changes only when a curator edits a file; a reload picks it up. */
const STALE_TIME = Infinity;

/** Tags a failure with its query key (see DataLoadError.queryKey). */
async function tagged<T>(queryKey: QueryKey, load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (error instanceof DataLoadError) error.queryKey ??= queryKey;
    throw error;
  }
}

export const manifestQuery = () =>
  queryOptions({
    queryKey: ['manifest'],
    staleTime: STALE_TIME,
    queryFn: ({ signal, queryKey }) =>
      tagged(queryKey, async () => {
        const label = 'packs.json';
        const validator = loadValidator();
        const json = await fetchDataFile('packs.json', label, signal);
        const result = (await validator).validateManifest(json, label);
        if (!result.ok) throw new DataLoadError(label, 'invalid', result.problems);
        return result.data;
      }),
  });

export const packFileQuery = <F extends PackFileName>(packId: string, file: F) =>
  queryOptions({
    queryKey: ['pack', packId, file],
    staleTime: STALE_TIME,
    queryFn: ({ signal, queryKey }): Promise<PackFileData<F>> =>
      tagged(queryKey, async () => {
        const label = `${packId}/${file}`;
        const validator = loadValidator();
        const json = await fetchDataFile(dataFilePath(packId, file), label, signal);
        const result = (await validator).validatePackFile(file, json, label);
        if (!result.ok) throw new DataLoadError(label, 'invalid', result.problems);
        // Loaded on first use: the rules are not needed to draw the first view's shell.
        const { crossCheckFile } = await import('./check-pack-files');
        const problems = crossCheckFile(packId, file, result.data, label);
        if (problems.length > 0) throw new DataLoadError(label, 'invalid', problems);
        return result.data;
      }),
  });

/**
 * Network failures and server errors are retried with back-off; a broken file is not, nor an
 * engine limit (a RangeError: stack or array too large), which the same file would hit again.
 * Anything else, such as a code chunk that failed to load, is worth another try.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof DataLoadError) return error.retryable && failureCount < 3;
  if (error instanceof RangeError) return false;
  return failureCount < 3;
}

export function retryDelay(attempt: number): number {
  return Math.min(500 * 2 ** attempt, 4000);
}

/**
 * Starts loading a view's files together: the manifest once (to learn which pack `pack=` names),
 * then every file at the same time, so that a view's data arrives in one wave instead of one
 * file after another as each suspending read would ask for it. Failures are left to the view,
 * which reads the same queries and shows what went wrong.
 */
export async function warmPackFiles(
  client: QueryClient,
  wantedPack: string | null,
  files: readonly PackFileName[],
): Promise<void> {
  const manifest = await client.ensureQueryData(manifestQuery()).catch(() => undefined);
  const choice = manifest && resolvePackId(manifest, wantedPack);
  if (choice?.kind !== 'pack') return;
  await Promise.all(files.map((file) => client.prefetchQuery(packFileQuery(choice.id, file))));
}
