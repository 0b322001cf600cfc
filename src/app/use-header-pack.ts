import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router-dom';
import { manifestQuery, packFileQuery } from '../data/pack-queries';
import type { ManifestRecord, PackMetaRecord } from '../data/schema';

export interface HeaderPack {
  manifest?: ManifestRecord;
  packId?: string;
  meta?: PackMetaRecord;
  /** True once the manifest or pack.json has failed: the header stops saying "Loading". */
  failed: boolean;
}

/**
 * What the header shows, read without suspending: the shell stays on screen while a view loads
 * or fails, so a broken file never blanks the page.
 */
export function useHeaderPack(): HeaderPack {
  const [params] = useSearchParams();
  const manifestQueryResult = useQuery(manifestQuery());
  const manifest = manifestQueryResult.data;
  const wanted = params.get('pack');
  const packId = manifest?.packs.some((p) => p.id === wanted)
    ? (wanted as string)
    : manifest?.packs[0]?.id;
  const metaQuery = useQuery({
    ...packFileQuery(packId ?? '', 'pack.json'),
    enabled: packId !== undefined,
  });
  const failed = manifestQueryResult.isError || metaQuery.isError;
  return { manifest, packId, meta: metaQuery.data, failed };
}
