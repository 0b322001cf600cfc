import { useQueries, useSuspenseQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useT } from '@/i18n/use-t';
import { countryName } from './country-name';
import { manifestQuery, packFileQuery } from './pack-queries';
import { resolvePackId } from './pack-id';
import type { PackFileData, PackFileName } from './schema';

/**
 * Asked for a pack the manifest does not list. The message is for the console; readers see the
 * failure worded in their language where it is shown (describe-failure.ts).
 */
export class UnknownPackError extends Error {
  constructor(
    readonly packId: string,
    readonly available: string[],
  ) {
    super(`There is no pack "${packId}" in packs.json`);
    this.name = 'UnknownPackError';
  }
}

/** The pack chosen by `pack=` in the URL, or the manifest's first. */
export function usePackId(): string {
  const [params] = useSearchParams();
  const { data: manifest } = useSuspenseQuery(manifestQuery());
  const choice = resolvePackId(manifest, params.get('pack'));
  if (choice.kind === 'unknown') throw new UnknownPackError(choice.wanted, choice.available);
  return choice.id;
}

/** One validated file of the current pack; suspends while loading, throws a DataLoadError on failure. */
export function usePackFile<F extends PackFileName>(file: F): PackFileData<F> {
  const packId = usePackId();
  return useSuspenseQuery(packFileQuery(packId, file)).data;
}

/**
 * Whether every one of these files has arrived or failed. A page whose parts read their files
 * apart, each in its own boundary, lays them out once all are settled, so that no part arriving
 * late pushes the others down; a failed file still fails only its own part.
 */
export function usePackFilesSettled(files: readonly PackFileName[]): boolean {
  const packId = usePackId();
  const results = useQueries({ queries: files.map((file) => packFileQuery(packId, file)) });
  return results.every((result) => result.status !== 'pending');
}

/**
 * Country names by code, from pack.json, for labelling the side of sources and partners: in the
 * reader's language (the browser's name for the code where the pack has no translation).
 */
export function useCountryNames(): Record<string, string> {
  const meta = usePackFile('pack.json');
  const { lang } = useT();
  return useMemo(
    () => Object.fromEntries(meta.countries.map((c) => [c.id, countryName(c.id, c.name, lang)])),
    [meta, lang],
  );
}
