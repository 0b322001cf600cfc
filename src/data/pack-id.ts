import type { ManifestRecord } from './schema';

/** What `pack=` in the URL comes to once checked against the manifest. */
export type PackChoice =
  { kind: 'pack'; id: string } | { kind: 'unknown'; wanted: string; available: string[] };

/**
 * Ids of the schema (see Id and PackId in schema.ts). Kept here, without zod, because the app
 * checks pack ids before the validator has loaded.
 */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const PACK_ID_MAX_LENGTH = 64;

/**
 * Checked here as well as by the schema, because the id becomes part of a URL the app fetches:
 * nothing a reader or a link can put in `pack=` (`../`, `?`, `%2F`) may reach a request.
 */
export const isPackId = (id: string): boolean =>
  id.length <= PACK_ID_MAX_LENGTH && ID_PATTERN.test(id);

/**
 * The one place `pack=` is turned into the pack to load: a pack the manifest lists, the
 * manifest's first when none is asked for, or "unknown" (nothing is fetched for it).
 */
export function resolvePackId(manifest: ManifestRecord, wanted: string | null): PackChoice {
  const available = manifest.packs.map((p) => p.id).filter(isPackId);
  if (wanted === null || wanted === '') {
    const first = available[0];
    return first === undefined
      ? { kind: 'unknown', wanted: '', available }
      : { kind: 'pack', id: first };
  }
  return available.includes(wanted)
    ? { kind: 'pack', id: wanted }
    : { kind: 'unknown', wanted, available };
}

/** The path of a pack's file under data/, with the id encoded as one path segment. */
export function dataFilePath(packId: string, file: string): string {
  return `${encodeURIComponent(packId)}/${file}`;
}
