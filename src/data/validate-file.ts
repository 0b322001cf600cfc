/**
 * Schema validation of one parsed pack file, with zod issues turned into curator-facing problems.
 * Shared by the app (label "malaysia-china/projects.json") and the CLI ("data/…/projects.json").
 */
import * as z from 'zod/mini';
import { describeIssues } from './describe-issue';
import type { Problem } from './problems';
import {
  Manifest,
  PACK_FILES,
  type ManifestRecord,
  type PackFileData,
  type PackFileName,
} from './schema';

export type Validated<T> = { ok: true; data: T } | { ok: false; problems: Problem[] };

function validate<T>(schema: z.ZodMiniType<T>, value: unknown, label: string): Validated<T> {
  // reportInput keeps the offending value on each issue, so that messages can quote it.
  const result = z.safeParse(schema, value, { reportInput: true });
  if (result.success) return { ok: true, data: result.data };
  return { ok: false, problems: describeIssues(label, result.error.issues) };
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
