/**
 * The file-system side of data:check: reading a data folder, its manifest and its packs, and
 * checking them with the same pure functions the app uses (src/data/check-pack-files.ts).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { checkPackFromBytes, PACK_FILE_NAMES } from '../../src/data/check-pack-files';
import { decodeJson } from '../../src/data/decode-json';
import { fileTooLarge, MAX_FILE_BYTES } from '../../src/data/json-limits';
import type { Problem } from '../../src/data/problems';
import { append } from '../../src/lib/large-arrays';
import type { PackFileName } from '../../src/data/schema';
import { validateManifest } from '../../src/data/validate-file';

export interface CheckResult {
  problems: Problem[];
  packs: number;
}

/** Labels are paths relative to the working directory, as a curator would type them. */
function labelFor(absolute: string): string {
  const relative = path.relative(process.cwd(), absolute);
  const label =
    relative === '' || relative.startsWith('..') || path.isAbsolute(relative) ? absolute : relative;
  return label.split(path.sep).join('/');
}

const isDirectory = (p: string) => existsSync(p) && statSync(p).isDirectory();

/** True for a folder holding at least one pack file (a pack, perhaps an incomplete one). */
export function hasPackFiles(folder: string): boolean {
  return isDirectory(folder) && PACK_FILE_NAMES.some((name) => existsSync(path.join(folder, name)));
}

/** Checks one pack folder; with `only`, reports only the problems of that file. */
/**
 * A file's bytes, or the problem that it is over the size limit: its size is checked before it
 * is read, so that data:check refuses what the app would refuse, without filling the memory.
 */
function readPackFile(file: string): Uint8Array | Problem {
  const { size } = statSync(file);
  if (size > MAX_FILE_BYTES) return fileTooLarge(labelFor(file), size);
  return new Uint8Array(readFileSync(file));
}

export function checkPackFolder(folder: string, only?: PackFileName): Problem[] {
  const files: Partial<Record<PackFileName, Uint8Array | null>> = {};
  const problems: Problem[] = [];
  for (const name of PACK_FILE_NAMES) {
    const file = path.join(folder, name);
    const read = existsSync(file) ? readPackFile(file) : null;
    // A file too large to read is left out of the check, as if not asked about.
    if (read instanceof Uint8Array || read === null) files[name] = read;
    else problems.push(read);
  }
  const labelOf = (name: PackFileName) => labelFor(path.join(folder, name));
  append(problems, checkPackFromBytes(path.basename(folder), files, labelOf).problems);
  return only ? problems.filter((p) => p.file === labelOf(only)) : problems;
}

/**
 * Checks the manifest and every pack it lists. When the manifest itself cannot be read, every
 * sub-folder holding pack files is checked anyway, so one broken file never hides the rest.
 */
export function checkDataFolder(root: string, manifestOnly = false): CheckResult {
  const manifestFile = path.join(root, 'packs.json');
  const label = labelFor(manifestFile);
  const problems: Problem[] = [];
  let folders: string[] | undefined;
  if (!existsSync(manifestFile)) {
    problems.push({
      file: label,
      path: [],
      message: 'file is missing',
      expected: 'a manifest listing the packs',
    });
  } else {
    const read = readPackFile(manifestFile);
    const decoded =
      read instanceof Uint8Array
        ? decodeJson(label, read)
        : { ok: false as const, problems: [read] };
    const manifest = decoded.ok ? validateManifest(decoded.value, label) : decoded;
    if (!manifest.ok) append(problems, manifest.problems);
    else {
      const listed: string[] = [];
      const seen = new Set<string>();
      manifest.data.packs.forEach(({ id }, i) => {
        const folder = path.join(root, id);
        if (seen.has(id)) {
          problems.push({
            file: label,
            path: ['packs', i, 'id'],
            message: `pack "${id}" is listed twice`,
            expected: 'each pack once',
          });
        } else if (!isDirectory(folder)) {
          problems.push({
            file: label,
            path: ['packs', i, 'id'],
            message: `no folder "${labelFor(folder)}" for pack "${id}"`,
            expected: 'a folder named after the pack id, beside packs.json',
          });
        } else listed.push(folder);
        seen.add(id);
      });
      folders = listed;
    }
  }
  if (manifestOnly) return { problems, packs: 0 };
  folders ??= readdirSync(root)
    .map((name) => path.join(root, name))
    .filter(hasPackFiles)
    .sort();
  for (const folder of folders) append(problems, checkPackFolder(folder));
  return { problems, packs: folders.length };
}
