/**
 * Every limit on a pack file, in one place: the app (while fetching and decoding) and data:check
 * (while reading from disk) apply the same ones. Packs are edited by hand and shown in the
 * browser, so a giant file, a multi-megabyte string or runaway nesting is a mistake (a pasted
 * file, an unclosed bracket run) or a pack that outgrew one file: it must surface as a clear
 * problem rather than a frozen tab.
 */
import type { Problem } from './problems';

/**
 * Bytes per file. The benchmark's synthetic pack of 100,000 projects has a 70 MB projects.json;
 * this leaves room for almost twice that while a tab can still parse and validate it.
 */
export const MAX_FILE_BYTES = 128 * 1024 * 1024;
/** Items per array: 2.5 times the benchmark's 100,000 projects; beyond that filters stop being smooth. */
export const MAX_ARRAY_LENGTH = 250_000;
export const MAX_STRING_LENGTH = 100_000;
export const MAX_DEPTH = 64;
/**
 * Problems listed when there are too many to check them all (the validator gives up), and
 * before "and N more" in the app's error panel: a screenful a curator can start on.
 */
export const MAX_LISTED_PROBLEMS = 8;

/** What to do about a file or array over its limit. */
export const SPLIT = 'split the pack into smaller packs';
const MIB = 1024 * 1024;

/** A file over MAX_FILE_BYTES; `size` when it is known (Content-Length, the file system). */
export function fileTooLarge(file: string, size?: number): Problem {
  const megabytes = (bytes: number) =>
    `${(bytes / MIB).toLocaleString('en', { maximumFractionDigits: 1 })} MiB`;
  return {
    file,
    path: [],
    message:
      size === undefined
        ? `the file is too large: more than ${megabytes(MAX_FILE_BYTES)}, reading stopped there`
        : `the file is too large: ${megabytes(size)}`,
    expected: `at most ${megabytes(MAX_FILE_BYTES)} per file; ${SPLIT}`,
  };
}
