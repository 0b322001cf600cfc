import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router-dom';
import { manifestQuery, packFileQuery } from '@/data/pack-queries';
import { resolvePackId } from '@/data/pack-id';
import type { ManifestRecord, PackMetaRecord } from '@/data/schema';

export interface HeaderPack {
  manifest?: ManifestRecord;
  packId?: string;
  meta?: PackMetaRecord;
  /**
   * True once the manifest or pack.json has failed, or `pack=` names a pack the manifest does
   * not list: the header stops saying "Loading".
   */
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
  const choice = manifest ? resolvePackId(manifest, params.get('pack')) : undefined;
  // An unknown pack= gets no title at all: showing the default pack's title above a view that
  // says the pack does not exist would tell the reader they are looking at that pack.
  const packId = choice?.kind === 'pack' ? choice.id : undefined;
  const metaQuery = useQuery({
    ...packFileQuery(packId ?? '', 'pack.json'),
    enabled: packId !== undefined,
  });
  const failed = manifestQueryResult.isError || metaQuery.isError || choice?.kind === 'unknown';
  return { manifest, packId, meta: metaQuery.data, failed };
}
