import { SAVED_AT_HEADER } from '@/lib/offline-protocol';

/** When a data file now on screen was fetched, and whether it came from the offline copy. */
export interface Freshness {
  loadedAt: Date;
  fromSavedCopy: boolean;
}

const files = new Map<string, Freshness>();
const listeners = new Set<() => void>();
let snapshot: readonly Freshness[] = [];

/** Notes where a data file's answer came from: the server, or the copy the service worker kept. */
export function recordFreshness(path: string, headers: Headers): void {
  const savedAt = headers.get(SAVED_AT_HEADER);
  const date = savedAt ? new Date(savedAt) : new Date();
  files.set(path, {
    loadedAt: Number.isNaN(date.getTime()) ? new Date() : date,
    fromSavedCopy: savedAt !== null,
  });
  snapshot = [...files.values()];
  listeners.forEach((listener) => listener());
}

export function subscribeFreshness(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Every data file loaded so far (a new array only when something changed). */
export function freshnessSnapshot(): readonly Freshness[] {
  return snapshot;
}
