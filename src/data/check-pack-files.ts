/**
 * The whole check of one pack from raw file bytes: decode, validate, then cross-check what parsed.
 * Pure (no file system, no fetch) so that the CLI, the app and the tests share it.
 */
import { crossCheckPack, type PackData } from './cross-check';
import { decodeJson } from './decode-json';
import type { Problem } from './problems';
import { PACK_FILES, type PackFileName } from './schema';
import { validatePackFile } from './validate-file';

/** Which PackData field holds each file's data. */
export const DATA_KEY_OF = {
  'pack.json': 'meta',
  'sectors.json': 'sectors',
  'projects.json': 'projects',
  'agreements.json': 'agreements',
  'events.json': 'events',
  'trade.json': 'trade',
  'decks.json': 'decks',
} as const satisfies Record<PackFileName, keyof PackData>;

export const PACK_FILE_NAMES = Object.keys(PACK_FILES) as PackFileName[];

export interface PackCheck {
  problems: Problem[];
  data: Partial<PackData>;
}

/**
 * `files[name]` is the file's bytes, `null` when the file is missing, or absent (undefined) when
 * the caller did not ask about it. `packId` is the pack's folder name, which pack.json's id must
 * equal.
 */
export function checkPackFromBytes(
  packId: string,
  files: Partial<Record<PackFileName, Uint8Array | null>>,
  labelOf: (file: PackFileName) => string,
): PackCheck {
  const problems: Problem[] = [];
  const data: Partial<Record<keyof PackData, unknown>> = {};
  for (const name of PACK_FILE_NAMES) {
    const bytes = files[name];
    if (bytes === undefined) continue;
    if (bytes === null) {
      problems.push({
        file: labelOf(name),
        path: [],
        message: 'file is missing',
        expected: `every pack has ${PACK_FILE_NAMES.join(', ')}`,
      });
      continue;
    }
    const decoded = decodeJson(labelOf(name), bytes);
    if (!decoded.ok) {
      problems.push(...decoded.problems);
      continue;
    }
    const validated = validatePackFile(name, decoded.value, labelOf(name));
    if (validated.ok) data[DATA_KEY_OF[name]] = validated.data;
    else problems.push(...validated.problems);
  }
  const pack = data as Partial<PackData>;
  problems.push(...crossCheckPack(pack, labelOf, packId));
  return { problems, data: pack };
}
