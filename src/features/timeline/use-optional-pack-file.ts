import { useQuery } from '@tanstack/react-query';
import { DataLoadError } from '@/data/load-error';
import { packFileQuery } from '@/data/pack-queries';
import { formatProblem } from '@/data/problems';
import type { PackFileName } from '@/data/schema';
import { usePackId } from '@/data/use-pack';

export interface OptionalFile<T> {
  data: T | undefined;
  pending: boolean;
  /** What is wrong with the file, worded as data:check words it; empty when nothing is. */
  problems: string[];
  retry: () => void;
}

/**
 * A pack file the view can do without: read without suspending, so that a broken projects.json
 * costs the timeline its milestones, not the events and agreements.
 */
export function useOptionalPackFile<F extends PackFileName>(file: F) {
  const query = useQuery(packFileQuery(usePackId(), file));
  return {
    data: query.data,
    pending: query.isPending,
    problems: query.error ? problemsOf(query.error) : [],
    retry: () => void query.refetch(),
  };
}

function problemsOf(error: unknown): string[] {
  if (error instanceof DataLoadError && error.problems.length > 0)
    return error.problems.map(formatProblem);
  return [error instanceof Error ? error.message : String(error)];
}
