import { useSuspenseQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { t } from '../i18n/i18n';
import { useT } from '../i18n/use-t';
import { countryName } from './country-name';
import { manifestQuery, packFileQuery } from './pack-queries';
import type { PackFileData, PackFileName } from './schema';
import { textOf } from '../lib/text';

/** Asked for a pack the manifest does not list; the message is in the language current when thrown. */
export class UnknownPackError extends Error {
  constructor(
    readonly packId: string,
    readonly available: string[],
  ) {
    super(t('data.error.unknownPack', { packId }));
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
