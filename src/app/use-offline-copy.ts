import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useSearchParams } from 'react-router-dom';
import { manifestQuery } from '@/data/pack-queries';
import { dataFilePath, resolvePackId } from '@/data/pack-id';
import { DATA_CACHE } from '@/lib/offline-protocol';
import { PACK_FILE_NAMES } from '@/registry/pack-files';
import { freshnessSnapshot } from '@/data/data-freshness';

/** The service worker in charge of this page, once there is one. */
async function controller(): Promise<void> {
  const worker = navigator.serviceWorker;
  await worker.ready;
  if (worker.controller) return;
  await new Promise((resolve) =>
    worker.addEventListener('controllerchange', resolve, { once: true }),
  );
}

/**
 * Asks for each file of the pack that the offline copy lacks. The request passes through the
 * service worker, which keeps it; files already kept are not downloaded again.
 */
async function completeOfflineCopy(packId: string): Promise<void> {
  const cache = await caches.open(DATA_CACHE);
  const paths = ['packs.json', ...PACK_FILE_NAMES.map((file) => dataFilePath(packId, file))];
  for (const path of paths) {
    const url = new URL(`./data/${path}`, window.location.href).href;
    if (!(await cache.match(url))) await fetch(url, { cache: 'no-cache' }).catch(() => undefined);
  }
}

/**
 * Keeps the whole current pack for offline use and refreshes it when the connection returns.
 * Once a service worker controls the page, the pack's files it does not hold yet (those of views
 * not visited, and those loaded before it took charge on a first visit) are fetched when the
 * browser is idle, so every view works offline. When the connection comes back, data that came
 * from the saved copy (or failed) is fetched again, so a newer pack shows.
 */
export function useOfflineCopy(): void {
  const queryClient = useQueryClient();
  const [params] = useSearchParams();
  // Reads the manifest without asking again for one that failed: the view's own error and its
  // Retry are in charge of that.
  const manifest = useQuery({ ...manifestQuery(), retryOnMount: false }).data;
  // Only a pack the manifest lists is fetched: `pack=` is whatever a link says, and the files are
  // asked for in the background, with the reader's cookies, from an embed too.
  const choice = manifest ? resolvePackId(manifest, params.get('pack')) : undefined;
  const packId = choice?.kind === 'pack' ? choice.id : undefined;

  useEffect(() => {
    if (!packId || !('serviceWorker' in navigator) || !('caches' in window)) return;
    let idle: number | undefined;
    let cancelled = false;
    void controller().then(() => {
      if (cancelled) return;
      idle = requestIdleCallback(() => void completeOfflineCopy(packId));
    });
    return () => {
      cancelled = true;
      if (idle !== undefined) cancelIdleCallback(idle);
    };
  }, [packId]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stale = () => freshnessSnapshot().some((file) => file.fromSavedCopy);
    // "online" often comes before the network really answers (a Wi-Fi still joining, the
    // service worker not yet told): while the data still comes from the saved copy, try again
    // a few times, further apart each time.
    const refresh = (attempt: number) => {
      const failed = queryClient
        .getQueryCache()
        .findAll({ predicate: (q) => q.state.status === 'error' });
      if (!stale() && failed.length === 0) return;
      void queryClient.invalidateQueries().then(() => {
        if (attempt < 4 && navigator.onLine && stale())
          timer = setTimeout(() => refresh(attempt + 1), 1000 * 2 ** attempt);
      });
    };
    const onOnline = () => {
      clearTimeout(timer);
      refresh(0);
    };
    window.addEventListener('online', onOnline);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('online', onOnline);
    };
  }, [queryClient]);
}
