import { DataLoadError } from '../../data/load-error';
import { formatProblem } from '../../data/problems';
import { UnknownPackError } from '../../data/use-pack';

export interface FailureText {
  title: string;
  problems: string[];
  hint: string;
  retry: boolean;
}

/** Turns any failure of a view into words a reader can act on. */
export function describeFailure(error: unknown): FailureText {
  if (error instanceof DataLoadError) {
    const invalid = error.kind === 'invalid';
    return {
      title: invalid
        ? `The data file ${error.file} has problems`
        : `The data file ${error.file} could not be loaded`,
      problems: error.problems.map(formatProblem),
      hint: invalid
        ? 'Views that do not need this file still work. Fix the file (npm run data:check lists every problem), then retry.'
        : 'Views that do not need this file still work. Check the connection or the server, then retry.',
      retry: true,
    };
  }
  if (error instanceof UnknownPackError) {
    return {
      title: error.message,
      problems: [],
      hint: `Available packs: ${error.available.join(', ')}. Choose one from the header, or remove "pack=" from the address.`,
      retry: false,
    };
  }
  return {
    title: 'This view failed to display',
    problems: [error instanceof Error ? error.message : String(error)],
    hint: 'The rest of the app still works. Retry, or open another view from the navigation.',
    retry: true,
  };
}
