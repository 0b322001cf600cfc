import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACK_FILES, type PackFileData, type PackFileName } from '../../src/data/schema';

export type PackOnDisk = { [F in PackFileName]: PackFileData<F> };

/** Reads and validates every file of a pack folder; throws with zod's issues if one is invalid. */
export function loadPackFromDisk(dir: string): PackOnDisk {
  const entries = (Object.keys(PACK_FILES) as PackFileName[]).map((name) => {
    const value: unknown = JSON.parse(readFileSync(join(dir, name), 'utf8'));
    const result = PACK_FILES[name].safeParse(value);
    if (!result.success)
      throw new Error(
        `${dir}/${name} is invalid: ${JSON.stringify(result.error.issues.slice(0, 3))}`,
      );
    return [name, result.data];
  });
  return Object.fromEntries(entries) as PackOnDisk;
}
