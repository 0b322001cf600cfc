/**
 * Schema validation of one parsed pack file, with zod issues turned into curator-facing problems.
 * Shared by the app (label "malaysia-china/projects.json") and the CLI ("data/…/projects.json").
 */
import * as z from 'zod/mini';
import { describeIssues } from './describe-issue';
import { MAX_LISTED_PROBLEMS } from './json-limits';
import type { Problem } from './problems';
import {
  Manifest,
  PACK_FILES,
  type ManifestRecord,
  type PackFileData,
  type PackFileName,
} from './schema';

export type Validated<T> = { ok: true; data: T } | { ok: false; problems: Problem[] };

/** Records kept of each list when validation has to start again on a shorter copy. */
const SAMPLE_LENGTH = 1_000;

function validate<T>(schema: z.ZodMiniType<T>, value: unknown, label: string): Validated<T> {
  try {
    // reportInput keeps the offending value on each issue, so that messages can quote it.
    const result = z.safeParse(schema, value, { reportInput: true });
    if (result.success) return { ok: true, data: result.data };
    return { ok: false, problems: describeIssues(label, result.error.issues) };
  } catch {
    // zod gathers a list's issues with push(...issues), which overflows the stack beyond about
    // 125,000 of them (150,000 broken records). Nothing else in checking parsed JSON throws.
    return { ok: false, problems: tooManyProblems(schema, value, label) };
  }
}

/**
 * The first problems, found again in a copy whose lists are cut to their first records, and a
 * last line saying that there are too many to list: MAX_LISTED_PROBLEMS lines in all.
 */
function tooManyProblems(schema: z.ZodMiniType, value: unknown, label: string): Problem[] {
  const sample = Object.fromEntries(
    Object.entries(value as Record<string, unknown>).map(([key, field]) => [
      key,
      Array.isArray(field) ? field.slice(0, SAMPLE_LENGTH) : field,
    ]),
  );
  let first: Problem[] = [];
  try {
    const result = z.safeParse(schema, sample, { reportInput: true });
    if (!result.success) first = describeIssues(label, result.error.issues);
  } catch {
    // Even the first records are too broken to list: the last line alone says what happened.
  }
  const listed = first.slice(0, MAX_LISTED_PROBLEMS - 1);
  return [
    ...listed,
    {
      file: label,
      path: [],
      message: 'too many problems to check the whole file',
      expected:
        listed.length > 0
          ? 'fix the first ones, listed above, then check again'
          : `the first ${SAMPLE_LENGTH.toLocaleString('en')} records of each list are fine: check the later ones`,
    },
  ];
}

export function validatePackFile<F extends PackFileName>(
  file: F,
  value: unknown,
  label: string = file,
): Validated<PackFileData<F>> {
  return validate(PACK_FILES[file] as unknown as z.ZodMiniType<PackFileData<F>>, value, label);
}

export function validateManifest(value: unknown, label = 'packs.json'): Validated<ManifestRecord> {
  return validate(Manifest, value, label);
}
