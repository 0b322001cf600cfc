/**
 * The whole check of one pack from raw file bytes: decode, validate, then cross-check what parsed.
 * Pure (no file system, no fetch) so that the CLI, the app and the tests share it.
 */
import { crossCheckPack, type PackData } from './cross-check';
import { decodeJson } from './decode-json';
import { append } from '@/lib/large-arrays';
import type { Problem } from './problems';
import { PACK_FILES, type PackFileData, type PackFileName } from './schema';
import { validatePackFile } from './validate-file';

/** Which PackData field holds each file's data. */
const DATA_KEY_OF = {
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
      append(problems, decoded.problems);
      continue;
    }
    const validated = validatePackFile(name, decoded.value, labelOf(name));
    if (validated.ok) data[DATA_KEY_OF[name]] = validated.data;
    else append(problems, validated.problems);
  }
  const pack = data as Partial<PackData>;
  append(problems, crossCheckPack(pack, labelOf, packId));
  return { problems, data: pack };
}

/**
 * The rules the app applies to each file it loads, after the schema: those that need no other
 * file (duplicate ids, parent loops, dates in order, one point per year, deck views, the pack id).
 * A file that data:check rejects for one of these is refused by the app with the same words;
 * references to other records are left out, since the app shows what it can and says what is
 * missing.
 */
export function crossCheckFile<F extends PackFileName>(
  packId: string,
  file: F,
  data: PackFileData<F>,
  label: string,
): Problem[] {
  const pack: Partial<PackData> = { [DATA_KEY_OF[file]]: data };
  return crossCheckPack(pack, () => label, packId, { references: false });
}
