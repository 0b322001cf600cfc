import { useSuspenseQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router-dom';
import { manifestQuery, packFileQuery } from './pack-queries';
import type { PackFileData, PackFileName } from './schema';
import { textOf } from '../lib/text';

/** Asked for a pack the manifest does not list. */
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
  const wanted = params.get('pack');
  const ids = manifest.packs.map((p) => p.id);
  if (wanted === null || wanted === '') return ids[0] as string;
  if (!ids.includes(wanted)) throw new UnknownPackError(wanted, ids);
  return wanted;
}

/** One validated file of the current pack; suspends while loading, throws a DataLoadError on failure. */
export function usePackFile<F extends PackFileName>(file: F): PackFileData<F> {
  const packId = usePackId();
  return useSuspenseQuery(packFileQuery(packId, file)).data;
}

export function usePackTitle(): string {
  return textOf(usePackFile('pack.json').title);
}

/** Country names by code, from pack.json, for labelling the side of sources and partners. */
export function useCountryNames(): Record<string, string> {
  const meta = usePackFile('pack.json');
  return Object.fromEntries(meta.countries.map((c) => [c.id, textOf(c.name)]));
}
